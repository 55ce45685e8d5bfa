package org.entente.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes an {@code .entente} scenario from the Correlates of War National Material Capabilities file (and,
 * optionally, the major-power list): one state per COW state with its ccode, its existence spells (the consecutive
 * years COW lists it), its major-power spells and a yearly capabilities block of the six components (COW's missing value -9 is left out). The CINC the model computes from
 * these components equals the published {@code cinc} column.
 */
final class CowImporter {

	private static final String[] COMPONENTS = { "milex", "milper", "irst", "pec", "tpop", "upop" };

	/** What to import: years {@code from..to} (inclusive) and the state codes (empty: all). */
	record Selection(int from, int to, Set<String> states) {
		boolean includes(String code, int year) {
			return year >= from && year <= to && (states.isEmpty() || states.contains(code));
		}
	}

	private record Row(int year, String[] components) {
	}

	private record StateData(String code, String ccode, List<Row> rows) {
	}

	/** Reads the files and returns the scenario text; problems name the file and line. */
	static String importNmc(Path nmc, Path majors, Selection selection, String scenarioName) throws IOException {
		Map<String, StateData> states = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(nmc, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
						.parse(reader)) {
			requireColumns(nmc, parser, "stateabb", "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop");
			for (CSVRecord record : parser) {
				String code = record.get("stateabb").trim();
				int year = integer(nmc, record, "year");
				if (!selection.includes(code, year)) {
					continue;
				}
				String[] values = new String[COMPONENTS.length];
				for (int c = 0; c < COMPONENTS.length; c++) {
					String value = record.get(COMPONENTS[c]).trim();
					double number = number(nmc, record, COMPONENTS[c]);
					values[c] = number == -9 ? null : value;
				}
				states.computeIfAbsent(code, k -> new StateData(code, record.get("ccode").trim(), new ArrayList<>()))
						.rows().add(new Row(year, values));
			}
		}
		Map<String, List<String>> spells = new TreeMap<>();
		if (majors != null) {
			try (Reader reader = Files.newBufferedReader(majors, StandardCharsets.UTF_8);
					CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
							.parse(reader)) {
				requireColumns(majors, parser, "stateabb", "styear", "endyear");
				for (CSVRecord record : parser) {
					spells.computeIfAbsent(record.get("stateabb").trim(), k -> new ArrayList<>())
							.add(integer(majors, record, "styear") + ".." + integer(majors, record, "endyear"));
				}
			}
		}
		if (states.isEmpty()) {
			throw new IllegalArgumentException(nmc + ": no row matches the selected years and states");
		}
		StringBuilder text = new StringBuilder();
		text.append("// Imported from the Correlates of War National Material Capabilities (").append(nmc.getFileName())
				.append(")\n// by 'entente import cow-nmc'. Missing values (-9) are left out.\n");
		text.append("scenario ").append(scenarioName).append(" \"COW National Material Capabilities ")
				.append(selection.from()).append("-").append(selection.to()).append("\" period ")
				.append(selection.from()).append("..").append(selection.to()).append(" [cowNmc]\n\n");
		text.append("source cowNmc \"Singer, Bremer and Stuckey (1972); Singer (1987), International Interactions 14:")
				.append(" COW National Material Capabilities v6.0\" link \"https://correlatesofwar.org/data-sets/national-material-capabilities/\"\n");
		if (majors != null) {
			text.append("source cowMajors \"COW State System Membership (2016): major powers\"\n");
		}
		for (StateData state : states.values()) {
			text.append("\nstate ").append(state.code()).append(" ccode ").append(state.ccode()).append(" {\n");
			for (String spell : existence(state.rows())) {
				text.append("\texists ").append(spell).append('\n');
			}
			for (String spell : spells.getOrDefault(state.code(), List.of())) {
				text.append("\tmajor power ").append(spell).append('\n');
			}
			text.append("\tcapabilities step {\n");
			for (Row row : state.rows()) {
				text.append("\t\t").append(row.year());
				boolean any = false;
				for (int c = 0; c < COMPONENTS.length; c++) {
					if (row.components()[c] != null) {
						text.append(' ').append(COMPONENTS[c]).append(' ').append(plain(row.components()[c]));
						any = true;
					}
				}
				if (!any) {
					// every component missing: keep the year so the state counts as present, with a zero score
					text.append(" score 0 note \"all components missing in COW\"");
				}
				text.append('\n');
			}
			text.append("\t}\n}\n");
		}
		return text.toString();
	}

	/** The spells of consecutive years the state has rows for: its membership of the state system. */
	private static List<String> existence(List<Row> rows) {
		List<String> spells = new ArrayList<>();
		int start = rows.get(0).year();
		int previous = start;
		for (int i = 1; i < rows.size(); i++) {
			int year = rows.get(i).year();
			if (year != previous + 1) {
				spells.add(start + ".." + previous);
				start = year;
			}
			previous = year;
		}
		spells.add(start + ".." + previous);
		return spells;
	}

	private static void requireColumns(Path file, CSVParser parser, String... columns) {
		for (String column : columns) {
			if (!parser.getHeaderMap().containsKey(column)) {
				throw new IllegalArgumentException(file + ":1: the column '" + column + "' is missing (header: "
						+ parser.getHeaderNames() + ")");
			}
		}
	}

	private static int integer(Path file, CSVRecord record, String column) {
		try {
			return Integer.parseInt(record.get(column).trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(file + ":" + (record.getRecordNumber() + 1) + ": " + column + " '"
					+ record.get(column) + "' is not a whole number");
		}
	}

	private static double number(Path file, CSVRecord record, String column) {
		try {
			return Double.parseDouble(record.get(column).trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(file + ":" + (record.getRecordNumber() + 1) + ": " + column + " '"
					+ record.get(column) + "' is not a number");
		}
	}

	/** COW values as the language writes numbers: no exponent, no trailing zeros. */
	private static String plain(String value) {
		return new java.math.BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
	}
}
