package org.entente.explore.sampling;

import java.util.List;
import java.util.function.IntFunction;

import java.util.SplittableRandom;

/**
 * The points of a design in the unit hypercube (0, 1)<sup>d</sup>, one row per point, before they are mapped to
 * the inputs' distributions. A row is computed from the seed and its index alone, so any engine can compute the rows
 * it evaluates, in any order, and get the same numbers: each row draws from its own generator, seeded by mixing
 * (seed, stream, row); a Latin hypercube's strata permutations are drawn once from the seed. The generator is the
 * JDK's {@link SplittableRandom} (SplitMix64, whose algorithm the JDK specifies, so the numbers are the same on every
 * Java): a generator with a large state (Well19937c) seeded with nearby values gives correlated first draws, which
 * made the two Saltelli base matrices nearly equal.
 */
public final class UnitSample {

	private final Design design;
	private final int samples;
	private final int dimensions;
	private final long seed;
	/** For a Latin hypercube: the stratum of each base row in each dimension, {@code [dimension][row]}. */
	private final int[][] strata;

	private UnitSample(Design design, int samples, int dimensions, long seed) {
		if (samples < 1) {
			throw new IllegalArgumentException("an experiment needs at least one sample (was " + samples + ")");
		}
		if (dimensions < 0) {
			throw new IllegalArgumentException("negative number of inputs: " + dimensions);
		}
		if (design.points(samples, dimensions) > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(design.points(samples, dimensions) + " points are too many for one "
					+ "experiment (at most " + Integer.MAX_VALUE + ")");
		}
		this.design = design;
		this.samples = samples;
		this.dimensions = dimensions;
		this.seed = seed;
		this.strata = design == Design.LATIN_HYPERCUBE ? permutations(samples, dimensions, seed) : null;
	}

	/**
	 * The points of {@code design} with {@code samples} samples (the base size N for {@link Design#SALTELLI}) over
	 * {@code dimensions} inputs.
	 */
	public static UnitSample of(Design design, int samples, int dimensions, long seed) {
		return new UnitSample(design, samples, dimensions, seed);
	}

	public Design design() {
		return design;
	}

	/** The number of samples asked for (the base size for Saltelli). */
	public int samples() {
		return samples;
	}

	public int dimensions() {
		return dimensions;
	}

	public long seed() {
		return seed;
	}

	/** How many points there are to evaluate. */
	public int size() {
		return (int) design.points(samples, dimensions);
	}

	/**
	 * Point {@code index} (0 &le; index &lt; {@link #size()}), each coordinate strictly inside (0, 1). For Saltelli
	 * the points are in blocks of N: A, B, then A with column i from B for i = 0 .. d-1 ({@link SaltelliLayout}).
	 */
	public double[] point(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("point " + index + " of " + size());
		}
		switch (design) {
		case MONTE_CARLO:
			return uniformRow(0, index);
		case LATIN_HYPERCUBE: {
			SplittableRandom jitter = generator(1, index);
			double[] row = new double[dimensions];
			for (int d = 0; d < dimensions; d++) {
				row[d] = inside((strata[d][index] + jitter.nextDouble()) / samples);
			}
			return row;
		}
		case SALTELLI: {
			int block = index / samples;
			int row = index % samples;
			if (block == 0) {
				return uniformRow(2, row);
			}
			if (block == 1) {
				return uniformRow(3, row);
			}
			double[] mixed = uniformRow(2, row);
			mixed[block - 2] = uniformRow(3, row)[block - 2];
			return mixed;
		}
		default:
			throw new AssertionError(design);
		}
	}

	/** All points, in order (for small experiments and tests; engines ask for the rows they evaluate). */
	public List<double[]> points() {
		IntFunction<double[]> at = this::point;
		return java.util.stream.IntStream.range(0, size()).mapToObj(at).toList();
	}

	private double[] uniformRow(int stream, int row) {
		SplittableRandom random = generator(stream, row);
		double[] values = new double[dimensions];
		for (int d = 0; d < dimensions; d++) {
			values[d] = inside(random.nextDouble());
		}
		return values;
	}

	/** A generator for one row of one stream, its seed mixed from all three so that neighbouring rows are unrelated. */
	private SplittableRandom generator(int stream, int row) {
		return new SplittableRandom(mix(mix(seed) ^ mix(((long) stream << 32) | (row & 0xffffffffL))));
	}

	/** SplitMix64's finalizer (Steele, Lea and Flood 2014). */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** Keeps a coordinate off 0 and 1, where inverse distribution functions of unbounded distributions diverge. */
	private static double inside(double u) {
		return Math.min(Math.max(u, 0x1p-53), 1 - 0x1p-53);
	}

	private static int[][] permutations(int samples, int dimensions, long seed) {
		SplittableRandom random = new SplittableRandom(mix(mix(seed) ^ 4));
		int[][] result = new int[dimensions][];
		for (int d = 0; d < dimensions; d++) {
			int[] order = new int[samples];
			for (int i = 0; i < samples; i++) {
				order[i] = i;
			}
			for (int i = samples - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			result[d] = order;
		}
		return result;
	}
}
