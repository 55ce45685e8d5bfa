package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.report.ReportFormat;
import org.entente.analysis.report.ResultComparison;
import org.entente.cli.EntenteCommand.UsageException;
import org.entente.dsl.io.AtomicFiles;
import org.entente.dsl.io.PrintableText;

import picocli.CommandLine.Option;

/** Where and in what format a command writes its report; the target is checked before any work is done. */
final class OutputOptions {

	@Option(names = { "--format", "-f" }, paramLabel = "text|json|csv|html", defaultValue = "text",
			description = "The report's format (default: ${DEFAULT-VALUE}).")
	String format;

	@Option(names = { "--out", "-o" }, paramLabel = "PATH",
			description = "Write to PATH, whole or not at all, instead of standard output.")
	Path out;

	/** The format; also checks that the output can be written, so that no analysis runs for nothing. */
	ReportFormat check() {
		ReportFormat chosen;
		try {
			chosen = ReportFormat.of(format);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (out != null) {
			Path folder = out.toAbsolutePath().getParent();
			if (Files.isDirectory(out)) {
				throw new UsageException("cannot write " + out + ": it is a directory");
			}
			if (folder == null || !Files.isDirectory(folder)) {
				throw new UsageException("cannot write " + out + ": the folder " + folder + " does not exist");
			}
			if (!Files.isWritable(folder)) {
				throw new UsageException("cannot write " + out + ": the folder " + folder + " is not writable");
			}
		}
		return chosen;
	}

	/** Writes the results in the chosen format. */
	void write(List<AnalysisResult> results, Console console) {
		ReportFormat chosen = check();
		write(chosen.render(results), chosen, console);
	}

	/** Writes the comparison in the chosen format. */
	void write(ResultComparison comparison, Console console) {
		ReportFormat chosen = check();
		write(chosen.render(comparison), chosen, console);
	}

	/**
	 * Writes {@code text} to {@code --out} (whole or not at all) or to standard output. The text format is the one
	 * read on a terminal: printed there, the labels and messages it quotes have their control characters escaped. The
	 * other formats are data and are written as they are (JSON escapes control characters itself).
	 */
	void write(String text, ReportFormat format, Console console) {
		if (out == null) {
			console.out().print(format == ReportFormat.TEXT ? PrintableText.escapeControls(text) : text);
			console.out().flush();
			return;
		}
		try {
			AtomicFiles.write(out, text);
		} catch (IOException e) {
			throw new UsageException(e.getMessage().startsWith("cannot write") ? e.getMessage()
					: "cannot write " + out + ": " + e.getMessage());
		}
		console.err().println("Wrote " + out);
	}
}
