package org.entente.analysis;

import java.security.Permission;
import java.util.List;

/**
 * Keeps an analysis from ending the program: {@code System.exit} or {@code Runtime.halt} called on a thread of an
 * analysis (or a thread it started) throws a {@link SecurityException} there, so that the runner reports that
 * analysis as failed and runs the next, in the command line as in the workbench. Everything else is permitted.
 * <p>
 * Java has no other way to refuse an exit than a security manager, which Java 17 allows and later versions refuse
 * by default ({@code -Djava.security.manager=allow} keeps it working there). Where one cannot be installed, or
 * another one is already in place, the guard is not installed and {@link #active()} says so; the runner's other
 * isolation holds regardless.
 */
final class ExitGuard extends SecurityManager {

	private static volatile boolean installed;

	private ExitGuard() {
	}

	/** Installs the guard once per program, if it can. */
	static synchronized void install() {
		if (installed || System.getSecurityManager() != null) {
			return;
		}
		try {
			System.setSecurityManager(new ExitGuard());
			installed = true;
		} catch (UnsupportedOperationException | SecurityException refused) {
			installed = false;
		}
	}

	/** Whether analyses are kept from ending the program. */
	static boolean active() {
		return installed && System.getSecurityManager() instanceof ExitGuard;
	}

	@Override
	public void checkExit(int status) {
		List<String> running = AnalysisRunner.runningAnalyses();
		String analysis = AnalysisRunner.culprit(running.isEmpty() ? null : running.get(running.size() - 1));
		if (!analysis.isEmpty()) {
			throw new SecurityException("the analysis called System.exit(" + status + "); an analysis may not end "
					+ "the program");
		}
	}

	@Override
	public void checkPermission(Permission permission) {
		// everything else is permitted, as without a security manager
	}

	@Override
	public void checkPermission(Permission permission, Object context) {
		// everything else is permitted, as without a security manager
	}
}
