/**
 * Entente's documentation bundle: {@code docs/} holds the guides (the language, the editor, analyses, the command
 * line, extending Entente), {@code api/} the Javadoc of the API bundles {@code org.entente.model} and
 * {@code org.entente.analysis}. It has no code; this package exists so that the build packages the generated
 * content with the bundle.
 */
package org.entente.doc;
