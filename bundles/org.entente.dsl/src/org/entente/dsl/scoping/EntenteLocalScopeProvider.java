package org.entente.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

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

import com.google.inject.Inject;

/**
 * The scope of a cross-reference: the named elements of its file, then those of the files the file imports
 * (through the global scope provider).
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
		return cache.get(Tuples.pair(EntenteLocalScopeProvider.class, type), resource,
				() -> MultimapBasedScope.createScope(getGlobalScope(resource, reference),
						namedElements(resource, type), isIgnoreCase(reference)));
	}

	private List<IEObjectDescription> namedElements(Resource resource, EClass type) {
		List<IEObjectDescription> result = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			add(root, type, result);
			if (root instanceof Scenario) {
				for (EObject element : root.eContents()) {
					add(element, type, result);
				}
			}
		}
		return result;
	}

	private void add(EObject element, EClass type, List<IEObjectDescription> result) {
		if (type.isInstance(element)) {
			QualifiedName name = nameProvider.getFullyQualifiedName(element);
			if (name != null) {
				result.add(EObjectDescription.create(name, element));
			}
		}
	}
}
