package org.entente.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.entente.diagram.model.DiagramTypes;

/** The Guice bindings of one Entente diagram session. */
public class EntenteDiagramModule extends DiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramTypes.DIAGRAM;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return EntenteModelState.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return EntenteDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return EntenteSourceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return EntenteGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return EntentePalette.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return EntenteModelValidator.class;
	}

	@Override
	protected Class<? extends org.eclipse.glsp.server.features.directediting.LabelEditValidator> bindLabelEditValidator() {
		return EntenteLabelEditValidator.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(DiagramActionHandlers.SetYearHandler.class);
		binding.add(DiagramActionHandlers.SetFilterHandler.class);
		binding.add(DiagramActionHandlers.SetLayoutHandler.class);
		binding.add(DiagramActionHandlers.AutoLayoutHandler.class);
		binding.add(DiagramActionHandlers.SelectionChangedHandler.class);
		binding.add(DiagramActionHandlers.RevealHandler.class);
		binding.add(DiagramActionHandlers.ExportedHandler.class);
		binding.add(DiagramActionHandlers.TextChangedHandler.class);
		binding.add(DiagramActionHandlers.SelectAtHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(CreateNodeHandler.class);
		binding.add(CreateEdgeHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(LabelEditHandler.class);
		binding.add(ReconnectHandler.class);
		binding.add(MoveHandler.class);
	}
}
