package org.entente.dsl.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic scenario of a given size: states with capability series, alliances with members, ties and
 * threats. The generator is seeded, so a size always gives the same file.
 *
 * @param states         number of states
 * @param ties           number of ties between random pairs of states
 * @param years          length of the capability series, in years (from 1816 on)
 * @param capabilityStep years between two capability points of a state
 */
public record SyntheticScenario(int states, int ties, int years, int capabilityStep) {

	private static final int FIRST_YEAR = 1816;

	/** Writes the scenario as {@code .entente} text and returns the file. */
	public Path write(Path file) throws IOException {
		Random random = new Random(states * 31L + ties);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("// Synthetic scenario for the DSL benchmarks: " + this + "\n");
			out.write("scenario synthetic \"Synthetic\" period " + FIRST_YEAR + ".." + (FIRST_YEAR + years - 1) + "\n\n");
			for (int s = 0; s < states; s++) {
				out.write("state S" + s + " \"State " + s + "\" region \"R" + (s % 12) + "\" {\n");
				out.write("\tregime " + (s % 3 == 0 ? "democracy" : s % 3 == 1 ? "autocracy" : "anocracy") + " ..\n");
				if (s % 50 == 0) {
					out.write("\tmajor power " + FIRST_YEAR + "..\n");
				}
				out.write("\tcapabilities linear {\n");
				for (int y = 0; y < years; y += capabilityStep) {
					out.write(String.format(Locale.ROOT, "\t\t%d score %.6f\n", FIRST_YEAR + y,
							random.nextDouble() / states));
				}
				out.write("\t}\n}\n");
			}
			for (int t = 0; t < states / 10; t++) {
				int perceiver = random.nextInt(states);
				int target = (perceiver + 1 + random.nextInt(states - 1)) % states;
				out.write(String.format(Locale.ROOT, "threat T%d: S%d fears S%d level %.2f\n", t, perceiver, target,
						random.nextDouble()));
			}
			for (int a = 0; a < states / 20; a++) {
				out.write("alliance A" + a + " defense interest " + (FIRST_YEAR + random.nextInt(years / 2)) + ".. {\n");
				out.write("\ttargets T" + random.nextInt(Math.max(1, states / 10)) + "\n");
				int first = random.nextInt(states);
				for (int m = 0; m < 4; m++) {
					out.write("\tmember S" + (first + m * 7) % states + "\n");
				}
				out.write("}\n");
			}
			for (int t = 0; t < ties; t++) {
				int source = random.nextInt(states);
				int target = (source + 1 + random.nextInt(states - 1)) % states;
				boolean positive = random.nextDouble() < 0.7;
				out.write(String.format(Locale.ROOT, "tie %s S%d -- S%d strength %.2f %d..\n",
						positive ? "partnership" : "rivalry", source, target,
						(positive ? 1 : -1) * (0.1 + 0.9 * random.nextDouble()), FIRST_YEAR + random.nextInt(years)));
			}
		}
		return file;
	}
}
