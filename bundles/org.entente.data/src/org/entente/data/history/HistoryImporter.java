package org.entente.data.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.ECollections;
import org.entente.data.ImportException;
import org.entente.data.Periods;
import org.entente.data.atop.AtopImporter;
import org.entente.data.atop.AtopImporter.MemberRow;
import org.entente.data.cow.CowNmcImport;
import org.entente.data.cow.CowNmcImporter;
import org.entente.data.cow.CowStateSystem;
import org.entente.model.CapabilityPoint;
import org.entente.model.CapabilitySeries;
import org.entente.model.EntenteFactory;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.Source;
import org.entente.model.State;

/**
 * The historical world 1815-2018 as one scenario: every state of the COW state system with its membership and
 * major-power spells and its yearly capabilities (NMC v6 or v7), and every ATOP alliance with its members'
 * obligations, entry and exit years and the way each membership ended.
 *
 * <p>
 * ATOP records alliances of states outside the COW state system in that year: members that COW admits later
 * (Monaco, San Marino, Liechtenstein), governments in exile during the Second World War, and 1815, the year before
 * COW begins. A state exists in the scenario in its COW membership spells and, besides them, in the years it is a
 * party to an ATOP alliance; the state's note says which years those are, and it has no capabilities then, so
 * capability shares and polarity are those of the COW system. A member ATOP itself marks as outside the COW system
 * ({@code cowsys} 0) whose number COW does not list (8152 in ATOP 5.1) becomes a state named {@code ATOP8152}.
 */
public final class HistoryImporter {

	/** The first year of the scenario, ATOP's first. */
	public static final int FIRST_YEAR = 1815;

	private static final EntenteFactory FACTORY = EntenteFactory.eINSTANCE;

	/**
	 * Reads the files and builds the scenario.
	 *
	 * @throws ImportException naming the file and line of the first bad cell, or a member code COW does not list
	 *                         although ATOP marks it a COW system member
	 */
	public Scenario read(HistoryImport request, IProgressMonitor monitor) throws ImportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing the historical world", 10);
		CowStateSystem system = CowStateSystem.read(request.states(), request.majors());
		progress.worked(1);
		Scenario capabilities = new CowNmcImporter().read(new CowNmcImport(request.capabilities(), null,
				request.states(), 1816, 2100, Set.of(), null), progress.split(4));
		Map<Integer, State> capabilityStates = new HashMap<>();
		capabilities.getStates().forEach(state -> capabilityStates.put(state.getCcode(), state));
		List<MemberRow> rows = AtopImporter.readMembers(request.atopMembers(), progress.split(2));

		Scenario scenario = FACTORY.createScenario();
		scenario.setName(request.scenarioName());
		scenario.setTitle("The historical world, " + FIRST_YEAR + "-" + AtopImporter.LAST_YEAR);
		scenario.setPeriod(Periods.of(FIRST_YEAR, AtopImporter.LAST_YEAR));
		scenario.setDescription("Imported by Entente from " + request.states().getFileName() + ", "
				+ request.majors().getFileName() + ", " + request.capabilities().getFileName() + " and "
				+ request.atopMembers().getFileName() + ". States exist in their COW membership spells and in the "
				+ "years they are parties to ATOP alliances outside them (see each state's note).");
		Source cowSystem = CowStateSystem.source();
		Source nmc = capabilities.getSourceDefinitions().stream().filter(s -> "cowNmc".equals(s.getName()))
				.findFirst().orElseThrow();
		Source atop = AtopImporter.source();
		scenario.getSourceDefinitions().addAll(List.of(cowSystem, nmc, atop));
		scenario.getSources().addAll(List.of(cowSystem, nmc, atop));

		Map<Integer, State> states = new HashMap<>();
		for (CowStateSystem.Member member : system.members()) {
			State state = CowStateSystem.state(member);
			State withCapabilities = capabilityStates.get(member.ccode());
			if (withCapabilities != null) {
				state.setCapabilities(withCapabilities.getCapabilities());
			}
			state.getSources().add(cowSystem);
			states.put(member.ccode(), state);
			scenario.getStates().add(state);
		}
		for (MemberRow row : rows) {
			if (!states.containsKey(row.ccode())) {
				State outside = AtopImporter.outsideCow(row, request.atopMembers(), request.states());
				states.put(row.ccode(), outside);
				scenario.getStates().add(outside);
			}
		}
		progress.worked(1);
		scenario.getAlliances().addAll(AtopImporter.alliances(rows, states::get, atop));
		existenceOutsideTheSystem(rows, system, states);
		progress.worked(2);
		return scenario;
	}

	/** Adds the years a state is an ATOP party outside its COW spells to its existence, and says so in its note. */
	private static void existenceOutsideTheSystem(List<MemberRow> rows, CowStateSystem system,
			Map<Integer, State> states) {
		Map<Integer, Set<Integer>> outside = new HashMap<>();
		for (MemberRow row : rows) {
			CowStateSystem.Member member = system.member(row.ccode()).orElse(null);
			int last = row.exit() == null ? AtopImporter.LAST_YEAR : row.exit();
			for (int year = row.entry(); year <= last; year++) {
				if (member == null || !member.isMember(year)) {
					outside.computeIfAbsent(row.ccode(), k -> new TreeSet<>()).add(year);
				}
			}
		}
		outside.forEach((ccode, years) -> {
			State state = states.get(ccode);
			List<int[]> spells = spells(years);
			List<String> written = new ArrayList<>();
			for (int[] spell : spells) {
				state.getExistence().add(Periods.of(spell[0], spell[1]));
				written.add(spell[0] == spell[1] ? String.valueOf(spell[0]) : spell[0] + "-" + spell[1]);
			}
			ECollections.sort(state.getExistence(), Comparator.comparing(Period::getFrom));
			joinAdjacent(state.getExistence());
			withoutCapabilities(state, years);
			String text = "An ATOP alliance party outside the COW state system in " + String.join(", ", written);
			state.setNote(state.getNote() == null ? text : state.getNote() + "; " + text);
		});
	}

	/** Joins spells where one begins the year after the one before ends ({@code 1815..1815, 1816..1945}). */
	private static void joinAdjacent(List<Period> spells) {
		for (int i = spells.size() - 1; i > 0; i--) {
			Period before = spells.get(i - 1);
			Period after = spells.get(i);
			if (before.getTo() != null && after.getFrom() == before.getTo() + 1) {
				before.setTo(after.getTo());
				spells.remove(i);
			}
		}
	}

	/**
	 * Outside the COW system a state has no capabilities: a zero score for those years, so that its capabilities of
	 * other years are not carried over into them (capabilities hold from one given year to the next).
	 */
	private static void withoutCapabilities(State state, Set<Integer> years) {
		CapabilitySeries series = state.getCapabilities();
		if (series == null || series.getPoints().isEmpty()) {
			return;
		}
		int first = series.getPoints().get(0).getYear();
		for (int year : years) {
			if (year > first) {
				CapabilityPoint point = FACTORY.createCapabilityPoint();
				point.setYear(year);
				point.setScore(0.0);
				point.setNote("outside the COW state system");
				series.getPoints().add(point);
			}
		}
		ECollections.sort(series.getPoints(), Comparator.comparingInt(CapabilityPoint::getYear));
	}

	private static List<int[]> spells(Set<Integer> years) {
		List<int[]> spells = new ArrayList<>();
		for (int year : years) {
			if (!spells.isEmpty() && spells.get(spells.size() - 1)[1] == year - 1) {
				spells.get(spells.size() - 1)[1] = year;
			} else {
				spells.add(new int[] { year, year });
			}
		}
		return spells;
	}
}
