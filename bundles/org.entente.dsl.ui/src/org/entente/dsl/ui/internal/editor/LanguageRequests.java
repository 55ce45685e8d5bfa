package org.entente.dsl.ui.internal.editor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.entente.dsl.ui.EntenteEditorPlugin;

/** Waits for server answers on behalf of editor features that must answer synchronously. */
final class LanguageRequests {

	/** How long an editor feature waits for the server before it gives up (and shows nothing). */
	static final long TIMEOUT_MS = 3000;

	private LanguageRequests() {
	}

	/** The request's result, or {@code fallback} when it fails or takes too long (the failure is logged). */
	static <T> T await(CompletableFuture<T> request, T fallback, String what) {
		try {
			T result = request.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			return result == null ? fallback : result;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fallback;
		} catch (TimeoutException e) {
			request.cancel(true);
			return fallback;
		} catch (ExecutionException e) {
			EntenteEditorPlugin.log("The Entente language server failed to compute " + what, e.getCause());
			return fallback;
		}
	}
}
