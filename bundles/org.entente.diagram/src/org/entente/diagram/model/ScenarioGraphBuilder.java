package org.entente.diagram.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.entente.model.Alliance;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.State;
import org.entente.model.TieKind;
import org.entente.model.world.AllianceView;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.MemberView;
import org.entente.model.world.StateView;
import org.entente.model.world.ThreatView;
import org.entente.model.world.TieView;
import org.entente.model.world.World;

/**
 * Builds the diagram of a scenario's world in one year: states sized by their share of the system's capabilities
 * (with a badge for major powers), alliance hubs styled by obligation and basis with their members, ties coloured
 * by sign and drawn as wide as they are strong, and threats as arrows. Filters leave out layers. Nodes get sizes
 * here; positions come from {@link org.entente.diagram.layout.DiagramLayouter}.
 */
public final class ScenarioGraphBuilder {
	/** Tie kinds whose ties are hostile; every other kind is cooperative. */
	private static final Set<TieKind> NEGATIVE_KINDS = Set.of(TieKind.RIVALRY, TieKind.HOSTILITY);
	private static final double STATE_MIN_WIDTH = 56;
	private static final double STATE_MIN_HEIGHT = 30;
	private static final double STATE_GROWTH_WIDTH = 84;
	private static final double STATE_GROWTH_HEIGHT = 34;
	private static final double ALLIANCE_HEIGHT = 28;
	private static final double LABEL_PADDING = 20;

	private final World world;
	private final DiagramView view;
	private final Resource ownResource;
	private final YearRange years;

	/**
	 * @param world the world to draw
	 * @param view the year, filters and layout chosen
	 * @param ownResource the resource of the diagram's file: elements from other files (a variant's base, imports)
	 *        are marked {@code foreign} and are not editable here
	 * @param years the years the year slider spans
	 */
	public ScenarioGraphBuilder(World world, DiagramView view, Resource ownResource, YearRange years) {
		this.world = world;
		this.view = view;
		this.ownResource = ownResource;
		this.years = years;
	}

	/** Builds the graph. */
	public DiagramContent build() {
		Map<String, EObject> elements = new LinkedHashMap<>();
		Map<State, Double> shares = CapabilityIndex.of(world);
		double largestShare = shares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);

		Set<State> shownStates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (StateView state : world.states()) {
			if (view.shows(regionFilter(state.state()))) {
				shownStates.add(state.state());
			}
		}

		List<GModelElement> edges = new ArrayList<>();
		Set<State> connected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		Map<String, GNode> allianceNodes = new LinkedHashMap<>();
		Map<State, GNode> stateNodes = new IdentityHashMap<>();
		// State nodes are needed as edge ends before we know which are isolated; build them all, add the kept ones.
		for (StateView state : world.states()) {
			if (shownStates.contains(state.state())) {
				stateNodes.put(state.state(), stateNode(state, shares.getOrDefault(state.state(), 0.0), largestShare));
			}
		}
		for (AllianceView alliance : world.alliances()) {
			Alliance model = alliance.alliance();
			if (!view.shows(allianceFilter(model.getObligation()))) {
				continue;
			}
			GNode hub = allianceNode(model);
			allianceNodes.put(hub.getId(), hub);
			elements.put(hub.getId(), model);
			Map<State, Integer> ordinals = new IdentityHashMap<>();
			for (MemberView member : alliance.members()) {
				GNode stateNode = stateNodes.get(member.state());
				if (stateNode == null) {
					continue;
				}
				int ordinal = ordinals.merge(member.state(), 1, Integer::sum) - 1;
				String id = ElementIds.membership(model, member.state(), ordinal);
				edges.add(new GEdgeBuilder(DiagramTypes.MEMBERSHIP).id(id).source(stateNode).target(hub)
						.addCssClass("role-" + member.role().getName())
						.addArgument("role", member.role().getName())
						.build());
				elements.put(id, membership(model, member.state()));
				connected.add(member.state());
			}
		}
		if (view.shows(DiagramFilter.THREATS)) {
			for (ThreatView threat : world.threats()) {
				GNode perceiver = stateNodes.get(threat.perceiver());
				GNode target = stateNodes.get(threat.target());
				if (perceiver == null || target == null) {
					continue;
				}
				String id = ElementIds.threat(threat.threat());
				GEdgeBuilder edge = new GEdgeBuilder(DiagramTypes.THREAT).id(id).source(perceiver).target(target)
						.addArgument("level", threat.level());
				markForeign(edge, threat.threat());
				edges.add(edge.build());
				elements.put(id, threat.threat());
				connected.add(threat.perceiver());
				connected.add(threat.target());
			}
		}
		Map<String, Integer> tieIds = new HashMap<>();
		for (TieView tie : world.ties()) {
			if (!view.shows(tieFilter(tie.kind()))) {
				continue;
			}
			GNode source = stateNodes.get(tie.source());
			GNode target = stateNodes.get(tie.target());
			if (source == null || target == null) {
				continue;
			}
			String baseId = ElementIds.tie(tie.tie(), 0);
			int ordinal = tieIds.merge(baseId, 1, Integer::sum) - 1;
			String id = ElementIds.tie(tie.tie(), ordinal);
			GEdgeBuilder edge = new GEdgeBuilder(DiagramTypes.TIE).id(id).source(source).target(target)
					.addCssClass("tie-" + tie.kind().getName())
					.addCssClass(NEGATIVE_KINDS.contains(tie.kind()) ? "sign-negative" : "sign-positive")
					.addArgument("kind", tie.kind().getName())
					.addArgument("strength", tie.strength());
			if (tie.directed()) {
				edge.addCssClass("directed");
			}
			markForeign(edge, tie.tie());
			edges.add(edge.build());
			elements.put(id, tie.tie());
			connected.add(tie.source());
			connected.add(tie.target());
		}

