// A tiny stand-in for the Java GLSP server, for browser tests of the client only.
// Serves ../web/ over http and speaks GLSP JSON-RPC on ws://host:port/glsp?token=T (no dependencies).
// It answers initialize / initializeClientSession / requestModel and the entente.* actions with model updates,
// and records every action it receives (GET /__received returns them as JSON).
import { createHash } from 'node:crypto';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const WEB = join(here, '..', '..', 'web');
const DIAGRAM_TYPE = 'entente-diagram';
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.svg': 'image/svg+xml' };

const SERVER_ACTIONS = [
    'requestModel', 'requestTypeHints', 'requestContextActions', 'requestEditValidation', 'requestPopupModel',
    'computedBounds', 'layout', 'glspUndo', 'glspRedo', 'saveModel', 'applyLabelEdit', 'changeBounds', 'createNode', 'createEdge',
    'deleteElement', 'reconnectEdge', 'changeRoutingPoints', 'requestMarkers', 'requestNavigationTargets',
    'entente.setYear', 'entente.setFilter', 'entente.setLayout', 'entente.autoLayout', 'entente.selectionChanged',
    'entente.reveal', 'entente.exported'
];

// like the Java server: label positions set (text-anchor middle), no label sizes, needsClientLayout=false
function state(id, name, x, y, region, share, major, cssClasses = []) {
    const width = 132;
    const height = 46;
    const children = [{ type: 'label:name', id: `${id}_name`, text: name, position: { x: width / 2, y: height / 2 + 4 } }];
    if (major) {
        children.push({ type: 'label:badge', id: `${id}_badge`, text: '\u2605', position: { x: width - 9, y: 12 } });
    }
    return {
        type: 'node:state', id, position: { x, y }, size: { width, height },
        cssClasses: major ? ['major-power', ...cssClasses] : cssClasses,
        args: { code: id.toUpperCase(), share, majorPower: major, region }, children
    };
}

function alliance(id, name, x, y, obligation, basis) {
    return {
        type: 'node:alliance', id, position: { x, y }, size: { width: 128, height: 40 },
        cssClasses: [`obligation-${obligation}`, `basis-${basis}`],
        args: { obligation, basis },
        children: [{ type: 'label:name', id: `${id}_name`, text: name, position: { x: 64, y: 24 } }]
    };
}

const edge = (type, id, sourceId, targetId, cssClasses, args) => ({ type, id, sourceId, targetId, cssClasses, args });

export function createModel(year, filters, layout, revision) {
    const nodes = [
        state('gbr', 'United Kingdom', 40, 40, 'Europe', 0.22, true),
        state('fra', 'France', 40, 200, 'Europe', 0.12, true),
        state('rus', 'Russia', 40, 360, 'Europe', 0.15, true),
        state('deu', 'Germany', 620, 120, 'Europe', 0.2, true),
        state('aut', 'Austria-Hungary', 620, 280, 'Europe', 0.07, true),
        state('ita', 'Italy', 620, 440, 'Europe', 0.04, false),
        state('jpn', 'Japan', 330, 500, 'Asia', 0.05, false),
        state('usa', 'United States', 330, -80, 'Americas', 0.25, false, ['foreign']),
        alliance('entente', 'Triple Entente', 330, 200, 'consultation', 'interest'),
        alliance('triple', 'Triple Alliance', 900, 280, 'defense', 'interest'),
        alliance('anglojap', 'Anglo-Japanese', 330, 380, 'defense', 'ideological')
    ];
    const edges = [
        edge('edge:membership', 'm1', 'gbr', 'entente', ['role-member']),
        edge('edge:membership', 'm2', 'fra', 'entente', ['role-founder']),
        edge('edge:membership', 'm3', 'rus', 'entente', ['role-member']),
        edge('edge:membership', 'm4', 'deu', 'triple', ['role-leader']),
        edge('edge:membership', 'm5', 'aut', 'triple', ['role-member']),
        edge('edge:membership', 'm6', 'ita', 'triple', ['role-observer']),
        edge('edge:membership', 'm7', 'gbr', 'anglojap', ['role-member']),
        edge('edge:membership', 'm8', 'jpn', 'anglojap', ['role-member']),
        edge('edge:tie', 't1', 'gbr', 'deu', ['tie-rivalry', 'sign-negative'], { strength: 0.8 }),
        edge('edge:tie', 't2', 'fra', 'deu', ['tie-hostility', 'sign-negative', 'directed'], { strength: 0.6 }),
        edge('edge:tie', 't3', 'gbr', 'usa', ['tie-friendship', 'sign-positive'], { strength: 0.4 }),
        edge('edge:tie', 't4', 'rus', 'aut', ['tie-rivalry', 'sign-negative'], { strength: 0.5 }),
        edge('edge:threat', 'h1', 'fra', 'deu', [], { level: 0.9 }),
        edge('edge:threat', 'h2', 'rus', 'jpn', [], { level: 0.3 })
    ];
    const visible = element => {
        const classes = element.cssClasses ?? [];
        if (element.type === 'edge:threat' && filters['threat.all'] === false) return false;
        if (element.type === 'edge:tie' && classes.includes('tie-rivalry') && filters['tie.rivalry'] === false) return false;
        if (element.type === 'node:alliance' && classes.includes('obligation-defense') && filters['alliance.defense'] === false) return false;
        return true;
    };
    const shownNodes = nodes.filter(visible);
    const ids = new Set(shownNodes.map(n => n.id));
    const shownEdges = edges.filter(e => visible(e) && ids.has(e.sourceId) && ids.has(e.targetId));
    const args = { year, firstYear: 1871, lastYear: 1914, layout };
    for (const [key, value] of Object.entries(filters)) {
        args[`filter.${key}`] = value;
    }
    args['filterLabel.alliance.defense'] = 'Defense pacts';
    args['filterLabel.tie.rivalry'] = 'Rivalries';
    args['filterLabel.threat.all'] = 'All threats';
    args['filterLabel.region.Europe'] = 'Europe';
    return { type: 'graph', id: 'entente-graph', revision, args, children: [...shownNodes, ...shownEdges] };
}

