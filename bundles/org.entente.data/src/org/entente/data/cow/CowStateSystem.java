package org.entente.data.cow;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.entente.data.CsvTable;
import org.entente.data.ImportException;
import org.entente.data.Periods;
import org.entente.model.EntenteFactory;
import org.entente.model.Scenario;
import org.entente.model.Source;
import org.entente.model.State;

/**
 * The Correlates of War state system (State System Membership v2016): each state's code, name and membership spells,
 * and its major-power spells. Spells that reach the data's last day (31 December 2016) are open: the state was still a
 * member when the list was made, not one that left then.
 */
public final class CowStateSystem {

	/**
	 * A spell of years, both included.
	 *
	 * @param from the first year
	 * @param to   the last year, or {@code null} while it lasts at the end of the data
	 */
	public record Spell(int from, Integer to) {
		/** Whether the spell covers {@code year}. */
		public boolean contains(int year) {
			return year >= from && (to == null || year <= to);
		}
	}

	/**
	 * A state of the system.
	 *
	 * @param ccode            its COW number
	 * @param code             its COW abbreviation ({@code USA}), the name it gets in a scenario
	 * @param name             its COW name
	 * @param spells           its membership spells, in order
	 * @param majorPowerSpells its major-power spells, in order
	 */
	public record Member(int ccode, String code, String name, List<Spell> spells, List<Spell> majorPowerSpells) {
		/** Whether the state is a member of the system in {@code year}. */
		public boolean isMember(int year) {
			return spells.stream().anyMatch(spell -> spell.contains(year));
		}
	}

	private static final Pattern CODE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final EntenteFactory FACTORY = EntenteFactory.eINSTANCE;

	private final Map<Integer, Member> members;
	private final Path statesFile;

	private CowStateSystem(Map<Integer, Member> members, Path statesFile) {
		this.members = members;
		this.statesFile = statesFile;
	}

	/**
	 * Reads the membership list and, when given, the major-power list.
	 *
	 * @param states the State System Membership list ({@code states2016.csv})
	 * @param majors the major powers ({@code majors2016.csv}), or {@code null}
	 * @throws ImportException naming the file and line of a missing column, a date that does not exist, a spell that
	 *                         ends before it starts, a code that stands for two states or a major power that is not
	 *                         in the list
	 */
	public static CowStateSystem read(Path states, Path majors) throws ImportException {
		Map<Integer, Member> members = new LinkedHashMap<>();
		String[] columns = { "stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth",
				"endday" };
		List<Integer> lastYears = new ArrayList<>();
		Map<Integer, List<long[]>> spells = new LinkedHashMap<>();
		CsvTable.read(states, columns, row -> {
			int ccode = row.integer("ccode");
			String code = row.text("stateabb");
			if (!CODE.matcher(code).matches()) {
				throw row.problem("stateabb '" + code + "' is not a state code (letters, digits and _, not starting "
						+ "with a digit)");
			}
			LocalDate start = date(row, "styear", "stmonth", "stday");
			LocalDate end = date(row, "endyear", "endmonth", "endday");
			if (end.isBefore(start)) {
				throw row.problem("the spell " + start + " to " + end + " ends before it starts");
			}
			Member known = members.get(ccode);
			if (known != null && !known.code().equals(code)) {
				throw row.problem("ccode " + ccode + " is " + known.code() + " above and " + code + " here");
			}
			if (known == null) {
				for (Member other : members.values()) {
					if (other.code().equals(code)) {
						throw row.problem(code + " stands for ccode " + other.ccode() + " above and " + ccode + " here");
					}
				}
				members.put(ccode, new Member(ccode, code, row.text("statenme"), new ArrayList<>(), new ArrayList<>()));
			}
			spells.computeIfAbsent(ccode, k -> new ArrayList<>()).add(new long[] { start.getYear(), end.getYear(),
					end.getMonthValue() * 100 + end.getDayOfMonth() });
			lastYears.add(end.getYear());
		});
		if (members.isEmpty()) {
			throw new ImportException(states, 0, "lists no state");
		}
		int lastYear = Collections.max(lastYears);
		spells.forEach((ccode, list) -> list.forEach(spell -> members.get(ccode).spells()
				.add(new Spell((int) spell[0], spell[1] == lastYear && spell[2] == 1231 ? null : (int) spell[1]))));
		if (majors != null) {
			CsvTable.read(majors, new String[] { "ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday" },
					row -> {
						Member member = members.get(row.integer("ccode"));
						if (member == null) {
							throw row.problem("ccode " + row.text("ccode") + " is not in " + states.getFileName());
						}
						LocalDate start = date(row, "styear", "stmonth", "stday");
						LocalDate end = date(row, "endyear", "endmonth", "endday");
						if (end.isBefore(start)) {
							throw row.problem("the spell " + start + " to " + end + " ends before it starts");
						}
						boolean open = end.getYear() == lastYear && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
						member.majorPowerSpells().add(new Spell(start.getYear(), open ? null : end.getYear()));
					});
		}
		return new CowStateSystem(members, states);
	}

	private static LocalDate date(CsvTable row, String year, String month, String day) throws ImportException {
		int y = row.integer(year);
		int m = row.integer(month);
		int d = row.integer(day);
		try {
			return LocalDate.of(y, m, d);
		} catch (DateTimeException e) {
			throw row.problem(year + "/" + month + "/" + day + " " + y + "-" + m + "-" + d + " is not a date");
		}
	}

	/** The state with this COW number. */
	public Optional<Member> member(int ccode) {
		return Optional.ofNullable(members.get(ccode));
	}

	/** Every state, in the order of the list. */
	public Collection<Member> members() {
		return Collections.unmodifiableCollection(members.values());
	}

	/** The membership list this was read from. */
	public Path file() {
		return statesFile;
	}

	/**
	 * A scenario element for the state: its code, name, ccode, membership spells as existence and its major-power
	 * spells.
	 */
	public static State state(Member member) {
		State state = FACTORY.createState();
		state.setName(member.code());
		state.setLabel(member.name());
		state.setCcode(member.ccode());
		member.spells().forEach(spell -> state.getExistence().add(Periods.of(spell.from(), spell.to())));
		member.majorPowerSpells()
				.forEach(spell -> state.getMajorPowerSpells().add(Periods.of(spell.from(), spell.to())));
		return state;
	}

	/** The state system as a scenario: every state with its spells ({@code entente import cow-states}). */
	public Scenario scenario(String name) {
		Scenario scenario = FACTORY.createScenario();
		scenario.setName(name == null || name.isBlank() ? "cowStates" : name);
		scenario.setTitle("COW State System Membership");
		scenario.setDescription("Imported from " + statesFile.getFileName() + " by Entente's COW importer; spells "
				+ "that reach the end of the list are open.");
		scenario.getSourceDefinitions().add(source());
		scenario.getSources().add(scenario.getSourceDefinitions().get(0));
		members.values().forEach(member -> scenario.getStates().add(state(member)));
		return scenario;
	}

	/** The citation of the State System Membership list. */
	public static Source source() {
		Source source = FACTORY.createSource();
		source.setName("cowSystem");
		source.setText("Correlates of War Project (2017), State System Membership List v2016");
		source.setLink("https://correlatesofwar.org/data-sets/state-system-membership/");
		return source;
	}
}
