package org.entente.data.ui.internal;

import org.eclipse.core.resources.IContainer;
import org.entente.data.history.HistoryImport;
import org.entente.data.history.HistoryImporter;

/**
 * File > Import > Entente > Historical World (COW and ATOP): the headless {@link HistoryImporter}, as
 * {@code entente import history} runs it, behind a page.
 */
public final class HistoryImportWizard extends ScenarioImportWizard<HistoryImportPage> {

	public HistoryImportWizard() {
		super("Import the Historical World");
	}

	@Override
	HistoryImportPage createPage(IContainer initialFolder) {
		return new HistoryImportPage(initialFolder);
	}

	@Override
	String taskName(HistoryImportPage page) {
		return "Importing the historical world (COW and ATOP)";
	}

	@Override
	Importer prepare(HistoryImportPage page) {
		HistoryImport request = page.request();
		return monitor -> new HistoryImporter().read(request, monitor);
	}
}
