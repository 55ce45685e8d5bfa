package org.entente.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.io.InputFiles.UnreadableFileException;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entente validate FILE...}: checks scenarios and prints their problems. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Checks each file and the files it imports. Prints one line per problem,",
		"file:line:col: severity: message, and exits with 1 when there is an error, 2 when a file cannot be read." })
final class ValidateCommand implements EntenteCommand {

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "The scenarios to check.")
	private List<Path> files;

	private final Console console;

	ValidateCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		return validate(files);
	}

	/** Validates {@code files}, prints their problems, and returns the exit code. */
	int validate(List<Path> files) {
		int errors = 0;
		int warnings = 0;
		boolean unreadable = false;
		for (Path file : files) {
			LoadedScenario loaded;
			try {
				loaded = ScenarioLoader.shared().load(file);
			} catch (UnreadableFileException e) {
				console.message(e.getMessage());
				unreadable = true;
				continue;
			}
			for (Issue issue : loaded.issues()) {
				if (issue.getSeverity() == Severity.IGNORE) {
					continue;
				}
				console.out().println(LoadedScenario.describe(file.toString(), issue));
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
			}
		}
		console.err().println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
				+ (warnings == 1 ? "" : "s"));
		return unreadable ? USAGE : errors > 0 ? FAILED : OK;
	}
}
