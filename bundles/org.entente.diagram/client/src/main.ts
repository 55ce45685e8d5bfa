/*
 * Entry point of the Entente diagram page: index.html?token=T&uri=U[&readonly=true]
 * Connects to ws(s)://<same host:port>/glsp?token=T and loads the diagram of U.
 */
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    EditMode,
    FitToScreenAction,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    GModelRoot,
    MessageAction,
    StatusAction
} from '@eclipse-glsp/client';
import 'sprotty/css/edit-label.css';
import type { MessageConnection } from 'vscode-jsonrpc';
import '../css/entente.css';
import { AutoLayoutAction, ExportFormat, SetFilterAction, SetLayoutAction, SetYearAction } from './actions';
import { DIAGRAM_DIV_ID, createEntenteContainer } from './di.config';
import { EntenteController } from './entente-controller';
import { exportDiagram } from './export';
import { Toolbar } from './toolbar';

export const DIAGRAM_TYPE = 'entente-diagram';

/** Test hooks, read by browser/UI tests. */
export interface EntenteDiagramHooks {
    /** true once the first model has been rendered */
    ready: boolean;
    /** current year of the diagram (root arg `year`) */
    year: number | undefined;
    /** current model revision */
    revision: number | undefined;
    /** websocket connected and model requested */
    connected: boolean;
    /** number of elements matching a CSS selector inside the diagram SVG */
    count(selector: string): number;
    /** dispatches an action, as a host's menu does (undo, redo, delete, fit) */
    dispatch(action: { kind: string }): void;
}

declare global {
    interface Window {
        ententeDiagram: EntenteDiagramHooks;
        ententeExport(format: ExportFormat): Promise<string>;
    }
}

const params = new URLSearchParams(window.location.search);
const token = params.get('token') ?? '';
const sourceUri = params.get('uri') ?? '';
const readonly = params.get('readonly') === 'true';
const clientId = 'entente_' + Math.random().toString(36).substring(2, 10) + Date.now().toString(36);

const hooks: EntenteDiagramHooks = {
    ready: false,
    year: undefined,
    revision: undefined,
    connected: false,
    count(selector: string): number {
        const div = document.getElementById(DIAGRAM_DIV_ID);
        return div ? div.querySelectorAll(selector).length : 0;
    },
    dispatch(action: { kind: string }): void {
        if (action.kind === 'entente.fit') {
            fitToScreen(true);
            return;
        }
        actionDispatcher.dispatch(action as Action).catch(error => showError(`${action.kind} failed: ${error}`));
    }
};
window.ententeDiagram = hooks;
if (readonly) {
    document.body.classList.add('entente-readonly');
}

let glspClient: GLSPClient | undefined;
const container = createEntenteContainer({
    clientId,
    diagramType: DIAGRAM_TYPE,
    sourceUri,
    editMode: readonly ? EditMode.READONLY : EditMode.EDITABLE,
    glspClientProvider: async () => {
        if (!glspClient) {
            throw new Error('Not connected to the diagram server');
        }
        return glspClient;
    }
});
const actionDispatcher = container.get(GLSPActionDispatcher);
const controller = container.get(EntenteController);

function fitToScreen(animate: boolean): void {
    actionDispatcher.dispatch(FitToScreenAction.create([], { padding: 24, maxZoom: 1.5, animate }));
}

function showError(message: string): void {
    console.warn('Entente: ' + message);
    actionDispatcher.dispatch(MessageAction.create(message, { severity: 'ERROR' })).catch(() => undefined);
}

async function doExport(format: ExportFormat): Promise<string> {
    try {
        return await exportDiagram(format, actionDispatcher, controller);
    } catch (error) {
        showError(`Export as ${format.toUpperCase()} failed: ${error}`);
        throw error;
    }
}
window.ententeExport = format => doExport(format);

const toolbar = new Toolbar({
    setYear: year => controller.send(SetYearAction.create(year)),
    setFilter: (filter, visible) => controller.send(SetFilterAction.create(filter, visible)),
    setLayout: algorithm => controller.send(SetLayoutAction.create(algorithm)),
    autoLayout: () => controller.send(AutoLayoutAction.create()),
    fit: () => fitToScreen(true),
    exportAs: format => {
        doExport(format).catch(() => undefined);
    }
});

