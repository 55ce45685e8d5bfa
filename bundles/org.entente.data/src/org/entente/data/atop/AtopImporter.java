package org.entente.data.atop;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.data.CsvTable;
import org.entente.data.ImportException;
import org.entente.data.Periods;
import org.entente.data.cow.CowStateSystem;
import org.entente.model.Alliance;
import org.entente.model.EntenteFactory;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.Scenario;
import org.entente.model.Source;
import org.entente.model.State;
import org.entente.model.TerminationCause;
import org.entente.model.TerminationMode;

/**
 * The alliances of the Alliance Treaty Obligations and Provisions data (ATOP 5.1, member level: {@code atop5_1m.csv})
 * as scenario elements: one alliance per ATOP alliance ({@code ATOP1350}) with its ATOP and COW ids, and per member
 * its own obligations, entry and exit years, and how and why its membership ended ({@code termmode},
 * {@code termcaus}). A member's phases are merged where it continues with the same obligations, or where ATOP runs
 * two phases at once; where its obligations change it gets one membership per phase, as ATOP codes it.
 * The alliance's own obligation is the strongest any member gives (defense, offense, neutrality, non-aggression,
 * consultation in that order). ATOP does not code why an alliance holds, so the basis is left unset.
 */
public final class AtopImporter {

	/** ATOP's last day of observation: an exit year of 0 means in force then. */
	public static final int LAST_YEAR = 2018;

	private static final EntenteFactory FACTORY = EntenteFactory.eINSTANCE;
	private static final String[] OBLIGATION_COLUMNS = { "defense", "offense", "neutral", "nonagg", "consul" };
	private static final ObligationKind[] OBLIGATIONS = { ObligationKind.DEFENSE, ObligationKind.OFFENSE,
			ObligationKind.NEUTRALITY, ObligationKind.NON_AGGRESSION, ObligationKind.CONSULTATION };

	/**
	 * One row of the member file: a member in one phase of an alliance.
	 *
	 * @param line        its line in the file
	 * @param atopId      the alliance
	 * @param cowId       the COW Formal Alliances v4.1 id ({@code cow4id}), or {@code null}
	 * @param ccode       the member's COW number
	 * @param cowSystem   whether ATOP marks the member a COW system member at signature ({@code cowsys})
	 * @param entry       the year it entered
	 * @param exit        the year it left, or {@code null} while in force at the end of 2018
	 * @param phase       the phase (0 for an alliance of one phase)
	 * @param obligations what it promises in this phase
	 * @param ending      how it ended, or {@code null} while in force
	 * @param cause       why it ended, or {@code null} while in force or where ATOP does not say
	 */
	public record MemberRow(long line, int atopId, Integer cowId, int ccode, boolean cowSystem, int entry,
			Integer exit, int phase, Set<ObligationKind> obligations, TerminationMode ending, TerminationCause cause) {
	}

