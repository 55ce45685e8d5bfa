/** @jsx svg */
/*
 * SVG views of the Entente diagram elements.
 * Positions and sizes come from the server (ELK layout there); labels may be client-laid-out.
 */
import {
    GEdgeView,
    GLabel,
    GLabelView,
    GNode,
    Point,
    RenderingContext,
    ShapeView,
    angleOfPoint,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { ExportState } from './export';
import { AllianceNode, EntenteEdge, EntenteTypes, StateNode, slug } from './model';

// keep the JSX factory import from being removed as unused
void svg;

function hasNoSize(element: { size: { width: number; height: number } }): boolean {
    return !(element.size.width > 0 && element.size.height > 0);
}

/**
 * Labels that have neither a size nor a position (from the server or the client layout) are placed by the
 * view (name centred, badge top-right), except in the hidden render that computes client-side bounds (that
 * one must measure the plain text). Labels with a server position are drawn there (text-anchor: middle).
 */
function placeByView(label: Readonly<GLabel>, context: RenderingContext): boolean {
    const parent = label.parent;
    const unplaced = hasNoSize(label) && label.position.x === 0 && label.position.y === 0;
    return (context.targetKind !== 'hidden' || ExportState.active) && unplaced && parent instanceof GNode && !hasNoSize(parent);
}

@injectable()
export class StateNodeView extends ShapeView {
    render(node: Readonly<StateNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const width = Math.max(0, node.size.width);
        const height = Math.max(0, node.size.height);
        const region = node.region ? 'region-' + slug(node.region) : 'region-unknown';
        const share = node.share;
        const barWidth = Math.max(0, width - 12);
        return (
            <g class-entente-state={true} class-entente-major={node.majorPower}>
                <rect
                    class-sprotty-node={true}
                    class-entente-state-shape={true}
                    class={{ [region]: true }}
                    class-selected={node.selected}
                    class-mouseover={node.hoverFeedback}
                    x={0}
                    y={0}
                    rx={6}
                    ry={6}
                    width={width}
                    height={height}
                />
                {share > 0 && height > 14 ? (
                    <g class-entente-share={true}>
                        <rect class-entente-share-track={true} x={6} y={height - 6} width={barWidth} height={3} rx={1.5} ry={1.5} />
                        <rect class-entente-share-bar={true} x={6} y={height - 6} width={barWidth * share} height={3} rx={1.5} ry={1.5} />
                    </g>
                ) : (
                    <g />
                )}
                {node.majorPower && width > 24 && !node.children.some(child => child.type === EntenteTypes.BADGE_LABEL) ? (
                    <text class-entente-badge={true} class-entente-implicit-badge={true} x={width - 9} y={9} text-anchor='middle' dominant-baseline='central'>
                        {'\u2605'}
                    </text>
                ) : (
                    <g />
                )}
                {context.renderChildren(node)}
            </g>
        ) as VNode;
    }
}

@injectable()
export class AllianceNodeView extends ShapeView {
    render(node: Readonly<AllianceNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const w = Math.max(0, node.size.width);
        const h = Math.max(0, node.size.height);
        const inset = Math.min(w / 4, h / 2);
        const points = [
            [inset, 0],
            [w - inset, 0],
            [w, h / 2],
            [w - inset, h],
            [inset, h],
            [0, h / 2]
        ]
            .map(p => `${p[0]},${p[1]}`)
            .join(' ');
        return (
            <g class-entente-alliance={true}>
                <polygon
                    class-sprotty-node={true}
                    class-entente-alliance-shape={true}
                    class-selected={node.selected}
                    class-mouseover={node.hoverFeedback}
                    points={points}
                />
                {context.renderChildren(node)}
            </g>
        ) as VNode;
    }
}

/**
 * Name label: when neither the server nor the client layout gave it a size, it is centred in its
 * parent node; otherwise it is rendered like a standard GLSP label.
 */
@injectable()
export class NameLabelView extends GLabelView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const parent = label.parent;
        if (placeByView(label, context) && parent instanceof GNode) {
            const center = { x: parent.size.width / 2, y: parent.size.height / 2 };
            return (
                <text
                    class-sprotty-label={true}
                    class-entente-name={true}
                    class-entente-centered={true}
                    x={center.x}
                    y={center.y}
                    text-anchor='middle'
                    dominant-baseline='central'>
                    {label.text}
                </text>
            ) as VNode;
        }
        const vnode = super.render(label, context);
        if (vnode) {
            vnode.data = vnode.data ?? {};
            vnode.data.class = { ...(vnode.data.class ?? {}), 'entente-name': true };
        }
        return vnode;
    }
}

