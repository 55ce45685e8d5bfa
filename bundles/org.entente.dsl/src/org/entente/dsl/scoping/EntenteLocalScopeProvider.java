package org.entente.dsl.scoping;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.AbstractGlobalScopeDelegatingScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.entente.model.Scenario;

import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.Multimap;
import com.google.inject.Inject;

/**
 * The scope of a cross-reference: the named elements of its file, then those of the files the file imports
 * (through the global scope provider). Names are case sensitive.
 * <p>
 * Every name is global and every named element sits at the top of its scenario (a state, an alliance, a tie... and
 * the scenario itself), so a scope depends only on the file and on the type of element referred to. It is built once
 * per file and type and kept in the file's {@link IResourceScopeCache}, which any change of the file clears; a
 * reference then costs one hash lookup. Xtext's {@code SimpleLocalScopeProvider}, which this replaces, walked the
 * whole file (every capability point of every state) once per reference feature and composed a new scope for every
 * single reference, which made linking a large scenario cost more than parsing it.
 */
public class EntenteLocalScopeProvider extends AbstractGlobalScopeDelegatingScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IQualifiedNameProvider nameProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null) {
			return IScope.NULLSCOPE;
		}
		EClass type = reference.getEReferenceType();
		// The global scope depends on the type only as well: the filter is null and names are case sensitive.
		return cache.get(Tuples.pair(EntenteLocalScopeProvider.class, type), resource, () -> {
			Multimap<QualifiedName, IEObjectDescription> local = namedElements(resource, type);
			IScope imported = getGlobalScope(resource, reference);
			return local.isEmpty() ? imported : new FileScope(imported, local);
		});
	}

	/**
	 * The element of the file itself that a reference to an element of {@code type} named {@code name} links to:
	 * the one the reference's scope gives first, since the file's own elements come before imported ones. Null where
	 * the file does not define the name. Unlike {@link #getScope}, this never looks at (or loads) imported files, so
	 * the linker can use it while the file is still being loaded.
	 *
	 * @param name a name as written, converted (a name never has more than one segment)
	 */
	public FileElement findInFile(Resource resource, EClass type, String name) {
		return cache.get(Tuples.pair(FileElement.class, type), resource, () -> {
			Map<String, FileElement> result = new HashMap<>();
			for (IEObjectDescription description : namedElements(resource, type).values()) {
				result.putIfAbsent(description.getName().toString(),
						new FileElement(description.getEObjectOrProxy(), description.getName().toLowerCase()));
			}
			return result;
		}).get(name);
	}

	/**
	 * An element of a file with its name in lower case, the form in which Xtext records the names a file uses
	 * ({@link org.eclipse.xtext.linking.impl.ImportedNamesAdapter}); computed once per element, not per reference.
	 */
	public record FileElement(EObject element, QualifiedName lowerCaseName) {
	}

	private Multimap<QualifiedName, IEObjectDescription> namedElements(Resource resource, EClass type) {
		return cache.get(Tuples.pair(FileScope.class, type), resource, () -> {
			Multimap<QualifiedName, IEObjectDescription> result = LinkedHashMultimap.create();
			for (EObject root : resource.getContents()) {
				add(root, type, result);
				if (root instanceof Scenario) {
					for (EObject element : root.eContents()) {
						add(element, type, result);
					}
				}
			}
			return result;
		});
	}

	private void add(EObject element, EClass type, Multimap<QualifiedName, IEObjectDescription> result) {
		if (type.isInstance(element)) {
			QualifiedName name = nameProvider.getFullyQualifiedName(element);
			if (name != null) {
				result.put(name, EObjectDescription.create(name, element));
			}
		}
	}

	/** The elements of one file, in the file's order, before those of the files it imports. */
	private static final class FileScope extends MultimapBasedScope {

		FileScope(IScope imported, Multimap<QualifiedName, IEObjectDescription> elements) {
			super(imported, elements, false);
		}
	}
}
