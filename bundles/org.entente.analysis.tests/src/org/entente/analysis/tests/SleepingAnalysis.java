package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/** A well-behaved analysis that takes a second and changes nothing. */
public class SleepingAnalysis implements ScenarioAnalysis {
	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		try {
			Thread.sleep(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return AnalysisResult.builder(context).build();
	}
}
