package org.entente.analysis;

/**
 * A column of a declared table ({@code <column>} in a {@code <table>} of {@code plugin.xml}).
 *
 * @param id          the column's name in results
 * @param label       the name shown to users
 * @param kind        the kind of its cells; {@link ValueKind#ELEMENT} marks the columns that name model elements
 * @param unit        the unit, or empty
 * @param charted     whether the table's chart shows this column (numeric columns only)
 * @param elementType for element columns, the class of the elements ({@code State}, {@code Alliance}), or empty
 * @param description what the column holds, or empty
 */
public record ColumnDescriptor(String id, String label, ValueKind kind, String unit, boolean charted,
		String elementType, String description) {

	public ColumnDescriptor {
		label = label == null || label.isBlank() ? id : label;
		unit = unit == null ? "" : unit;
		charted = charted && kind.isNumeric() && kind != ValueKind.YEAR;
		elementType = elementType == null ? "" : elementType;
		description = description == null ? "" : description;
	}

	/** A column known only from its cells (an analysis that declares no tables). */
	public static ColumnDescriptor inferred(String id, ValueKind kind) {
		return new ColumnDescriptor(id, id, kind, "", kind.isNumeric(), "", "");
	}
}
