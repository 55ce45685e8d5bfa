package org.entente.ui.internal.application;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.entente.ui.EntenteUi;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Workbench-wide policy: the Entente perspective, the workspace as the navigator's input, IDE adapters and images so
 * resources look as they do in the Eclipse IDE, and saving the workspace on exit.
 */
public class EntenteWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		declareIdeImages(configurer);
	}

	/**
	 * The IDE application declares these shared images itself; an RCP application built on {@code org.eclipse.ui.ide}
	 * must do the same, or projects appear without icons in the Project Explorer.
	 */
	private static void declareIdeImages(IWorkbenchConfigurer configurer) {
		Bundle ide = FrameworkUtil.getBundle(IDE.class);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OPEN_MARKER, "icons/full/elcl16/gotoobj_tsk.png", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_TASK_TSK, "icons/full/obj16/taskmrk_tsk.png", true);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "icons/full/obj16/bkmrk_tsk.png", true);
		declare(configurer, ide, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png", true);
		declare(configurer, ide, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png", true);
		declare(configurer, ide, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png", true);
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path,
			boolean shared) {
		if (bundle == null) {
			return;
		}
		ImageDescriptor descriptor = ImageDescriptor.createFromURL(bundle.getEntry(path));
		configurer.declareImage(key, descriptor, shared);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new EntenteWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EntenteUi.MODELING_PERSPECTIVE_ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		saveWorkspace();
		super.postShutdown();
	}

	private static void saveWorkspace() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			new ProgressMonitorDialog(null).run(false, false, monitor -> {
				try {
					workspace.save(true, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(EntenteWorkbenchAdvisor.class).log(Status.error("Could not save the workspace", e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
