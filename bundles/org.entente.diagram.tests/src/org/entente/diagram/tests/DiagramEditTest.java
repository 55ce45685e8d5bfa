package org.entente.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.entente.diagram.edit.DiagramEdits;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * Each diagram edit against the text it writes: only what changed is rewritten, every comment of what stays is
 * kept, and the text parses without errors.
 */
class DiagramEditTest {
	private static final List<String> COMMENTS = List.of("// The test world: two states and a pact.",
			"/* The states. */", "// the first", "// A pact of one.", "// founding member", "// old rivals");
	private final ScenarioTextPatcher editor = new ScenarioTextPatcher();

	@Test
	void createStateAddsAStateAndKeepsComments() throws EditRefusedException {
		ScenarioTextPatcher.Result result = edit(DiagramEdits.createState());
		assertEquals("state:NEW", result.createdId());
		assertTrue(result.text().contains("state NEW \"New state\""), result.text());
		assertKeepsComments(result.text());
		assertEquals(3, parse(result.text()).scenario().getStates().size());
		// A second one gets a fresh code.
		assertEquals("state:NEW2", editor.edit(TestScenarios.SMALL_URI, result.text(), 1920,
				DiagramEdits.createState()).createdId());
	}

	@Test
	void createAllianceStartsInTheYearShown() throws EditRefusedException {
		ScenarioTextPatcher.Result result = edit(DiagramEdits.createAlliance());
		assertTrue(result.text().contains("alliance Alliance defense interest 1920.."), result.text());
		assertKeepsComments(result.text());
	}

	@Test
	void createMembershipAddsAMemberFromTheYearShown() throws EditRefusedException {
		ScenarioTextPatcher.Result result = edit(DiagramEdits.createMembership(uri("BBB"), uri("Pact")));
		assertEquals("member:Pact:BBB", result.createdId());
		assertTrue(result.text().contains("member BBB 1920.."), result.text());
		assertTrue(result.text().contains("member AAA founder // founding member"), result.text());
		assertKeepsComments(result.text());
	}

	@Test
	void createTieAndThreatConnectTwoStates() throws EditRefusedException {
		String tie = edit(DiagramEdits.createTie(TieKind.PARTNERSHIP, uri("BBB"), uri("AAA"))).text();
		assertTrue(tie.contains("tie partnership BBB -- AAA strength 0.5 1920.."), tie);
		assertKeepsComments(tie);
		String arms = edit(DiagramEdits.createTie(TieKind.ARMS_TRANSFER, uri("AAA"), uri("BBB"))).text();
		assertTrue(arms.contains("tie arms-transfer AAA -> BBB strength 0.5 1920.."), arms);
		String threat = edit(DiagramEdits.createThreat(uri("BBB"), uri("AAA"))).text();
		assertTrue(threat.contains("threat BbbFearsAaa: BBB fears AAA level 0.5 1920.."), threat);
		assertKeepsComments(threat);
		assertThrows(EditRefusedException.class, () -> edit(DiagramEdits.createTie(TieKind.AID, uri("AAA"),
				uri("AAA"))));
	}

	@Test
	void renameUpdatesEveryReference() throws EditRefusedException {
		String text = edit(DiagramEdits.rename(uri("AAA"), "CCC")).text();
		assertTrue(text.contains("state CCC \"Aland\" region \"Europe\" // the first"), text);
		assertTrue(text.contains("member CCC founder // founding member"), text);
		assertTrue(text.contains("tie AB rivalry CCC -- BBB"), text);
		assertTrue(text.contains("threat AaaFearsBbb: CCC fears BBB"), text);
		assertFalse(text.contains("AAA"), text);
		assertKeepsComments(text);
		EditRefusedException taken = assertThrows(EditRefusedException.class,
				() -> edit(DiagramEdits.rename(uri("AAA"), "BBB")));
		assertTrue(taken.getMessage().contains("already has an element named BBB"), taken.getMessage());
		assertThrows(EditRefusedException.class, () -> edit(DiagramEdits.rename(uri("AAA"), "two words")));
	}

	@Test
	void deletingAStateTakesItsTiesThreatsAndMembershipsWithIt() throws EditRefusedException {
		String text = edit(DiagramEdits.delete(List.of(uri("AAA")))).text();
		assertFalse(text.contains("AAA"), text);
		assertFalse(text.contains("tie AB"), text);
		assertTrue(text.contains("state BBB \"Bland\""), text);
		assertTrue(text.contains("alliance Pact"), text);
		assertTrue(text.contains("// The test world: two states and a pact."), text);
		assertTrue(parse(text).firstError().isEmpty(), () -> parse(text).issues().toString());
	}

	@Test
	void deletingRussiaInTheColdWarTrimsEveryListThatNamedItsThreats() throws Exception {
		LoadedScenario coldWar = TestScenarios.example("cold-war-1985.entente");
		URI file = coldWar.resource().getURI();
		String text = coldWar.resource().getParseResult().getRootNode().getText();
		String edited = editor.edit(file, text, 1985, DiagramEdits.delete(List.of(uriIn(coldWar, file, "RUS"))))
				.text();
		LoadedScenario reparsed = ScenarioLoader.shared().parse(file, edited);
		assertTrue(reparsed.firstSyntaxError().isEmpty(), edited);
		assertFalse(edited.contains("FearsRus"), "no threat against Russia is left, nor a reference to one");
		assertTrue(reparsed.firstError().isEmpty(), () -> reparsed.issues().toString());
	}

