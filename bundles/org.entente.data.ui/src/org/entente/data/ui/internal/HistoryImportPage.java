package org.entente.data.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.entente.data.history.HistoryImport;
import org.entente.dsl.EntenteFiles;

/**
 * The four files of the historical world (COW state system, major powers, capabilities v6 or v7, ATOP members),
 * filled in from a data folder laid out as {@code ../shared/data} is, each of them replaceable; and where the
 * scenario goes.
 */
public final class HistoryImportPage extends ScenarioImportPage {

	private Text data;
	private Combo nmcVersion;
	private Text states;
	private Text majors;
	private Text capabilities;
	private Text atopMembers;

	HistoryImportPage(IContainer initialFolder) {
		super("historyImport", initialFolder, "history" + EntenteFiles.SUFFIX);
		setTitle("Import the historical world, 1815-2018");
		setDescription("Every COW state with its membership spells, capabilities and major-power spells, and every "
				+ "ATOP alliance with its members' obligations, entries, exits and how they ended.");
	}

	@Override
	void createSourceFields(Composite page) {
		data = directory(page, "&Data folder:", "a folder with cow/ and atop/, for example ../shared/data");
		data.addListener(SWT.Modify, event -> fillFromDataFolder());
		label(page, "&Capabilities version:");
		nmcVersion = new Combo(page, SWT.READ_ONLY);
		nmcVersion.setItems("NMC v6 (NMC-60-abridged.csv)", "NMC v7 (NMC-70-abridged.csv)");
		nmcVersion.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(nmcVersion);
		nmcVersion.addListener(SWT.Selection, event -> fillFromDataFolder());
		states = file(page, "&State system:", "states2016.csv");
		majors = file(page, "&Major powers:", "majors2016.csv");
		capabilities = file(page, "Ca&pabilities:", "NMC-60-abridged.csv or NMC-70-abridged.csv");
		atopMembers = file(page, "&ATOP members:", "atop5_1m.csv");
	}

	/** The four files where the data folder has them, as {@link HistoryImport#fromDataFolder} lays them out. */
	private void fillFromDataFolder() {
		if (data.getText().isBlank()) {
			return;
		}
		HistoryImport layout = HistoryImport.fromDataFolder(Path.of(data.getText().trim()), version());
		states.setText(layout.states().toString());
		majors.setText(layout.majors().toString());
		capabilities.setText(layout.capabilities().toString());
		atopMembers.setText(layout.atopMembers().toString());
	}

	private int version() {
		return nmcVersion.getSelectionIndex() == 1 ? 7 : 6;
	}

	@Override
	String sourceProblem() {
		if (!data.getText().isBlank() && !Files.isDirectory(Path.of(data.getText().trim()))) {
			return "There is no folder " + data.getText().trim() + ".";
		}
		String[] names = { "state system", "major powers", "capabilities", "ATOP members" };
		Text[] files = { states, majors, capabilities, atopMembers };
		for (int i = 0; i < files.length; i++) {
			if (files[i].getText().isBlank()) {
				return "Choose the data folder, or the " + names[i] + " file.";
			}
			String problem = fileProblem(files[i]);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	/** What to import, as the fields say (call when the page is complete). */
	HistoryImport request() {
		return new HistoryImport(path(states), path(majors), path(capabilities), path(atopMembers), scenarioName());
	}

	/** For tests: sets the fields as a user types them, the files from the data folder. */
	public void fill(String dataFolder, int version, String into, String name) {
		nmcVersion.select(version == 7 ? 1 : 0);
		data.setText(dataFolder);
		fillTarget(into, name);
	}

	/** For tests: replaces the capabilities file the data folder gave. */
	public void replaceCapabilities(String file) {
		capabilities.setText(file);
	}
}
