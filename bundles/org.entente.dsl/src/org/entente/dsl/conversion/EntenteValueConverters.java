package org.entente.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Value converters for the language's data type rules, beside the common terminals' ones. */
@Singleton
public class EntenteValueConverters extends DefaultTerminalConverters {

	@Inject
	private DecimalValueConverter decimalConverter;

	@Inject
	private YearValueConverter yearConverter;

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return decimalConverter;
	}

	@ValueConverter(rule = "DecimalObject")
	public IValueConverter<Double> DecimalObject() {
		return decimalConverter;
	}

	@ValueConverter(rule = "Year")
	public IValueConverter<Integer> Year() {
		return yearConverter;
	}
}
