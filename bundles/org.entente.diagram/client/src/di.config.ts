/*
 * Inversify container of the Entente diagram. esbuild emits no decorator metadata, so every
 * binding here is explicit (no constructor injection by type in our own classes).
 */
import {
    ConsoleLogger,
    FeatureModule,
    GLabel,
    IDiagramOptions,
    LogLevel,
    RevealNamedElementActionProvider,
    STANDALONE_MODULES,
    SelectAction,
    SelectAllAction,
    SetModelAction,
    TYPES,
    UpdateModelAction,
    bindAsService,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    standaloneExportModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { EntenteController, RevealMouseListener } from './entente-controller';
import { AllianceNode, EntenteEdge, EntenteTypes, StateNode } from './model';
import {
    AllianceNodeView,
    BadgeLabelView,
    MembershipEdgeView,
    NameLabelView,
    StateNodeView,
    ThreatEdgeView,
    TieEdgeView
} from './views';

/** Id of the div the diagram is rendered into (index.html). */
export const DIAGRAM_DIV_ID = 'entente-sprotty';

export const ententeDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);

        configureDefaultModelElements(context);
        configureModelElement(context, EntenteTypes.STATE, StateNode, StateNodeView);
        configureModelElement(context, EntenteTypes.ALLIANCE, AllianceNode, AllianceNodeView);
        configureModelElement(context, EntenteTypes.NAME_LABEL, GLabel, NameLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, EntenteTypes.BADGE_LABEL, GLabel, BadgeLabelView);
        configureModelElement(context, EntenteTypes.MEMBERSHIP, EntenteEdge, MembershipEdgeView);
        configureModelElement(context, EntenteTypes.TIE, EntenteEdge, TieEdgeView);
        configureModelElement(context, EntenteTypes.THREAT, EntenteEdge, ThreatEdgeView);

        bind(EntenteController).toSelf().inSingletonScope();
        configureActionHandler(context, SetModelAction.KIND, EntenteController);
        configureActionHandler(context, UpdateModelAction.KIND, EntenteController);
        configureActionHandler(context, SelectAction.KIND, EntenteController);
        configureActionHandler(context, SelectAllAction.KIND, EntenteController);
        bind(TYPES.IGModelRootListener).toService(EntenteController);
        bind(TYPES.ISelectionListener).toService(EntenteController);

        bindAsService(context, TYPES.MouseListener, RevealMouseListener);
        bindAsService(context, TYPES.ICommandPaletteActionProvider, RevealNamedElementActionProvider);
        bind(TYPES.IMarqueeBehavior).toConstantValue({ entireEdge: true, entireElement: true });
    },
    { featureId: Symbol('ententeDiagram') }
);

export function createEntenteContainer(options: IDiagramOptions): Container {
    const container = new Container();
    return initializeDiagramContainer(
        container,
        createDiagramOptionsModule(options, { baseDiv: DIAGRAM_DIV_ID, hiddenDiv: DIAGRAM_DIV_ID + '_hidden' }),
        ententeDiagramModule,
        // standalone modules (undo/redo keys, save, copy/paste, viewport, marker navigation ...), but our own
        // export instead of the download-to-file one
        { add: STANDALONE_MODULES.filter(module => module !== standaloneExportModule) }
    );
}
