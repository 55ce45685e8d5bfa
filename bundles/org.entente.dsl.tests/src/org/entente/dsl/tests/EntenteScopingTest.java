package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.scoping.EntenteGlobalScopeProvider;
import org.entente.model.EntentePackage;
import org.entente.model.Scenario;
import org.entente.model.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Which names a file sees: its own, and those of the files it imports, transitively. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntenteScopingTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IResourceDescription.Manager descriptions;

	@TempDir
	Path folder;

	/** Writes the files, then loads the first one from disk, as the command line does; the others load on demand. */
	private Scenario load(String... namesAndTexts) throws Exception {
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Path file = folder.resolve(namesAndTexts[i]);
			Files.createDirectories(file.getParent());
			Files.writeString(file, namesAndTexts[i + 1]);
		}
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.getResource(URI.createFileURI(folder.resolve(namesAndTexts[0]).toString()), true);
		return (Scenario) resource.getContents().get(0);
	}

	private List<Issue> errors(Scenario scenario) {
		return validator.validate(scenario).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ": " + i.getMessage()).collect(Collectors.joining("\n"));
	}

	@Test
	void importsAreTransitiveAndResolvedAgainstTheImportingFile() throws Exception {
		Scenario variant = load(
				"variant.entente", "import \"world/world.entente\"\nscenario v\ntie partnership USA -- CHN strength 0.5",
				"world/world.entente", "import \"shared/states.entente\"\nscenario world\nstate USA",
				"world/shared/states.entente", "scenario states\nstate CHN");
		List<Issue> errors = errors(variant);
		assertTrue(errors.isEmpty(), () -> describe(errors));
		Tie tie = variant.getTies().get(0);
		assertEquals("USA", tie.getSource().getName());
		assertEquals("CHN", tie.getTarget().getName());
		assertTrue(tie.getTarget().eResource().getURI().toString().endsWith("world/shared/states.entente"));
	}

	@Test
	void aFileThatIsNotImportedIsNotSeen() throws Exception {
		Scenario scenario = load(
				"a.entente", "import \"b.entente\"\nscenario a\ntie partnership USA -- CHN strength 0.5",
				"b.entente", "scenario b\nstate USA",
				"c.entente", "scenario c\nstate CHN");
		List<Issue> errors = errors(scenario);
		assertEquals(1, errors.size(), () -> describe(errors));
		assertTrue(errors.get(0).getMessage().contains("No state named 'CHN'"), errors.get(0).getMessage());
		assertEquals(3, errors.get(0).getLineNumber());
	}

	@Test
	void importCyclesTerminateAndAFileDoesNotImportItself() throws Exception {
		Scenario a = load(
				"a.entente", "import \"b.entente\"\nscenario a\nstate USA\ntie partnership USA -- CHN strength 0.5",
				"b.entente", "import \"a.entente\"\nscenario b\nstate CHN\ntie partnership CHN -- USA strength 0.5");
		EcoreUtil.resolveAll(a.eResource().getResourceSet());
		Tie tie = a.getTies().get(0);
		assertSame(a, tie.getSource().eContainer(), "the file's own USA, not one seen through the cycle");
		assertEquals("b", ((Scenario) tie.getTarget().eContainer()).getName());
	}

	@Test
	void theScopeOfAFileListsItsOwnElementsOfTheTypeThenTheImportedOnes() throws Exception {
		Scenario scenario = load(
				"a.entente", "import \"b.entente\"\nscenario a\nstate USA\nalliance NATO defense interest\n"
						+ "tie partnership USA -- CHN strength 0.5",
				"b.entente", "scenario b\nstate CHN\nobjective Aid");
		Tie tie = scenario.getTies().get(0);
		IScope scope = scopes.getScope(tie, EntentePackage.Literals.TIE__TARGET);
		List<String> names = names(scope.getAllElements());
		assertEquals(List.of("USA", "CHN"), names);

		// A removal may name any element: the scenarios, states, alliances and objectives, in that order.
		IScope anything = scopes.getScope(tie, EntentePackage.Literals.REMOVAL__TARGET);
		assertEquals(List.of("a", "USA", "NATO", "b", "CHN", "Aid"), names(anything.getAllElements()));
	}

	@Test
	void referencesIntoTheFileAreLinkedWithTheFileAndReferencesToImportsOnDemand() throws Exception {
		Scenario scenario = load(
				"a.entente", "import \"b.entente\"\nscenario a\nstate USA\ntie partnership USA -- CHN strength 0.5",
				"b.entente", "scenario b\nstate CHN");
		Tie tie = scenario.getTies().get(0);
		assertSame(scenario.getStates().get(0), tie.eGet(EntentePackage.Literals.TIE__SOURCE, false));
		assertTrue(((EObject) tie.eGet(EntentePackage.Literals.TIE__TARGET, false)).eIsProxy());
		assertEquals(1, scenario.eResource().getResourceSet().getResources().size(),
				"the imported file is not read before a reference into it is followed");
		assertEquals("CHN", tie.getTarget().getName());
		assertEquals(2, scenario.eResource().getResourceSet().getResources().size());
		// Both names count as used by the file, as they do for a lookup through the scope: the builder relies on it.
		assertTrue(ImportedNamesAdapter.find(scenario.eResource()).getImportedNames()
				.containsAll(List.of(QualifiedName.create("usa"), QualifiedName.create("chn"))));
	}

	@Test
	void anEditRelinksTheFileWithoutKeepingOldLinks() throws Exception {
		Scenario scenario = load("a.entente", "scenario a\nstate USA\nstate CHN\nthreat T: USA fears CHN level 0.5\n"
				+ "alliance A defense interest { targets T member USA member CHN }\n"
				+ "tie partnership USA -- CHN strength 0.5");
		XtextResource resource = (XtextResource) scenario.eResource();
		resource.relink();
		Scenario relinked = (Scenario) resource.getContents().get(0);
		assertEquals(1, relinked.getAlliances().get(0).getTargets().size(), "a list of references is not doubled");
		String text = resource.getParseResult().getRootNode().getText();
		int offset = text.lastIndexOf("CHN strength");
		resource.update(offset, 3, "USA");
		Tie tie = ((Scenario) resource.getContents().get(0)).getTies().get(0);
		assertEquals("USA", tie.getTarget().getName());
		assertEquals(1, ((Scenario) resource.getContents().get(0)).getAlliances().get(0).getTargets().size());
	}

	@Test
	void aScenarioDescriptionRecordsItsImportsAsWritten() throws Exception {
		Scenario scenario = load("a.entente", "import \"b.entente\"\nimport \"sub/c.entente\"\nscenario a",
				"b.entente", "scenario b", "sub/c.entente", "scenario c");
		IResourceDescription description = descriptions.getResourceDescription(scenario.eResource());
		IEObjectDescription exported = description.getExportedObjectsByType(EntentePackage.Literals.SCENARIO)
				.iterator().next();
		assertEquals("a", exported.getName().toString());
		assertEquals("b.entente\nsub/c.entente", exported.getUserData(EntenteGlobalScopeProvider.IMPORTS));
	}

	private static List<String> names(Iterable<IEObjectDescription> descriptions) {
		List<String> result = new ArrayList<>();
		descriptions.forEach(d -> result.add(d.getName().toString()));
		return result;
	}
}
