package org.entente.dsl.validation;

import java.util.List;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

/**
 * The issues whose severity a user may choose (error, warning, info or ignore): the warnings about suspicious but
 * legal content. Errors stay errors: a scenario with one cannot be analysed. The key of each is its issue code;
 * the workbench's preference page sets them through the language's
 * {@link org.eclipse.xtext.preferences.IPreferenceValuesProvider}.
 */
public class EntenteIssueSeverities extends ConfigurableIssueCodesProvider {

	/** The configurable issue codes, all warnings by default. */
	public static final List<String> CONFIGURABLE = List.of(EntenteIssueCodes.SINGLE_MEMBER,
			EntenteIssueCodes.DEFENSE_WITHOUT_TARGET, EntenteIssueCodes.OUTSIDE_SCENARIO_PERIOD,
			EntenteIssueCodes.EMPTY_CAPABILITY);

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (String code : CONFIGURABLE) {
			acceptor.accept(create(code, SeverityConverter.SEVERITY_WARNING));
		}
	}
}
