package org.entente.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.diagram.FileScenarioDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone diagram's file: a named pipe put in its place never blocks the document (reading one waits for a
 * writer for ever), and the file put back, or deleted and restored, reaches the diagram again.
 */
class FileScenarioDocumentTest {

	@TempDir
	Path folder;

	private static final String FIRST = "scenario s period 2000..2001\nstate USA\n";
	private static final String SECOND = "scenario s period 2000..2001\nstate USA\nstate FRN\n";

	private static void mkfifo(Path path) throws Exception {
		Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertEquals(0, process.waitFor(), "mkfifo");
	}

	private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what);
			}
			Thread.sleep(50);
		}
	}

	@Test
	void aNamedPipeInPlaceOfTheFileBlocksNothingAndTheRestoredFileIsRead() throws Exception {
		Path file = folder.resolve("s.entente");
		Files.writeString(file, FIRST);
		AtomicInteger changes = new AtomicInteger();
		try (FileScenarioDocument document = new FileScenarioDocument(file)) {
			document.addChangeListener(changes::incrementAndGet);
			Files.delete(file);
			mkfifo(file);
			Thread.sleep(700); // more than two polls: the watcher met the pipe
			assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
				assertEquals(FIRST, document.text(), "the last text is kept");
				IOException refused = assertThrows(IOException.class, () -> document.replaceText(FIRST, SECOND));
				assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
			});
			Files.delete(file);
			Files.writeString(file, SECOND);
			waitFor("the restored file reaches the document", () -> document.text().equals(SECOND));
			assertEquals(1, changes.get());

			// Deleted and put back with the first text and the old time stamp: a new file, read again.
			var modified = Files.getLastModifiedTime(file);
			Files.delete(file);
			Files.writeString(file, FIRST);
			Files.setLastModifiedTime(file, modified);
			waitFor("the file put back is read", () -> document.text().equals(FIRST));
		}
	}

	@Test
	void aNamedPipeIsNotOpenedAsAScenario() throws Exception {
		Path pipe = folder.resolve("pipe.entente");
		mkfifo(pipe);
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			IOException refused = assertThrows(IOException.class, () -> new FileScenarioDocument(pipe));
			assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
		});
	}
}
