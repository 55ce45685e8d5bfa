package org.entente.diagram.glsp;

import java.io.IOException;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.entente.diagram.DiagramElement;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.ScenarioDocument;
import org.entente.diagram.layout.LayoutAlgorithm;
import org.entente.diagram.layout.LayoutFile;
import org.entente.diagram.layout.Position;
import org.entente.diagram.model.DiagramView;
import org.entente.diagram.model.ElementIds;
import org.entente.diagram.model.YearRange;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.edit.ScenarioItems;
import org.entente.model.edit.ScenarioItems.Property;

import com.google.inject.Singleton;

/**
 * One client's diagram session: the document it shows, the parsed scenario, the view (year, filters, layout) and
 * the manual positions, besides GLSP's graph and command stack.
 */
@Singleton
public class EntenteModelState extends DefaultGModelState {
	private static final Logger LOG = LogManager.getLogger(EntenteModelState.class);
	private final ScenarioLoader loader = ScenarioLoader.shared();
	private DiagramInputs.Input input;
	private LoadedScenario parsed;
	private String parsedText;
	private DiagramView view;
	private YearRange years;
	private LayoutFile.Content layout = new LayoutFile.Content();
	private Map<String, EObject> elements = Map.of();
	private String lastOwnText;
	/** False while the layout file could not be read: it is only replaced once the user moves a node. */
	private boolean layoutWritable = true;

	@Override
	public void init() {
		super.init();
		setCommandStack(new DiagramCommandStack());
	}

	/** Binds the session to its document and reads the layout file (an unreadable one is reported, not lost). */
	public Optional<String> attach(DiagramInputs.Input newInput) {
		this.input = newInput;
		String problem = null;
		java.nio.file.Path layoutFile = newInput.document().layoutFile();
		if (layoutFile != null) {
			try {
				layout = LayoutFile.read(layoutFile);
			} catch (IOException unreadable) {
				problem = unreadable.getMessage() + " - the diagram starts from an automatic layout and will not"
						+ " overwrite that file until you move a node.";
				LOG.warn(problem);
				layout = new LayoutFile.Content();
				layoutWritable = false;
			}
		}
		LoadedScenario scenario = parsed();
		years = scenario.scenario() == null ? new YearRange(Year.now().getValue(), Year.now().getValue())
				: YearRange.of(scenario.scenario(), Year.now().getValue());
		int year = years.clamp(layout.year() != null ? layout.year() : years.last());
		LayoutAlgorithm algorithm = layout.algorithm() != null ? layout.algorithm() : LayoutAlgorithm.LAYERED;
		view = new DiagramView(year, layout.hiddenFilters(), algorithm);
		return Optional.ofNullable(problem);
	}

	/** The input this session shows. */
	public DiagramInputs.Input input() {
		return input;
	}

	/** Its document. */
	public ScenarioDocument document() {
		return input.document();
	}

	/**
	 * The document's current text, parsed (once per text). The text is read before taking this state's lock: a
	 * workbench document reads it on the display thread, which must never wait for this lock.
	 */
	public LoadedScenario parsed() {
		String text = input.document().text();
		synchronized (this) {
			if (parsed == null || !text.equals(parsedText)) {
				parsed = loader.parse(input.document().uri(), text);
				parsedText = text;
				if (parsed.scenario() != null) {
					years = YearRange.of(parsed.scenario(), Year.now().getValue());
				}
			}
			return parsed;
		}
	}

	/** The years the slider spans. */
	public YearRange years() {
		return years;
	}

	/** The view. */
	public DiagramView view() {
		return view;
	}

	/** Changes the view and remembers it in the layout file. */
	public void setView(DiagramView newView) {
		view = newView;
		layout.setView(newView.year(), newView.algorithm(), newView.hiddenFilters());
		saveLayout();
	}

	/** The positions the user placed by hand. */
	public Map<String, Position> positions() {
		return layout.positions();
	}

	/** Replaces the manual positions and saves them (over an unreadable layout file too: the user moved a node). */
	public void setPositions(Map<String, Position> positions) {
		layout.setPositions(positions);
		layoutWritable = true;
		saveLayout();
	}

