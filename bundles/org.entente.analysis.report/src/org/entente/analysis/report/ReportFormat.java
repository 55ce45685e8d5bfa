package org.entente.analysis.report;

import java.util.List;
import java.util.Locale;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultWriter;

/**
 * The formats results are written in, for people (text, HTML) and for programs (JSON, CSV): the command line's
 * {@code --format} and the workbench's exports.
 */
public enum ReportFormat {
	/** A plain-text report for the terminal ({@link TextReport}). */
	TEXT("txt"),
	/** The results as JSON, with their declarations ({@link AnalysisResultWriter#toJson(List)}). */
	JSON("json"),
	/** The per-year metrics as CSV ({@link AnalysisResultWriter#toCsv(List)}). */
	CSV("csv"),
	/** A self-contained HTML page with charts ({@link HtmlReport}). */
	HTML("html");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	/** The format's name on the command line: {@code text}, {@code json}, {@code csv}, {@code html}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The usual file extension, without the dot. */
	public String extension() {
		return extension;
	}

	/**
	 * The format named {@code id}.
	 *
	 * @throws IllegalArgumentException naming the formats when there is none of that name
	 */
	public static ReportFormat of(String id) {
		for (ReportFormat format : values()) {
			if (format.id().equalsIgnoreCase(id.trim())) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown format '" + id + "' (text, json, csv or html)");
	}

	/** The results in this format. */
	public String render(List<AnalysisResult> results) {
		return switch (this) {
		case TEXT -> TextReport.of(results);
		case JSON -> AnalysisResultWriter.toJson(results) + "\n";
		case CSV -> AnalysisResultWriter.toCsv(results);
		case HTML -> HtmlReport.of(results);
		};
	}

	/** A comparison in this format. */
	public String render(ResultComparison comparison) {
		return switch (this) {
		case TEXT -> ComparisonReport.text(comparison);
		case JSON -> ComparisonReport.json(comparison);
		case CSV -> ComparisonReport.csv(comparison);
		case HTML -> ComparisonReport.html(comparison);
		};
	}
}
