package org.entente.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/** A third-party analysis that breaks the rules: it renames the scenario. */
public class MutatingAnalysis implements ScenarioAnalysis {
	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		context.scenario().setTitle("changed by an analysis");
		return AnalysisResult.builder(context).build();
	}
}