	@Test
	void editsInAwkwardPlacesStayReadable() throws EditRefusedException {
		// No newline at the end, a one-line block, two elements on one line.
		String awkward = "scenario s period 1900..1950\nstate AAA state BBB\nalliance P defense interest { member AAA }"
				+ " // P\nthreat T: AAA fears BBB level 0.2";
		URI uri = TestScenarios.SMALL_URI;
		LoadedScenario parsed = TestScenarios.parse(awkward);
		String withState = editor.edit(uri, awkward, 1920, DiagramEdits.createState()).text();
		assertTrue(withState.contains("state BBB\nstate NEW"), withState);
		String withMember = editor.edit(uri, awkward, 1920, DiagramEdits.createMembership(uriIn(parsed, uri, "BBB"),
				uriIn(parsed, uri, "P"))).text();
		assertTrue(withMember.contains("{ member AAA\nmember BBB 1920.. } // P"), withMember);
		String withThreat = editor.edit(uri, awkward, 1920, DiagramEdits.createThreat(uriIn(parsed, uri, "BBB"),
				uriIn(parsed, uri, "AAA"))).text();
		assertTrue(withThreat.endsWith("level 0.2\nthreat BbbFearsAaa: BBB fears AAA level 0.5 1920.."), withThreat);
	}

	@Test
	void deletingAnAllianceWithItsMembershipsSelectedTooDeletesItOnce() throws EditRefusedException {
		ScenarioTextPatcher.Result result = edit(context -> {
			DiagramEdits.removeMember(uri("AAA"), uri("Pact")).apply(context);
			return DiagramEdits.delete(List.of(uri("Pact"))).apply(context);
		});
		assertFalse(result.text().contains("Pact"), result.text());
		assertTrue(result.text().contains("tie AB rivalry AAA -- BBB strength -0.5 // old rivals"), result.text());
		assertTrue(result.text().contains("// A pact of one."), "the comment above stays");
	}

	@Test
	void removeMemberAndReconnect() throws EditRefusedException {
		String left = edit(DiagramEdits.removeMember(uri("AAA"), uri("Pact"))).text();
		assertFalse(left.contains("member AAA"), left);
		String moved = edit(DiagramEdits.reconnect(uri("AB"), uri("BBB"), uri("AAA"))).text();
		assertTrue(moved.contains("tie AB rivalry BBB -- AAA strength -0.5 // old rivals"), moved);
	}

	@Test
	void aTextWithASyntaxErrorIsNotEditedThroughTheDiagram() {
		String broken = TestScenarios.SMALL.replace("state BBB \"Bland\"", "state BBB \"Bland");
		EditRefusedException refused = assertThrows(EditRefusedException.class,
				() -> editor.edit(TestScenarios.SMALL_URI, broken, 1920, DiagramEdits.createState()));
		assertTrue(refused.getMessage().contains("syntax error at line"), refused.getMessage());
	}

	@Test
	void inAVariantDeletingABaseElementBecomesARemovalAndJoiningABaseAllianceAnAccession(
			@org.junit.jupiter.api.io.TempDir Path folder) throws IOException, EditRefusedException {
		Path base = folder.resolve("base.entente");
		Files.writeString(base, TestScenarios.SMALL);
		Path variantFile = folder.resolve("variant.entente");
		String variant = "import \"base.entente\"\n\n// What if B joins the pact?\nscenario what extends small\n";
		Files.writeString(variantFile, variant);
		URI variantUri = URI.createFileURI(variantFile.toString());
		URI baseUri = URI.createFileURI(base.toString());
		LoadedScenario parsedBase = ScenarioLoader.shared().parse(baseUri, TestScenarios.SMALL);

		String joined = editor.edit(variantUri, variant, 1930, DiagramEdits.createMembership(
				uriIn(parsedBase, baseUri, "BBB"), uriIn(parsedBase, baseUri, "Pact"))).text();
		assertTrue(joined.contains("accede BBB to Pact in 1930"), joined);
		String removed = editor.edit(variantUri, variant, 1935, DiagramEdits.delete(List.of(
				uriIn(parsedBase, baseUri, "AB")))).text();
		assertTrue(removed.contains("remove AB from 1935"), removed);
		assertTrue(removed.contains("// What if B joins the pact?"), removed);
		assertEquals(TestScenarios.SMALL, Files.readString(base), "the base file must not change");
		EditRefusedException renameBase = assertThrows(EditRefusedException.class, () -> editor.edit(variantUri,
				variant, 1935, DiagramEdits.rename(uriIn(parsedBase, baseUri, "AAA"), "ZZZ")));
		assertTrue(renameBase.getMessage().contains("defined in base.entente"), renameBase.getMessage());
	}

	private ScenarioTextPatcher.Result edit(Modification modification) throws EditRefusedException {
		ScenarioTextPatcher.Result result = editor.edit(TestScenarios.SMALL_URI, TestScenarios.SMALL, 1920, modification);
		LoadedScenario reparsed = parse(result.text());
		assertTrue(reparsed.firstSyntaxError().isEmpty(), result.text());
		return result;
	}

	private static LoadedScenario parse(String text) {
		return TestScenarios.parse(text);
	}

	private static URI uri(String name) {
		return uriIn(TestScenarios.parse(TestScenarios.SMALL), TestScenarios.SMALL_URI, name);
	}

	private static URI uriIn(LoadedScenario parsed, URI file, String name) {
		for (var contents = parsed.scenario().eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof org.entente.model.NamedElement named && name.equals(named.getName())) {
				return file.appendFragment(parsed.resource().getURIFragment(named));
			}
		}
		throw new AssertionError("no " + name);
	}

	private static void assertKeepsComments(String text) {
		for (String comment : COMMENTS) {
			assertTrue(text.contains(comment), "lost " + comment + " in:\n" + text);
		}
	}
}
