package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.entente.model.Scenario;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The example scenarios shipped in examples/scenarios load without errors and project sensibly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class ExampleScenariosTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private static Path examples() {
		return Path.of(System.getProperty("entente.examples", "../../examples/scenarios")).toAbsolutePath()
				.normalize();
	}

	private static List<Path> exampleFiles() throws IOException {
		try (Stream<Path> files = Files.list(examples())) {
			return files.filter(f -> f.toString().endsWith(".entente")).sorted().toList();
		}
	}

	private Scenario load(XtextResourceSet set, String name) {
		Resource resource = set.getResource(URI.createFileURI(examples().resolve(name).toString()), true);
		return (Scenario) resource.getContents().get(0);
	}

	@Test
	void everyExampleLoadsWithoutErrors() throws Exception {
		List<Path> files = exampleFiles();
		assertTrue(files.size() >= 4, () -> "the examples are in " + examples() + ": " + files);
		for (Path file : files) {
			XtextResourceSet set = resourceSets.get();
			Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
			List<Issue> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
			assertTrue(errors.isEmpty(), () -> file.getFileName() + ":\n"
					+ errors.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage())
							.collect(Collectors.joining("\n")));
		}
	}

	@Test
	void europe1914HasTheTwoBlocsOf1914() {
		World world = new WorldProjector(load(resourceSets.get(), "europe-1914.entente")).at(1914);
		assertEquals(6, world.states().stream().filter(s -> s.majorPower()).count(), "six great powers");
		assertFalse(world.alliances().isEmpty());
		assertTrue(world.states().stream().allMatch(s -> s.capability() != null && s.capability().hasComponents()),
				"COW components for every great power in 1914");
	}

	@Test
	void theVariantTakesTheUnitedStatesOutOfNato() {
		XtextResourceSet set = resourceSets.get();
		Scenario variant = load(set, "us-exits-nato-2027.entente");
		WorldProjector projector = new WorldProjector(variant);
		assertTrue(projector.at(2026).alliance("NATO").members().stream()
				.anyMatch(m -> "USA".equals(m.state().getName())));
		assertFalse(projector.at(2027).alliance("NATO").members().stream()
				.anyMatch(m -> "USA".equals(m.state().getName())));
		assertTrue(new WorldProjector(variant.getBase()).at(2027).alliance("NATO").members().stream()
				.anyMatch(m -> "USA".equals(m.state().getName())), "the base scenario keeps the United States in NATO");
	}
}
