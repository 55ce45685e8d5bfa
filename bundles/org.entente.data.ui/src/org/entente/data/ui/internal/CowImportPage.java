package org.entente.data.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.entente.data.cow.CowNmcImport;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.io.InputFiles;

/** The files, years and states of a COW import, and where the scenario goes. */
public final class CowImportPage extends WizardPage {

	private final IContainer initialFolder;
	private Text nmc;
	private Text majors;
	private Text system;
	private Spinner from;
	private Spinner to;
	private Text states;
	private Text folder;
	private Text fileName;

	CowImportPage(IContainer initialFolder) {
		super("cowImport");
		this.initialFolder = initialFolder;
		setTitle("Import the Correlates of War capabilities");
		setDescription("A scenario with one state per COW state, its capabilities year by year, its major-power "
				+ "spells and its name.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		nmc = file(page, "&Capabilities (NMC):", "NMC-60-abridged.csv or NMC-70-abridged.csv (v7 needs the "
				+ "membership list for the state codes)");
		majors = file(page, "&Major powers (optional):", "majors2016.csv");
		system = file(page, "&Membership list (optional):", "states2016.csv: state codes and names");
		label(page, "&Years:");
		Composite years = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(years);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(years);
		from = spinner(years, 1816);
		new Label(years, SWT.NONE).setText("to");
		to = spinner(years, 2016);
		label(page, "&States (optional):");
		states = new Text(page, SWT.BORDER);
		states.setMessage("COW codes, for example UKG, FRN, GMY (empty: all)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(states);
		states.addListener(SWT.Modify, event -> validate());
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
		fileName.setText("cow" + EntenteFiles.SUFFIX);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(fileName);
		fileName.addListener(SWT.Modify, event -> validate());
		setControl(page);
		validate();
		setErrorMessage(null);
	}

	private Text file(Composite page, String label, String hint) {
		label(page, label);
		Text text = new Text(page, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	private static void label(Composite page, String text) {
		new Label(page, SWT.NONE).setText(text);
	}

	private Spinner spinner(Composite parent, int value) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, 1, 9999, 0, 1, 10);
		spinner.addListener(SWT.Modify, event -> validate());
		return spinner;
	}

	/** Checks the fields; the message names the first field that is wrong. */
	public void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (nmc.getText().isBlank()) {
			return "Choose the capabilities file (NMC).";
		}
		for (Text input : new Text[] { nmc, majors, system }) {
			if (!input.getText().isBlank()) {
				Optional<String> problem = InputFiles.problem(Path.of(input.getText().trim()));
				if (problem.isPresent()) {
					return problem.get();
				}
			}
		}
		if (to.getSelection() < from.getSelection()) {
			return "The years end before they start.";
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

	/** What to import, as the fields say (call when the page is complete). */
	CowNmcImport request() {
		Set<String> codes = Arrays.stream(states.getText().split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
				.collect(Collectors.toSet());
		return new CowNmcImport(path(nmc), path(majors), path(system), from.getSelection(), to.getSelection(), codes,
				EntenteFiles.baseName(Path.of(fileName.getText().trim())).replaceAll("[^A-Za-z0-9_]", "_")
						.replaceFirst("^(\\d)", "_$1"));
	}

	/** The workspace folder of the scenario. */
	IContainer folder() {
		return container().orElseThrow();
	}

	/** The scenario's file name. */
	String fileName() {
		return fileName.getText().trim();
	}

	private static Path path(Text text) {
		return text.getText().isBlank() ? null : Path.of(text.getText().trim());
	}

	/** For tests: sets the fields as a user types them. */
	public void fill(String nmcFile, String majorsFile, String systemFile, int first, int last, String codes,
			String into, String name) {
		nmc.setText(nmcFile == null ? "" : nmcFile);
		majors.setText(majorsFile == null ? "" : majorsFile);
		system.setText(systemFile == null ? "" : systemFile);
		from.setSelection(first);
		to.setSelection(last);
		states.setText(codes == null ? "" : codes);
		folder.setText(into);
		fileName.setText(name);
	}
}
