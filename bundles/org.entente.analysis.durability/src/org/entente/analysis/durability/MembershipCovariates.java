package org.entente.analysis.durability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.entente.model.Alliance;
import org.entente.model.ObligationKind;
import org.entente.model.RegimeType;
import org.entente.model.State;
import org.entente.model.world.AllianceView;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.MemberView;
import org.entente.model.world.StateView;
import org.entente.model.world.ThreatView;
import org.entente.model.world.World;
import org.entente.model.world.Years;

/**
 * The {@link DurabilityCovariate}s of every membership in force in one year. Everything is read from that year's
 * world and the worlds before it (capability share ten years back, regimes of the last ten years), never after: a
 * model fitted up to a year, or a prediction made in it, cannot see the future.
 */
public final class MembershipCovariates {

	/** One membership in one year: its alliance, its member and the covariates, indexed by ordinal. */
	public record Row(int year, AllianceView alliance, MemberView member, double[] values) {

		public double get(DurabilityCovariate covariate) {
			return values[covariate.ordinal()];
		}
	}

	private final IntFunction<World> worlds;
	private final Map<Integer, Map<State, Double>> capability = new HashMap<>();

	/**
	 * @param worlds the world of each year, from the projection (cache it: the covariates of one year read up to
	 *               eleven worlds)
	 */
	public MembershipCovariates(IntFunction<World> worlds) {
		this.worlds = worlds;
	}

	/** The covariates of every membership in {@code year}'s world; {@code firstYear} is the scenario's first. */
	public List<Row> at(int year, int firstYear) {
		World world = worlds.apply(year);
		Map<State, Double> index = capabilityIndex(year);
		Map<State, Double> tenYearsBefore = year - 10 >= firstYear ? capabilityIndex(year - 10) : Map.of();
		boolean majorsKnown = world.states().stream().anyMatch(StateView::majorPower);
		boolean threatsKnown = !world.threats().isEmpty();
		boolean regimesKnown = world.states().stream().anyMatch(s -> s.regime() != null);
		double[] poles = poles(world, index);
		List<Row> rows = new ArrayList<>();
		for (AllianceView alliance : world.alliances()) {
			List<MemberView> members = alliance.members();
			double total = 0;
			double totalBefore = 0;
			int majors = 0;
			for (MemberView member : members) {
				total += index.getOrDefault(member.state(), 0.0);
				totalBefore += tenYearsBefore.getOrDefault(member.state(), 0.0);
				StateView view = world.state(member.state());
				if (view != null && view.majorPower()) {
					majors++;
				}
			}
			double concentration = Double.NaN;
			if (total > 0) {
				concentration = 0;
				for (MemberView member : members) {
					double share = index.getOrDefault(member.state(), 0.0) / total;
					concentration += share * share;
				}
			}
			int start = allianceStart(alliance.alliance(), year);
			for (MemberView member : members) {
				double[] v = new double[DurabilityCovariate.values().length];
				StateView view = world.state(member.state());
				v[DurabilityCovariate.ALLIANCE_AGE.ordinal()] = year - start;
				v[DurabilityCovariate.MEMBERS_LOG.ordinal()] = Math.log(members.size());
				v[DurabilityCovariate.DEFENSE.ordinal()] = flag(member, ObligationKind.DEFENSE);
				v[DurabilityCovariate.OFFENSE.ordinal()] = flag(member, ObligationKind.OFFENSE);
				v[DurabilityCovariate.NEUTRALITY.ordinal()] = flag(member, ObligationKind.NEUTRALITY);
				v[DurabilityCovariate.NON_AGGRESSION.ordinal()] = flag(member, ObligationKind.NON_AGGRESSION);
				v[DurabilityCovariate.CONSULTATION.ordinal()] = flag(member, ObligationKind.CONSULTATION);
				v[DurabilityCovariate.MAJOR_POWER.ordinal()] = !majorsKnown ? Double.NaN
						: view != null && view.majorPower() ? 1 : 0;
				v[DurabilityCovariate.ASYMMETRIC.ordinal()] = !majorsKnown ? Double.NaN
						: majors > 0 && majors < members.size() ? 1 : 0;
				Double own = index.get(member.state());
				double share = own == null || total <= 0 ? Double.NaN : own / total;
				v[DurabilityCovariate.CAPABILITY_SHARE.ordinal()] = share;
				Double before = tenYearsBefore.get(member.state());
				v[DurabilityCovariate.SHARE_CHANGE_10Y.ordinal()] = before == null || totalBefore <= 0
						|| Double.isNaN(share) ? Double.NaN : Math.abs(share - before / totalBefore);
				v[DurabilityCovariate.CONCENTRATION.ordinal()] = concentration;
				v[DurabilityCovariate.EFFECTIVE_POLES.ordinal()] = poles[0];
				v[DurabilityCovariate.CON.ordinal()] = poles[1];
				v[DurabilityCovariate.THREAT.ordinal()] = threatsKnown ? threat(world, member.state()) : Double.NaN;
				v[DurabilityCovariate.REGIME_CHANGE_10Y.ordinal()] = regimesKnown
						? regimeChange(member.state(), year, firstYear)
						: Double.NaN;
				rows.add(new Row(year, alliance, member, v));
			}
		}
		return rows;
	}

	/** The year the alliance began: its period's start, else its earliest member's, else {@code year}. */
	static int allianceStart(Alliance alliance, int year) {
		int start = Years.start(alliance.getPeriod());
		if (start == Integer.MIN_VALUE) {
			start = alliance.getMemberships().stream().mapToInt(m -> Years.start(m.getPeriod()))
					.filter(y -> y != Integer.MIN_VALUE).min().orElse(year);
		}
		return Math.min(start, year);
	}

	private Map<State, Double> capabilityIndex(int year) {
		return capability.computeIfAbsent(year, y -> CapabilityIndex.of(worlds.apply(y)));
	}

	private static double flag(MemberView member, ObligationKind kind) {
		return member.obligations().contains(kind) ? 1 : 0;
	}

	/** {effective number of poles, CON} over the major powers' capability, or NaN without major powers. */
	private static double[] poles(World world, Map<State, Double> index) {
		List<Double> capabilities = new ArrayList<>();
		for (StateView state : world.states()) {
			Double value = index.get(state.state());
			if (state.majorPower() && value != null && value > 0) {
				capabilities.add(value);
			}
		}
		if (capabilities.isEmpty()) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double total = capabilities.stream().mapToDouble(Double::doubleValue).sum();
		double squares = capabilities.stream().mapToDouble(c -> (c / total) * (c / total)).sum();
		int n = capabilities.size();
		double con = n == 1 ? 1 : Math.sqrt(Math.max(0, (squares - 1.0 / n) / (1 - 1.0 / n)));
		return new double[] { 1 / squares, con };
	}

	private static double threat(World world, State member) {
		double highest = 0;
		for (ThreatView threat : world.threats()) {
			if (threat.perceiver() == member) {
				highest = Math.max(highest, threat.level());
			}
		}
		return highest;
	}

	private double regimeChange(State state, int year, int firstYear) {
		StateView now = worlds.apply(year).state(state);
		RegimeType current = now == null ? null : now.regime();
		if (current == null) {
			return Double.NaN;
		}
		for (int y = Math.max(firstYear, year - 10); y < year; y++) {
			StateView view = worlds.apply(y).state(state);
			if (view != null && view.regime() != null && view.regime() != current) {
				return 1;
			}
		}
		return 0;
	}
}
