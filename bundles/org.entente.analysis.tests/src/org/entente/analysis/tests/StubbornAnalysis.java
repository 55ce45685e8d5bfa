package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/**
 * A third-party analysis that ignores cancellation and interrupts: it computes for {@link #BUSY_MILLIS} whatever it
 * is told. It does end, so that the test run is not left with a busy thread.
 */
public class StubbornAnalysis implements ScenarioAnalysis {
	/** How long it keeps computing. */
	public static final long BUSY_MILLIS = 6000;

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		long end = System.nanoTime() + BUSY_MILLIS * 1_000_000;
		double sink = 0;
		while (System.nanoTime() < end) {
			sink += Math.sqrt(sink + 1);
		}
		return AnalysisResult.builder(context).metric("sink", sink, null).build();
	}
}
