package org.entente.diagram;

/**
 * A finding to show on the diagram, for example one an analysis reported: it marks the innermost diagram element
 * whose text contains {@code offset}.
 *
 * @param offset an offset in the scenario text, such as a marker's start
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param message the text
 */
public record DiagramFinding(int offset, String severity, String message) {
}
