package org.entente.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code entente COMMAND ...}; see {@link EntenteCli}. */
public class EntenteApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		ExitWatch watch = ExitWatch.install();
		try {
			return new EntenteCli(System.out, System.err).run(args == null ? new String[0] : args);
		} finally {
			watch.finished();
		}
	}

	@Override
	public void stop() {
		// commands are short-lived and end on their own
	}
}
