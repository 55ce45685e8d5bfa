package org.entente.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.entente.dsl.resource.EntenteResource;
import org.entente.dsl.scoping.EntenteLocalScopeProvider;
import org.entente.dsl.scoping.EntenteLocalScopeProvider.FileElement;

import com.google.inject.Inject;

/**
 * Links a reference to an element of the same file at once, while the file is linked, and leaves a lazy proxy only
 * for the other references (to imported elements, or unresolved), which Xtext resolves on demand as usual.
 * <p>
 * Nearly all references of a large scenario point into the file itself. Linking them directly gives the element the
 * proxy would have resolved to (the file's own elements come first in every scope, see
 * {@link EntenteLocalScopeProvider#findInFile}) without creating, encoding and later decoding a proxy per reference
 * (5-10 % of the load of a large scenario, docs/performance.md). The names are still recorded as imported names, as
 * a lookup through the scope records them, so the builder's view of what the file depends on is unchanged.
 */
public class EntenteLinker extends LazyLinker {

	@Inject
	private EntenteLocalScopeProvider scopes;

	@Inject
	private LinkingHelper linkingHelper;

	/**
	 * A freshly loaded file's elements hold no references yet, so there is nothing to clear before linking it; Xtext
	 * clears them anyway, which unsets every reference of every element (and creates an empty list for each list
	 * of references) of a large scenario for nothing. After an edit, a relink or a reparse they are cleared as usual.
	 */
	@Override
	protected boolean isClearAllReferencesRequired(Resource resource) {
		return !(resource instanceof EntenteResource entente) || entente.isUpdatingContents();
	}

	@Override
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		EObject target = targetInFile(obj, node, eRef);
		if (target == null) {
			super.createAndSetProxy(obj, node, eRef);
		} else if (eRef.isMany()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> values = (InternalEList<EObject>) obj.eGet(eRef, false);
			values.addUnique(target);
		} else {
			obj.eSet(eRef, target);
		}
	}

	private EObject targetInFile(EObject obj, INode node, EReference eRef) {
		if (obj.eResource() == null) {
			return null;
		}
		String name;
		try {
			name = linkingHelper.getCrossRefNodeAsString(node, true);
		} catch (RuntimeException e) {
			return null; // a malformed name: the proxy's resolution reports it where it is
		}
		if (name == null || name.isEmpty()) {
			return null;
		}
		FileElement target = scopes.findInFile(obj.eResource(), eRef.getEReferenceType(), name);
		if (target == null) {
			return null;
		}
		ImportedNamesAdapter.findOrInstall(obj.eResource()).getImportedNames().add(target.lowerCaseName());
		return target.element();
	}
}
