package org.entente.data.ui.internal;

import org.eclipse.core.resources.IContainer;
import org.entente.data.cow.CowNmcImport;
import org.entente.data.cow.CowNmcImporter;

/** File > Import > Entente > Correlates of War Capabilities: the headless {@link CowNmcImporter} behind a page. */
public final class CowImportWizard extends ScenarioImportWizard<CowImportPage> {

	public CowImportWizard() {
		super("Import Correlates of War Capabilities");
	}

	@Override
	CowImportPage createPage(IContainer initialFolder) {
		return new CowImportPage(initialFolder);
	}

	@Override
	String taskName(CowImportPage page) {
		return "Importing " + page.request().nmc().getFileName();
	}

	@Override
	Importer prepare(CowImportPage page) {
		CowNmcImport request = page.request();
		return monitor -> new CowNmcImporter().read(request, monitor);
	}
}
