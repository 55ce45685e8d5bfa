package org.entente.diagram.layout;

/**
 * A node's top-left corner in diagram coordinates.
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record Position(double x, double y) {
}