		GGraphBuilder graph = new GGraphBuilder(DiagramTypes.GRAPH).id("graph");
		for (StateView state : world.states()) {
			GNode node = stateNodes.get(state.state());
			if (node == null || !view.shows(DiagramFilter.ISOLATED_STATES) && !connected.contains(state.state())) {
				continue;
			}
			graph.add(node);
			elements.put(node.getId(), state.state());
		}
		allianceNodes.values().forEach(graph::add);
		edges.forEach(graph::add);

		List<DiagramFilter> filters = filters();
		graph.addArgument("year", view.year())
				.addArgument("firstYear", years.first())
				.addArgument("lastYear", years.last())
				.addArgument("layout", view.algorithm().key())
				.addArgument("scenario", world.scenario().getName())
				.addArgument("variant", world.scenario().getBase() != null);
		for (DiagramFilter filter : filters) {
			graph.addArgument("filter." + filter.key(), view.shows(filter.key()));
			graph.addArgument("filterLabel." + filter.key(), filter.label());
		}
		return new DiagramContent(graph.build(), elements, filters);
	}

	private GNode stateNode(StateView state, double share, double largestShare) {
		State model = state.state();
		String id = ElementIds.state(model);
		double scale = largestShare <= 0 ? 0 : Math.sqrt(share / largestShare);
		String code = model.getName();
		double width = Math.max(STATE_MIN_WIDTH + STATE_GROWTH_WIDTH * scale, LabelMetrics.width(code) + LABEL_PADDING);
		double height = STATE_MIN_HEIGHT + STATE_GROWTH_HEIGHT * scale;
		GNodeBuilder node = new GNodeBuilder(DiagramTypes.STATE).id(id).size(width, height)
				.addArgument("code", code)
				.addArgument("title", model.getLabel() == null ? code : model.getLabel())
				.addArgument("share", share)
				.addArgument("majorPower", state.majorPower())
				.addArgument("region", model.getRegion() == null ? "" : model.getRegion())
				.add(nameLabel(id, code, width, height));
		if (state.majorPower()) {
			node.addCssClass("major-power");
			node.add(new GLabelBuilder(DiagramTypes.BADGE_LABEL).id(id + "#badge").text("\u2605")
					.position(width - 9, 12).build());
		}
		markForeign(node, model);
		return node.build();
	}

	private GNode allianceNode(Alliance alliance) {
		String id = ElementIds.alliance(alliance);
		String name = alliance.getName();
		double width = LabelMetrics.width(name) + 2 * LABEL_PADDING;
		GNodeBuilder node = new GNodeBuilder(DiagramTypes.ALLIANCE).id(id).size(width, ALLIANCE_HEIGHT)
				.addCssClass("obligation-" + alliance.getObligation().getName())
				.addCssClass("basis-" + (alliance.isSetBasis() ? alliance.getBasis().getName() : "unknown"))
				.addArgument("title", alliance.getTitle() == null ? name : alliance.getTitle())
				.addArgument("obligation", alliance.getObligation().getName())
				.addArgument("basis", alliance.isSetBasis() ? alliance.getBasis().getName() : "unknown")
				.add(nameLabel(id, name, width, ALLIANCE_HEIGHT));
		if (alliance.eIsSet(org.entente.model.EntentePackage.Literals.ALLIANCE__DEPTH)) {
			node.addArgument("depth", alliance.getDepth());
		}
		markForeign(node, alliance);
		return node.build();
	}

	private static GModelElement nameLabel(String ownerId, String text, double width, double height) {
		return new GLabelBuilder(DiagramTypes.NAME_LABEL).id(ElementIds.nameLabel(ownerId)).text(text)
				.position(width / 2, height / 2 + LabelMetrics.FONT_SIZE / 3).build();
	}

	private void markForeign(org.eclipse.glsp.graph.builder.GModelElementBuilder<?, ?> builder, EObject element) {
		if (element.eResource() != ownResource) {
			builder.addCssClass("foreign");
		}
	}

	private static EObject membership(Alliance alliance, State state) {
		for (Membership membership : alliance.getMemberships()) {
			if (membership.getState() == state) {
				return membership;
			}
		}
		// An accession in a variant: the member comes from a change, not a membership in the text.
		return alliance;
	}

	private List<DiagramFilter> filters() {
		Set<ObligationKind> obligations = new TreeSet<>();
		Set<TieKind> tieKinds = new TreeSet<>();
		Set<String> regions = new TreeSet<>();
		boolean stateWithoutRegion = false;
		for (AllianceView alliance : world.alliances()) {
			obligations.add(alliance.alliance().getObligation());
		}
		for (TieView tie : world.ties()) {
			tieKinds.add(tie.kind());
		}
		for (StateView state : world.states()) {
			String region = state.state().getRegion();
			if (region == null || region.isBlank()) {
				stateWithoutRegion = true;
			} else {
				regions.add(region);
			}
		}
		Set<String> keys = new LinkedHashSet<>();
		List<DiagramFilter> filters = new ArrayList<>();
		for (ObligationKind obligation : obligations) {
			add(filters, keys, allianceFilter(obligation), words(obligation.getName()) + " alliances");
		}
		for (TieKind kind : tieKinds) {
			add(filters, keys, tieFilter(kind), capitalize(words(kind.getName())) + " ties");
		}
		add(filters, keys, DiagramFilter.THREATS, "Threats");
		for (String region : regions) {
			add(filters, keys, "region." + region, region);
		}
		if (stateWithoutRegion) {
			add(filters, keys, DiagramFilter.NO_REGION, "No region");
		}
		add(filters, keys, DiagramFilter.ISOLATED_STATES, "States without ties");
		// A filter switched off stays listed even when this year has nothing of its kind, so it can be switched on.
		for (String hidden : view.hiddenFilters()) {
			add(filters, keys, hidden, hidden.substring(hidden.indexOf('.') + 1));
		}
		return filters;
	}

	private static void add(List<DiagramFilter> filters, Set<String> keys, String key, String label) {
		if (keys.add(key)) {
			filters.add(new DiagramFilter(key, label));
		}
	}

	/** The filter key of an alliance obligation. */
	public static String allianceFilter(ObligationKind obligation) {
		return "alliance." + obligation.getName();
	}

	/** The filter key of a tie kind. */
	public static String tieFilter(TieKind kind) {
		return "tie." + kind.getName();
	}

	/** The filter key of a state's region. */
	public static String regionFilter(State state) {
		String region = state.getRegion();
		return region == null || region.isBlank() ? DiagramFilter.NO_REGION : "region." + region;
	}

	/** {@code armsTransfer} as {@code arms transfer}: the enum names are camel case. */
	public static String words(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** The text with its first letter upper case. */
	public static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
