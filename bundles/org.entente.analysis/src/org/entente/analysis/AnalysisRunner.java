package org.entente.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.entente.analysis.AnalysisResult.Status;
import org.entente.model.Scenario;
import org.entente.model.world.WorldProjector;

/**
 * Runs analyses on a scenario, one after the other, each isolated: an exception, a timeout, a cancellation or a
 * change to the scenario ends that analysis with a result saying so, and the next one still runs. A change is
 * charged to the analysis whose threads made it (threads an analysis starts inherit its id), also when a thread it
 * left running changes the scenario while a later analysis runs; a change made after the last analysis returned
 * is not seen. Where {@link #refuseExitsFromAnalyses()} was called, an analysis that calls {@code System.exit} fails
 * with a message and the program goes on. The workbench,
 * the command line and the tests all run analyses through this class.
 */
public final class AnalysisRunner {

	/** How long one analysis may run by default. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

	private final Duration timeout;

	public AnalysisRunner() {
		this(DEFAULT_TIMEOUT);
	}

	public AnalysisRunner(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * Refuses {@code System.exit} and {@code Runtime.halt} called from an analysis (or a thread it started) for the
	 * rest of the program: the call throws, the analysis fails with a message and the next one runs. The workbench
	 * calls it, where an exit would close the user's windows and lose unsaved work. Java can refuse an exit only with
	 * a security manager, and Java 17 prints a deprecation warning on standard error the first time one is installed,
	 * so the command line does not call it (it reports such an exit instead, see {@link #runningAnalyses()}).
	 *
	 * @return whether exits are refused now (not where Java refuses a security manager, or another one is installed)
	 */
	public static boolean refuseExitsFromAnalyses() {
		ExitGuard.install();
		return ExitGuard.active();
	}

	/** The ids of the analyses running right now, on any thread, in the order they started. */
	public static List<String> runningAnalyses() {
		synchronized (ACTIVE) {
			return List.copyOf(ACTIVE);
		}
	}

	/** How long an analysis asked to stop (cancelled, timed out) is given to end before it is reported still running. */
	private static final Duration STOP_GRACE = Duration.ofSeconds(2);

	/** One entry per analysis running, on any runner (the same analysis may run twice, in two runners). */
	private static final List<String> ACTIVE = Collections.synchronizedList(new ArrayList<>());

	/** One analysis to run and the parameter values given for it (defaults fill the rest). */
	public record Request(AnalysisDescriptor descriptor, Map<String, String> parameters) {
		public Request {
			parameters = Map.copyOf(parameters);
		}
	}