/** Major-power badge: a star, top-right corner of the node unless positioned by the server. */
@injectable()
export class BadgeLabelView extends GLabelView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const parent = label.parent;
        const text = label.text && label.text.trim() !== '' ? label.text : '\u2605';
        if (placeByView(label, context) && parent instanceof GNode) {
            return (
                <text
                    class-sprotty-label={true}
                    class-entente-badge={true}
                    x={parent.size.width - 9}
                    y={9}
                    text-anchor='middle'
                    dominant-baseline='central'>
                    {text}
                </text>
            ) as VNode;
        }
        return (<text class-sprotty-label={true} class-entente-badge={true}>{text}</text>) as VNode;
    }
}

function arrowHead(segments: Point[], size: number): VNode | undefined {
    if (segments.length < 2) {
        return undefined;
    }
    const p1 = segments[segments.length - 2];
    const p2 = segments[segments.length - 1];
    const angle = toDegrees(angleOfPoint({ x: p1.x - p2.x, y: p1.y - p2.y }));
    const l = size * 2.2;
    const half = size;
    return (
        <path
            class-entente-arrow={true}
            d={`M 0,0 L ${l},${-half} L ${l},${half} Z`}
            transform={`translate(${p2.x} ${p2.y}) rotate(${angle})`}
        />
    ) as VNode;
}

abstract class EntenteEdgeView extends GEdgeView {
    protected abstract strokeWidth(edge: Readonly<EntenteEdge>): number;
    protected abstract hasArrow(edge: Readonly<EntenteEdge>): boolean;

    protected override renderLine(edge: EntenteEdge, segments: Point[], _context: RenderingContext): VNode {
        return (
            <path class-entente-line={true} d={this.createPathForSegments(segments)} style={{ strokeWidth: `${this.strokeWidth(edge)}px` }} />
        ) as VNode;
    }

    protected override renderAdditionals(edge: EntenteEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (this.hasArrow(edge)) {
            const arrow = arrowHead(segments, 3 + this.strokeWidth(edge));
            if (arrow) {
                additionals.push(arrow);
            }
        }
        return additionals;
    }
}

@injectable()
export class MembershipEdgeView extends EntenteEdgeView {
    protected strokeWidth(_edge: Readonly<EntenteEdge>): number {
        return 1.5;
    }
    protected hasArrow(_edge: Readonly<EntenteEdge>): boolean {
        return false;
    }
    protected override additionalClasses(): Record<string, boolean> {
        return { 'class-entente-membership': true };
    }
}

@injectable()
export class TieEdgeView extends EntenteEdgeView {
    protected strokeWidth(edge: Readonly<EntenteEdge>): number {
        return 1 + 5 * edge.strength;
    }
    protected hasArrow(edge: Readonly<EntenteEdge>): boolean {
        return edge.directed;
    }
    protected override additionalClasses(): Record<string, boolean> {
        return { 'class-entente-tie': true };
    }
}

@injectable()
export class ThreatEdgeView extends EntenteEdgeView {
    protected strokeWidth(edge: Readonly<EntenteEdge>): number {
        return 1 + 5 * edge.level;
    }
    protected hasArrow(_edge: Readonly<EntenteEdge>): boolean {
        return true;
    }
    protected override additionalClasses(): Record<string, boolean> {
        return { 'class-entente-threat': true };
    }
}
