package org.entente.dsl.ui.internal.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.entente.dsl.io.AtomicFiles;
import org.entente.dsl.ui.EntenteEditorPlugin;

/**
 * Saves scenarios so that no failure can cost the previous version. The platform writes a file in place; before it
 * does, the previous version is copied beside the scenario ({@code .NAME.entente.bak}) and flushed to disk. If the
 * write fails (a full disk, a lost mount), the copy is moved back in one atomic rename and the editor keeps the
 * unsaved text; if the process dies mid-write, the copy is still there. After a successful write the copy goes.
 * <p>
 * Why not write a temporary file and rename it over the scenario: the file buffer under the editor would then see
 * an external change, and its reload resets the editor's undo history. Keeping the platform's write keeps undo,
 * refactoring undo and dirty-state handling exactly as in any Eclipse editor.
 */
public class SafeSaveDocumentProvider extends TextFileDocumentProvider {

	/** The suffix of the copy of the previous version kept while a save is written. */
	public static final String BACKUP_SUFFIX = ".bak";

	@Override
	protected void commitFileBuffer(IProgressMonitor monitor, FileInfo info, boolean overwrite) throws CoreException {
		IFile file = info.fElement instanceof org.eclipse.ui.IFileEditorInput input ? input.getFile() : null;
		Path target = file == null || file.getLocation() == null ? null : file.getLocation().toPath();
		if (target == null || !Files.isRegularFile(target)) {
			super.commitFileBuffer(monitor, info, overwrite);
			return;
		}
		Path backup = backupOf(target);
		try {
			Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
		} catch (IOException e) {
			throw new CoreException(Status.error("Could not save " + file.getFullPath()
					+ ": the previous version could not be secured first (" + e.getMessage()
					+ "). Nothing was written; the editor keeps your text.", e));
		}
		try {
			super.commitFileBuffer(monitor, info, overwrite);
		} catch (CoreException | RuntimeException failure) {
			restore(file, target, backup, failure);
			throw failure;
		}
		try {
			Files.deleteIfExists(backup);
		} catch (IOException e) {
			EntenteEditorPlugin.log("Saved " + file.getFullPath() + " but could not delete " + backup, e);
		}
	}

	/** The copy kept while {@code file} is written: hidden, beside it. */
	public static Path backupOf(Path file) {
		return file.resolveSibling("." + file.getFileName() + BACKUP_SUFFIX);
	}

	private static void restore(IFile file, Path target, Path backup, Exception failure) {
		try {
			AtomicFiles.move(backup, target);
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (IOException | CoreException e) {
			failure.addSuppressed(e);
			EntenteEditorPlugin.log("The save of " + file.getFullPath() + " failed and the previous version could not "
					+ "be moved back; it is in " + backup, e);
		}
	}
}
