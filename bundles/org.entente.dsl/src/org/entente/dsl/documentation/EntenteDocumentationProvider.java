package org.entente.dsl.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.entente.model.Alliance;
import org.entente.model.Annotated;
import org.entente.model.Objective;
import org.entente.model.Scenario;
import org.entente.model.Source;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.Tie;
import org.entente.model.world.Years;

/**
 * The summary shown when hovering over an element or a reference to it: what the element is, its key facts, and the
 * sources it cites, so an analyst can see where a number comes from without leaving the line.
 */
public class EntenteDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		List<String> lines = new ArrayList<>();
		if (element instanceof State state) {
			lines.add(join(state.getLabel(), state.getRegion() == null ? null : "region " + state.getRegion(),
					state.getCcode() == null ? null : "COW ccode " + state.getCcode()));
			if (!state.getMajorPowerSpells().isEmpty()) {
				lines.add("Major power " + state.getMajorPowerSpells().stream().map(Years::format)
						.collect(Collectors.joining(", ")));
			}
			if (state.getCapabilities() != null && !state.getCapabilities().getPoints().isEmpty()) {
				lines.add("Capabilities given for " + state.getCapabilities().getPoints().size() + " years ("
						+ state.getCapabilities().getInterpolation() + " between them)");
			}
		} else if (element instanceof Alliance alliance) {
			lines.add(join(alliance.getTitle(), alliance.getObligation() + " pact",
					alliance.isSetBasis() ? alliance.getBasis() + " basis" : null, "depth " + alliance.getDepth(),
					alliance.getPeriod() == null ? null : Years.format(alliance.getPeriod()),
					alliance.getAtopId() == null ? null : "ATOP " + alliance.getAtopId()));
			lines.add("Members: " + alliance.getMemberships().stream()
					.map(m -> m.getState() == null ? "?" : m.getState().getName()).collect(Collectors.joining(", ")));
		} else if (element instanceof Tie tie) {
			lines.add(join(tie.getKind() + " tie", name(tie.getSource()) + (tie.isDirected() ? " -> " : " -- ")
					+ name(tie.getTarget()), "strength " + tie.getStrength(),
					tie.getPeriod() == null ? null : Years.format(tie.getPeriod())));
		} else if (element instanceof Threat threat) {
			lines.add(join(name(threat.getPerceiver()) + " fears " + name(threat.getTarget()),
					"level " + threat.getLevel(), threat.getPeriod() == null ? null : Years.format(threat.getPeriod())));
		} else if (element instanceof Objective objective) {
			lines.add(join(objective.getTitle(), objective.getDescription()));
			lines.add(objective.getStances().size() + " stances");
		} else if (element instanceof Scenario scenario) {
			lines.add(join(scenario.getTitle(), scenario.getPeriod() == null ? null : Years.format(scenario.getPeriod()),
					scenario.getBase() == null ? null : "variant of " + scenario.getBase().getName()));
			if (scenario.getDescription() != null) {
				lines.add(scenario.getDescription());
			}
		} else if (element instanceof Source source) {
			lines.add(join(source.getText(), source.getLink()));
		}
		if (element instanceof Annotated annotated) {
			if (annotated.getNote() != null) {
				lines.add("Note: " + annotated.getNote());
			}
			for (Source source : annotated.getSources()) {
				if (!source.eIsProxy()) {
					lines.add("Source: " + join(source.getText(), source.getLink()));
				}
			}
		}
		lines.removeIf(line -> line == null || line.isBlank());
		return lines.isEmpty() ? null : String.join("\n\n", lines);
	}

	private static String name(State state) {
		return state == null || state.getName() == null ? "?" : state.getName();
	}

	private static String join(String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part);
			}
		}
		return String.join(" · ", present);
	}
}
