package org.entente.analysis.stability;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
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

	/**
	 * The last analysed year, balanced; empty when the context has no years.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled (or the runner's timeout passes) meanwhile
	 */
	static Optional<BalancedYear> last(AnalysisContext context, IProgressMonitor monitor) {
		List<Integer> years = context.years();
		if (years.isEmpty()) {
			return Optional.empty();
		}
		AnalysisParameters parameters = context.parameters();
		World world = context.projector().at(years.get(years.size() - 1));
		SignedNetwork network = SignedNetworkBuilder.of(parameters).build(world);
		BooleanSupplier stop = monitor == null ? () -> false : monitor::isCanceled;
		try {
			return Optional.of(new BalancedYear(world, network, StructuralBalance.frustration(network.graph(),
					parameters.getInt("exact_limit"), BalanceAnalysis.NODE_BUDGET, stop)));
		} catch (CancellationException stopped) {
			throw new OperationCanceledException();
		}
	}
}
