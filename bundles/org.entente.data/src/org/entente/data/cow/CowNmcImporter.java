package org.entente.data.cow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.data.CsvTable;
import org.entente.data.ImportException;
import org.entente.data.Periods;
import org.entente.model.CapabilityPoint;
import org.entente.model.CapabilitySeries;
import org.entente.model.EntenteFactory;
import org.entente.model.Interpolation;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.Source;
import org.entente.model.State;

/**
 * A scenario from the Correlates of War National Material Capabilities: one state per COW state with its ccode (and
 * its name, from the State System Membership list), its existence spells (the consecutive years COW lists it), its
 * major-power spells, and a yearly capabilities block of the six components, missing values left out. The CINC the
 * model computes from these components equals the published {@code cinc} column. The scenario is built with the
 * model's factory; {@link org.entente.dsl.io.ScenarioWriter} writes it as text.
 */
public final class CowNmcImporter {

	private static final String[] COMPONENTS = { "milex", "milper", "irst", "pec", "tpop", "upop" };
	private static final Pattern CODE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final EntenteFactory FACTORY = EntenteFactory.eINSTANCE;

	private record Row(int year, Double[] components) {
	}

	private static final class StateData {
		final String code;
		final int ccode;
		final List<Row> rows = new ArrayList<>();

		StateData(String code, int ccode) {
			this.code = code;
			this.ccode = ccode;
		}
	}

	private record Member(String code, String name) {
	}

