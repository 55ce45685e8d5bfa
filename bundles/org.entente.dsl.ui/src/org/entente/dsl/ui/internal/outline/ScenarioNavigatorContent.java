package org.entente.dsl.ui.internal.outline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.entente.dsl.ui.internal.EntenteLanguageService;

/**
 * The structure of scenario files in the Project Explorer: below each {@code .entente} file, its states, alliances,
 * ties and other elements, as in the Outline.
 */
public class ScenarioNavigatorContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file && EntenteLanguageService.isScenario(file)) {
			Path path = EntenteLanguageService.pathOf(file);
			if (path == null) {
				return new Object[0];
			}
			try {
				return ScenarioElement.of(path,
						EntenteLanguageService.get().documentSymbols(path).get(5, TimeUnit.SECONDS), file).toArray();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				// an unreadable file has no structure to show; its problems are in the Problems view
			}
			return new Object[0];
		}
		if (parent instanceof ScenarioElement element) {
			return element.children().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof ScenarioElement scenarioElement ? scenarioElement.parent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IFile file) {
			return EntenteLanguageService.isScenario(file);
		}
		return element instanceof ScenarioElement scenarioElement && !scenarioElement.children().isEmpty();
	}

	/** For tests: the top-level elements of a file. */
	public List<ScenarioElement> elementsOf(IFile file) {
		return java.util.Arrays.stream(getChildren(file)).map(ScenarioElement.class::cast).toList();
	}
}
