package org.entente.analysis.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Finding;
import org.entente.analysis.ui.AnalysisMarkers;
import org.entente.dsl.load.LoadedScenario;

/**
 * Turns analysis findings into markers on the elements they concern: the editor's rulers show them, the Analysis
 * Findings view lists them, and a double-click goes to the element. Each run replaces the markers of the analyses
 * it ran on that file.
 */
public final class FindingMarkers {

	/** The marker type of findings. */
	public static final String MARKER_TYPE = AnalysisMarkers.FINDING;
	/** Marker attribute: the analysis that found it. */
	public static final String ANALYSIS = AnalysisMarkers.ANALYSIS;
	/** Marker attribute: the year the finding concerns. */
	public static final String YEAR = AnalysisMarkers.YEAR;

	private FindingMarkers() {
	}

	/** The workspace file at a path, or {@code null}. */
	public static IFile workspaceFile(Path path) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		return files.length == 0 ? null : files[0];
	}

	/** Replaces the file's finding markers of the analyses in {@code results} with their findings. */
	static void replace(LoadedScenario snapshot, List<AnalysisResult> results) {
		IFile file = workspaceFile(snapshot.file());
		if (file == null || !file.exists()) {
			return;
		}
		IWorkspaceRunnable update = monitor -> {
			for (IMarker old : file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
				String analysis = old.getAttribute(ANALYSIS, "");
				if (results.stream().anyMatch(result -> result.analysisId().equals(analysis))) {
					old.delete();
				}
			}
			for (AnalysisResult result : results) {
				for (Finding finding : result.findings()) {
					file.createMarker(MARKER_TYPE, attributes(snapshot, result, finding));
				}
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(update, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file),
					IResource.NONE, null);
		} catch (CoreException e) {
			ILog.of(FindingMarkers.class).error("Could not write the analysis findings of " + file.getFullPath(), e);
		}
	}

	/** The marker text: the finding, then its drivers, so the Analysis Findings view explains itself. */
	public static String text(Finding finding) {
		return finding.drivers().isEmpty() ? finding.message()
				: finding.message() + " \u2014 " + String.join("; ", finding.drivers());
	}

	private static Map<String, Object> attributes(LoadedScenario snapshot, AnalysisResult result, Finding finding) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, text(finding));
		attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		attributes.put(ANALYSIS, result.analysisId());
		attributes.put(IMarker.SOURCE_ID, result.analysisName());
		if (finding.year() != null) {
			attributes.put(YEAR, finding.year());
		}
		snapshot.locate(finding.elementUri()).ifPresent(region -> {
			attributes.put(IMarker.LINE_NUMBER, region.line());
			attributes.put(IMarker.CHAR_START, region.offset());
			attributes.put(IMarker.CHAR_END, region.offset() + region.length());
		});
		attributes.put(IMarker.LOCATION, (finding.element() == null ? "" : finding.element())
				+ (finding.year() == null ? "" : " (" + finding.year() + ")"));
		return attributes;
	}
}
