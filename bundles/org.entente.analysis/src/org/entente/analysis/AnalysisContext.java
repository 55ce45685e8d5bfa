package org.entente.analysis;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.model.Scenario;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;

/**
 * What one run analyzes.
 *
 * @param scenario   the scenario or variant (read only)
 * @param projector  its world year by year
 * @param parameters the checked parameter values
 * @param years      the years to analyze, ascending
 * @param descriptor the analysis being run
 */
public record AnalysisContext(Scenario scenario, WorldProjector projector, AnalysisParameters parameters,
		List<Integer> years, AnalysisDescriptor descriptor) {

	public AnalysisContext {
		years = List.copyOf(years);
	}

	/**
	 * The world in each of the {@link #years()}, in order, for an analysis that looks at every year. Each step
	 * takes one unit of {@code monitor}'s work (convert it to {@code years().size()} units, or give it a
	 * {@link SubMonitor#split split} of them) and checks for cancellation first, so the user can stop a long run
	 * between two years.
	 *
	 * @throws OperationCanceledException from the iterator's {@code next()} when the user has cancelled
	 * @since 1.1
	 */
	public Iterable<World> worlds(IProgressMonitor monitor) {
		return () -> new Iterator<>() {
			private final SubMonitor progress = SubMonitor.convert(monitor, years.size());
			private int next;

			@Override
			public boolean hasNext() {
				return next < years.size();
			}

			@Override
			public World next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				progress.split(1);
				return projector.at(years.get(next++));
			}
		};
	}
}