// ---------- minimal WebSocket (RFC 6455) ----------

function sendFrame(socket, text) {
    const payload = Buffer.from(text, 'utf8');
    let header;
    if (payload.length < 126) {
        header = Buffer.from([0x81, payload.length]);
    } else if (payload.length < 65536) {
        header = Buffer.alloc(4);
        header[0] = 0x81; header[1] = 126; header.writeUInt16BE(payload.length, 2);
    } else {
        header = Buffer.alloc(10);
        header[0] = 0x81; header[1] = 127; header.writeBigUInt64BE(BigInt(payload.length), 2);
    }
    socket.write(Buffer.concat([header, payload]));
}

function frameReader(onText, onClose) {
    let buffer = Buffer.alloc(0);
    let fragments = [];
    return chunk => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            if (buffer.length < 2) return;
            const fin = (buffer[0] & 0x80) !== 0;
            const opcode = buffer[0] & 0x0f;
            const masked = (buffer[1] & 0x80) !== 0;
            let length = buffer[1] & 0x7f;
            let offset = 2;
            if (length === 126) {
                if (buffer.length < 4) return;
                length = buffer.readUInt16BE(2); offset = 4;
            } else if (length === 127) {
                if (buffer.length < 10) return;
                length = Number(buffer.readBigUInt64BE(2)); offset = 10;
            }
            const maskOffset = offset;
            if (masked) offset += 4;
            if (buffer.length < offset + length) return;
            const payload = Buffer.from(buffer.subarray(offset, offset + length));
            if (masked) {
                for (let i = 0; i < payload.length; i++) payload[i] ^= buffer[maskOffset + (i % 4)];
            }
            buffer = buffer.subarray(offset + length);
            if (opcode === 0x8) { onClose(); return; }
            if (opcode === 0x1 || opcode === 0x0) {
                fragments.push(payload);
                if (fin) { onText(Buffer.concat(fragments).toString('utf8')); fragments = []; }
            }
        }
    };
}

// ---------- server ----------

const selectAction = ids => ({ kind: 'elementSelected', selectedElementsIDs: ids, deselectedElementsIDs: [], deselectAll: true });

function walk(element, fn) {
    fn(element);
    (element.children ?? []).forEach(child => walk(child, fn));
}

/** Client-side layout of the labels, as a server with needsClientLayout=true would ask for it. */
function withClientLayout(root) {
    walk(root, element => {
        if (element.type === 'node:state' || element.type === 'node:alliance') {
            // GLSP 2.3 vbox: the fixed size comes from layoutOptions prefWidth/prefHeight (not from `size`)
            element.layout = 'vbox';
            element.layoutOptions = {
                hAlign: 'center', prefWidth: element.size.width, prefHeight: element.size.height,
                paddingTop: element.type === 'node:state' ? 14 : 12, paddingLeft: 8, paddingRight: 8, paddingBottom: 8
            };
        }
        if (element.type === 'label:name') {
            delete element.position;
        }
        if (element.type === 'label:badge') {
            element.type = 'label:name-badge-hidden';
        }
    });
    walk(root, element => {
        element.children = (element.children ?? []).filter(child => child.type !== 'label:name-badge-hidden');
    });
    return root;
}

