package org.entente.explore.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * What an outcome looked like over the samples: for numbers, the mean, standard deviation and quantiles (R's
 * default type 7, through Hipparchus); for categories, the share of each; in both cases how many samples had no
 * value.
 */
public final class OutcomeDistribution {

	/** The quantiles every numeric summary gives. */
	public static final List<Double> PROBABILITIES = List.of(0.05, 0.25, 0.5, 0.75, 0.95);

	/**
	 * A numeric outcome's summary.
	 *
	 * @param quantiles one value per {@link OutcomeDistribution#PROBABILITIES probability}
	 * @param missing   samples without a value (NaN)
	 */
	public record Numeric(int count, int missing, double mean, double standardDeviation, double min, double max,
			List<Double> quantiles) {
		public Numeric {
			quantiles = List.copyOf(quantiles);
		}
	}

	/**
	 * A categorical outcome's summary.
	 *
	 * @param shares  each category's share of the samples that have a value, most frequent first
	 * @param missing samples without a value (null)
	 */
	public record Categorical(int count, int missing, Map<String, Double> shares) {
		public Categorical {
			shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
		}
	}

	private OutcomeDistribution() {
	}

	public static Numeric numeric(double[] values) {
		List<Double> present = new ArrayList<>();
		for (double value : values) {
			if (!Double.isNaN(value)) {
				present.add(value);
			}
		}
		int missing = values.length - present.size();
		if (present.isEmpty()) {
			List<Double> none = new ArrayList<>(Collections.nCopies(PROBABILITIES.size(), Double.NaN));
			return new Numeric(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, none);
		}
		double[] data = present.stream().mapToDouble(Double::doubleValue).toArray();
		double mean = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : data) {
			mean += value;
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		mean /= data.length;
		double squares = 0;
		for (double value : data) {
			squares += (value - mean) * (value - mean);
		}
		double sd = data.length > 1 ? Math.sqrt(squares / (data.length - 1)) : 0;
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		percentile.setData(data);
		List<Double> quantiles = new ArrayList<>();
		for (double p : PROBABILITIES) {
			quantiles.add(percentile.evaluate(p * 100));
		}
		return new Numeric(data.length, missing, mean, sd, min, max, quantiles);
	}

	public static Categorical categorical(List<String> values) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		int missing = 0;
		for (String value : values) {
			if (value == null) {
				missing++;
			} else {
				counts.merge(value, 1, Integer::sum);
			}
		}
		int count = values.size() - missing;
		List<Map.Entry<String, Integer>> ordered = new ArrayList<>(counts.entrySet());
		ordered.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
		Map<String, Double> shares = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> entry : ordered) {
			shares.put(entry.getKey(), (double) entry.getValue() / count);
		}
		return new Categorical(count, missing, shares);
	}
}
