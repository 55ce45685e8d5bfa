package org.entente.analysis.ui.internal;

import java.time.Instant;
import java.util.List;

import org.entente.analysis.AnalysisResult;

/** A finished run: what was launched, when, on which scenario, and the results (or why there are none). */
public record AnalysisRun(AnalysisLaunch launch, Instant finished, String scenarioName, List<AnalysisResult> results,
		String problem) {

	public AnalysisRun {
		results = List.copyOf(results);
	}

	/** The result of an analysis, or {@code null}. */
	public AnalysisResult result(String analysisId) {
		return results.stream().filter(r -> r.analysisId().equals(analysisId)).findFirst().orElse(null);
	}
}
