package org.entente.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.world.Years;

/**
 * Runs a launch as an Eclipse Job: progress in the Progress view and the status bar, cancel from there. The
 * analyses run through {@link AnalysisRunner}, exactly as on the command line: each in its own thread, with a
 * timeout, isolated from the others and from the workbench. The job itself never fails: a scenario with errors or
 * a failing analysis ends as a run whose problem or result status the results view shows.
 */
public class AnalysisJob extends Job {

	/** The family of analysis jobs (to wait for them, or cancel them). */
	public static final Object FAMILY = AnalysisJob.class;

	private final AnalysisLaunch launch;
	private final boolean comparison;
	private final AnalysisRunner runner;
	private volatile AnalysisRun run;

	public AnalysisJob(AnalysisLaunch launch, boolean comparison) {
		this(launch, comparison, new AnalysisRunner());
	}

	public AnalysisJob(AnalysisLaunch launch, boolean comparison, AnalysisRunner runner) {
		super((comparison ? "Comparing with " : "Analyzing ") + launch.file().getFileName());
		this.launch = launch;
		this.comparison = comparison;
		this.runner = runner;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The finished run, or {@code null} before the job ends. */
	public AnalysisRun run() {
		return run;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		LoadedScenario snapshot;
		try {
			progress.subTask("Loading " + launch.file().getFileName());
			snapshot = ScenarioLoader.shared().load(launch.file(), editorText(launch.file()));
		} catch (IOException | RuntimeException e) {
			return finish(null, List.of(), "Could not read " + launch.file() + ": " + e.getMessage());
		}
		progress.worked(1);
		if (!snapshot.isAnalysable()) {
			return finish(snapshot, List.of(), snapshot.problem());
		}
		List<Integer> years = launch.years(Years.start(snapshot.scenario().getPeriod()),
				Years.end(snapshot.scenario().getPeriod()));
		if (years == null) {
			return finish(snapshot, List.of(), "The scenario's period is open; give the first and last year to analyse.");
		}
		if (years.isEmpty()) {
			return finish(snapshot, List.of(), "No year of the chosen range lies in the scenario's period.");
		}
		List<AnalysisResult> results;
		try {
			results = runner.run(launch.requests(), snapshot.scenario(), years, progress.split(9));
		} catch (IllegalArgumentException e) {
			return finish(snapshot, List.of(), e.getMessage());
		}
		IStatus status = finish(snapshot, results, null);
		return monitor.isCanceled() ? Status.CANCEL_STATUS : status;
	}

	private IStatus finish(LoadedScenario snapshot, List<AnalysisResult> results, String problem) {
		String name = snapshot != null && snapshot.scenario() != null ? snapshot.scenario().getName()
				: launch.file().getFileName().toString();
		run = new AnalysisRun(launch, Instant.now(), name, results, problem);
		if (!comparison && snapshot != null) {
			FindingMarkers.replace(snapshot, results);
		}
		AnalysisSession.get().finished(run, comparison);
		return Status.OK_STATUS;
	}

	/** The unsaved text of an open editor on the file, or {@code null} to read the file. */
	private static String editorText(Path file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(IPath.fromPath(file),
				LocationKind.LOCATION);
		if (buffer == null) {
			org.eclipse.core.resources.IFile workspaceFile = FindingMarkers.workspaceFile(file);
			buffer = workspaceFile == null ? null
					: FileBuffers.getTextFileBufferManager().getTextFileBuffer(workspaceFile.getFullPath(),
							LocationKind.IFILE);
		}
		return buffer == null ? null : buffer.getDocument().get();
	}
}
