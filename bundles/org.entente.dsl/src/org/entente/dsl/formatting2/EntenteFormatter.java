package org.entente.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.entente.model.Alliance;
import org.entente.model.CapabilitySeries;
import org.entente.model.Objective;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.State;

/**
 * Lays out scenarios: one top-level element per line (a blank line kept where the analyst put one), block contents
 * indented on their own lines, one space around keywords and names, none before commas, colons and closing brackets.
 */
public class EntenteFormatter extends AbstractJavaFormatter {

	/** Set while a whole scenario is formatted, which spaces every element itself. */
	private boolean formattingScenario;

	protected void format(Scenario scenario, IFormattableDocument doc) {
		formattingScenario = true;
		// Every element gets single spaces between its own tokens; blocks get their layout below.
		normalizeSpacing(scenario, doc);
		scenario.eAllContents().forEachRemaining(element -> normalizeSpacing(element, doc));
		ISemanticRegionsFinder regions = regionFor(scenario);
		ISemanticRegion scenarioKeyword = regions.keyword("scenario");
		if (scenarioKeyword != null && !scenario.getImports().isEmpty()) {
			doc.prepend(scenarioKeyword, it -> it.setNewLines(2));
		} else if (scenarioKeyword != null) {
			doc.prepend(scenarioKeyword, it -> it.noSpace());
		}
		scenario.getImports().forEach(anImport -> doc.prepend(anImport, it -> it.setNewLines(0, 1, 1)));
		for (EObject element : scenario.eContents()) {
			if (element != scenario.getPeriod() && !scenario.getImports().contains(element)) {
				doc.prepend(element, it -> it.setNewLines(1, 1, 2));
				doc.format(element);
			}
		}
		if (!scenario.eContents().isEmpty()) {
			doc.append(scenario, it -> it.setNewLines(1));
		}
	}

	/**
	 * An element formatted on its own, as when the diagram serializes a new tie or membership: the same spacing as
	 * inside a scenario ({@code 1920..}, not {@code 1920 ..}).
	 */
	protected void format(EObject element, IFormattableDocument doc) {
		if (!formattingScenario) {
			normalizeSpacing(element, doc);
			element.eAllContents().forEachRemaining(child -> normalizeSpacing(child, doc));
		}
	}

	protected void format(State state, IFormattableDocument doc) {
		List<EObject> lines = new ArrayList<>(state.getRegimes());
		if (state.getCapabilities() != null) {
			lines.add(state.getCapabilities());
		}
		block(state, doc, lines);
		for (ISemanticRegion region : regionFor(state).keywords("major", "exists")) {
			doc.prepend(region, it -> it.setNewLines(1));
		}
		if (state.getCapabilities() != null) {
			doc.format(state.getCapabilities());
		}
	}

	protected void format(CapabilitySeries series, IFormattableDocument doc) {
		block(series, doc, List.copyOf(series.getPoints()));
	}

	protected void format(Objective objective, IFormattableDocument doc) {
		block(objective, doc, List.copyOf(objective.getStances()));
	}

	protected void format(Alliance alliance, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(alliance);
		block(alliance, doc, List.copyOf(alliance.getMemberships()));
		for (String keyword : List.of("targets", "serves", "conditions")) {
			for (ISemanticRegion region : regions.keywords(keyword)) {
				doc.prepend(region, it -> it.setNewLines(1));
			}
		}
	}

	/** Puts a {@code { ... }} block's children on their own lines, indented. */
	private void block(EObject owner, IFormattableDocument doc, List<EObject> children) {
		ISemanticRegionsFinder regions = regionFor(owner);
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		doc.append(open, it -> {
			it.lowPriority();
			it.setNewLines(1);
		});
		doc.prepend(close, it -> {
			it.lowPriority();
			it.setNewLines(1);
		});
		for (EObject child : children) {
			// A child that starts right after '{' already starts a line (with the block's indentation); formatting
			// that region again would conflict, and a conflict makes Xtext format the whole text a second time.
			if (child.eContainer() == owner && isInBlock(child, open, close) && !startsRightAfter(child, open)) {
				doc.prepend(child, it -> it.setNewLines(1, 1, 2));
			}
		}
	}

	private boolean startsRightAfter(EObject child, ISemanticRegion open) {
		var region = getTextRegionAccess().regionForEObject(child);
		return region != null && region.getPreviousHiddenRegion() == open.getNextHiddenRegion();
	}

	private boolean isInBlock(EObject child, ISemanticRegion open, ISemanticRegion close) {
		var region = getTextRegionAccess().regionForEObject(child);
		return region != null && region.getOffset() > open.getOffset() && region.getOffset() < close.getOffset();
	}

	/**
	 * Single spaces around the element's own keywords, except inside numbers, dates and periods; no space before
	 * {@code , : ]} and after {@code [}.
	 */
	private void normalizeSpacing(EObject element, IFormattableDocument doc) {
		var own = getTextRegionAccess().regionForEObject(element);
		if (own != null) {
			for (ISemanticRegion region : own.getSemanticRegions()) {
				if (region.getGrammarElement() instanceof Keyword keyword && spacedByDefault(keyword)) {
					doc.surround(region, it -> {
						it.lowPriority();
						it.oneSpace();
					});
				}
				// two words in a row (a name and its title, a number and a year): one space, not what was typed
				ISemanticRegion next = region.getNextSemanticRegion();
				if (next != null && !(region.getGrammarElement() instanceof Keyword)
						&& !(next.getGrammarElement() instanceof Keyword) && own.contains(next)) {
					doc.append(region, it -> {
						it.lowPriority();
						it.oneSpace();
					});
				}
			}
		}
		ISemanticRegionsFinder regions = regionFor(element);
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		}
		for (ISemanticRegion colon : regions.keywords(":")) {
			doc.prepend(colon, it -> it.noSpace());
			doc.append(colon, it -> it.oneSpace());
		}
		for (ISemanticRegion open : regions.keywords("[")) {
			doc.prepend(open, it -> it.oneSpace());
			doc.append(open, it -> it.noSpace());
		}
		for (ISemanticRegion close : regions.keywords("]")) {
			doc.prepend(close, it -> it.noSpace());
		}
		if (element instanceof Period && own != null) {
			// 1914..1918 and 1949.. in one piece; the space after an open end belongs to what follows.
			for (ISemanticRegion range : regions.keywords("..")) {
				ISemanticRegion from = range.getPreviousSemanticRegion();
				ISemanticRegion to = range.getNextSemanticRegion();
				if (from != null && own.contains(from)) {
					doc.prepend(range, it -> it.noSpace());
				}
				if (to != null && own.contains(to)) {
					doc.append(range, it -> it.noSpace());
				}
			}
		}
	}

	private static boolean spacedByDefault(Keyword keyword) {
		String value = keyword.getValue();
		if (List.of("..", ".", "-", "+", "{", "}", "[", "]", ",", ":").contains(value)) {
			return false;
		}
		String rule = GrammarUtil.containingRule(keyword).getName();
		return !List.of("Decimal", "DecimalObject", "QualifiedName", "Year").contains(rule);
	}
}
