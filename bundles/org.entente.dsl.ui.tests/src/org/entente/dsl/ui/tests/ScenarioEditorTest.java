package org.entente.dsl.ui.tests;

import static org.entente.dsl.ui.tests.EditorFixture.awaitIdle;
import static org.entente.dsl.ui.tests.EditorFixture.build;
import static org.entente.dsl.ui.tests.EditorFixture.caretAt;
import static org.entente.dsl.ui.tests.EditorFixture.context;
import static org.entente.dsl.ui.tests.EditorFixture.document;
import static org.entente.dsl.ui.tests.EditorFixture.errors;
import static org.entente.dsl.ui.tests.EditorFixture.open;
import static org.entente.dsl.ui.tests.EditorFixture.page;
import static org.entente.dsl.ui.tests.EditorFixture.problems;
import static org.entente.dsl.ui.tests.EditorFixture.project;
import static org.entente.dsl.ui.tests.EditorFixture.viewer;
import static org.entente.dsl.ui.tests.EditorFixture.write;
import static org.entente.testing.ui.UiWait.spin;
import static org.entente.testing.ui.UiWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.MarkerResolutions;
import org.entente.dsl.ui.internal.ProblemReporter;
import org.entente.dsl.ui.internal.editor.EntenteContentAssistProcessor;
import org.entente.dsl.ui.internal.editor.EntenteQuickAssistProcessor;
import org.entente.dsl.ui.internal.editor.EntenteTemplateProcessor;
import org.entente.dsl.ui.internal.editor.FormatHandler;
import org.entente.dsl.ui.internal.editor.ToggleCommentHandler;
import org.entente.dsl.ui.internal.navigation.FindReferencesHandler;
import org.entente.dsl.ui.internal.navigation.ReferencesQuery;
import org.entente.dsl.ui.internal.navigation.RenameHandler;
import org.entente.dsl.ui.internal.outline.ScenarioElement;
import org.entente.dsl.ui.internal.outline.ScenarioNavigatorContent;
import org.entente.dsl.ui.internal.outline.ScenarioOutlinePage;
import org.entente.dsl.ui.internal.save.SafeSaveDocumentProvider;
import org.entente.dsl.ui.internal.wizards.ExampleScenarios;
import org.entente.dsl.ui.internal.wizards.NewScenarioWizard;
import org.entente.dsl.validation.EntenteIssueCodes;
import org.entente.testing.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario editor as a modeler uses it, in the running workbench (UI harness under Xvfb): open, type, content
 * assist, problems as you type and on save, quick fixes, rename across files, references, formatting, outline,
 * Project Explorer, and the index that revalidates importers. Screenshots go to {@code target/screenshots/}.
 */
class ScenarioEditorTest {

