package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/** A third-party analysis that tries to end the program, once on its own thread and once on a thread it starts. */
public class ExitingAnalysis implements ScenarioAnalysis {
	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		Thread child = new Thread(() -> System.exit(0));
		child.setUncaughtExceptionHandler((thread, e) -> {
			// refused, as on the analysis's own thread
		});
		child.start();
		try {
			child.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		System.exit(0);
		return AnalysisResult.builder(context).build();
	}
}
