package org.entente.analysis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRunner;

/**
 * What to run: analyses with their parameters, on a scenario file, over years ({@code null} bounds: the
 * scenario's period). Kept by the results view so that a run can be repeated in one click, or on another
 * scenario for a comparison.
 */
public record AnalysisLaunch(Path file, List<AnalysisDescriptor> analyses, Map<String, Map<String, String>> parameters,
		Integer fromYear, Integer toYear) {

	public AnalysisLaunch {
		analyses = List.copyOf(analyses);
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		parameters.forEach((id, values) -> copy.put(id, Map.copyOf(values)));
		parameters = Map.copyOf(copy);
	}

	/** The same analyses and parameters on another file. */
	public AnalysisLaunch on(Path otherFile) {
		return new AnalysisLaunch(otherFile, analyses, parameters, fromYear, toYear);
	}

	/** The runner's requests. */
	public List<AnalysisRunner.Request> requests() {
		List<AnalysisRunner.Request> requests = new ArrayList<>();
		for (AnalysisDescriptor descriptor : analyses) {
			requests.add(new AnalysisRunner.Request(descriptor, parameters.getOrDefault(descriptor.id(), Map.of())));
		}
		return requests;
	}

	/**
	 * The years to analyse: the launch's range within the scenario's period, the period where the launch gives no
	 * bound; {@code null} when a bound is open on both sides (an open period and no year given).
	 */
	public List<Integer> years(int periodStart, int periodEnd) {
		int from = fromYear == null ? periodStart : Math.max(fromYear, periodStart);
		int to = toYear == null ? periodEnd : Math.min(toYear, periodEnd);
		if (from == Integer.MIN_VALUE || to == Integer.MAX_VALUE) {
			return null;
		}
		List<Integer> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			years.add(year);
		}
		return years;
	}
}
