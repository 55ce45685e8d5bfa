/*
 * SVG/PNG export: GLSP's SVG exporter renders the whole diagram (hidden render, styles inlined),
 * PNG is rasterised from that SVG in a canvas. The result is sent to the server as `entente.exported`.
 */
import { ExportSvgAction, GLSPActionDispatcher, RequestExportSvgAction } from '@eclipse-glsp/client';
import { ExportFormat, ExportedAction } from './actions';
import { EntenteController } from './entente-controller';

/** True while an export render is running (label views then centre unsized labels in the hidden render too). */
export const ExportState = { active: false };

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

export async function exportSvgText(dispatcher: GLSPActionDispatcher): Promise<string> {
    ExportState.active = true;
    try {
        const response = await dispatcher.requestUntil(RequestExportSvgAction.create(), 15000, true);
        if (!response || !ExportSvgAction.is(response)) {
            throw new Error('SVG export produced no result');
        }
        const svg = addMargin(response.svg, EXPORT_MARGIN);
        return svg.startsWith('<?xml') ? svg : XML_HEADER + svg;
    } finally {
        ExportState.active = false;
    }
}

const EXPORT_MARGIN = 12;

/** The exporter crops to the geometric bounding box, which cuts strokes and arrowheads at the border: add a margin. */
function addMargin(svgText: string, margin: number): string {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) {
        return svgText;
    }
    if (!root.getAttribute('xmlns')) {
        root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    }
    const viewBox = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (viewBox.length === 4 && viewBox.every(isFinite)) {
        const [x, y, w, h] = viewBox;
        const width = w + 2 * margin;
        const height = h + 2 * margin;
        root.setAttribute('viewBox', `${x - margin} ${y - margin} ${width} ${height}`);
        root.setAttribute('width', String(width));
        root.setAttribute('height', String(height));
        const style = root.getAttribute('style');
        if (style) {
            root.setAttribute(
                'style',
                style.replace(/(^|;)\s*width:[^;]*/g, `$1width: ${width}px !important`).replace(/(^|;)\s*height:[^;]*/g, `$1height: ${height}px !important`)
            );
        }
    }
    return new XMLSerializer().serializeToString(doc);
}

function svgSize(svg: string): { width: number; height: number } {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    let width = parseFloat(root.getAttribute('width') ?? '');
    let height = parseFloat(root.getAttribute('height') ?? '');
    const viewBox = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (!(width > 0) && viewBox.length === 4) {
        width = viewBox[2];
    }
    if (!(height > 0) && viewBox.length === 4) {
        height = viewBox[3];
    }
    return { width: width > 0 ? width : 800, height: height > 0 ? height : 600 };
}

/** Rasterises SVG text; returns base64 PNG data without the `data:` prefix. */
export async function rasterize(svg: string, scale = 2): Promise<string> {
    const { width, height } = svgSize(svg);
    // keep the canvas within what browsers accept
    const factor = Math.min(scale, 16000 / Math.max(width, height));
    const image = new Image();
    const url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('Could not load the exported SVG into an image'));
        image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(width * factor));
    canvas.height = Math.max(1, Math.ceil(height * factor));
    const context = canvas.getContext('2d');
    if (!context) {
        throw new Error('No 2D canvas context');
    }
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.substring(dataUrl.indexOf(',') + 1);
}

/** Produces the export and sends it to the server; resolves with the data that was sent. */
export async function exportDiagram(
    format: ExportFormat,
    dispatcher: GLSPActionDispatcher,
    controller: EntenteController
): Promise<string> {
    if (format !== 'svg' && format !== 'png') {
        throw new Error(`Unsupported export format: ${format}`);
    }
    const svg = await exportSvgText(dispatcher);
    const data = format === 'svg' ? svg : await rasterize(svg);
    controller.send(ExportedAction.create(format, data));
    return data;
}
