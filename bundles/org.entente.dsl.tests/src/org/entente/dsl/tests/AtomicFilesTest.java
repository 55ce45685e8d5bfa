package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.entente.dsl.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole or not at all: what every writer of Entente relies on. */
class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void aNewFileIsReadableByAllAndNoTemporaryIsLeft() throws Exception {
		Path file = folder.resolve("report.json");
		AtomicFiles.write(file, "[]");
		assertEquals("[]", Files.readString(file));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
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
}