	/**
	 * Reads the member file.
	 *
	 * @throws ImportException naming the file and line of a missing column, a date that does not exist, an exit
	 *                         before the entry, or a code outside ATOP's codebook
	 */
	public static List<MemberRow> readMembers(Path members, IProgressMonitor monitor) throws ImportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + members.getFileName(), 1);
		List<MemberRow> rows = new ArrayList<>();
		String[] required = { "atopid", "cow4id", "member", "cowsys", "yrent", "moent", "dayent", "yrexit", "moexit",
				"dayexit", "phase", "termmode", "termcaus", "defense", "offense", "neutral", "nonagg", "consul" };
		CsvTable.read(members, required, row -> {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			int entry = row.integer("yrent");
			checkDate(row, entry, row.integer("moent"), optionalInteger(row, "dayent"), "entry");
			int exitYear = row.integer("yrexit");
			Integer exit = null;
			if (exitYear != 0) {
				checkDate(row, exitYear, row.integer("moexit"), optionalInteger(row, "dayexit"), "exit");
				if (exitYear < entry) {
					throw row.problem("the member leaves in " + exitYear + ", before it enters in " + entry);
				}
				exit = exitYear;
			}
			Set<ObligationKind> obligations = EnumSet.noneOf(ObligationKind.class);
			for (int i = 0; i < OBLIGATION_COLUMNS.length; i++) {
				int flag = row.integer(OBLIGATION_COLUMNS[i]);
				if (flag != 0 && flag != 1) {
					throw row.problem(OBLIGATION_COLUMNS[i] + " " + flag + " is neither 0 nor 1");
				}
				if (flag == 1) {
					obligations.add(OBLIGATIONS[i]);
				}
			}
			int mode = row.integer("termmode");
			Integer cause = optionalInteger(row, "termcaus");
			TerminationMode ending = mode == 0 ? null : TerminationMode.get(mode);
			if (mode != 0 && ending == null) {
				throw row.problem("termmode " + mode + " is not one of ATOP's codes 0-6");
			}
			TerminationCause why = cause == null || cause == 0 ? null : TerminationCause.get(cause);
			if (cause != null && cause != 0 && why == null) {
				throw row.problem("termcaus " + cause + " is not one of ATOP's codes 0-8");
			}
			int cowsys = row.integer("cowsys");
			rows.add(new MemberRow(row.line(), row.integer("atopid"), optionalInteger(row, "cow4id"),
					row.integer("member"), cowsys != 0, entry, exit, row.integer("phase"), obligations, ending, why));
		});
		if (rows.isEmpty()) {
			throw new ImportException(members, 0, "lists no alliance member");
		}
		progress.worked(1);
		return rows;
	}

	private static Integer optionalInteger(CsvTable row, String column) throws ImportException {
		return row.text(column).isEmpty() ? null : row.integer(column);
	}

	/** A month of 0 and an empty day are ATOP's "not known"; anything else must be a real date. */
	private static void checkDate(CsvTable row, int year, int month, Integer day, String what)
			throws ImportException {
		if (month == 0 && (day == null || day == 0)) {
			return;
		}
		try {
			LocalDate.of(year, month, day == null || day == 0 ? 1 : day);
		} catch (DateTimeException e) {
			throw row.problem("the " + what + " date " + year + "-" + month + "-" + (day == null ? "?" : day)
					+ " does not exist");
		}
	}

	/**
	 * The alliances of the rows, in ATOP id order.
	 *
	 * @param rows    the member rows
	 * @param stateOf the scenario's state for a COW number; it may create one
	 */
	public static List<Alliance> alliances(List<MemberRow> rows, IntFunction<State> stateOf, Source citation) {
		Map<Integer, List<MemberRow>> byAlliance = new TreeMap<>();
		rows.forEach(row -> byAlliance.computeIfAbsent(row.atopId(), k -> new ArrayList<>()).add(row));
		List<Alliance> alliances = new ArrayList<>();
		byAlliance.forEach((atopId, members) -> alliances.add(alliance(atopId, members, stateOf, citation)));
		return alliances;
	}

	private static Alliance alliance(int atopId, List<MemberRow> rows, IntFunction<State> stateOf, Source citation) {
		Alliance alliance = FACTORY.createAlliance();
		alliance.setName("ATOP" + atopId);
		alliance.setAtopId(atopId);
		rows.stream().map(MemberRow::cowId).filter(id -> id != null).findFirst().ifPresent(alliance::setCowId);
		int start = rows.stream().mapToInt(MemberRow::entry).min().orElseThrow();
		boolean inForce = rows.stream().anyMatch(row -> row.exit() == null);
		Integer end = inForce ? null : rows.stream().mapToInt(MemberRow::exit).max().orElseThrow();
		alliance.setTitle("ATOP alliance " + atopId + ", " + start + (end == null ? "-" : "-" + end));
		alliance.setPeriod(Periods.of(start, end));
		Set<ObligationKind> all = EnumSet.noneOf(ObligationKind.class);
		rows.forEach(row -> all.addAll(row.obligations()));
		// EnumSet iterates in declaration order: defense first, consultation last.
		alliance.setObligation(all.isEmpty() ? ObligationKind.CONSULTATION : all.iterator().next());
		if (citation != null) {
			alliance.getSources().add(citation);
		}
		Map<Integer, List<MemberRow>> byMember = new LinkedHashMap<>();
		rows.stream().sorted(Comparator.comparingInt(MemberRow::phase).thenComparingInt(MemberRow::entry))
				.forEach(row -> byMember.computeIfAbsent(row.ccode(), k -> new ArrayList<>()).add(row));
		byMember.forEach((ccode, phases) -> {
			State state = stateOf.apply(ccode);
			for (Spell spell : spells(phases)) {
				alliance.getMemberships().add(membership(state, spell, all));
			}
		});
		return alliance;
	}

	/** A member's continuous time in an alliance, from one or more phases. */
	private static final class Spell {
		int from;
		Integer to;
		final Set<ObligationKind> obligations;
		TerminationMode ending;
		TerminationCause cause;

		Spell(MemberRow row) {
			from = row.entry();
			to = row.exit();
			obligations = EnumSet.noneOf(ObligationKind.class);
			obligations.addAll(row.obligations());
			ending = row.ending();
			cause = row.cause();
		}

		/** Takes {@code row} in: its obligations, and its end where it ends later (or is in force). */
		void absorb(MemberRow row, boolean unionOfObligations) {
			if (unionOfObligations) {
				obligations.addAll(row.obligations());
			}
			if (to != null && (row.exit() == null || row.exit() >= to)) {
				to = row.exit();
				ending = row.ending();
				cause = row.cause();
			}
		}
	}

	/**
	 * A member's phases as spells. A phase that begins within a year of the end of a phase replaced by it, with the
	 * same obligations, continues that spell. A phase that begins while another still runs (ATOP has parallel phases
	 * where an alliance's parts differ) is merged into it, with both phases' obligations. Any other phase begins a new
	 * spell; where it begins in the year the one before ended, the two share that year, unless ATOP does not say how
 * the one before ended: then the new spell begins the year after.
	 */
	private static List<Spell> spells(List<MemberRow> phases) {
		List<MemberRow> byEntry = new ArrayList<>(phases);
		byEntry.sort(Comparator.comparingInt(MemberRow::entry).thenComparingInt(MemberRow::phase));
		List<Spell> spells = new ArrayList<>();
		Spell current = null;
		for (MemberRow phase : byEntry) {
			if (current != null && (current.to == null || phase.entry() < current.to)) {
				current.absorb(phase, true);
			} else if (current != null && current.ending == TerminationMode.REPLACED && phase.entry() <= current.to + 1
					&& phase.obligations().equals(current.obligations)) {
				current.absorb(phase, false);
			} else {
				Spell next = new Spell(phase);
				if (current != null && current.ending == null && current.to != null && next.from == current.to) {
					// ATOP ends the phase without saying how: the new phase takes over the year after.
					next.from = current.to + 1;
					if (next.to != null && next.to < next.from) {
						current.absorb(phase, true);
						continue;
					}
				}
				current = next;
				spells.add(current);
			}
		}
		return spells;
	}

	private static Membership membership(State state, Spell spell, Set<ObligationKind> allianceObligations) {
		Membership membership = FACTORY.createMembership();
		membership.setState(state);
		// A member's own obligations are written only where they are not simply the alliance's single one.
		if (!(spell.obligations.size() == 1 && spell.obligations.equals(allianceObligations))) {
			membership.getObligations().addAll(spell.obligations);
		}
		membership.setPeriod(Periods.of(spell.from, spell.to));
		if (spell.ending != null) {
			membership.setEnding(spell.ending);
		}
		if (spell.cause != null) {
			membership.setEndCause(spell.cause);
		}
		return membership;
	}

	/**
	 * The state of a member whose number the COW list lacks, where ATOP itself marks it as outside the COW system
	 * ({@code cowsys} 0): {@code ATOP8152}, with a note.
	 *
	 * @param states the COW list, named in the error
	 * @throws ImportException when ATOP calls the member a COW system member
	 */
	public static State outsideCow(MemberRow row, Path members, Path states) throws ImportException {
		if (row.cowSystem()) {
			throw new ImportException(members, row.line(), "member " + row.ccode() + " is not in "
					+ states.getFileName() + ", yet ATOP marks it a COW system member (cowsys 1)");
		}
		State state = FACTORY.createState();
		state.setName("ATOP" + row.ccode());
		state.setCcode(row.ccode());
		state.setNote("ATOP member " + row.ccode() + ", a number COW does not list");
		return state;
	}

	/**
	 * The alliances of the member file as a scenario of their own ({@code entente import atop}): every member is a
	 * state of the COW list by its number, with its code and name but no spells, so every membership counts in
	 * every year ATOP gives it; {@code entente import history} adds the state system around them.
	 *
	 * @throws ImportException naming the file and line of a bad row, or a member COW does not list although ATOP
	 *                         marks it a COW system member
	 */
	public static Scenario scenario(Path members, CowStateSystem system, IProgressMonitor monitor)
			throws ImportException {
		Scenario scenario = FACTORY.createScenario();
		scenario.setName("atopAlliances");
		scenario.setTitle("ATOP 5.1 alliances");
		Source atop = source();
		scenario.getSourceDefinitions().add(atop);
		scenario.getSources().add(atop);
		List<MemberRow> rows = readMembers(members, monitor);
		Map<Integer, State> byCcode = new HashMap<>();
		for (MemberRow row : rows) {
			if (!byCcode.containsKey(row.ccode())) {
				CowStateSystem.Member member = system.member(row.ccode()).orElse(null);
				State state = member == null ? outsideCow(row, members, system.file()) : FACTORY.createState();
				if (member != null) {
					state.setName(member.code());
					state.setLabel(member.name());
					state.setCcode(member.ccode());
				}
				byCcode.put(row.ccode(), state);
				scenario.getStates().add(state);
			}
		}
		scenario.getAlliances().addAll(alliances(rows, byCcode::get, atop));
		return scenario;
	}

	/** The citation of ATOP 5.1. */
	public static Source source() {
		Source source = FACTORY.createSource();
		source.setName("atop");
		source.setText("Leeds, Ritter, Mitchell and Long (2002), Alliance Treaty Obligations and Provisions, "
				+ "1815-1944, International Interactions 28: 237-260; ATOP version 5.1 (1815-2018)");
		source.setLink("http://www.atopdata.org/");
		return source;
	}
}