controller.onGraphState(state => {
    if (state.year !== undefined) {
        hooks.year = state.year;
    }
    toolbar.update(state);
});

let firstRender = true;
controller.onRendered((root: Readonly<GModelRoot>) => {
    hooks.revision = root.revision;
    if (firstRender) {
        firstRender = false;
        fitToScreen(false);
        if (window.innerWidth < 1000) {
            // A narrow editor: start with the palette folded (its button unfolds it), so it hides no nodes.
            // The palette arrives after the first model: wait for its button (up to 5 s).
            let attempts = 0;
            const fold = setInterval(() => {
                const button = document.querySelector<HTMLElement>('.minimize-palette-button > *');
                if (button || ++attempts > 50) {
                    clearInterval(fold);
                    button?.click();
                }
            }, 100);
        }
    }
    // after the DOM patch of this update
    requestAnimationFrame(() => {
        document.body.dataset.modelRevision = String(root.revision ?? '');
        hooks.ready = true;
        document.body.dataset.ready = 'true';
    });
});

/** Retries the first connection (the server may still be starting); reloads the page after a dropped connection. */
class EntenteWebSocketProvider extends GLSPWebSocketProvider {
    failedAttempts = 0;
    onFailedAttempt?: () => void;

    protected override createWebSocket(url: string): WebSocket {
        const socket = super.createWebSocket(url);
        let opened = false;
        socket.addEventListener('open', () => {
            opened = true;
            this.failedAttempts = 0;
        });
        socket.addEventListener('close', () => {
            if (!opened) {
                this.failedAttempts++;
                this.onFailedAttempt?.();
            }
        });
        return socket;
    }
}

const MAX_CONNECT_ATTEMPTS = 10;
const logger = {
    error: (message: string) => console.warn('Entente: ' + message),
    warn: (message: string) => console.info('Entente: ' + message),
    info: (message: string) => console.info('Entente: ' + message),
    log: (message: string) => console.log('Entente: ' + message)
};

async function initialize(connection: MessageConnection): Promise<void> {
    glspClient = new BaseJsonrpcGLSPClient({ id: 'entente-glsp', connectionProvider: connection });
    connection.onClose(() => {
        hooks.connected = false;
        toolbar.setStatus('Disconnected \u2013 reconnecting\u2026', 'error');
        // the server keeps the diagram state; a fresh page load reconnects and requests the model again
        setTimeout(() => window.location.reload(), 1500);
    });
    toolbar.setStatus('Loading\u2026', 'connecting');
    const loader = container.get(DiagramLoader);
    await loader.load({ requestModelOptions: { sourceUri } });
    hooks.connected = true;
    toolbar.setStatus('Connected', 'connected');
}

function connect(): void {
    if (!window.location.host) {
        toolbar.setStatus('No server (page not served over http)', 'error');
        return;
    }
    const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${protocol}://${window.location.host}/glsp?token=${encodeURIComponent(token)}`;
    const provider = new EntenteWebSocketProvider(url, { reconnecting: false });
    const handler = {
        logger,
        onConnection: (connection: MessageConnection) =>
            initialize(connection).catch(error => {
                toolbar.setStatus('Error', 'error');
                showError(`Could not load the diagram: ${error}`);
                actionDispatcher.dispatch(StatusAction.create('Could not load the diagram', { severity: 'ERROR' })).catch(() => undefined);
            }),
        onReconnect: () => window.location.reload()
    };
    provider.onFailedAttempt = () => {
        if (provider.failedAttempts >= MAX_CONNECT_ATTEMPTS) {
            toolbar.setStatus('Cannot connect to the diagram server', 'error');
            return;
        }
        toolbar.setStatus(`Connecting\u2026 (retry ${provider.failedAttempts})`, 'connecting');
        setTimeout(() => provider.listen(handler), Math.min(500 * provider.failedAttempts, 3000));
    };
    toolbar.setStatus('Connecting\u2026', 'connecting');
    provider.listen(handler);
}

connect();
