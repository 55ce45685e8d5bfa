package org.entente.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Reads and writes the language's decimals ({@code 0.25}, {@code -0.4}, {@code +1}, {@code 2200000}). Written values
 * never use an exponent, which the grammar could not read back.
 */
public class DecimalValueConverter extends AbstractValueConverter<Double> {

	@Override
	public Double toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("A number is expected here.", node, null);
		}
		String text = string.startsWith("+") ? string.substring(1) : string;
		try {
			double value = Double.parseDouble(text);
			if (Double.isInfinite(value)) {
				throw new ValueConverterException("The number " + string + " is too large.", node, null);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a number.", node, e);
		}
	}

	@Override
	public String toString(Double value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A number is required.", null, null);
		}
		if (value.isNaN() || value.isInfinite()) {
			throw new ValueConverterException("The value " + value + " cannot be written as a decimal.", null, null);
		}
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		String plain = decimal.toPlainString();
		return plain;
	}
}
