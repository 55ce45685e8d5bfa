package org.entente.dsl.ui.internal.builder;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.ProblemReporter;

/**
 * The workspace builder of Entente projects. The language server keeps the cross-file index and is told of every
 * file change as it happens; the builder makes a build mean something: it has the project indexed, revalidates
 * everything on a full build or a clean (Project &gt; Clean), and returns only when the server has finished and the
 * problem markers are written, so that whatever runs after a build (a launch, a test, an export) sees the
 * project's real state.
 */
public class EntenteBuilder extends IncrementalProjectBuilder {

	/** The builder's id. */
	public static final String ID = "org.entente.dsl.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		if (project.getLocation() == null) {
			return null;
		}
		EntenteLanguageService service = EntenteLanguageService.get();
		boolean newlyIndexed = !service.server().isIndexed(project.getLocation().toPath());
		service.ensureIndexed(project);
		if (kind == FULL_BUILD && !newlyIndexed) {
			service.revalidateAll();
		}
		awaitServer(service, project);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		project.deleteMarkers(ProblemReporter.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
		EntenteLanguageService service = EntenteLanguageService.get();
		if (project.getLocation() != null && service.server().isIndexed(project.getLocation().toPath())) {
			service.revalidateAll();
		}
	}

	private static void awaitServer(EntenteLanguageService service, IProject project) throws CoreException {
		try {
			service.server().awaitIdle(5, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (TimeoutException e) {
			throw new CoreException(Status.error("The Entente language server did not finish validating "
					+ project.getName() + " within 5 minutes"));
		}
	}
}
