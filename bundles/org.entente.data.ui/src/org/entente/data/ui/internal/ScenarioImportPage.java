package org.entente.data.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.io.InputFiles;

/**
 * The page of a {@link ScenarioImportWizard}: the source fields of one importer above the workspace folder and file
 * name of the new scenario, validated as they are typed; the message names the first field that is wrong.
 */
public abstract class ScenarioImportPage extends WizardPage {

	private final IContainer initialFolder;
	private final String defaultFileName;
	private Text folder;
	private Text fileName;

	ScenarioImportPage(String name, IContainer initialFolder, String defaultFileName) {
		super(name);
		this.initialFolder = initialFolder;
		this.defaultFileName = defaultFileName;
	}

	@Override
	public final void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		createSourceFields(page);
		label(page, "&Into folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setText(initialFolder == null ? "" : initialFolder.getFullPath().toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		folder.addListener(SWT.Modify, event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Br&owse...");
		browse.addListener(SWT.Selection, event -> {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container().orElse(null),
					false, "The folder for the scenario:");
			if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
				folder.setText(dialog.getResult()[0].toString());
			}
		});
		label(page, "File &name:");
		fileName = new Text(page, SWT.BORDER);
		fileName.setText(defaultFileName);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(fileName);
		fileName.addListener(SWT.Modify, event -> validate());
		setControl(page);
		validate();
		setErrorMessage(null);
	}

	/** Adds the importer's fields to the page's three columns (label, field, button). */
	abstract void createSourceFields(Composite page);

	/** What is wrong with the importer's fields, or {@code null}. */
	abstract String sourceProblem();

	/** Checks the fields; the message names the first field that is wrong. */
	public final void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		String source = sourceProblem();
		if (source != null) {
			return source;
		}
		if (container().isEmpty()) {
			return folder.getText().isBlank() ? "Choose the folder for the scenario."
					: "There is no open folder " + folder.getText() + " in the workspace.";
		}
		String name = fileName.getText().trim();
		if (!EntenteFiles.isScenario(name) || name.length() == EntenteFiles.SUFFIX.length() || name.contains("/")) {
			return "The file name must end with " + EntenteFiles.SUFFIX + ".";
		}
		return null;
	}

	private Optional<IContainer> container() {
		String path = folder.getText().trim();
		if (path.isEmpty()) {
			return Optional.empty();
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(path));
		return resource instanceof IContainer container && container.isAccessible() ? Optional.of(container)
				: Optional.empty();
	}

	/** The workspace folder of the scenario. */
	IContainer folder() {
		return container().orElseThrow();
	}

	/** The scenario's file name. */
	String fileName() {
		return fileName.getText().trim();
	}

	/** The scenario's name: the file's base name as an identifier. */
	String scenarioName() {
		return EntenteFiles.baseName(Path.of(fileName())).replaceAll("[^A-Za-z0-9_]", "_").replaceFirst("^(\\d)",
				"_$1");
	}

	/** For tests: sets the target fields as a user types them. */
	void fillTarget(String into, String name) {
		folder.setText(into);
		fileName.setText(name);
	}

	/** A file field with its label and a Browse button for CSV files. */
	Text file(Composite page, String label, String hint) {
		return path(page, label, hint, false);
	}

	/** A folder field with its label and a Browse button. */
	Text directory(Composite page, String label, String hint) {
		return path(page, label, hint, true);
	}

	private Text path(Composite page, String label, String hint, boolean directory) {
		label(page, label);
		Text text = new Text(page, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			String chosen;
			if (directory) {
				chosen = new DirectoryDialog(getShell(), SWT.OPEN).open();
			} else {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv", "*" });
				chosen = dialog.open();
			}
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	static void label(Composite page, String text) {
		new Label(page, SWT.NONE).setText(text);
	}

	/** The problem of an input file a field names, or {@code null}; a blank field is no problem here. */
	static String fileProblem(Text field) {
		if (field.getText().isBlank()) {
			return null;
		}
		return InputFiles.problem(Path.of(field.getText().trim())).orElse(null);
	}

	/** The path a field names, or {@code null} when it is blank. */
	static Path path(Text text) {
		return text.getText().isBlank() ? null : Path.of(text.getText().trim());
	}
}
