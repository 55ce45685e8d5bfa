/*
 * Custom actions of the Entente diagram. They are sent from the browser client to the
 * Java GLSP server (the server must register handlers for these kinds).
 */
import { Action } from '@eclipse-glsp/client';

export interface SetYearAction extends Action {
    kind: typeof SetYearAction.KIND;
    year: number;
}
export namespace SetYearAction {
    export const KIND = 'entente.setYear';
    export function create(year: number): SetYearAction {
        return { kind: KIND, year };
    }
}

export interface SetFilterAction extends Action {
    kind: typeof SetFilterAction.KIND;
    /** `<group>.<name>`, e.g. `alliance.defense` */
    filter: string;
    visible: boolean;
}
export namespace SetFilterAction {
    export const KIND = 'entente.setFilter';
    export function create(filter: string, visible: boolean): SetFilterAction {
        return { kind: KIND, filter, visible };
    }
}

export interface SetLayoutAction extends Action {
    kind: typeof SetLayoutAction.KIND;
    algorithm: string;
}
export namespace SetLayoutAction {
    export const KIND = 'entente.setLayout';
    export function create(algorithm: string): SetLayoutAction {
        return { kind: KIND, algorithm };
    }
}

export interface AutoLayoutAction extends Action {
    kind: typeof AutoLayoutAction.KIND;
}
export namespace AutoLayoutAction {
    export const KIND = 'entente.autoLayout';
    export function create(): AutoLayoutAction {
        return { kind: KIND };
    }
}

export interface SelectionChangedAction extends Action {
    kind: typeof SelectionChangedAction.KIND;
    selectedElementIds: string[];
}
export namespace SelectionChangedAction {
    export const KIND = 'entente.selectionChanged';
    export function create(selectedElementIds: string[]): SelectionChangedAction {
        return { kind: KIND, selectedElementIds };
    }
}

export interface RevealAction extends Action {
    kind: typeof RevealAction.KIND;
    elementId: string;
}
export namespace RevealAction {
    export const KIND = 'entente.reveal';
    export function create(elementId: string): RevealAction {
        return { kind: KIND, elementId };
    }
}

export type ExportFormat = 'svg' | 'png';

export interface ExportedAction extends Action {
    kind: typeof ExportedAction.KIND;
    format: ExportFormat;
    /** SVG text, or PNG as base64 (no `data:` prefix) */
    data: string;
}
export namespace ExportedAction {
    export const KIND = 'entente.exported';
    export function create(format: ExportFormat, data: string): ExportedAction {
        return { kind: KIND, format, data };
    }
}
