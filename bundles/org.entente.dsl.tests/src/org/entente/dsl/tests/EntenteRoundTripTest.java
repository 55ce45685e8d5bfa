package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.entente.model.Scenario;
import org.entente.model.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** parse -> serialize -> parse gives an equal model, and comments survive serialization of a changed model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntenteRoundTripTest {

	@Inject
	private ParseHelper<Scenario> parser;

	@Inject
	private ISerializer serializer;

	@Inject
	private ValidationTestHelper validator;

	@Test
	void anUnchangedModelKeepsItsCommentsAndContent() throws Exception {
		Scenario scenario = parser.parse(EntenteParsingTest.WORLD);
		String serialized = serializer.serialize(scenario);
		assertTrue(serialized.startsWith("// A small world with every construct."), serialized);
		assertTrue(EcoreUtil.equals(scenario, parser.parse(serialized)), serialized);
	}

	@Test
	void parseSerializeParseGivesAnEqualModel() throws Exception {
		Scenario first = parser.parse(EntenteParsingTest.WORLD);
		validator.assertNoErrors(first);
		String text = serializer.serialize(first, SaveOptions.newBuilder().format().getOptions());
		Scenario second = parser.parse(text);
		validator.assertNoErrors(second);
		assertTrue(EcoreUtil.equals(first, second), () -> "models differ after a round trip through:\n" + text);
	}

	@Test
	void commentsSurviveAChangeOfTheModel() throws Exception {
		String text = """
				// header comment
				scenario s period 2000..2030
				state USA state RUS
				/* the tie analysts argue about */
				tie Rivals rivalry USA -- RUS strength -0.5 2014.. // since Crimea
				// trailing comment
				""";
		Scenario scenario = parser.parse(text);
		Tie tie = scenario.getTies().get(0);
		tie.setStrength(-0.75);
		String serialized = serializer.serialize(scenario);
		assertTrue(serialized.contains("// header comment"), serialized);
		assertTrue(serialized.contains("/* the tie analysts argue about */"), serialized);
		assertTrue(serialized.contains("// since Crimea"), serialized);
		assertTrue(serialized.contains("// trailing comment"), serialized);
		assertTrue(serialized.contains("strength -0.75"), serialized);
		Scenario reparsed = parser.parse(serialized);
		assertTrue(EcoreUtil.equals(scenario, reparsed), serialized);
	}

	@Test
	void largeAndSmallNumbersAreWrittenWithoutExponents() throws Exception {
		Scenario scenario = parser.parse("scenario s state USA { capabilities { 2000 milex 1 } }");
		var point = scenario.getStates().get(0).getCapabilities().getPoints().get(0);
		point.setMilex(600106000.0);
		point.setScore(0.0001);
		String serialized = serializer.serialize(scenario);
		assertTrue(serialized.contains("milex 600106000"), serialized);
		assertTrue(serialized.contains("score 0.0001"), serialized);
		var reparsed = parser.parse(serialized).getStates().get(0).getCapabilities().getPoints().get(0);
		assertEquals(600106000.0, reparsed.getMilex());
		assertEquals(0.0001, reparsed.getScore());
	}
}
