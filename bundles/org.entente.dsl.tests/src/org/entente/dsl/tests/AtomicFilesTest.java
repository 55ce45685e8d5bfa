package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.entente.dsl.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole or not at all: what every writer of Entente relies on. */
class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void aNewFileGetsTheUsersPermissionsAndNoTemporaryIsLeft() throws Exception {
		Path file = folder.resolve("report.json");
		AtomicFiles.write(file, "[]");
		assertEquals("[]", Files.readString(file));
		// The same as any new file under this process's umask (rw-r--r-- under 022), not a temporary file's rw-------.
		Path plain = Files.writeString(folder.resolve("plain.txt"), "created as any file is");
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.delete(plain);
		try (var listing = Files.list(folder)) {
			assertEquals(1, listing.count(), "only the file itself");
		}
	}

	@Test
	void anExistingFileKeepsItsPermissionsAndALinkIsWrittenThrough() throws Exception {
		Path real = Files.writeString(folder.resolve("real.entente"), "old");
		Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
		Path link = Files.createSymbolicLink(folder.resolve("link.entente"), real);
		AtomicFiles.write(link, "new");
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals("new", Files.readString(real));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
	}

	@Test
	void refusesAMissingFolderOrADirectoryWithAMessage() {
		Path nowhere = folder.resolve("no/such/folder/out.json");
		IOException missing = assertThrows(IOException.class, () -> AtomicFiles.write(nowhere, "x"));
		assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
		IOException directory = assertThrows(IOException.class, () -> AtomicFiles.write(folder, "x"));
		assertTrue(directory.getMessage().endsWith("it is a directory"), directory.getMessage());
	}

	@Test
	void theTemporaryOfAKilledWriterIsRemovedByTheNextWriteAndALiveOneIsKept() throws Exception {
		Path target = Files.writeString(folder.resolve("world.entente"), "old");
		// What a writer killed mid-write leaves: a temporary no process holds a lock on (the old naming too).
		Path abandoned = Files.writeString(folder.resolve(".world.entente.k1lled.tmp"), "half a scen");
		Path abandonedOldStyle = Files.writeString(folder.resolve(".world.entente4242.tmp"), "half");
		Path live = Files.writeString(folder.resolve(".world.entente.l1ve.tmp"), "being written");
		Path unrelated = Files.writeString(folder.resolve(".other.entente.x.tmp"), "someone else's");
		try (FileChannel writer = FileChannel.open(live, StandardOpenOption.WRITE); FileLock held = writer.lock()) {
			AtomicFiles.write(target, "new");
			assertEquals("new", Files.readString(target));
			assertFalse(Files.exists(abandoned), "a killed writer's temporary is cleaned up");
			assertFalse(Files.exists(abandonedOldStyle));
			assertTrue(Files.exists(live), "a temporary still being written is left alone");
		}
		assertTrue(Files.exists(unrelated), "only the target's temporaries are looked at");
	}

	@Test
	void aWriterKilledMidWriteLeavesTheOldFileAndItsTemporaryIsRemovedByTheNextWrite() throws Exception {
		Path target = Files.writeString(folder.resolve("report.json"), "old");
		Path writer = Files.writeString(folder.resolve("KilledWriter.java"), """
				public class KilledWriter {
					public static void main(String[] args) throws Exception {
						byte[] content = new byte[300_000_000];
						java.util.Arrays.fill(content, (byte) 'x');
						org.entente.dsl.io.AtomicFiles.write(java.nio.file.Path.of(args[0]), content);
					}
				}
				""");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", classpathOf(AtomicFiles.class), writer.toString(),
				target.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		Path temporary = null;
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (temporary == null && process.isAlive() && System.nanoTime() < deadline) {
			try (var listing = Files.list(folder)) {
				temporary = listing.filter(p -> p.getFileName().toString().endsWith(".tmp")).findFirst().orElse(null);
			}
		}
		assertTrue(temporary != null, "the writer started writing before it ended");
		process.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
		process.waitFor();
		assertEquals("old", Files.readString(target), "the old file is intact");
		assertTrue(Files.exists(temporary), "a killed writer cannot clean up");

		AtomicFiles.write(target, "new");
		assertEquals("new", Files.readString(target));
		assertFalse(Files.exists(temporary), "the next write removes the killed writer's temporary");
	}

	/** Where the class is loaded from (the bundle's jar or folder), as a class path for another JVM. */
	private static String classpathOf(Class<?> type) throws Exception {
		String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
		if (location.startsWith("reference:")) {
			location = location.substring("reference:".length());
		}
		return Path.of(java.net.URI.create(location)).toString();
	}
}
