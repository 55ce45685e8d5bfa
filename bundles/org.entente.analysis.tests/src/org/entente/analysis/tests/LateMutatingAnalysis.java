package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/**
 * A third-party analysis that breaks the rules behind the runner's back: it returns at once and leaves a thread
 * that renames the scenario a little later, while the next analysis runs.
 */
public class LateMutatingAnalysis implements ScenarioAnalysis {
	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		Thread late = new Thread(() -> {
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			context.scenario().setTitle("changed behind the runner's back");
		});
		late.setDaemon(true);
		late.start();
		return AnalysisResult.builder(context).build();
	}
}
