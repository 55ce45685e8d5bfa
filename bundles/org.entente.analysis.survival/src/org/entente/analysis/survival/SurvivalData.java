package org.entente.analysis.survival;

import java.util.Arrays;
import java.util.List;

/**
 * Survival data in counting-process form: each row is an interval {@code (start, stop]} during which one subject
 * was at risk with the given covariate values, and whether the subject's event happened at {@code stop}. A subject
 * whose covariates change over time has one row per interval, as in R's {@code Surv(start, stop, event)}.
 *
 * @param names      the covariate names, one per column
 * @param start      the start of each row's interval (exclusive)
 * @param stop       the end of each row's interval (inclusive), greater than its start
 * @param event      whether the event happened at the row's stop
 * @param covariates the covariate values, one array of {@code names.size()} per row
 */
public record SurvivalData(List<String> names, double[] start, double[] stop, boolean[] event, double[][] covariates) {

	public SurvivalData {
		names = List.copyOf(names);
		int n = start.length;
		if (stop.length != n || event.length != n || covariates.length != n) {
			throw new IllegalArgumentException("start, stop, event and covariates must have one entry per row");
		}
		for (int i = 0; i < n; i++) {
			if (!(stop[i] > start[i])) {
				throw new IllegalArgumentException("row " + i + ": stop " + stop[i] + " is not after start " + start[i]);
			}
			if (covariates[i].length != names.size()) {
				throw new IllegalArgumentException("row " + i + " has " + covariates[i].length + " covariates, not "
						+ names.size());
			}
			for (double value : covariates[i]) {
				if (!Double.isFinite(value)) {
					throw new IllegalArgumentException("row " + i + " has a missing or infinite covariate");
				}
			}
		}
	}

	/** Right-censored data: every subject at risk from 0 to its time. */
	public static SurvivalData rightCensored(List<String> names, double[] time, boolean[] event, double[][] covariates) {
		return new SurvivalData(names, new double[time.length], time, event, covariates);
	}

	public int rows() {
		return start.length;
	}

	public int columns() {
		return names.size();
	}

	public int events() {
		int count = 0;
		for (boolean e : event) {
			if (e) {
				count++;
			}
		}
		return count;
	}

	/** The same rows with only the given columns, in that order. */
	public SurvivalData select(List<String> columns) {
		int[] index = columns.stream().mapToInt(c -> {
			int i = names.indexOf(c);
			if (i < 0) {
				throw new IllegalArgumentException("no covariate " + c);
			}
			return i;
		}).toArray();
		double[][] selected = new double[rows()][];
		for (int r = 0; r < rows(); r++) {
			double[] row = covariates[r];
			selected[r] = Arrays.stream(index).mapToDouble(i -> row[i]).toArray();
		}
		return new SurvivalData(columns, start, stop, event, selected);
	}
}
