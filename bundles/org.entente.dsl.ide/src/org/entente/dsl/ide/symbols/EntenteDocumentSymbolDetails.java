package org.entente.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/**
 * A document symbol's detail is the kind of element it names ({@code State}, {@code Alliance}): editors show it
 * beside the name, and the workbench's Outline picks the element's icon by it.
 */
public class EntenteDocumentSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		return object == null ? "" : object.eClass().getName();
	}
}