	/** Pins one node, keeping the other pins. */
	public void pin(String id, Position position) {
		Map<String, Position> positions = new HashMap<>(layout.positions());
		positions.put(id, position);
		setPositions(positions);
	}

	/** Moves a node's pin to a new id (after a rename). */
	public void repin(String oldId, String newId) {
		Map<String, Position> positions = new HashMap<>(layout.positions());
		Position position = positions.remove(oldId);
		if (position != null) {
			positions.put(newId, position);
			setPositions(positions);
		}
	}

	/** Records that this session itself set the document's text to {@code text} (an edit, an undo or a redo). */
	public void ownText(String text) {
		lastOwnText = text;
	}

	/** Whether {@code text} is what this session itself last set. */
	public boolean isOwnText(String text) {
		return text.equals(lastOwnText);
	}

	/** Forgets the undo history: the text changed behind the diagram's back, so its commands no longer apply. */
	public void flushHistory() {
		if (commandStack != null) {
			commandStack.flush();
		}
	}

	/** Records the scenario elements of the graph just built. */
	void setElements(Map<String, EObject> newElements) {
		elements = newElements;
	}

	/** The scenario element shown by the diagram element (or label) with this id. */
	public Optional<EObject> element(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(elements.get(ElementIds.owner(id)));
	}

	/** The EMF URI of the scenario element shown by this diagram element. */
	public Optional<URI> elementUri(String id) {
		return element(id).map(EcoreUtil::getURI);
	}

	/** The diagram id of the element showing the scenario element at {@code uri}. */
	public Optional<String> idOf(URI uri) {
		return elements.entrySet().stream().filter(entry -> EcoreUtil.getURI(entry.getValue()).equals(uri))
				.map(Map.Entry::getKey).findFirst();
	}

	/** Whether an element other than the one behind {@code diagramId} has this name in the scenario's text. */
	public boolean isNameTaken(String name, String diagramId) {
		EObject renamed = element(diagramId).orElse(null);
		LoadedScenario scenario = parsed();
		if (scenario.scenario() == null) {
			return false;
		}
		for (var contents = scenario.scenario().eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof org.entente.model.NamedElement named && named != renamed
					&& name.equals(named.getName())) {
				return true;
			}
		}
		return false;
	}

	/** The innermost diagram element (node or edge) whose scenario text contains {@code offset}. */
	public Optional<String> idAt(int offset) {
		String best = null;
		int bestLength = Integer.MAX_VALUE;
		for (Map.Entry<String, EObject> entry : elements.entrySet()) {
			if (entry.getValue().eResource() != parsed.resource()) {
				continue;
			}
			ICompositeNode node = NodeModelUtils.findActualNodeFor(entry.getValue());
			if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset()
					&& node.getLength() < bestLength) {
				best = entry.getKey();
				bestLength = node.getLength();
			}
		}
		return Optional.ofNullable(best);
	}

	/** Where the element with this diagram id is written, and what the scenario says of it. */
	public Optional<DiagramElement> locate(String id) {
		return element(id).map(element -> {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			URI uri = EcoreUtil.getURI(element);
			List<Property> properties = ScenarioItems.describe(element);
			return node == null ? new DiagramElement(ElementIds.owner(id), uri, 0, 0, 1, properties)
					: new DiagramElement(ElementIds.owner(id), uri, node.getOffset(), node.getLength(),
							node.getStartLine(), properties);
		});
	}

	/** Where each of these elements is written, skipping ids without one. */
	public List<DiagramElement> locate(List<String> ids) {
		return ids.stream().map(this::locate).flatMap(Optional::stream).toList();
	}

	private void saveLayout() {
		java.nio.file.Path file = input == null ? null : input.document().layoutFile();
		if (file == null || !layoutWritable) {
			return;
		}
		try {
			LayoutFile.write(file, layout);
			input.document().layoutFileWritten();
		} catch (IOException failed) {
			LOG.warn("Could not save the diagram layout to " + file + ": " + failed.getMessage());
		}
	}
}
