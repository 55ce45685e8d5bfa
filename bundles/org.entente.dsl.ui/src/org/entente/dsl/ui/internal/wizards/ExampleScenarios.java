package org.entente.dsl.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.dsl.ui.EntenteEditorPlugin;
import org.entente.dsl.ui.internal.builder.EntenteNature;
import org.osgi.framework.Bundle;

/**
 * The example scenarios shipped with the editor (the repository's {@code examples/scenarios}, copied into the
 * bundle by the build), and the creation of Entente projects, empty or seeded with them.
 */
public final class ExampleScenarios {

	/** The project the one-click import creates. */
	public static final String PROJECT_NAME = "entente-examples";

	/** The example opened after an import: the multipolar world of 2025. */
	public static final String FEATURED = "multipolar-2025.entente";

	private ExampleScenarios() {
	}

	/** The names of the bundled examples. */
	public static List<String> names() {
		Bundle bundle = EntenteEditorPlugin.getDefault().getBundle();
		Enumeration<URL> entries = bundle.findEntries("examples", "*.entente", false);
		List<String> names = new ArrayList<>();
		if (entries != null) {
			for (URL url : Collections.list(entries)) {
				String path = url.getPath();
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		return names;
	}

	/**
	 * Creates and opens an Entente project (nature and builder configured) at the default location; copies the
	 * examples into it when asked. Fails, leaving the workspace as it was, if the project exists.
	 */
	public static IProject createProject(String name, boolean withExamples, IProgressMonitor monitor)
			throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error("A project named '" + name + "' exists already."));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 10);
		workspace.run(inner -> {
			IProjectDescription description = workspace.newProjectDescription(name);
			description.setNatureIds(new String[] { EntenteNature.ID });
			project.create(description, progress.split(2));
			project.open(progress.split(2));
			if (withExamples) {
				copyExamples(project, progress.split(6));
			}
		}, progress.split(10));
		return project;
	}

	/** Copies every bundled example into the project's root (files that exist are left alone). */
	public static void copyExamples(IProject project, IProgressMonitor monitor) throws CoreException {
		List<String> names = names();
		SubMonitor progress = SubMonitor.convert(monitor, "Copying example scenarios", names.size());
		Bundle bundle = EntenteEditorPlugin.getDefault().getBundle();
		for (String name : names) {
			IFile file = project.getFile(name);
			if (!file.exists()) {
				try (InputStream in = bundle.getEntry("examples/" + name).openStream()) {
					file.create(in, true, progress.split(1));
				} catch (IOException e) {
					throw new CoreException(Status.error("Could not read the example " + name, e));
				}
				file.setCharset("UTF-8", null);
			}
		}
	}
}
