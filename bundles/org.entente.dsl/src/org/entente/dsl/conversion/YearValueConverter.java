package org.entente.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Reads and writes years and other whole numbers that may be absent, with a clear message when out of range. */
public class YearValueConverter extends AbstractValueConverter<Integer> {

	@Override
	public Integer toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("A whole number is expected here.", node, null);
		}
		try {
			return Integer.valueOf(string.trim());
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string.trim() + "' is not a whole number between "
					+ Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".", node, e);
		}
	}

	@Override
	public String toString(Integer value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A whole number is required.", null, null);
		}
		return value.toString();
	}
}
