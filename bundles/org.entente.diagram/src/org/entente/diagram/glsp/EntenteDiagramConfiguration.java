package org.entente.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.entente.diagram.model.DiagramTypes;
import org.entente.model.TieKind;

/**
 * The diagram's types and what the client may do with them. The server sizes and lays out everything itself (ELK,
 * and the manual positions), so the client needs no layout pass of its own.
 */
public class EntenteDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		mappings.put(DiagramTypes.STATE, GraphPackage.Literals.GNODE);
		mappings.put(DiagramTypes.ALLIANCE, GraphPackage.Literals.GNODE);
		mappings.put(DiagramTypes.MEMBERSHIP, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.TIE, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.THREAT, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.NAME_LABEL, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramTypes.BADGE_LABEL, GraphPackage.Literals.GLABEL);
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return List.of(new ShapeTypeHint(DiagramTypes.STATE, true, true, false, false),
				new ShapeTypeHint(DiagramTypes.ALLIANCE, true, true, false, false));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<String> state = List.of(DiagramTypes.STATE);
		List<String> stateOrAlliance = List.of(DiagramTypes.STATE, DiagramTypes.ALLIANCE);
		List<EdgeTypeHint> hints = new ArrayList<>();
		hints.add(new EdgeTypeHint(DiagramTypes.MEMBERSHIP, false, true, false, stateOrAlliance, stateOrAlliance));
		hints.add(new EdgeTypeHint(DiagramTypes.THREAT, false, true, false, state, state));
		hints.add(new EdgeTypeHint(DiagramTypes.TIE, false, true, false, state, state));
		for (TieKind kind : TieKind.VALUES) {
			hints.add(new EdgeTypeHint(CreateEdgeHandler.TIE_PREFIX + kind.getName(), false, true, false, state,
					state));
		}
		return hints;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return true;
	}
}
