package org.entente.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well predicted probabilities of an event within a horizon match what happened, for subjects followed from
 * one origin with right-censored times. Censoring is corrected by inverse probability of censoring weights from the
 * Kaplan-Meier estimate of the censoring distribution (Graf et al. 1999 for the Brier score; Uno et al. 2007 for the
 * cumulative/dynamic AUC).
 */
public final class HorizonScores {

	private HorizonScores() {
	}

	/** One decile of predicted risk: how many subjects, the mean prediction and the Kaplan-Meier observed share. */
	public record CalibrationGroup(int subjects, double predicted, double observed) {
	}

	/**
	 * The cumulative/dynamic AUC at {@code horizon}: cases had the event by the horizon, controls are still event
	 * free after it; each case weighs 1/G(T-). {@code NaN} without a case or a control.
	 */
	public static double auc(double[] time, boolean[] event, double[] risk, double horizon) {
		KaplanMeier.Estimate censoring = censoring(time, event);
		double numerator = 0;
		double denominator = 0;
		int controls = 0;
		for (double t : time) {
			if (t > horizon) {
				controls++;
			}
		}
		if (controls == 0) {
			return Double.NaN;
		}
		for (int i = 0; i < time.length; i++) {
			if (!(event[i] && time[i] <= horizon)) {
				continue;
			}
			double g = censoring.survival().before(time[i]);
			if (g <= 0) {
				continue;
			}
			double w = 1 / g;
			double score = 0;
			for (int j = 0; j < time.length; j++) {
				if (time[j] > horizon) {
					score += risk[i] > risk[j] ? 1 : risk[i] == risk[j] ? 0.5 : 0;
				}
			}
			numerator += w * score;
			denominator += w * controls;
		}
		return denominator == 0 ? Double.NaN : numerator / denominator;
	}

	/** The IPCW Brier score of predicted probabilities of the event by {@code horizon}; lower is better. */
	public static double brier(double[] time, boolean[] event, double[] probability, double horizon) {
		KaplanMeier.Estimate censoring = censoring(time, event);
		double gHorizon = censoring.at(horizon);
		double sum = 0;
		for (int i = 0; i < time.length; i++) {
			if (event[i] && time[i] <= horizon) {
				double g = censoring.survival().before(time[i]);
				if (g > 0) {
					sum += (1 - probability[i]) * (1 - probability[i]) / g;
				}
			} else if (time[i] > horizon && gHorizon > 0) {
				sum += probability[i] * probability[i] / gHorizon;
			}
		}
		return sum / time.length;
	}

	/** Calibration by groups of predicted probability (deciles for {@code groups} 10), lowest first. */
	public static List<CalibrationGroup> calibration(double[] time, boolean[] event, double[] probability,
			double horizon, int groups) {
		int n = time.length;
		Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> probability[i]))
				.toArray(Integer[]::new);
		List<CalibrationGroup> result = new ArrayList<>();
		for (int g = 0; g < groups; g++) {
			int from = (int) ((long) g * n / groups);
			int to = (int) ((long) (g + 1) * n / groups);
			if (to <= from) {
				continue;
			}
			int[] members = Arrays.stream(order, from, to).mapToInt(Integer::intValue).toArray();
			double[] t = Arrays.stream(members).mapToDouble(i -> time[i]).toArray();
			boolean[] e = new boolean[members.length];
			double predicted = 0;
			for (int k = 0; k < members.length; k++) {
				e[k] = event[members[k]];
				predicted += probability[members[k]] / members.length;
			}
			double observed = 1 - KaplanMeier.fit(t, e).at(horizon);
			result.add(new CalibrationGroup(members.length, predicted, observed));
		}
		return result;
	}

	/** The Kaplan-Meier estimate of remaining uncensored: the censorings are its events. */
	private static KaplanMeier.Estimate censoring(double[] time, boolean[] event) {
		boolean[] censored = new boolean[event.length];
		for (int i = 0; i < event.length; i++) {
			censored[i] = !event[i];
		}
		return KaplanMeier.fit(time, censored);
	}
}
