package org.entente.diagram;

import org.eclipse.emf.common.util.URI;

/**
 * A finding to show on a diagram element, for example one an analysis reported.
 *
 * @param element the EMF URI of the scenario element it is about
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param message the text
 */
public record DiagramFinding(URI element, String severity, String message) {
}
