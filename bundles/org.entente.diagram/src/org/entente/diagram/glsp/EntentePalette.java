package org.entente.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.entente.diagram.model.DiagramTypes;
import org.entente.diagram.model.ScenarioGraphBuilder;
import org.entente.model.TieKind;

/** The palette: elements, relations, and one tool per tie kind (the kind decides the sign). */
public class EntentePalette implements ToolPaletteItemProvider {

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> elements = List.of(
				new PaletteItem("create-state", "State", new TriggerNodeCreationAction(DiagramTypes.STATE),
						"symbol-class", "a"),
				new PaletteItem("create-alliance", "Alliance", new TriggerNodeCreationAction(DiagramTypes.ALLIANCE),
						"symbol-namespace", "b"));
		List<PaletteItem> relations = List.of(
				new PaletteItem("create-membership", "Membership",
						new TriggerEdgeCreationAction(DiagramTypes.MEMBERSHIP), "symbol-event", "a"),
				new PaletteItem("create-threat", "Threat", new TriggerEdgeCreationAction(DiagramTypes.THREAT),
						"warning", "b"));
		List<PaletteItem> ties = new ArrayList<>();
		int order = 0;
		for (TieKind kind : TieKind.VALUES) {
			ties.add(new PaletteItem("create-tie-" + kind.getName(), label(kind),
					new TriggerEdgeCreationAction(CreateEdgeHandler.TIE_PREFIX + kind.getName()), "arrow-both",
					String.valueOf((char) ('a' + order++))));
		}
		return List.of(PaletteItem.createPaletteGroup("elements", "Elements", elements, "symbol-property"),
				PaletteItem.createPaletteGroup("relations", "Relations", relations, "references"),
				PaletteItem.createPaletteGroup("ties", "Ties", ties, "git-compare"));
	}

	private static String label(TieKind kind) {
		return ScenarioGraphBuilder.capitalize(ScenarioGraphBuilder.words(kind.getName()));
	}
}
