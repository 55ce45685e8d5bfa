/*
 * Client-side model element classes of the Entente diagram.
 */
import {
    Args,
    ArgsAware,
    EditableLabel,
    GEdge,
    GModelElement,
    GNode,
    argsFeature,
    isEditableLabel,
    nameFeature,
    withEditLabelFeature
} from '@eclipse-glsp/client';

export namespace EntenteTypes {
    export const GRAPH = 'graph';
    export const STATE = 'node:state';
    export const ALLIANCE = 'node:alliance';
    export const NAME_LABEL = 'label:name';
    export const BADGE_LABEL = 'label:badge';
    export const MEMBERSHIP = 'edge:membership';
    export const TIE = 'edge:tie';
    export const THREAT = 'edge:threat';
}

/** Reads a numeric argument; accepts numbers and numeric strings. */
export function numberArg(args: Args | undefined, key: string, fallback: number): number {
    const value = args?.[key];
    if (typeof value === 'number' && isFinite(value)) {
        return value;
    }
    if (typeof value === 'string' && value.trim() !== '' && isFinite(Number(value))) {
        return Number(value);
    }
    return fallback;
}

export function booleanArg(args: Args | undefined, key: string): boolean {
    const value = args?.[key];
    return value === true || value === 'true';
}

export function stringArg(args: Args | undefined, key: string): string | undefined {
    const value = args?.[key];
    return value === undefined || value === null ? undefined : String(value);
}

export function clamp01(value: number): number {
    return Math.max(0, Math.min(1, value));
}

/** `Western Europe` -> `western-europe` (for CSS classes). */
export function slug(text: string): string {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}

/** A node whose `label:name` child can be edited directly (F2 or double-click on the label). */
export abstract class NamedNode extends GNode implements ArgsAware {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, argsFeature, nameFeature, withEditLabelFeature];
    args?: Args;

    get editableLabel(): (EditableLabel & GModelElement) | undefined {
        const label = this.children.find(child => child.type === EntenteTypes.NAME_LABEL);
        return label && isEditableLabel(label) ? label : undefined;
    }

    get name(): string {
        return this.editableLabel?.text ?? this.id;
    }
}

/** `node:state`: args `code`, `share` (0..1), `majorPower`, `region`. */
export class StateNode extends NamedNode {
    get code(): string | undefined {
        return stringArg(this.args, 'code');
    }
    get share(): number {
        return clamp01(numberArg(this.args, 'share', 0));
    }
    get majorPower(): boolean {
        return booleanArg(this.args, 'majorPower');
    }
    get region(): string | undefined {
        return stringArg(this.args, 'region');
    }
}

/** `node:alliance`: alliance hub; obligation and basis come as CSS classes from the server. */
export class AllianceNode extends NamedNode {}

/** `edge:membership`, `edge:tie`, `edge:threat`. */
export class EntenteEdge extends GEdge {
    get strength(): number {
        return clamp01(numberArg(this.args, 'strength', numberArg(this.args, 'level', 0.3)));
    }
    get level(): number {
        return clamp01(numberArg(this.args, 'level', 0.3));
    }
    get directed(): boolean {
        return (this.cssClasses ?? []).includes('directed') || booleanArg(this.args, 'directed');
    }
}
