package org.entente.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A table an analysis declares in its {@code plugin.xml} ({@code <table>}): its columns with their kinds (which
 * of them name model elements, which are charted) and how it is charted.
 *
 * @param id          the table's name in results
 * @param label       the name shown to users
 * @param description what a row is, in a sentence
 * @param columns     the columns, in row order
 * @param chart       how the table is charted
 * @param rankBy      the column whose largest values a bar chart shows first, or {@code null} (the first charted
 *                    column)
 */
public record TableDescriptor(String id, String label, String description, List<ColumnDescriptor> columns,
		Chart chart, String rankBy) {

	/** How a table is charted. */
	public enum Chart {
		/** The rows of the last year as bars (the largest first), a bar per charted column. */
		BARS,
		/** As {@link #BARS}, the charted columns stacked: each a part of the row's whole (drivers of a risk). */
		STACKED,
		/** A line per row label (its element and text cells) over the years, of the first charted column. */
		LINES,
		/**
		 * A line per row label through the points of the first two charted columns, x then y, in row order: a
		 * survival curve over duration, observed against predicted risk.
		 *
		 * @since 1.2
		 */
		CURVES,
		/** Not charted. */
		NONE;

		/** The chart's name in the extension point: {@code bars}, {@code stacked}, {@code lines}, {@code curves}, {@code none}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The chart named {@code id}. */
		public static Chart of(String id) {
			return valueOf(id.trim().toUpperCase(Locale.ROOT));
		}
	}

	public TableDescriptor {
		label = label == null || label.isBlank() ? id : label;
		description = description == null ? "" : description;
		columns = List.copyOf(columns);
		if (chart == null) {
			chart = columns.stream().anyMatch(ColumnDescriptor::charted) ? Chart.BARS : Chart.NONE;
		}
		if (rankBy == null || rankBy.isBlank()) {
			rankBy = columns.stream().filter(ColumnDescriptor::charted).map(ColumnDescriptor::id).findFirst()
					.orElse(null);
		}
	}

	/** The position of the column {@code columnId}, or -1. */
	public int indexOf(String columnId) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).id().equals(columnId)) {
				return i;
			}
		}
		return -1;
	}

	/** The column ids, in order. */
	public List<String> columnIds() {
		return columns.stream().map(ColumnDescriptor::id).toList();
	}

	/** The columns a chart shows. */
	public List<ColumnDescriptor> chartedColumns() {
		return columns.stream().filter(ColumnDescriptor::charted).toList();
	}

	/** The position of the first year column, or -1 when rows are not per year. */
	public int yearColumn() {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).kind() == ValueKind.YEAR) {
				return i;
			}
		}
		return -1;
	}

	/** Why {@code rows} do not fit the declared columns, or {@code null} when they do. */
	public String problem(List<List<Object>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			if (row.size() != columns.size()) {
				return "row " + (r + 1) + " has " + row.size() + " cells for " + columns.size() + " columns";
			}
			for (int c = 0; c < row.size(); c++) {
				String problem = columns.get(c).kind().problem(row.get(c));
				if (problem != null) {
					return "row " + (r + 1) + ", column '" + columns.get(c).id() + "': " + problem;
				}
			}
		}
		return null;
	}
}
