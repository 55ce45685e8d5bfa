package org.entente.analysis.ui.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/** Analyses that misbehave on purpose, contributed by this test bundle's plugin.xml. */
public final class TestAnalyses {

	private TestAnalyses() {
	}

	/** Works until cancelled, checking the monitor as the API asks. */
	public static class Slow implements ScenarioAnalysis {
		@Override
		public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
			long until = System.currentTimeMillis() + 60_000;
			while (System.currentTimeMillis() < until) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new OperationCanceledException();
				}
			}
			return AnalysisResult.builder(context).build();
		}
	}

	/** Fails, as a buggy plug-in would. */
	public static class Broken implements ScenarioAnalysis {
		@Override
		public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
			throw new IllegalStateException("this analysis is broken on purpose");
		}
	}
}
