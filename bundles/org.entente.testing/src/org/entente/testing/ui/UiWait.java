package org.entente.testing.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waiting in UI tests, which run on the UI thread: the event loop keeps running while a test waits, so jobs that
 * post to the UI, repaints and async updates can happen.
 */
public final class UiWait {

	private UiWait() {
	}

	/** Runs the event loop for about {@code millis} milliseconds. */
	public static void spin(long millis) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + millis;
		do {
			while (display != null && display.readAndDispatch()) {
				// drain
			}
			if (System.currentTimeMillis() < until) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		} while (System.currentTimeMillis() < until);
	}

	/** Runs the event loop until the condition holds; fails with {@code what} after the timeout. */
	public static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
		waitUntil(what, condition::getAsBoolean, Boolean::booleanValue, timeoutMillis);
	}

	/** Like {@link #waitUntil(String, BooleanSupplier, long)}, with the last value in the failure message. */
	public static <T> void waitUntil(String what, Supplier<T> value, Predicate<T> condition, long timeoutMillis) {
		long until = System.currentTimeMillis() + timeoutMillis;
		T last = value.get();
		while (!condition.test(last)) {
			if (System.currentTimeMillis() > until) {
				fail("Timed out waiting until " + what + "; last: " + last);
			}
			spin(25);
			last = value.get();
		}
	}
}
