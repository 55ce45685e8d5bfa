package org.entente.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version of the installed command line bundle. */
final class EntenteVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Bundle bundle = FrameworkUtil.getBundle(EntenteVersion.class);
		return new String[] { "Entente " + (bundle == null ? "(not installed)" : bundle.getVersion()) };
	}
}
