/*
 * Glue between the GLSP diagram and the HTML toolbar: observes models coming from the server,
 * forwards the custom Entente actions, reports selection changes and double-clicks.
 */
import {
    Action,
    Args,
    EditorContextService,
    GChildElement,
    GLSPActionDispatcher,
    GLSPModelSource,
    GModelElement,
    GModelRoot,
    GModelRootSchema,
    IActionHandler,
    IGModelRootListener,
    ISelectionListener,
    MouseListener,
    SelectAction,
    SelectAllAction,
    SelectionService,
    ServerAction,
    SetModelAction,
    UpdateModelAction,
    isEditableLabel
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { RevealAction, SelectionChangedAction } from './actions';

/** What the toolbar needs to know about the current model (read from the root `graph` args). */
export interface GraphState {
    revision?: number;
    year?: number;
    firstYear?: number;
    lastYear?: number;
    layout?: string;
    /** key `<group>.<name>` -> visible */
    filters: Map<string, boolean>;
    /** key `<group>.<name>` -> display label */
    filterLabels: Map<string, string>;
}

export type GraphStateListener = (state: GraphState) => void;
export type RenderedListener = (root: Readonly<GModelRoot>) => void;

function toNumber(value: unknown): number | undefined {
    if (typeof value === 'number' && isFinite(value)) {
        return value;
    }
    if (typeof value === 'string' && value.trim() !== '' && isFinite(Number(value))) {
        return Number(value);
    }
    return undefined;
}

export function readGraphState(args: Args | undefined, revision?: number): GraphState {
    const state: GraphState = { revision, filters: new Map(), filterLabels: new Map() };
    if (!args) {
        return state;
    }
    state.year = toNumber(args['year']);
    state.firstYear = toNumber(args['firstYear']);
    state.lastYear = toNumber(args['lastYear']);
    state.layout = typeof args['layout'] === 'string' ? (args['layout'] as string) : undefined;
    for (const key of Object.keys(args)) {
        const value = args[key];
        if (key.startsWith('filter.')) {
            state.filters.set(key.substring('filter.'.length), value === true || value === 'true');
        } else if (key.startsWith('filterLabel.')) {
            state.filterLabels.set(key.substring('filterLabel.'.length), String(value));
        }
    }
    return state;
}

function selectionKey(ids: Iterable<string>): string {
    return JSON.stringify([...ids].sort());
}

@injectable()
export class EntenteController implements IActionHandler, IGModelRootListener, ISelectionListener {
    @inject(GLSPActionDispatcher) protected actionDispatcher: GLSPActionDispatcher;
    @inject(GLSPModelSource) protected modelSource: GLSPModelSource;
    @inject(SelectionService) protected selectionService: SelectionService;
    @inject(EditorContextService) protected editorContext: EditorContextService;

    protected graphStateListeners: GraphStateListener[] = [];
    protected renderedListeners: RenderedListener[] = [];
    protected lastSelectionKey = selectionKey([]);
    protected expectedServerSelectionKey?: string;
    protected _lastState?: GraphState;

    get lastState(): GraphState | undefined {
        return this._lastState;
    }

    get readonly(): boolean {
        return this.editorContext.isReadonly;
    }

    onGraphState(listener: GraphStateListener): void {
        this.graphStateListeners.push(listener);
        if (this._lastState) {
            listener(this._lastState);
        }
    }

    onRendered(listener: RenderedListener): void {
        this.renderedListeners.push(listener);
    }

    /**
     * Sends a custom action to the server. Dispatched normally when the server declared a handler for
     * its kind (the usual GLSP way), otherwise forwarded to the server directly.
     */
    send(action: Action): void {
        try {
            if (this.actionDispatcher.hasHandler(action)) {
                this.actionDispatcher.dispatch(action);
            } else {
                this.modelSource.handle(action);
            }
        } catch (error) {
            console.warn('Entente: could not send action to the server', action, error);
        }
    }

    dispatch(action: Action): Promise<void> {
        return this.actionDispatcher.dispatch(action);
    }

    // IActionHandler: setModel, updateModel, elementSelected, allSelected
    handle(action: Action): void {
        if (SetModelAction.is(action) || UpdateModelAction.is(action)) {
            this.modelReceived(action.newRoot);
        } else if (SelectAction.is(action) && ServerAction.is(action)) {
            const current = new Set(this.selectionService.getSelectedElementIDs());
            if (action.deselectAll) {
                current.clear();
            }
            (action.deselectedElementsIDs ?? []).forEach(id => current.delete(id));
            (action.selectedElementsIDs ?? []).forEach(id => current.add(id));
            this.expectedServerSelectionKey = selectionKey(current);
        } else if (SelectAllAction.is(action) && ServerAction.is(action)) {
            this.expectedServerSelectionKey = undefined;
        }
    }

    protected modelReceived(root: GModelRootSchema | undefined): void {
        if (!root || root.type === 'NONE' || root.id === 'EMPTY') {
            return;
        }
        const args = (root as GModelRootSchema & { args?: Args }).args;
        const state = readGraphState(args, root.revision);
        this._lastState = state;
        this.graphStateListeners.forEach(listener => listener(state));
    }

    // IGModelRootListener: called after a setModel/updateModel command has been executed and rendered
    modelRootChanged(root: Readonly<GModelRoot>): void {
        if (root.type === 'NONE' || root.id === 'EMPTY') {
            return;
        }
        this.renderedListeners.forEach(listener => listener(root));
    }

    // ISelectionListener
    selectionChanged(_root: Readonly<GModelRoot>, selectedElements: string[]): void {
        const key = selectionKey(selectedElements);
        if (this.expectedServerSelectionKey !== undefined && key === this.expectedServerSelectionKey) {
            // echo of a selection the server asked for: the server knows it already
            this.expectedServerSelectionKey = undefined;
            this.lastSelectionKey = key;
            return;
        }
        this.expectedServerSelectionKey = undefined;
        if (key === this.lastSelectionKey) {
            return;
        }
        this.lastSelectionKey = key;
        this.send(SelectionChangedAction.create([...selectedElements]));
    }
}

/** Double-click on a node or edge sends `entente.reveal` (double-click on an editable name label edits it instead). */
@injectable()
export class RevealMouseListener extends MouseListener {
    @inject(EntenteController) protected controller: EntenteController;
    @inject(EditorContextService) protected editorContext: EditorContextService;

    override doubleClick(target: GModelElement, _event: MouseEvent): Action[] {
        if (isEditableLabel(target) && !this.editorContext.isReadonly) {
            return [];
        }
        let element: GModelElement | undefined = target;
        // labels and other decorations reveal their owner
        while (element instanceof GChildElement && !(element.type.startsWith('node') || element.type.startsWith('edge'))) {
            element = element.parent;
        }
        if (element && element instanceof GChildElement) {
            this.controller.send(RevealAction.create(element.id));
        }
        return [];
    }
}
