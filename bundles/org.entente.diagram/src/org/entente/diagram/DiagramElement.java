package org.entente.diagram;

import org.eclipse.emf.common.util.URI;

/**
 * A diagram element and where the scenario element behind it is written.
 *
 * @param id the diagram id
 * @param uri the scenario element's EMF URI (file and fragment)
 * @param offset the offset of its text in that file
 * @param length the length of its text
 * @param line the 1-based line where it starts
 */
public record DiagramElement(String id, URI uri, int offset, int length, int line) {
}
