import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A build step of cli (run by its pom as a single-file program, {@code java InstallLauncher.java FROM TO}): copies
 * the launcher script to TO and makes it executable (0755) where the file system has POSIX modes.
 */
public final class InstallLauncher {
  private InstallLauncher() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java InstallLauncher.java FROM TO");
      System.exit(2);
    }
    Path to = Path.of(args[1]);
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.copy(Path.of(args[0]), to, StandardCopyOption.REPLACE_EXISTING);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