	/**
	 * Reads the files and builds the scenario.
	 *
	 * @throws ImportException naming the file and line of the first bad cell, a missing column, or a selection no row
	 *                         matches
	 */
	public Scenario read(CowNmcImport request, IProgressMonitor monitor) throws ImportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + request.nmc().getFileName(), 10);
		Map<Integer, Member> system = request.system() == null ? Map.of() : system(request);
		progress.worked(1);
		Map<String, StateData> states = new LinkedHashMap<>();
		CsvTable.read(request.nmc(), new String[] { "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop" },
				row -> {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					int ccode = row.integer("ccode");
					String code = code(row, ccode, system, request);
					int year = row.integer("year");
					if (!request.includes(code, year)) {
						return;
					}
					Double[] values = new Double[COMPONENTS.length];
					for (int c = 0; c < COMPONENTS.length; c++) {
						Double value = row.number(COMPONENTS[c]);
						if (value != null && value < 0 && value != -9) {
							throw row.problem(COMPONENTS[c] + " " + row.text(COMPONENTS[c])
									+ " is negative (COW writes a missing value as -9 or leaves it empty)");
						}
						values[c] = value == null || value == -9 ? null : value;
					}
					StateData state = states.computeIfAbsent(code, k -> new StateData(code, ccode));
					if (state.ccode != ccode) {
						throw row.problem("the state code " + code + " stands for ccode " + state.ccode + " and "
								+ ccode);
					}
					if (!state.rows.isEmpty() && state.rows.get(state.rows.size() - 1).year() >= year) {
						throw row.problem(code + " " + year + " comes after " + code + " "
								+ state.rows.get(state.rows.size() - 1).year() + ": rows must be in year order");
					}
					state.rows.add(new Row(year, values));
				});
		progress.worked(5);
		if (states.isEmpty()) {
			throw new ImportException(request.nmc(), 0, "no row matches the years " + request.from() + "-"
					+ request.to() + (request.states().isEmpty() ? "" : " and the states " + request.states()));
		}
		List<String> unknown = request.states().stream().filter(code -> !states.containsKey(code)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new ImportException(request.nmc(), 0, "no row of " + String.join(", ", unknown) + " in "
					+ request.from() + "-" + request.to() + " (are the codes COW's?)");
		}
		Map<String, List<int[]>> majors = request.majors() == null ? Map.of() : majors(request);
		progress.worked(1);
		Scenario scenario = scenario(request, states, system, majors);
		progress.worked(3);
		return scenario;
	}

	private static String code(CsvTable row, int ccode, Map<Integer, Member> system, CowNmcImport request)
			throws ImportException {
		String code;
		if (row.has("stateabb")) {
			code = row.text("stateabb");
		} else if (system.containsKey(ccode)) {
			code = system.get(ccode).code();
		} else if (request.system() == null) {
			throw row.problem("the file has no stateabb column (NMC v7): give the State System Membership list "
					+ "(states2016.csv) for the state codes");
		} else {
			throw row.problem("ccode " + ccode + " is not in " + request.system().getFileName());
		}
		if (!CODE.matcher(code).matches()) {
			throw row.problem("stateabb '" + code + "' is not a state code (letters, digits and _, not starting "
					+ "with a digit)");
		}
		return code;
	}

	private static Map<Integer, Member> system(CowNmcImport request) throws ImportException {
		Map<Integer, Member> members = new HashMap<>();
		CsvTable.read(request.system(), new String[] { "stateabb", "ccode", "statenme" }, row -> {
			members.putIfAbsent(row.integer("ccode"), new Member(row.text("stateabb"), row.text("statenme")));
		});
		return members;
	}

	private static Map<String, List<int[]>> majors(CowNmcImport request) throws ImportException {
		Map<String, List<int[]>> spells = new TreeMap<>();
		CsvTable.read(request.majors(), new String[] { "stateabb", "styear", "endyear" }, row -> {
			int start = row.integer("styear");
			int end = row.integer("endyear");
			if (end < start) {
				throw row.problem("the spell " + start + "-" + end + " ends before it starts");
			}
			spells.computeIfAbsent(row.text("stateabb"), k -> new ArrayList<>()).add(new int[] { start, end });
		});
		return spells;
	}

	private static Scenario scenario(CowNmcImport request, Map<String, StateData> states, Map<Integer, Member> system,
			Map<String, List<int[]>> majors) {
		Scenario scenario = FACTORY.createScenario();
		scenario.setName(request.scenarioName());
		scenario.setTitle("COW National Material Capabilities " + request.from() + "-" + request.to());
		scenario.setPeriod(Periods.of(request.from(), request.to()));
		scenario.setDescription("Imported from " + request.nmc().getFileName() + " by Entente's COW importer; missing"
				+ " values are left out.");
		Source nmc = FACTORY.createSource();
		nmc.setName("cowNmc");
		nmc.setText("Singer, Bremer and Stuckey (1972); Singer (1987), International Interactions 14: COW National "
				+ "Material Capabilities (" + request.nmc().getFileName() + ")");
		nmc.setLink("https://correlatesofwar.org/data-sets/national-material-capabilities/");
		scenario.getSourceDefinitions().add(nmc);
		scenario.getSources().add(nmc);
		if (request.majors() != null || request.system() != null) {
			Source membership = FACTORY.createSource();
			membership.setName("cowSystem");
			membership.setText("Correlates of War Project (2017), State System Membership List v2016");
			scenario.getSourceDefinitions().add(membership);
		}
		for (StateData data : states.values()) {
			State state = FACTORY.createState();
			state.setName(data.code);
			state.setCcode(data.ccode);
			Member member = system.get(data.ccode);
			if (member != null && !member.name().isEmpty()) {
				state.setLabel(member.name());
			}
			existence(data.rows).forEach(state.getExistence()::add);
			for (int[] spell : majors.getOrDefault(data.code, List.of())) {
				state.getMajorPowerSpells().add(Periods.of(spell[0], spell[1]));
			}
			CapabilitySeries series = FACTORY.createCapabilitySeries();
			series.setInterpolation(Interpolation.STEP);
			for (Row row : data.rows) {
				series.getPoints().add(point(row));
			}
			state.setCapabilities(series);
			scenario.getStates().add(state);
		}
		return scenario;
	}

	private static CapabilityPoint point(Row row) {
		CapabilityPoint point = FACTORY.createCapabilityPoint();
		point.setYear(row.year());
		Double[] c = row.components();
		point.setMilex(c[0]);
		point.setMilper(c[1]);
		point.setIrst(c[2]);
		point.setPec(c[3]);
		point.setTpop(c[4]);
		point.setUpop(c[5]);
		boolean any = false;
		for (Double value : c) {
			any |= value != null;
		}
		if (!any) {
			// every component missing: keep the year so the state counts as present, with a zero score
			point.setScore(0.0);
			point.setNote("all components missing in COW");
		}
		return point;
	}

	/** The spells of consecutive years the state has rows for: its membership of the state system. */
	private static List<Period> existence(List<Row> rows) {
		List<Period> spells = new ArrayList<>();
		int start = rows.get(0).year();
		int previous = start;
		for (int i = 1; i < rows.size(); i++) {
			int year = rows.get(i).year();
			if (year != previous + 1) {
				spells.add(Periods.of(start, previous));
				start = year;
			}
			previous = year;
		}
		spells.add(Periods.of(start, previous));
		return spells;
	}
}
