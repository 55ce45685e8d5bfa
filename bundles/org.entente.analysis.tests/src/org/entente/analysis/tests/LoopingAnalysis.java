package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/** A slow third-party analysis: it loops until it is cancelled. */
public class LoopingAnalysis implements ScenarioAnalysis {
	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) throws InterruptedException {
		while (!monitor.isCanceled()) {
			Thread.sleep(10);
		}
		return AnalysisResult.builder(context).build();
	}
}
