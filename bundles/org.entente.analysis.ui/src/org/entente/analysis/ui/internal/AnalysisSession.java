package org.entente.analysis.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The workbench's analysis runs: the last run (shown by the Analysis Results view, repeated by Re-run) and the
 * comparison run, if any. Listeners hear of new runs on the thread that finished them.
 */
public final class AnalysisSession {

	private static final AnalysisSession INSTANCE = new AnalysisSession();

	private final List<Consumer<AnalysisSession>> listeners = new CopyOnWriteArrayList<>();
	private volatile AnalysisRun last;
	private volatile AnalysisRun comparison;
	private volatile int[] comparedYears;

	private AnalysisSession() {
	}

	public static AnalysisSession get() {
		return INSTANCE;
	}

	public AnalysisRun last() {
		return last;
	}

	/** The run the last one is compared with, or {@code null}. */
	public AnalysisRun comparison() {
		return comparison;
	}

	/**
	 * The years compared ({@code [year of the last run, year of the comparison run or of the last run]}), or
	 * {@code null} to compare the runs year by year.
	 */
	public int[] comparedYears() {
		return comparedYears == null ? null : comparedYears.clone();
	}

	/** Records a run; a new primary run drops the previous comparison. */
	public void finished(AnalysisRun run, boolean asComparison) {
		if (asComparison) {
			comparison = run;
		} else {
			last = run;
			comparison = null;
		}
		comparedYears = null;
		listeners.forEach(listener -> listener.accept(this));
	}

	/**
	 * Compares year {@code first} of the last run with year {@code second} of the comparison run (or of the last
	 * run when there is none): the 2026 world of a scenario beside the 2028 world of its variant, or two years of
	 * one scenario.
	 */
	public void compareYears(int first, int second) {
		comparedYears = new int[] { first, second };
		listeners.forEach(listener -> listener.accept(this));
	}

	public void addListener(Consumer<AnalysisSession> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<AnalysisSession> listener) {
		listeners.remove(listener);
	}
}
