package org.entente.analysis;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An evaluation of a scenario, contributed through the extension point {@code org.entente.analysis.analyses}.
 *
 * <p>
 * Implementations read the scenario through {@link AnalysisContext#projector()} (the world year by year) and must not
 * change it: the {@link AnalysisRunner} reports a change as a failure and undoes it. They should check
 * {@link IProgressMonitor#isCanceled()} regularly (for example once per year) and report progress; an analysis that
 * ignores cancellation is abandoned when it times out. A new instance is made for every run, so implementations
 * need not be thread-safe.
 */
public interface ScenarioAnalysis {

	/**
	 * Runs the analysis.
	 *
	 * @param context what to analyze: the scenario, its projection, the parameters and the years
	 * @param monitor progress and cancellation
	 * @return the result, made with {@link AnalysisResult#builder(AnalysisContext)}
	 * @throws Exception any failure; the runner reports it in the analysis's result
	 */
	AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) throws Exception;
}
