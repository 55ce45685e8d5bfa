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
}
