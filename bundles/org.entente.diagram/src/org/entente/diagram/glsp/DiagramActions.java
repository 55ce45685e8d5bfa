package org.entente.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * The actions of the Entente diagram beyond GLSP's own, sent by the web client ({@code client/src/actions.ts}).
 * Gson fills their fields; each needs a public no-argument constructor.
 */
public final class DiagramActions {
	private DiagramActions() {
	}

	/** Show another year. */
	public static final class SetYear extends Action {
		/** The kind. */
		public static final String KIND = "entente.setYear";
		private int year;

		/** For Gson. */
		public SetYear() {
			super(KIND);
		}

		/** Show {@code year}. */
		public SetYear(int year) {
			this();
			this.year = year;
		}

		/** The year. */
		public int year() {
			return year;
		}
	}

	/** Switch a filter on or off. */
	public static final class SetFilter extends Action {
		/** The kind. */
		public static final String KIND = "entente.setFilter";
		private String filter;
		private boolean visible;

		/** For Gson. */
		public SetFilter() {
			super(KIND);
		}

		/** Show ({@code visible}) or hide what {@code filter} selects. */
		public SetFilter(String filter, boolean visible) {
			this();
			this.filter = filter;
			this.visible = visible;
		}

		/** The filter key. */
		public String filter() {
			return filter;
		}

		/** Whether its elements are shown. */
		public boolean visible() {
			return visible;
		}
	}

	/** Choose the automatic layout. */
	public static final class SetLayout extends Action {
		/** The kind. */
		public static final String KIND = "entente.setLayout";
		private String algorithm;

		/** For Gson. */
		public SetLayout() {
			super(KIND);
		}

		/** Use the algorithm with this key. */
		public SetLayout(String algorithm) {
			this();
			this.algorithm = algorithm;
		}

		/** The algorithm key. */
		public String algorithm() {
			return algorithm;
		}
	}

	/** Forget the manual positions: lay everything out automatically. */
	public static final class AutoLayout extends Action {
		/** The kind. */
		public static final String KIND = "entente.autoLayout";

		/** For Gson. */
		public AutoLayout() {
			super(KIND);
		}
	}

	/** The client's selection changed. */
	public static final class SelectionChanged extends Action {
		/** The kind. */
		public static final String KIND = "entente.selectionChanged";
		private List<String> selectedElementIds = List.of();

		/** For Gson. */
		public SelectionChanged() {
			super(KIND);
		}

		/** The selected diagram ids. */
		public List<String> selectedElementIds() {
			return selectedElementIds == null ? List.of() : selectedElementIds;
		}
	}

	/** Show an element's text (double-click). */
	public static final class Reveal extends Action {
		/** The kind. */
		public static final String KIND = "entente.reveal";
		private String elementId;

		/** For Gson. */
		public Reveal() {
			super(KIND);
		}

		/** The diagram id. */
		public String elementId() {
			return elementId;
		}
	}

	/** The client exported the diagram as an image. */
	public static final class Exported extends Action {
		/** The kind. */
		public static final String KIND = "entente.exported";
		private String format;
		private String data;

		/** For Gson. */
		public Exported() {
			super(KIND);
		}

		/** {@code svg} or {@code png}. */
		public String format() {
			return format;
		}

		/** The SVG text, or the PNG in base 64. */
		public String data() {
			return data;
		}
	}

	/**
	 * Sent by the server to itself when the document changed elsewhere (the text editor, the file): the diagram is
	 * recomputed on the dispatcher's thread, in order with the client's actions.
	 */
	public static final class TextChanged extends Action {
		/** The kind. */
		public static final String KIND = "entente.textChanged";

		/** For Gson. */
		public TextChanged() {
			super(KIND);
		}
	}

	/** Sent by the server to itself: select the element whose text contains an offset (the text editor's caret). */
	public static final class SelectAt extends Action {
		/** The kind. */
		public static final String KIND = "entente.selectAt";
		private int offset;

		/** For Gson. */
		public SelectAt() {
			super(KIND);
		}

		/** Select at {@code offset}. */
		public SelectAt(int offset) {
			this();
			this.offset = offset;
		}

		/** The offset in the scenario text. */
		public int offset() {
			return offset;
		}
	}
}
