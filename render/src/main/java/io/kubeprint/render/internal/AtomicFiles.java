package io.kubeprint.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files through a temporary file beside the target and an atomic move: a reader sees all or nothing. The file
 * gets the mode a plain write gives it: an existing file keeps its mode, a new one gets 0666 less the umask (and
 * whatever default ACL the directory has), as the temporary file is created as any file is, not with
 * {@link Files#createTempFile}'s 0600.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code file} (UTF-8) atomically; on failure the target is untouched and the temporary file gone. */
  public static void write(Path file, Content content) throws IOException {
    Path tmp = prepare(file, content);
    commit(tmp, file);
  }

  /**
   * Writes the content to a temporary file beside {@code file} and returns it; see {@link #commit}. The temporary
   * file already has the mode {@code file} will have: that of {@code file} if it exists (on POSIX file systems),
   * else the one the umask gives a new file.
   */
  public static Path prepare(Path file, Content content) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Set<PosixFilePermission> existing = permissions(abs);
    while (true) {
      Path tmp = dir.resolve("." + abs.getFileName() + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
          + ".tmp");
      Writer w;
      try {
        // CREATE_NEW, as open(2) with O_EXCL: the mode is 0666 less the umask, and no one else's file is reused
        w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException taken) {
        continue;
      }
      boolean ok = false;
      try {
        try (w) {
          if (existing != null) {
            // before any content is written, so it is never readable by more than the file it replaces
            Files.setPosixFilePermissions(tmp, existing);
          }
          content.writeTo(w);
        }
        ok = true;
        return tmp;
      } finally {
        if (!ok) {
          Files.deleteIfExists(tmp);
        }
      }
    }
  }

  /** The POSIX permissions of an existing file, or null for a new file or a file system without them. */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return null;
    }
    try {
      return view.readAttributes().permissions();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Moves a prepared temporary file onto its target, atomically where the file system can. */
  public static void commit(Path tmp, Path file) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