	/**
	 * Runs the requests on {@code scenario} for {@code years}.
	 *
	 * @return one result per request, in order
	 * @throws IllegalArgumentException when a request's parameters are invalid (before anything runs)
	 */
	public List<AnalysisResult> run(List<Request> requests, Scenario scenario, List<Integer> years,
			IProgressMonitor monitor) {
		List<AnalysisContext> contexts = new ArrayList<>();
		WorldProjector projector = new WorldProjector(scenario);
		for (Request request : requests) {
			contexts.add(new AnalysisContext(scenario, projector,
					AnalysisParameters.of(request.descriptor(), request.parameters()), years, request.descriptor()));
		}
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
				"Analyzing " + scenario.getName(), contexts.size());
		List<AnalysisResult> results = new ArrayList<>();
		for (AnalysisContext context : contexts) {
			if (progress.isCanceled()) {
				results.add(unfinished(context, Status.CANCELLED, "cancelled before it started"));
				continue;
			}
			progress.subTask(context.descriptor().name());
			Set<String> others = new LinkedHashSet<>();
			results.add(runOne(context, progress.split(1), others));
			// A thread an earlier analysis left running changed the scenario: that analysis broke the rule.
			for (int i = 0; i < results.size() - 1; i++) {
				if (others.contains(contexts.get(i).descriptor().id())) {
					results.set(i, unfinished(contexts.get(i), Status.FAILED, "the analysis changed the scenario from a "
							+ "thread it left running after it returned (seen while " + context.descriptor().id()
							+ " ran); the change was undone and its result discarded"));
				}
			}
		}
		return results;
	}

	/** The analysis whose task, or a thread that task started, is running on this thread. */
	static final InheritableThreadLocal<String> RUNNING = new InheritableThreadLocal<>();

	/** A change made by a thread that no analysis started (the caller's, for instance). */
	private static final String OUTSIDE = "";

	/** Records the changes to the scenario and which analysis's threads made them. */
	private static final class AttributingRecorder extends ChangeRecorder {
		final Set<String> culprits = ConcurrentHashMap.newKeySet();
		private final String recorded;

		AttributingRecorder(Notifier watched, String recorded) {
			super(List.of(watched));
			this.recorded = recorded;
		}

		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
				culprits.add(culprit(recorded));
			}
			super.notifyChanged(notification);
		}
	}

	/**
	 * The analysis a thread works for. A fork-join pool thread (parallel streams) keeps the id of whichever analysis
	 * made the pool start it, and works for the one running now.
	 */
	static String culprit(String runningNow) {
		if (Thread.currentThread() instanceof java.util.concurrent.ForkJoinWorkerThread) {
			return runningNow == null ? OUTSIDE : runningNow;
		}
		String analysis = RUNNING.get();
		return analysis == null ? OUTSIDE : analysis;
	}

	/**
	 * Runs one analysis.
	 *
	 * @param otherCulprits receives the ids of other analyses whose threads changed the scenario while it ran
	 */
	private AnalysisResult runOne(AnalysisContext context, IProgressMonitor monitor, Set<String> otherCulprits) {
		Notifier watched = context.scenario().eResource() != null && context.scenario().eResource().getResourceSet() != null
				? context.scenario().eResource().getResourceSet()
				: context.scenario();
		AttributingRecorder recorder = new AttributingRecorder(watched, context.descriptor().id());
		ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "entente-analysis-" + context.descriptor().id());
			thread.setDaemon(true);
			return thread;
		});
		CountDownLatch returned = new CountDownLatch(1);
		CancellableMonitor childMonitor = new CancellableMonitor(monitor);
		ACTIVE.add(context.descriptor().id());
		try {
			Future<AnalysisResult> future = executor.submit(() -> {
				// Threads the analysis starts inherit its id, so that a change they make is charged to it.
				RUNNING.set(context.descriptor().id());
				try {
					ScenarioAnalysis analysis = context.descriptor().factory().get();
					return analysis.run(context, childMonitor);
				} finally {
					RUNNING.remove();
					returned.countDown();
				}
			});
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				try {
					AnalysisResult result = future.get(100, TimeUnit.MILLISECONDS);
					ChangeDescription changes = recorder.endRecording();
					// Object and resource changes are what a modification leaves; an in-memory scenario without a
					// resource would otherwise show up as an object "to attach".
					if (!changes.getObjectChanges().isEmpty() || !changes.getResourceChanges().isEmpty()) {
						changes.apply();
						Set<String> culprits = new LinkedHashSet<>(recorder.culprits);
						if (culprits.contains(context.descriptor().id())) {
							return unfinished(context, Status.FAILED,
									"the analysis changed the scenario; the change was undone and its result discarded");
						}
						otherCulprits.addAll(culprits);
						culprits.remove(OUTSIDE);
						return unfinished(context, Status.FAILED, "the scenario was changed while this analysis ran, by "
								+ (culprits.isEmpty() ? "a thread outside the analyses"
										: "a thread that " + String.join(", ", culprits) + " left running")
								+ "; the change was undone and this result discarded");
					}
					if (monitor.isCanceled()) {
						// An analysis that stops because it was cancelled returns what it had: a partial result.
						return unfinished(context, Status.CANCELLED, "cancelled by the user");
					}
					if (result == null) {
						return unfinished(context, Status.FAILED, "the analysis returned no result");
					}
					return result;
				} catch (TimeoutException notYet) {
					if (monitor.isCanceled()) {
						childMonitor.setCanceled(true);
						future.cancel(true);
						return unfinished(context, Status.CANCELLED,
								"cancelled by the user" + stillRunning(returned));
					}
					if (System.nanoTime() > deadline) {
						childMonitor.setCanceled(true);
						future.cancel(true);
						return unfinished(context, Status.TIMED_OUT, "did not finish within " + timeout.toSeconds()
								+ " s and was abandoned" + stillRunning(returned));
					}
				} catch (ExecutionException failure) {
					Throwable cause = failure.getCause() == null ? failure : failure.getCause();
					if (cause instanceof org.eclipse.core.runtime.OperationCanceledException || monitor.isCanceled()) {
						// the analysis noticed the cancel before the runner did
						return unfinished(context, Status.CANCELLED, "cancelled by the user");
					}
					return unfinished(context, Status.FAILED,
							cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					future.cancel(true);
					return unfinished(context, Status.CANCELLED, "interrupted");
				}
			}
		} finally {
			ACTIVE.remove(context.descriptor().id());
			if (recorder.isRecording()) {
				recorder.endRecording();
			}
			recorder.dispose();
			executor.shutdownNow();
		}
	}

	/**
	 * What to add to the message of an analysis that was asked to stop: nothing when it returns within
	 * {@link #STOP_GRACE}, else that it goes on running. Java cannot stop a thread safely, so the user is told where the
	 * processor time goes rather than left to wonder.
	 */
	private static String stillRunning(CountDownLatch returned) {
		boolean ended = false;
		try {
			ended = returned.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		return !ended ? "; it ignored the request to stop and its thread is still running (it uses a "
				+ "processor until it returns or Entente exits)" : "";
	}

	private static AnalysisResult unfinished(AnalysisContext context, Status status, String message) {
		return AnalysisResult.unfinished(context.descriptor(), context.scenario().getName(),
				context.parameters().asMap(), status, message);
	}

	/** A monitor the runner can cancel on the analysis's behalf, reporting progress to the caller's monitor. */
	private static final class CancellableMonitor extends org.eclipse.core.runtime.ProgressMonitorWrapper {
		private volatile boolean cancelled;

		CancellableMonitor(IProgressMonitor delegate) {
			super(delegate);
		}

		@Override
		public boolean isCanceled() {
			return cancelled || super.isCanceled();
		}

		@Override
		public void setCanceled(boolean value) {
			cancelled = value;
		}
	}
}
