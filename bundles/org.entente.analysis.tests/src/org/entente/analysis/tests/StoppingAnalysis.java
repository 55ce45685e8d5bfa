package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/** A slow analysis that stops as the API asks: it throws OperationCanceledException as soon as it is cancelled. */
public class StoppingAnalysis implements ScenarioAnalysis {
	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) throws InterruptedException {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Thread.sleep(1);
		}
	}
}
