package org.entente.analysis.tests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ScenarioAnalysis;

/**
 * Works on a fork-join pool shared between runs, as parallel streams do on the common pool: the first run starts
 * the pool's thread (which then carries that analysis's id); with the parameter {@code mutate} a later run renames
 * the scenario from that thread.
 */
public class ParallelAnalysis implements ScenarioAnalysis {

	private static ForkJoinPool pool;

	private static synchronized ForkJoinPool pool() {
		if (pool == null) {
			pool = new ForkJoinPool(1);
		}
		return pool;
	}

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		boolean mutate = context.parameters().getBoolean("mutate");
		CountDownLatch done = new CountDownLatch(1);
		pool().execute(() -> {
			if (mutate) {
				context.scenario().setTitle("changed from a pool thread");
			}
			done.countDown();
		});
		try {
			done.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return AnalysisResult.builder(context).build();
	}
}
