package org.entente.analysis.durability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.survival.SurvivalData;
import org.entente.model.Alliance;
import org.entente.model.Membership;
import org.entente.model.State;
import org.entente.model.TerminationMode;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;
import org.entente.model.world.Years;

/**
 * Alliance memberships as survival data: every year a state is a member of an alliance is one row with that year's
 * {@link DurabilityCovariate}s, and the years a state is a member without a break form one spell, however many
 * treaty phases or obligation changes it spans. The time scale is the spell's age: the row of year {@code y} covers
 * {@code (y - entry, y - entry + 1]}, and a spell that ends has its event in its last year.
 *
 * <p>
 * A spell ends when its membership's (or its alliance's) period ends, in the way the membership says
 * ({@link Membership#getEnding()}); a member that leaves the world while its membership continues (a state that
 * leaves the system) is censored. A spell still in force in the last year is censored. A spell in force in the
 * scenario's first year began when its membership did (left truncation).
 *
 * <p>
 * {@link #until(int)} gives the design as it was known at the end of a year, which is what a backtest fits on: the
 * rows up to that year, computed from worlds up to that year, and the spells ended by then.
 */
public final class DurabilityDesign {

	/** One unbroken membership of a state in an alliance, as known at the design's last year. */
	public record Spell(Alliance alliance, State state, int entry, int firstRow, int lastRow, boolean ended,
			TerminationMode mode) {

		/** Whether it counts as an event under {@code events}. */
		public boolean event(TerminationEvents events) {
			return ended && events.counts(mode);
		}
	}

	/** One row: a spell in one year. */
	public record SpellYear(Spell spell, MembershipCovariates.Row row) {

		public int year() {
			return row.year();
		}

		/** Years the spell had lasted at the start of this year. */
		public int duration() {
			return row.year() - spell.entry();
		}
	}

	private final int firstYear;
	private final int lastYear;
	private final int knownUntil;
	private final List<MembershipCovariates.Row> rows;
	private final List<Spell> spells = new ArrayList<>();
	private final List<SpellYear> spellYears = new ArrayList<>();

	private DurabilityDesign(int firstYear, int lastYear, int knownUntil, List<MembershipCovariates.Row> rows) {
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.knownUntil = knownUntil;
		this.rows = rows;
		buildSpells();
	}

