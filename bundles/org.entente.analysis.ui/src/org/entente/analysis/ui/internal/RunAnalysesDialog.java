package org.entente.analysis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.ParameterDescriptor;

/**
 * Chooses the analyses to run and their parameters. The form is generated from each analysis's declared
 * parameters (their types, defaults, choices and descriptions); a value its parameter rejects disables Run and
 * says why. Defaults to the previous launch's choices.
 */
public class RunAnalysesDialog extends TitleAreaDialog {

	private final Path file;
	private final List<AnalysisDescriptor> available;
	private final AnalysisLaunch previous;
	private final Map<AnalysisDescriptor, Button> checks = new LinkedHashMap<>();
	private final Map<AnalysisDescriptor, Map<String, Control>> fields = new LinkedHashMap<>();
	private Text fromYear;
	private Text toYear;
	private AnalysisLaunch launch;

	public RunAnalysesDialog(Shell shell, Path file, List<AnalysisDescriptor> available, AnalysisLaunch previous) {
		super(shell);
		this.file = file;
		this.available = available;
		this.previous = previous;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The launch chosen with Run, or {@code null}. */
	public AnalysisLaunch launch() {
		return launch;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Run Analyses");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Run analyses on " + file.getFileName());
		setMessage("Choose analyses and their parameters. They run in the background; results open in the "
				+ "Analysis Results view.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		for (AnalysisDescriptor descriptor : available) {
			Group group = new Group(body, SWT.NONE);
			group.setText(descriptor.category() == null ? descriptor.name() : descriptor.category());
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
			Button check = new Button(group, SWT.CHECK);
			check.setText(descriptor.name() + "  (" + descriptor.id() + ")");
			check.setToolTipText(descriptor.description());
			check.setSelection(previous == null ? true
					: previous.analyses().stream().anyMatch(a -> a.id().equals(descriptor.id())));
			check.addListener(SWT.Selection, event -> validate());
			GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
			checks.put(descriptor, check);
			Map<String, Control> controls = new LinkedHashMap<>();
			for (ParameterDescriptor parameter : descriptor.parameters()) {
				Label label = new Label(group, SWT.NONE);
				label.setText(parameter.name());
				label.setToolTipText(parameter.description());
				String initial = previous == null ? null
						: previous.parameters().getOrDefault(descriptor.id(), Map.of()).get(parameter.name());
				if (initial == null) {
					initial = parameter.defaultValue() == null ? "" : parameter.defaultValue();
				}
				Control control;
				if (parameter.type() == ParameterDescriptor.Type.CHOICE
						|| parameter.type() == ParameterDescriptor.Type.BOOLEAN) {
					Combo combo = new Combo(group, SWT.READ_ONLY);
					List<String> values = parameter.type() == ParameterDescriptor.Type.BOOLEAN
							? List.of("true", "false")
							: parameter.choices();
					combo.setItems(values.toArray(String[]::new));
					combo.select(Math.max(0, values.indexOf(initial)));
					combo.addListener(SWT.Selection, event -> validate());
					control = combo;
				} else {
					Text text = new Text(group, SWT.BORDER);
					text.setText(initial);
					text.setMessage(parameter.type().name().toLowerCase());
					text.addListener(SWT.Modify, event -> validate());
					control = text;
				}
				control.setToolTipText(parameter.description());
				GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(control);
				controls.put(parameter.name(), control);
			}
			fields.put(descriptor, controls);
		}
		Group years = new Group(body, SWT.NONE);
		years.setText("Years (empty: the scenario's period)");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(years);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(years);
		new Label(years, SWT.NONE).setText("From");
		fromYear = new Text(years, SWT.BORDER);
		new Label(years, SWT.NONE).setText("to");
		toYear = new Text(years, SWT.BORDER);
		if (previous != null) {
			fromYear.setText(previous.fromYear() == null ? "" : previous.fromYear().toString());
			toYear.setText(previous.toYear() == null ? "" : previous.toYear().toString());
		}
		for (Text year : List.of(fromYear, toYear)) {
			GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(year);
			year.addListener(SWT.Modify, event -> validate());
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Run", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** The problem with the form, or {@code null}; shown as the dialog's error and disabling Run. */
	public String validate() {
		String problem = problem();
		setErrorMessage(problem);
		Button run = getButton(IDialogConstants.OK_ID);
		if (run != null) {
			run.setEnabled(problem == null);
		}
		return problem;
	}

	private String problem() {
		if (checks.values().stream().noneMatch(Button::getSelection)) {
			return "Choose at least one analysis.";
		}
		for (Map.Entry<AnalysisDescriptor, Map<String, Control>> entry : fields.entrySet()) {
			if (!checks.get(entry.getKey()).getSelection()) {
				continue;
			}
			for (ParameterDescriptor parameter : entry.getKey().parameters()) {
				String value = value(entry.getValue().get(parameter.name()));
				String problem = value.isBlank() && parameter.defaultValue() == null
						? "parameter '" + parameter.name() + "' needs a value"
						: value.isBlank() ? null : parameter.problem(value);
				if (problem != null) {
					return entry.getKey().name() + ": " + problem;
				}
			}
		}
		Integer from = year(fromYear);
		Integer to = year(toYear);
		if (!fromYear.getText().isBlank() && from == null || !toYear.getText().isBlank() && to == null) {
			return "A year is a whole number, such as 1914.";
		}
		if (from != null && to != null && to < from) {
			return "The last year comes before the first.";
		}
		return null;
	}

	private static String value(Control control) {
		return control instanceof Combo combo ? combo.getText() : ((Text) control).getText().trim();
	}

	private static Integer year(Text text) {
		try {
			return text.getText().isBlank() ? null : Integer.valueOf(text.getText().trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	protected void okPressed() {
		if (validate() != null) {
			return;
		}
		List<AnalysisDescriptor> chosen = new ArrayList<>();
		Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
		for (Map.Entry<AnalysisDescriptor, Button> entry : checks.entrySet()) {
			if (entry.getValue().getSelection()) {
				chosen.add(entry.getKey());
				Map<String, String> values = new LinkedHashMap<>();
				fields.get(entry.getKey()).forEach((name, control) -> {
					if (!value(control).isBlank()) {
						values.put(name, value(control));
					}
				});
				parameters.put(entry.getKey().id(), values);
			}
		}
		launch = new AnalysisLaunch(file, chosen, parameters, year(fromYear), year(toYear));
		super.okPressed();
	}

	/** For tests: the field of a parameter. */
	public Control field(String analysisId, String parameter) {
		return fields.entrySet().stream().filter(e -> e.getKey().id().equals(analysisId)).findFirst()
				.map(e -> e.getValue().get(parameter)).orElse(null);
	}

	/** For tests: the check box of an analysis. */
	public Button check(String analysisId) {
		return checks.entrySet().stream().filter(e -> e.getKey().id().equals(analysisId)).findFirst()
				.map(Map.Entry::getValue).orElse(null);
	}
}
