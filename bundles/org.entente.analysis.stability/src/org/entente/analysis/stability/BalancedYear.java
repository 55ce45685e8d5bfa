package org.entente.analysis.stability;

import java.util.List;
import java.util.Optional;

import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisParameters;
import org.entente.model.world.World;

/**
 * The last analysed year's world, its signed network and that network's best split into two camps: the common first
 * step of the analyses that read the present alignment (landscape, durability).
 *
 * @param world   the world in the last analysed year
 * @param network its signed network, built with the analysis' network parameters
 * @param split   the network's split of least frustration, within the analysis' {@code exact_limit}
 */
record BalancedYear(World world, SignedNetwork network, StructuralBalance.Result split) {

	/** The last analysed year, balanced; empty when the context has no years. */
	static Optional<BalancedYear> last(AnalysisContext context) {
		List<Integer> years = context.years();
		if (years.isEmpty()) {
			return Optional.empty();
		}
		AnalysisParameters parameters = context.parameters();
		World world = context.projector().at(years.get(years.size() - 1));
		SignedNetwork network = SignedNetworkBuilder.of(parameters).build(world);
		return Optional.of(new BalancedYear(world, network, StructuralBalance.frustration(network.graph(),
				parameters.getInt("exact_limit"), BalanceAnalysis.NODE_BUDGET)));
	}
}
