package org.entente.dsl.ui.internal.outline;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An element of a scenario as the Outline, the Project Explorer and the Properties view show it: a node of the
 * file's document symbols, with its parent for navigation.
 */
public final class ScenarioElement implements IAdaptable {

	private final Path file;
	private final DocumentSymbol symbol;
	private final Object parent;
	private List<ScenarioElement> children;

	public ScenarioElement(Path file, DocumentSymbol symbol, Object parent) {
		this.file = file;
		this.symbol = symbol;
		this.parent = parent;
	}

	/** Wraps a file's top-level symbols. */
	public static List<ScenarioElement> of(Path file, List<DocumentSymbol> symbols, Object parent) {
		return symbols.stream().map(symbol -> new ScenarioElement(file, symbol, parent)).toList();
	}

	public Path file() {
		return file;
	}

	public DocumentSymbol symbol() {
		return symbol;
	}

	public Object parent() {
		return parent;
	}

	/** The nested elements (alliance members, capability points...). */
	public synchronized List<ScenarioElement> children() {
		if (children == null) {
			children = symbol.getChildren() == null ? List.of() : of(file, symbol.getChildren(), this);
		}
		return children;
	}

	/** The label: the name and, where the language gives one, what kind of element it is. */
	public String label() {
		return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
				: symbol.getName() + " : " + symbol.getDetail();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			return adapter.cast(ScenarioElementProperties.of(this));
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ScenarioElement element && element.file.equals(file)
				&& element.symbol.getName().equals(symbol.getName())
				&& element.symbol.getSelectionRange().equals(symbol.getSelectionRange());
	}

	@Override
	public int hashCode() {
		return file.hashCode() * 31 + symbol.getName().hashCode();
	}

	@Override
	public String toString() {
		return label();
	}
}
