package org.entente.dsl.scoping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.entente.model.EntentePackage;
import org.entente.model.Import;
import org.entente.model.Scenario;

import com.google.inject.Inject;

/**
 * A file sees the files it imports and, transitively, the files those import: a variant that imports the world it
 * changes sees the states that world imports from a shared file.
 * <p>
 * The imports of an imported file are read from its resource description (the index in the workbench, the loaded
 * file elsewhere), where {@link org.entente.dsl.resource.EntenteResourceDescriptionStrategy} records them as user data
 * of the scenario, so the workbench's builder does not have to load imported files to follow them. Each import is
 * resolved against the file that writes it. The files come in breadth-first order, direct imports first; an earlier
 * file's names take precedence over a later one's, and a file never imports itself.
 */
public class EntenteGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	/** User-data key of a scenario's description: the scenario's import URIs as written, one per line. */
	public static final String IMPORTS = "imports";

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		return cache.get(EntenteGlobalScopeProvider.class.getName(), resource, () -> transitiveImports(resource));
	}

	private LinkedHashSet<URI> transitiveImports(Resource resource) {
		LinkedHashSet<URI> result = new LinkedHashSet<>();
		URICollector resolver = new URICollector(resource.getResourceSet(), result);
		IResourceDescriptions descriptions = getResourceDescriptions(resource, Collections.emptySet());
		Deque<URI> work = new ArrayDeque<>();
		for (String text : directImports(resource)) {
			work.add(resolve(resolver, text, resource.getURI()));
		}
		while (!work.isEmpty()) {
			URI uri = work.removeFirst();
			if (uri == null || uri.equals(resource.getURI()) || result.contains(uri)
					|| !EcoreUtil2.isValidUri(resource, uri)) {
				continue;
			}
			result.add(uri);
			IResourceDescription imported = descriptions.getResourceDescription(uri);
			if (imported == null) {
				continue;
			}
			for (IEObjectDescription scenario : imported.getExportedObjectsByType(EntentePackage.Literals.SCENARIO)) {
				String imports = scenario.getUserData(IMPORTS);
				if (imports != null) {
					for (String text : imports.split("\n")) {
						work.add(resolve(resolver, text, uri));
					}
				}
			}
		}
		return result;
	}

	/** The imports as written at the top of the file; imports appear nowhere else, so the file is not walked. */
	private static List<String> directImports(Resource resource) {
		List<String> result = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof Scenario scenario) {
				result.addAll(importsAsWritten(scenario));
			}
		}
		return result;
	}

	/** The scenario's import URIs as written that Entente follows: local scenario files ({@link ImportUris}). */
	public static List<String> importsAsWritten(Scenario scenario) {
		List<String> result = new ArrayList<>();
		for (Import anImport : scenario.getImports()) {
			if (ImportUris.isFollowed(anImport.getImportURI())) {
				result.add(anImport.getImportURI());
			}
		}
		return result;
	}

	/** The import {@code text} written in the file at {@code base}, as an absolute URI where the base is one. */
	private static URI resolve(URICollector resolver, String text, URI base) {
		try {
			URI uri = resolver.resolve(text);
			if (uri.isRelative() && !uri.isEmpty() && base != null && base.isHierarchical() && !base.isRelative()) {
				uri = uri.resolve(base);
			}
			return uri;
		} catch (IllegalArgumentException e) {
			return null; // not a URI: the validator reports the import as unreadable
		}
	}
}
