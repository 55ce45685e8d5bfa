package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntenteFormatterTest {

	@Inject
	private ParseHelper<Scenario> parser;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private TextRegionAccessBuilder regionAccessBuilder;

	private final List<Exception> conflicts = new ArrayList<>();

	private String format(String text) throws Exception {
		Scenario scenario = parser.parse(text);
		ITextRegionAccess regions = regionAccessBuilder.forNodeModel((XtextResource) scenario.eResource()).create();
		FormatterRequest request = requests.get().setTextRegionAccess(regions);
		request.setExceptionHandler(conflicts::add);
		var replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements.stream().map(ITextReplacement.class::cast).toList());
	}

	@Test
	void theExamplesFormatWithoutConflictingRules() throws Exception {
		// A conflict is only logged, but it makes Xtext format the whole text a second time with tracing: the
		// COW import took 13 s instead of 1.5 s because of one.
		Path folder = Path.of(System.getProperty("entente.examples", "../../examples/scenarios"));
		for (String example : List.of("europe-1914.entente", "cold-war-1985.entente", "multipolar-2025.entente")) {
			format(Files.readString(folder.resolve(example)));
			assertTrue(conflicts.isEmpty(), example + ": " + conflicts);
		}
		format("scenario s\nstate A {\n capabilities step { 1900 score 1\n\n 1901 score 2 }\n regime democracy ..\n}\n");
		assertTrue(conflicts.isEmpty(), conflicts::toString);
	}

	@Test
	void putsOneSpaceBetweenANameAndItsTitle() throws Exception {
		String messy = "scenario s   \"Title\"\nstate    AAA   \"State A\"   region   \"Europe\"\n"
				+ "tie T partnership AAA   --   AAA   strength 0.5   2000..2010\n";
		String formatted = format(messy);
		assertTrue(formatted.contains("scenario s \"Title\"\n"), formatted);
		assertTrue(formatted.contains("state AAA \"State A\" region \"Europe\"\n"), formatted);
		assertTrue(formatted.contains("strength 0.5 2000..2010"), formatted);
	}

	@Test
	void laysOutBlocksAndTopLevelElements() throws Exception {
		String messy = "scenario s   period 2000..2030   state USA \"United States\" {regime democracy ..  major power ..\n"
				+ "capabilities linear {2000 score 0.2 2010 score 0.1}}  state RUS\n"
				+ "threat T :   USA fears RUS level 0.5\n"
				+ "alliance P defense interest {targets T member USA member RUS}";
		String expected = """
				scenario s period 2000..2030
				state USA "United States" {
					regime democracy ..
					major power ..
					capabilities linear {
						2000 score 0.2
						2010 score 0.1
					}
				}
				state RUS
				threat T: USA fears RUS level 0.5
				alliance P defense interest {
					targets T
					member USA
					member RUS
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void formattingIsIdempotentAndKeepsTheModel() throws Exception {
		String once = format(EntenteParsingTest.WORLD);
		assertEquals(once, format(once), "formatting formatted text changes nothing");
		assertTrue(EcoreUtil.equals(parser.parse(EntenteParsingTest.WORLD), parser.parse(once)), once);
	}

	@Test
	void keepsCommentsAndOneBlankLineBetweenElements() throws Exception {
		String text = "scenario s\n\n\n\n// the states\nstate USA\n\nstate RUS // second\n";
		String formatted = format(text);
		assertTrue(formatted.contains("// the states"), formatted);
		assertTrue(formatted.contains("// second"), formatted);
		assertTrue(!formatted.contains("\n\n\n"), "at most one blank line:\n" + formatted);
	}
}