	/**
	 * Computes the rows of every year from {@code firstYear} to {@code lastYear} through the projection. Each year
	 * takes one unit of {@code monitor}.
	 */
	public static DurabilityDesign of(WorldProjector projector, int firstYear, int lastYear, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Membership-years", lastYear - firstYear + 1);
		Map<Integer, World> worlds = new HashMap<>();
		MembershipCovariates covariates = new MembershipCovariates(y -> worlds.computeIfAbsent(y, projector::at));
		List<MembershipCovariates.Row> rows = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			progress.split(1);
			rows.addAll(covariates.at(year, firstYear));
		}
		return new DurabilityDesign(firstYear, lastYear, lastYear, rows);
	}

	/** The design over the scenario's whole period. */
	public static DurabilityDesign of(WorldProjector projector, IProgressMonitor monitor) {
		var period = projector.scenario().getPeriod();
		List<Integer> years = Years.within(period, null, null);
		return of(projector, years.get(0), years.get(years.size() - 1), monitor);
	}

	/** The design as known at the end of {@code year}: its rows and its spells' ends up to then. */
	public DurabilityDesign until(int year) {
		if (year >= knownUntil) {
			return this;
		}
		return new DurabilityDesign(firstYear, lastYear, year, rows.stream().filter(r -> r.year() <= year).toList());
	}

	public int firstYear() {
		return firstYear;
	}

	/** The last year of the scenario. */
	public int lastYear() {
		return lastYear;
	}

	/** The last year whose rows and ends the design holds: {@link #lastYear()} unless {@link #until(int) truncated}. */
	public int knownUntil() {
		return knownUntil;
	}

	public List<Spell> spells() {
		return spells;
	}

	public List<SpellYear> rows() {
		return spellYears;
	}

	/** The rows of one year. */
	public List<SpellYear> rows(int year) {
		return spellYears.stream().filter(r -> r.year() == year).toList();
	}

	/**
	 * The survival data for {@code covariates}: the rows that have all of them (complete cases, as R's
	 * {@code na.omit}), with the spell's event in its last row.
	 *
	 * @param kept receives the rows used, in data order (may be {@code null})
	 */
	public SurvivalData survivalData(List<DurabilityCovariate> covariates, TerminationEvents events,
			List<SpellYear> kept) {
		List<double[]> x = new ArrayList<>();
		List<double[]> times = new ArrayList<>();
		List<Boolean> flags = new ArrayList<>();
		for (SpellYear row : spellYears) {
			double[] values = values(row.row(), covariates);
			if (values == null) {
				continue;
			}
			x.add(values);
			times.add(new double[] { row.duration(), row.duration() + 1 });
			flags.add(row.year() == row.spell().lastRow() && row.spell().event(events));
			if (kept != null) {
				kept.add(row);
			}
		}
		double[] start = new double[x.size()];
		double[] stop = new double[x.size()];
		boolean[] event = new boolean[x.size()];
		for (int i = 0; i < x.size(); i++) {
			start[i] = times.get(i)[0];
			stop[i] = times.get(i)[1];
			event[i] = flags.get(i);
		}
		return new SurvivalData(DurabilityCovariate.ids(covariates), start, stop, event, x.toArray(double[][]::new));
	}

	/** The row's values of {@code covariates}, or {@code null} when one is missing. */
	static double[] values(MembershipCovariates.Row row, List<DurabilityCovariate> covariates) {
		double[] values = new double[covariates.size()];
		for (int j = 0; j < values.length; j++) {
			values[j] = row.get(covariates.get(j));
			if (Double.isNaN(values[j])) {
				return null;
			}
		}
		return values;
	}

	private void buildSpells() {
		// Insertion order (years, then the world's alliances) keeps the rows, and so the fits, the same from run to run.
		Map<Alliance, Map<State, List<MembershipCovariates.Row>>> byMembership = new LinkedHashMap<>();
		for (MembershipCovariates.Row row : rows) {
			byMembership.computeIfAbsent(row.alliance().alliance(), a -> new LinkedHashMap<>())
					.computeIfAbsent(row.member().state(), s -> new ArrayList<>()).add(row);
		}
		for (var alliance : byMembership.entrySet()) {
			for (var member : alliance.getValue().entrySet()) {
				List<MembershipCovariates.Row> years = member.getValue();
				int from = 0;
				for (int k = 1; k <= years.size(); k++) {
					if (k == years.size() || years.get(k).year() != years.get(k - 1).year() + 1) {
						addSpell(alliance.getKey(), member.getKey(), years.subList(from, k));
						from = k;
					}
				}
			}
		}
	}

	private void addSpell(Alliance alliance, State state, List<MembershipCovariates.Row> years) {
		MembershipCovariates.Row first = years.get(0);
		MembershipCovariates.Row last = years.get(years.size() - 1);
		int entry = first.year();
		if (entry == firstYear) {
			Membership membership = first.member().membership();
			int start = membership != null ? Years.start(membership.getPeriod()) : Integer.MIN_VALUE;
			if (start == Integer.MIN_VALUE) {
				start = MembershipCovariates.allianceStart(alliance, entry);
			}
			entry = Math.min(entry, start);
		}
		Membership membership = last.member().membership();
		int end = last.year();
		boolean periodEnds = (membership != null && Years.end(membership.getPeriod()) == end)
				|| Years.end(alliance.getPeriod()) == end;
		TerminationMode mode = membership != null && membership.isSetEnding() ? membership.getEnding() : null;
		// In the scenario's last year a membership that simply reaches the end is in force; one that says how it
		// ended did end. Both are known in the year itself, so a design known until then agrees.
		boolean ended = periodEnds && (end < lastYear || mode != null);
		Spell spell = new Spell(alliance, state, entry, first.year(), end, ended, ended ? mode : null);
		spells.add(spell);
		for (MembershipCovariates.Row row : years) {
			spellYears.add(new SpellYear(spell, row));
		}
	}
}
