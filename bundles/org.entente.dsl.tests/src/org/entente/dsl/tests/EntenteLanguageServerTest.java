package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.entente.dsl.ide.server.EntenteLanguageServer;
import org.entente.dsl.validation.EntenteIssueCodes;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The IDE services through the language server, as an editor would call them: diagnostics, content assist, hover,
 * document symbols, formatting, rename across files and code actions.
 */
class EntenteLanguageServerTest extends AbstractLanguageServerTest {

	private static final String MODEL = """
			scenario s period 2000..2030
			state USA "United States" region "Americas"
			state RUS "Russia"
			threat T: USA fears RUS level 0.5
			alliance Pact defense interest 2000.. {
				targets T
				member USA
				member RUS
			}
			tie Rivals rivalry USA -- RUS strength -0.5
			""";

	EntenteLanguageServerTest() {
		super("entente");
	}

	@Override
	protected Module getServerModule() {
		return Modules.override(new ServerModule()).with(binder -> binder
				.bind(IResourceServiceProvider.Registry.class).toInstance(EntenteLanguageServer.registry()));
	}

	private String openFile(String name, String text) {
		initialize();
		String uri = writeFile(name, text);
		open(uri, text);
		return uri;
	}

	/** The diagnostics last published for the file (the server may write its URI in another but equal form). */
	private List<Diagnostic> diagnostics(String uri) {
		String name = uri.substring(uri.lastIndexOf('/') + 1);
		return getDiagnostics().entrySet().stream().filter(e -> e.getKey().endsWith("/" + name))
				.map(Map.Entry::getValue).findFirst().orElse(List.of());
	}

	@Test
	void publishesDiagnosticsWithRanges() {
		String uri = openFile("bad.entente", "scenario s\nstate USA\ntie partnership USA -- USA strength 2\n");
		List<Diagnostic> diagnostics = diagnostics(uri);
		assertTrue(diagnostics.stream().anyMatch(d -> EntenteIssueCodes.SELF_RELATION.equals(d.getCode().getLeft())),
				diagnostics::toString);
		assertTrue(diagnostics.stream().allMatch(d -> d.getRange().getStart().getLine() == 2), diagnostics::toString);
	}

	@Test
	void completesKeywordsAndStateNames() throws Exception {
		String uri = openFile("complete.entente", MODEL + "tie partnership USA -- ");
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(10, 23));
		List<String> labels = completionLabels(params);
		assertTrue(labels.containsAll(List.of("USA", "RUS")), labels::toString);

		CompletionParams topLevel = new CompletionParams(new TextDocumentIdentifier(uri), new Position(10, 0));
		List<String> keywords = completionLabels(topLevel);
		assertTrue(keywords.containsAll(List.of("state", "alliance", "tie", "threat")), keywords::toString);
	}

	private List<String> completionLabels(CompletionParams params) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = languageServer.completion(params).get();
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void hoverShowsTheElementsSummary() throws Exception {
		String uri = openFile("hover.entente", MODEL);
		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 12)))
				.get();
		assertNotNull(hover);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("United States") && text.contains("Americas"), text);
	}

	@Test
	void documentSymbolsListTheScenariosElements() throws Exception {
		String uri = openFile("symbols.entente", MODEL);
		List<String> names = languageServer.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
				.get().stream().map(e -> e.isLeft() ? e.getLeft().getName() : e.getRight().getName())
				.collect(Collectors.toList());
		String all = names.toString();
		assertTrue(all.contains("s"), all);
		List<DocumentSymbol> tree = languageServer
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get().stream()
				.filter(Either::isRight).map(Either::getRight).toList();
		String flat = tree.isEmpty() ? all : flatten(tree);
		assertTrue(flat.contains("USA") && flat.contains("Pact") && flat.contains("Rivals"), flat);
	}

	private static String flatten(List<DocumentSymbol> symbols) {
		StringBuilder out = new StringBuilder();
		for (DocumentSymbol symbol : symbols) {
			out.append(symbol.getName()).append(' ');
			if (symbol.getChildren() != null) {
				out.append(flatten(symbol.getChildren()));
			}
		}
		return out.toString();
	}

	@Test
	void formatsTheDocument() throws Exception {
		String uri = openFile("format.entente", "scenario s   state USA {regime democracy ..}");
		List<? extends TextEdit> edits = languageServer
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)))
				.get();
		assertFalse(edits.isEmpty());
		String joined = edits.stream().map(TextEdit::getNewText).collect(Collectors.joining("|"));
		assertTrue(joined.contains("\n"), joined);
	}

	@Test
	void renamesAStateAcrossFiles() throws Exception {
		initialize();
		String base = writeFile("base.entente", "scenario base\nstate TUR \"Turkey\"\nstate RUS\n");
		String variant = writeFile("variant.entente",
				"import \"base.entente\"\nscenario v extends base\ntie partnership TUR -- RUS strength 0.3\n");
		open(base, "scenario base\nstate TUR \"Turkey\"\nstate RUS\n");
		open(variant, "import \"base.entente\"\nscenario v extends base\ntie partnership TUR -- RUS strength 0.3\n");
		WorkspaceEdit edit = languageServer
				.rename(new RenameParams(new TextDocumentIdentifier(base), new Position(1, 7), "TRK")).get();
		assertNotNull(edit);
		Map<String, Integer> editsPerFile = edit.getDocumentChanges() != null
				? edit.getDocumentChanges().stream().filter(Either::isLeft)
						.collect(Collectors.toMap(e -> e.getLeft().getTextDocument().getUri(),
								e -> e.getLeft().getEdits().size()))
				: edit.getChanges().entrySet().stream()
						.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
		Assertions.assertEquals(2, editsPerFile.size(), editsPerFile::toString);
	}

	@Test
	void offersCodeActionsForTheValidatorsIssues() throws Exception {
		String text = "scenario s\nstate USA state RUS\ntie partnership USA -- RUS strength 1.5 2020..2010\n";
		String uri = openFile("fix.entente", text);
		List<Diagnostic> diagnostics = diagnostics(uri);
		for (String code : List.of(EntenteIssueCodes.VALUE_OUT_OF_RANGE, EntenteIssueCodes.PERIOD_REVERSED)) {
			Diagnostic diagnostic = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
					.orElseThrow(() -> new AssertionError(code + " not in " + diagnostics));
			CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic)));
			List<CodeAction> actions = languageServer.codeAction(params).get().stream().filter(Either::isRight)
					.map(Either::getRight).toList();
			assertFalse(actions.isEmpty(), "a code action for " + code);
			String newText = actions.get(0).getEdit().getChanges() != null
					? actions.get(0).getEdit().getChanges().values().stream().flatMap(List::stream)
							.map(TextEdit::getNewText).collect(Collectors.joining())
					: actions.get(0).getEdit().getDocumentChanges().stream().filter(Either::isLeft)
							.flatMap(e -> e.getLeft().getEdits().stream())
							.map(edit -> edit.isLeft() ? edit.getLeft().getNewText() : edit.getRight().getSnippet().getValue())
							.collect(Collectors.joining());
			if (code.equals(EntenteIssueCodes.VALUE_OUT_OF_RANGE)) {
				assertTrue(newText.contains("1"), newText);
			} else {
				assertTrue(newText.contains("2010") && newText.contains("2020"), newText);
			}
		}
	}
}
