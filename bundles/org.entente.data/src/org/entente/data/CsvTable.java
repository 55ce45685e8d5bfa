package org.entente.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.dsl.io.InputFiles;

/**
 * A CSV file with a header, read with Commons CSV, whose cells are checked as they are read: each problem names the
 * file, the line and the column.
 */
public final class CsvTable {

	private final Path file;
	private CSVRecord record;

	private CsvTable(Path file) {
		this.file = file;
	}

	/**
	 * Reads {@code file} row by row.
	 *
	 * @param required the columns the file must have
	 * @param row      called with the table positioned at each row
	 * @throws ImportException when the file is not a readable CSV file, lacks a column, or {@code row} refuses a row
	 */
	public static void read(Path file, String[] required, RowReader row) throws ImportException {
		if (InputFiles.problem(file).isPresent()) {
			throw new ImportException(InputFiles.problem(file).get());
		}
		CsvTable table = new CsvTable(file);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
						.parse(reader)) {
			for (String column : required) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new ImportException(file, 1, "the column '" + column + "' is missing (header: "
							+ String.join(", ", parser.getHeaderNames()) + ")");
				}
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(records, table)) {
				table.record = records.next();
				if (!table.record.isConsistent()) {
					throw new ImportException(file, table.line(), "the row has " + table.record.size()
							+ " cells, the header " + parser.getHeaderNames().size());
				}
				row.read(table);
			}
		} catch (IOException e) {
			throw new ImportException(file, 0, "cannot be read: " + e.getMessage());
		}
	}

	private static boolean hasNext(Iterator<CSVRecord> records, CsvTable table) throws ImportException {
		try {
			return records.hasNext();
		} catch (IllegalStateException | java.io.UncheckedIOException broken) {
			// Commons CSV reports a broken quote or an I/O failure while reading ahead.
			throw new ImportException(table.file, table.record == null ? 2 : table.line() + 1,
					"cannot be read as CSV: " + broken.getMessage());
		}
	}

	/** Whether the file has the column. */
	public boolean has(String column) {
		return record.isMapped(column);
	}

	/** The 1-based line of the current row (the header is line 1). */
	public long line() {
		return record.getRecordNumber() + 1;
	}

	/** The cell, trimmed. */
	public String text(String column) {
		return record.get(column).trim();
	}

	/**
	 * The cell as a whole number.
	 *
	 * @throws ImportException when it is not one
	 */
	public int integer(String column) throws ImportException {
		try {
			return Integer.parseInt(text(column));
		} catch (NumberFormatException e) {
			throw problem(column + " '" + record.get(column) + "' is not a whole number");
		}
	}

	/**
	 * The cell as a finite number, or {@code null} when it is empty.
	 *
	 * @throws ImportException when it is neither
	 */
	public Double number(String column) throws ImportException {
		String text = text(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw problem(column + " '" + record.get(column) + "' is not a number");
	}

	/** A problem at the current row. */
	public ImportException problem(String text) {
		return new ImportException(file, line(), text);
	}

	/** Reads one row of a {@link CsvTable}. */
	@FunctionalInterface
	public interface RowReader {
		/**
		 * Reads the table's current row.
		 *
		 * @throws ImportException when the row is not valid
		 */
		void read(CsvTable row) throws ImportException;
	}
}
