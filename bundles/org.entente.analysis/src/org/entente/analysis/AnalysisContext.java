package org.entente.analysis;

import java.util.List;

import org.entente.model.Scenario;
import org.entente.model.world.WorldProjector;

/**
 * What one run analyzes.
 *
 * @param scenario   the scenario or variant (read only)
 * @param projector  its world year by year
 * @param parameters the checked parameter values
 * @param years      the years to analyze, ascending
 * @param descriptor the analysis being run
 */
public record AnalysisContext(Scenario scenario, WorldProjector projector, AnalysisParameters parameters,
		List<Integer> years, AnalysisDescriptor descriptor) {

	public AnalysisContext {
		years = List.copyOf(years);
	}
}
