package org.entente.data.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.data.CsvTable;
import org.entente.data.ImportException;

/**
 * Berkemeier and Fuhrmann's (2018) alliance performance opportunities: for each war and alliance whose casus
 * foederis the war raised, whether the commitment was honored or violated, in the coding that replicates Leeds,
 * Long and Mitchell (2000) ({@code honorLLM}, {@code violateLLM}). Rows that are not performance cases
 * ({@code dnaLLM}: non-aggression or consultation pacts, casus foederis not met) are left out, as the authors do.
 */
public final class ReliabilityCases {

	/** The columns read. */
	public static final String[] COLUMNS = { "sample", "warid", "atopid", "warname", "honorLLM", "violateLLM" };

	/**
	 * The wars whose names carry no year. The file has no war-year column: a year is read from the name
	 * ({@code Crimean1853-1856}), and these two are the only names without one.
	 */
	private static final Map<String, int[]> UNDATED_WARS = Map.of("WorldWarI", new int[] { 1914, 1918 }, "WorldWarII",
			new int[] { 1939, 1945 });

	/** A year, then perhaps a dash and the last year in two or four digits: {@code 1853-1856}, {@code 1950-53}. */
	private static final Pattern YEARS = Pattern.compile("(1[89]\\d\\d|20\\d\\d)(?:-(\\d{4}|\\d{2})(?!\\d))?");

	/**
	 * One performance case.
	 *
	 * @param line     the line of the file
	 * @param warId    the Interstate War Data id
	 * @param war      the war's name in the file
	 * @param warYear  the year the war began
	 * @param warEnd   the year it ended, where the name says (else the year it began)
	 * @param atopId   the alliance's ATOP id (ATOP 3.0 ids, which ATOP 5.1 keeps)
	 * @param early    the authors' {@code sample} 1: 1816-1944 (by the years the alliance was at war: an alliance
	 *                 signed in 1945 is in their later sample for the Second World War)
	 * @param violated the commitment was violated (else honored)
	 */
	public record Case(long line, int warId, String war, int warYear, int warEnd, int atopId, boolean early, boolean violated) {
	}

	private ReliabilityCases() {
	}

	/**
	 * Reads the performance cases of {@code file}.
	 *
	 * @throws ImportException when a column is missing or a row is broken: a case both honored and violated, an
	 *                         indicator other than 1 or empty, a war name without a year
	 */
	public static List<Case> read(Path file) throws ImportException {
		List<Case> cases = new ArrayList<>();
		CsvTable.read(file, COLUMNS, row -> {
			boolean honored = indicator(row, "honorLLM");
			boolean violated = indicator(row, "violateLLM");
			if (honored && violated) {
				throw row.problem("the case is coded both honored and violated");
			}
			if (!honored && !violated) {
				return; // not a performance case
			}
			String war = row.text("warname");
			int[] years = warYears(row, war);
			cases.add(new Case(row.line(), row.integer("warid"), war, years[0], years[1], row.integer("atopid"),
					row.integer("sample") == 1, violated));
		});
		return cases;
	}

	private static boolean indicator(CsvTable row, String column) throws ImportException {
		String text = row.text(column);
		if (text.isEmpty() || text.equals("0")) {
			return false;
		}
		if (text.equals("1")) {
			return true;
		}
		throw row.problem(column + " '" + text + "' is neither 1 nor empty");
	}

	private static int[] warYears(CsvTable row, String war) throws ImportException {
		int[] undated = UNDATED_WARS.get(war);
		if (undated != null) {
			return undated.clone();
		}
		Matcher years = YEARS.matcher(war);
		if (!years.find()) {
			throw row.problem("the war name '" + war + "' holds no year (a year from 1800 to 2099 is read from it)");
		}
		int first = Integer.parseInt(years.group(1));
		String end = years.group(2);
		if (end == null) {
			return new int[] { first, first };
		}
		int last = end.length() == 4 ? Integer.parseInt(end) : first / 100 * 100 + Integer.parseInt(end);
		if (last < first) {
			last += 100; // 1999-01
		}
		if (last - first > 20) {
			throw row.problem("the war name '" + war + "' gives " + first + " to " + last + ": not a war's years");
		}
		return new int[] { first, last };
	}
}