function applyComputedBounds(root, action) {
    const byId = new Map();
    walk(root, element => byId.set(element.id, element));
    for (const b of action.bounds ?? []) {
        const element = byId.get(b.elementId);
        if (element) {
            element.size = b.newSize;
            if (b.newPosition) element.position = b.newPosition;
        }
    }
    for (const a of action.alignments ?? []) {
        const element = byId.get(a.elementId);
        if (element) element.alignment = a.newAlignment;
    }
    return root;
}

export function startMockServer({ port = 0, token = 'test-token', clientLayout = false, declareEntente = true } = {}) {
    const received = [];
    const sessions = [];
    const session = { year: 1900, layout: 'layered', revision: 1, filters: { 'alliance.defense': true, 'tie.rivalry': true, 'threat.all': true, 'region.Europe': true } };

    const server = createServer((req, res) => {
        const url = new URL(req.url, 'http://localhost');
        if (url.pathname === '/__select') {
            // test hook: the server selects elements in the client
            sessions.forEach(send => send(selectAction((url.searchParams.get('ids') ?? '').split(',').filter(Boolean))));
            res.writeHead(200); res.end('ok');
            return;
        }
        if (url.pathname === '/__received') {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(received));
            return;
        }
        const path = normalize(join(WEB, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
        if (!path.startsWith(WEB) || !existsSync(path) || !statSync(path).isFile()) {
            res.writeHead(404); res.end('not found'); return;
        }
        res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' });
        res.end(readFileSync(path));
    });

    server.on('upgrade', (req, socket) => {
        const url = new URL(req.url, 'http://localhost');
        if (url.pathname !== '/glsp' || url.searchParams.get('token') !== token) {
            socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
            return;
        }
        const accept = createHash('sha1').update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
        socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
        let clientId;
        const send = message => sendFrame(socket, JSON.stringify({ jsonrpc: '2.0', ...message }));
        const sendAction = action => send({ method: 'process', params: { clientId, action } });
        const plainModel = () => createModel(session.year, session.filters, session.layout, session.revision);
        const model = () => (clientLayout ? withClientLayout(plainModel()) : plainModel());
        let pendingModel;
        sessions.push(action => sendAction(action));
        const update = () => { session.revision++; sendAction({ kind: 'updateModel', newRoot: model(), animate: false }); };

        const handleAction = action => {
            received.push(action);
            switch (action.kind) {
                case 'requestModel':
                    if (clientLayout) {
                        pendingModel = model();
                        sendAction({ kind: 'requestBounds', newRoot: pendingModel, requestId: 'server_1' });
                    } else {
                        sendAction({ kind: 'setModel', newRoot: model(), responseId: action.requestId });
                    }
                    break;
                case 'computedBounds':
                    if (pendingModel) {
                        sendAction({ kind: 'setModel', newRoot: applyComputedBounds(pendingModel, action) });
                        pendingModel = undefined;
                    }
                    break;
                case 'requestContextActions':
                    sendAction({ kind: 'setContextActions', actions: [], responseId: action.requestId, args: action.args });
                    break;
                case 'requestTypeHints':
                    sendAction({ kind: 'setTypeHints', shapeHints: [], edgeHints: [], responseId: action.requestId });
                    break;
                case 'entente.setYear': session.year = action.year; update(); break;
                case 'entente.setFilter': session.filters[action.filter] = action.visible; update(); break;
                case 'entente.setLayout': session.layout = action.algorithm; update(); break;
                case 'entente.autoLayout': update(); break;
                case 'entente.reveal': sendAction(selectAction([action.elementId])); break;
                default: break;
            }
        };

        socket.on('data', frameReader(text => {
            const message = JSON.parse(text);
            if (message.method === 'initialize') {
                const serverActions = declareEntente ? SERVER_ACTIONS : SERVER_ACTIONS.filter(kind => !kind.startsWith('entente.'));
                send({ id: message.id, result: { protocolVersion: '1.0.0', serverActions: { [DIAGRAM_TYPE]: serverActions } } });
            } else if (message.method === 'initializeClientSession') {
                clientId = message.params.clientSessionId;
                send({ id: message.id, result: null });
            } else if (message.method === 'disposeClientSession') {
                send({ id: message.id, result: null });
            } else if (message.method === 'process') {
                handleAction(message.params.action);
            } else if (message.id !== undefined) {
                send({ id: message.id, error: { code: -32601, message: `unknown method ${message.method}` } });
            }
        }, () => socket.end()));
        socket.on('error', () => undefined);
    });

    return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve({ server, port: server.address().port, token, received })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const port = Number(process.argv[2] ?? 0);
    const { port: actual, token } = await startMockServer({ port });
    console.log(`mock GLSP server: http://127.0.0.1:${actual}/index.html?token=${token}&uri=file:///tmp/demo.entente`);
}