	private static final String SMALL = """
			scenario small "A small scenario" period 2000..2030
			state AAA "State A" region "Europe"
			state BBB "State B" region "Asia"
			threat AFearsB: AAA fears BBB level 0.5
			alliance Pact defense interest 2000.. {
				targets AFearsB
				member AAA
				member BBB
			}
			""";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		spin(50);
	}

	@Test
	void opensTheExampleWithItsOutlineLinkedToTheCaret() throws Exception {
		IProject project = project("examples-open", true);
		assertEquals(0, errors(project), () -> "the examples are valid: " + Arrays.toString(problems(project)));
		ITextEditor editor = open(project.getFile(ExampleScenarios.FEATURED));
		assertEquals(EditorFixture.GENERIC_EDITOR_ID, editor.getSite().getId(), "scenarios open in the generic editor");

		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		ContentOutline outlineView = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		waitUntil("the outline shows the scenario", () -> outlineView.getCurrentPage() instanceof ScenarioOutlinePage
				outline && !outline.roots().isEmpty(), 30_000);
		ScenarioOutlinePage outline = (ScenarioOutlinePage) outlineView.getCurrentPage();
		List<String> labels = flatten(outline.roots());
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("NATO")), labels::toString);
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("TUR")), labels::toString);

		IDocument document = document(editor);
		caretAt(editor, document.get().indexOf("alliance AUKUS") + "alliance ".length());
		waitUntil("the outline follows the caret to AUKUS", () -> selectedLabel(outline), label -> label.startsWith("AUKUS"),
				10_000);
		Screenshots.capture(editor.getSite().getShell(), "editor-multipolar-2025");
	}

	@Test
	void contentAssistProposesNamesKeywordsAndTemplates() throws Exception {
		IProject project = project("assist", false);
		IFile file = write(project, "assist.entente", SMALL);
		build(project);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		document.replace(document.getLength(), 0, "tie Partners partnership AAA -- ");
		int end = document.getLength();

		List<String> names = displayStrings(
				new EntenteContentAssistProcessor().computeCompletionProposals(viewer(editor), end));
		assertTrue(names.stream().anyMatch(name -> name.startsWith("BBB")), names::toString);
		assertFalse(names.stream().anyMatch(name -> name.startsWith("Pact")), "only states may be tied: " + names);

		document.replace(document.getLength(), 0, "BBB strength 0.5\n");
		List<String> keywords = displayStrings(
				new EntenteContentAssistProcessor().computeCompletionProposals(viewer(editor), document.getLength()));
		assertTrue(keywords.containsAll(List.of("state", "alliance", "tie", "threat")), keywords::toString);

		List<String> templates = displayStrings(
				new EntenteTemplateProcessor().computeCompletionProposals(viewer(editor), document.getLength()));
		for (String template : List.of("state", "alliance", "tie", "variant")) {
			assertTrue(templates.stream().anyMatch(label -> label.startsWith(template)), templates::toString);
		}

		document.replace(document.getLength(), 0, "tie Rivals rivalry BBB -- A");
		editor.selectAndReveal(document.getLength(), 0);
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class))
				.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		spin(1500);
		Screenshots.capture(editor.getSite().getShell(), "editor-content-assist");
	}

	@Test
	void problemsShowAsYouTypeAndBecomeMarkersOnSave() throws Exception {
		IProject project = project("problems", false);
		IFile file = write(project, "problems.entente", SMALL);
		build(project);
		assertEquals(0, errors(file));
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		document.replace(document.getLength(), 0, "tie Broken partnership AAA -- ZZZ strength 0.5\n");

		IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		waitUntil("the editor shows the unresolved name while it is typed", () -> liveErrors(annotations),
				messages -> messages.stream().anyMatch(message -> message.contains("ZZZ")), 20_000);
		assertEquals(0, errors(file), "no marker before the file is saved");

		editor.doSave(new NullProgressMonitor());
		waitUntil("the saved problem becomes a marker", () -> errors(file) > 0, 20_000);
		IMarker marker = problems(file)[0];
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("ZZZ"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(10, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker is on the typed line");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("ZZZ", document.get(start, marker.getAttribute(IMarker.CHAR_END, -1) - start));

		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().activate(editor);
		spin(800);
		Screenshots.capture(editor.getSite().getShell(), "editor-problem-marker");

		document.replace(document.get().indexOf("ZZZ"), 3, "BBB");
		editor.doSave(new NullProgressMonitor());
		waitUntil("the fixed problem's marker goes", () -> errors(file) == 0, 20_000);
	}

	private static boolean errorsAre(int expected, IFile file) {
		return errors(file) == expected;
	}

	private static List<String> liveErrors(IAnnotationModel model) {
		List<String> messages = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (ProblemReporter.ERROR_ANNOTATION.equals(annotation.getType())) {
				messages.add(annotation.getText());
			}
		}
		return messages;
	}

	@Test
	void quickFixesRepairProblemsInTheEditorAndFromMarkers() throws Exception {
		IProject project = project("fixes", false);
		IFile file = write(project, "fixes.entente", SMALL + "tie Reversed partnership AAA -- BBB strength 0.5 2020..2010\n");
		build(project);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		Path path = EntenteLanguageService.pathOf(file);
		waitUntil("the reversed period is diagnosed", () -> EntenteLanguageService.get().server().diagnostics(path)
				.stream().anyMatch(d -> EntenteIssueCodes.PERIOD_REVERSED.equals(d.getCode().getLeft())), 20_000);

		int offset = document.get().indexOf("2020..2010");
		ICompletionProposal[] fixes = new EntenteQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext((ISourceViewer) viewer(editor), offset, 0));
		List<String> titles = displayStrings(fixes);
		assertTrue(titles.contains("Swap the start and end years"), titles::toString);
		Arrays.stream(fixes).filter(fix -> fix.getDisplayString().startsWith("Swap")).findFirst().orElseThrow()
				.apply(document);
		assertTrue(document.get().contains("2010..2020"), document::get);
		editor.doSave(new NullProgressMonitor());
		editor.close(false);

		// the same fix from the marker of a closed file, as in the Problems view
		write(project, "fixes.entente", SMALL + "tie Reversed partnership AAA -- BBB strength 0.5 2030..2001\n");
		build(project);
		waitUntil("the saved file has its marker", () -> errorsAre(1, file), 20_000);
		IMarker marker = problems(file)[0];
		IMarkerResolution[] resolutions = new MarkerResolutions().getResolutions(marker);
		assertEquals(1, resolutions.length, () -> Arrays.toString(resolutions));
		resolutions[0].run(marker);
		String fixed = Files.readString(path, StandardCharsets.UTF_8);
		assertTrue(fixed.contains("2001..2030"), fixed);
		build(project);
		waitUntil("the fixed file has no marker", () -> errorsAre(0, file), 20_000);
	}

	@Test
	void renameUpdatesEveryFileThatUsesTheElementAndUndoesInOneStep() throws Exception {
		IProject project = project("rename", false);
		IFile a = write(project, "a.entente", SMALL);
		IFile b = write(project, "b.entente", """
				import "a.entente"
				scenario other
				// BBB's view of AAA
				threat BFearsA: BBB fears AAA level 0.3
				""");
		build(project);
		assertEquals(0, errors(project), () -> Arrays.toString(problems(project)));
		ITextEditor editor = open(a);
		IDocument document = document(editor);
		String original = document.get();
		var context = caretAt(editor, original.indexOf("state AAA") + "state A".length());
		assertEquals("AAA", RenameHandler.currentName(context));

		assertTrue(RenameHandler.rename(context, "XXA").isOK());
		assertTrue(document.get().contains("state XXA") && document.get().contains("member XXA")
				&& document.get().contains("XXA fears BBB"), document::get);
		String other = Files.readString(EntenteLanguageService.pathOf(b), StandardCharsets.UTF_8);
		assertTrue(other.contains("BBB fears XXA"), other);
		assertTrue(other.contains("// BBB's view of AAA"), "comments are text, not references: " + other);
		editor.doSave(new NullProgressMonitor());
		build(project);
		assertEquals(0, errors(project), () -> Arrays.toString(problems(project)));
		Screenshots.capture(editor.getSite().getShell(), "editor-rename");

		EditorFixture.acceptNextDialog(10_000); // "undo changes other files too: proceed?"
		RefactoringCore.getUndoManager().performUndo(null, new NullProgressMonitor());
		assertEquals(original, document.get(), "undo restores the edited file");
		assertTrue(Files.readString(EntenteLanguageService.pathOf(b), StandardCharsets.UTF_8).contains("BBB fears AAA"),
				"undo restores the importing file");
	}

	@Test
	void findReferencesListsUsesAcrossFiles() throws Exception {
		IProject project = project("references", false);
		IFile a = write(project, "a.entente", SMALL);
		IFile b = write(project, "b.entente", "import \"a.entente\"\nscenario other\nthreat BFearsA: BBB fears AAA level 0.3\n");
		build(project);
		ITextEditor editor = open(a);
		var context = caretAt(editor, document(editor).get().indexOf("state BBB") + "state B".length());
		ReferencesQuery query = FindReferencesHandler.query(context);
		assertTrue(query.run(new NullProgressMonitor()).isOK());
		AbstractTextSearchResult result = (AbstractTextSearchResult) query.getSearchResult();
		assertEquals(2, result.getElements().length, "both files use BBB");
		assertEquals(3, result.getMatchCount(a), "declaration, threat and membership in a");
		assertEquals(1, result.getMatchCount(b), "the threat in b");
	}

	@Test
	void hoverDefinitionAndPropertiesDescribeTheElement() throws Exception {
		IProject project = project("navigation", false);
		IFile a = write(project, "a.entente", SMALL);
		IFile b = write(project, "b.entente", "import \"a.entente\"\nscenario other\nthreat BFearsA: BBB fears AAA level 0.3\n");
		build(project);
		ITextEditor editor = open(b);
		IDocument document = document(editor);
		int reference = document.get().indexOf("AAA level") + 1;

		var hover = new org.entente.dsl.ui.internal.editor.EntenteTextHover();
		String info = hover.getHoverInfo(viewer(editor), hover.getHoverRegion(viewer(editor), reference));
		assertNotNull(info, "a name has a hover");
		assertTrue(info.contains("State A") && info.contains("Europe"), info);

		var links = new org.entente.dsl.ui.internal.editor.EntenteHyperlinkDetector().detectHyperlinks(viewer(editor),
				new org.eclipse.jface.text.Region(reference, 0), false);
		assertNotNull(links, "the reference links to its declaration");
		links[0].open();
		spin(300);
		ITextEditor target = (ITextEditor) page().getActiveEditor();
		assertEquals(a.getName(), target.getEditorInput().getName(), "F3 opens the imported file");
		var selection = (org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection();
		assertEquals("AAA", selection.getText(), "and selects the declaration");

		ScenarioElement state = flattenElements(new ScenarioNavigatorContent().elementsOf(a)).stream()
				.filter(element -> element.symbol().getName().equals("AAA")).findFirst().orElseThrow();
		var properties = state.getAdapter(org.eclipse.ui.views.properties.IPropertySource.class);
		assertEquals("State", properties.getPropertyValue("Type"));
		assertEquals("State A", properties.getPropertyValue("Label"));
		assertEquals("Europe", properties.getPropertyValue("Region"));
	}

	private static List<ScenarioElement> flattenElements(List<ScenarioElement> elements) {
		List<ScenarioElement> all = new ArrayList<>();
		for (ScenarioElement element : elements) {
			all.add(element);
			all.addAll(flattenElements(element.children()));
		}
		return all;
	}

	@Test
	void formatLaysOutTheScenarioInOneUndoableStep() throws Exception {
		IProject project = project("format", false);
		IFile file = write(project, "format.entente",
				"scenario   messy period 2000..2030\nstate    AAA   \"State A\"\n     state BBB \"State B\"\n"
						+ "tie T partnership AAA   --   BBB   strength 0.5\n");
		build(project);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String messy = document.get();
		FormatHandler.format(context(editor));
		String formatted = document.get();
		assertTrue(formatted.contains("\nstate AAA \"State A\"\nstate BBB \"State B\"\n"), formatted);
		assertTrue(formatted.contains("tie T partnership AAA -- BBB strength 0.5"), formatted);
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document.get(), "one undo restores the text");
	}

	@Test
	void toggleCommentCommentsAndUncommentsLines() throws Exception {
		IProject project = project("comments", false);
		IFile file = write(project, "comments.entente", SMALL);
		build(project);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		int second = document.getLineOffset(1);
		editor.selectAndReveal(second, document.getLineOffset(3) - second);
		ToggleCommentHandler.toggle(context(editor));
		assertTrue(document.get().contains("// state AAA") && document.get().contains("// state BBB"), document::get);
		editor.selectAndReveal(second, document.getLineOffset(3) - second);
		ToggleCommentHandler.toggle(context(editor));
		assertEquals(SMALL, document.get());
	}

	@Test
	void changingAnImportedFileRevalidatesItsImporters() throws Exception {
		IProject project = project("index", false);
		IFile a = write(project, "a.entente", SMALL);
		IFile b = write(project, "b.entente", "import \"a.entente\"\nscenario other\nthreat BFearsA: BBB fears AAA level 0.3\n");
		build(project);
		assertEquals(0, errors(project), () -> Arrays.toString(problems(project)));

		write(project, "a.entente", SMALL.replace("AAA", "CCC"));
		build(project);
		waitUntil("the importer's use of the removed state is reported", () -> errorsAre(1, b), 20_000);
		assertTrue(problems(b)[0].getAttribute(IMarker.MESSAGE, "").contains("AAA"));

		write(project, "a.entente", SMALL);
		build(project);
		waitUntil("restoring the state clears the importer", () -> errorsAre(0, b), 20_000);
		assertEquals(0, errors(a));
	}

	@Test
	void projectExplorerShowsEachScenariosStructure() throws Exception {
		IProject project = project("explorer", false);
		IFile file = write(project, "explorer.entente", SMALL);
		build(project);
		List<ScenarioElement> top = new ScenarioNavigatorContent().elementsOf(file);
		List<String> labels = flatten(top);
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("AAA")), labels::toString);
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Pact")), labels::toString);
		assertNotNull(PlatformUI.getWorkbench());
	}

	@Test
	void aNewScenarioStartsValid() throws Exception {
		IProject project = project("wizard", false);
		IFile file = write(project, "first-steps.entente", NewScenarioWizard.skeleton("first-steps.entente"));
		build(project);
		assertEquals(0, problems(file).length, () -> Arrays.toString(problems(file)));
		assertTrue(ExampleScenarios.names().contains(ExampleScenarios.FEATURED), ExampleScenarios.names()::toString);
		awaitIdle();
	}

	@Test
	void brokenTextIsKeptAndSavedSafelyWithUndoIntact() throws Exception {
		IProject project = project("saving", false);
		IFile file = write(project, "saving.entente", SMALL);
		build(project);
		ITextEditor editor = open(file);
		assertTrue(editor.getDocumentProvider() instanceof SafeSaveDocumentProvider,
				() -> "scenarios save through " + editor.getDocumentProvider().getClass());
		IDocument document = document(editor);
		String broken = SMALL + "alliance }}} {{{ \"unterminated\n\u0000 state";
		document.replace(SMALL.length(), 0, broken.substring(SMALL.length()));
		awaitIdle();
		assertTrue(editor.isDirty(), "a failing validation leaves the editor's text alone");
		assertEquals(broken, document.get());

		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		Path path = EntenteLanguageService.pathOf(file);
		assertEquals(broken, Files.readString(path, StandardCharsets.UTF_8), "invalid text is saved as typed");
		try (var siblings = Files.list(path.getParent())) {
			assertTrue(siblings.noneMatch(sibling -> sibling.getFileName().toString()
					.endsWith(SafeSaveDocumentProvider.BACKUP_SUFFIX)), "no copy of the previous version is left");
		}
		assertSame(document, document(editor), "saving keeps the editor's document");
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(SMALL, document.get(), "undo still works after a save");
		waitUntil("the build reports the saved broken text", () -> errors(file) > 0, 20_000);
	}

	@Test
	void validationSeveritiesFollowThePreferences() throws Exception {
		IProject project = project("severities", false);
		IFile file = write(project, "severities.entente",
				SMALL + "alliance Lonely consultation interest 2010.. { member AAA }\n");
		build(project);
		waitUntil("the single-member alliance is warned about", () -> warnings(file), count -> count == 1, 20_000);
		var store = org.entente.dsl.ui.internal.EntentePreferences.store();
		String key = org.entente.dsl.ui.internal.EntentePreferences.severityKey(EntenteIssueCodes.SINGLE_MEMBER);
		try {
			store.setValue(key, "ignore");
			awaitIdle();
			waitUntil("an ignored issue is not reported", () -> warnings(file), count -> count == 0, 20_000);
			store.setValue(key, "error");
			awaitIdle();
			waitUntil("the issue becomes an error", () -> errors(file), count -> count == 1, 20_000);
		} finally {
			store.setToDefault(key);
		}
		awaitIdle();
		waitUntil("the default severity is back", () -> warnings(file), count -> count == 1, 20_000);
	}

	private static int warnings(IFile file) {
		return (int) Arrays.stream(problems(file))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING).count();
	}

	private static List<String> displayStrings(ICompletionProposal[] proposals) {
		return proposals == null ? List.of() : Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	private static List<String> flatten(List<ScenarioElement> elements) {
		List<String> labels = new ArrayList<>();
		for (ScenarioElement element : elements) {
			labels.add(element.label());
			labels.addAll(flatten(element.children()));
		}
		return labels;
	}

	private static String selectedLabel(ScenarioOutlinePage outline) {
		return outline.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof ScenarioElement element ? element.label() : "";
	}
}
