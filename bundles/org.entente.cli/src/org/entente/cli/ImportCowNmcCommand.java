package org.entente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.entente.dsl.io.InputFiles;
import org.entente.model.world.Years;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente import cow-nmc NMC.csv --out FILE.entente}: a scenario from the COW capabilities data. */
@Command(name = "cow-nmc", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Writes a scenario with one state per COW state: its ccode, its "
		+ "existence and major-power spells (from --majors),", "and the six capability components for every year "
		+ "(missing values, -9, left out). The scenario is validated before it is written." })
final class ImportCowNmcCommand implements EntenteCommand {

	@Parameters(paramLabel = "NMC.csv", description = "The COW National Material Capabilities file (v6 or v7).")
	private Path nmc;

	@Option(names = "--majors", paramLabel = "MAJORS.csv", description = "The COW major powers file (majors2016.csv).")
	private Path majors;

	@Option(names = "--years", paramLabel = "A-B", description = "The years to import (default 1816-2016).")
	private String years;

	@Option(names = "--states", paramLabel = "A,B,...", split = ",",
			description = "The state codes to import (default: all).")
	private List<String> states = List.of();

	@Option(names = { "--out", "-o" }, required = true, paramLabel = "FILE.entente", description = "The scenario to write.")
	private Path out;

	private final Console console;

	ImportCowNmcCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		for (Path input : majors == null ? List.of(nmc) : List.of(nmc, majors)) {
			InputFiles.problem(input).ifPresent(problem -> {
				throw new UsageException(problem);
			});
		}
		int from = 1816;
		int to = 2016;
		if (years != null) {
			List<Integer> selected;
			try {
				selected = Years.parse(years);
			} catch (IllegalArgumentException e) {
				throw new UsageException("--years: " + e.getMessage());
			}
			if (selected.isEmpty() || selected.get(selected.size() - 1) - selected.get(0) + 1 != selected.size()) {
				throw new UsageException("--years takes one range A-B, not '" + years + "'");
			}
			from = selected.get(0);
			to = selected.get(selected.size() - 1);
		}
		Set<String> codes = Set.copyOf(states.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
		String text;
		try {
			text = CowImporter.importNmc(nmc, majors, new CowImporter.Selection(from, to, codes),
					"cow" + from + "to" + to);
		} catch (IOException e) {
			throw new UsageException("cannot read " + nmc + ": " + e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		OutputOptions output = new OutputOptions();
		output.out = out;
		output.format = "text";
		output.check();
		output.write(text, console);
		return new ValidateCommand(console).validate(List.of(out));
	}
}
