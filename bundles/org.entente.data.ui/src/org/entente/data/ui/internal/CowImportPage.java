package org.entente.data.ui.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.entente.data.cow.CowNmcImport;
import org.entente.dsl.EntenteFiles;

/** The files, years and states of a COW import, and where the scenario goes. */
public final class CowImportPage extends ScenarioImportPage {

	private Text nmc;
	private Text majors;
	private Text system;
	private Spinner from;
	private Spinner to;
	private Text states;

	CowImportPage(IContainer initialFolder) {
		super("cowImport", initialFolder, "cow" + EntenteFiles.SUFFIX);
		setTitle("Import the Correlates of War capabilities");
		setDescription("A scenario with one state per COW state, its capabilities year by year, its major-power "
				+ "spells and its name.");
	}

	@Override
	void createSourceFields(Composite page) {
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
	}

	private Spinner spinner(Composite parent, int value) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, 1, 9999, 0, 1, 10);
		spinner.addListener(SWT.Modify, event -> validate());
		return spinner;
	}

	@Override
	String sourceProblem() {
		if (nmc.getText().isBlank()) {
			return "Choose the capabilities file (NMC).";
		}
		for (Text input : new Text[] { nmc, majors, system }) {
			String problem = fileProblem(input);
			if (problem != null) {
				return problem;
			}
		}
		if (to.getSelection() < from.getSelection()) {
			return "The years end before they start.";
		}
		return null;
	}

	/** What to import, as the fields say (call when the page is complete). */
	CowNmcImport request() {
		Set<String> codes = Arrays.stream(states.getText().split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
				.collect(Collectors.toSet());
		return new CowNmcImport(path(nmc), path(majors), path(system), from.getSelection(), to.getSelection(), codes,
				scenarioName());
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
		fillTarget(into, name);
	}
}
