package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/kubeprint}, run as a user runs it, in a new process: it finds the jar and the
 * class-data-sharing archive beside itself (through a symbolic link too), uses the archive, and still works without
 * one. Runs in the integration-test phase, after {@code package} wrote the jar, the archive and the launcher
 * (cli's pom sets {@code kubeprint.launcher.built} there); skipped in the test phase and where there is no POSIX shell.
 */
class LauncherIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path SMALL = Path.of("src/cds/training.yaml").toAbsolutePath();

  @TempDir
  Path dir;

  /** What one run printed, and its exit code. */
  private record Run(int code, String out, String err) {}

  @BeforeAll
  static void posix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        && Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell here");
    // the launcher-it execution, after package, sets it; in the test phase nothing is built yet
    assumeTrue(Boolean.getBoolean("kubeprint.launcher.built"), "run after package (mvn verify), not in the test phase");
  }

  private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("KUBEPRINT_NO_ARCHIVE");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      int code = pb.start().waitFor();
      return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  /** A folder holding the launcher and the jar, without an archive, as an unpacked kubeprint-VERSION.zip lays them out. */
  private Path unpacked() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("kubeprint/bin"));
    Path lib = Files.createDirectories(dir.resolve("kubeprint/lib"));
    Files.copy(TARGET.resolve("kubeprint"), bin.resolve("kubeprint"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(TARGET.resolve("kubeprint.jar"), lib.resolve("kubeprint.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    return bin.resolve("kubeprint");
  }

  @Test
  void should_be_built_executable_beside_the_jar_and_the_archive() throws IOException {
    // THEN
    assertThat(TARGET.resolve("kubeprint.jar")).isRegularFile();
    assertThat(TARGET.resolve("kubeprint.jsa")).isRegularFile();
    assertThat(Files.getPosixFilePermissions(TARGET.resolve("kubeprint")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_EXECUTE);
  }

  @Test
  void should_validate_a_small_file_with_the_archive_the_build_wrote() throws Exception {
    // WHEN -Xshare:on makes the JVM fail unless it maps the archive the launcher names
    Run r = run(TARGET.resolve("kubeprint"), Map.of("JAVA_OPTS", "-Xshare:on"), "validate", SMALL.toString());
    // THEN
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("5 objects valid\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void should_exit_with_the_command_lines_code_and_print_its_findings() throws Exception {
    // GIVEN
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
    // WHEN
    Run r = run(TARGET.resolve("kubeprint"), Map.of(), "validate", bad.toString());
    // THEN
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith(bad + ": ConfigMap/Bad_Name metadata.name: a lowercase RFC 1123 subdomain must")
        .endsWith(" (was \"Bad_Name\") [name-syntax]\n1 object, 1 error\n");
  }

  @Test
  void should_work_without_an_archive_and_write_none_when_told_not_to() throws Exception {
    // GIVEN a launcher and a jar without an archive
    Path launcher = unpacked();
    // WHEN
    Run r = run(launcher, Map.of("KUBEPRINT_NO_ARCHIVE", "1"), "validate", SMALL.toString());
    // THEN
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("5 objects valid\n");
    assertThat(r.code()).isZero();
    assertThat(dir.resolve("kubeprint/lib")).isDirectoryNotContaining("glob:**.jsa*");
  }

  @Test
  void should_write_an_archive_on_its_first_run_that_the_next_runs_use() throws Exception {
    // GIVEN a launcher and a jar without an archive
    Path launcher = unpacked();
    // WHEN it runs once
    Run first = run(launcher, Map.of(), "validate", SMALL.toString());
    // THEN it answered as always and left the archive for the jar where it is
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).isEqualTo("5 objects valid\n");
    assertThat(first.code()).isZero();
    assertThat(dir.resolve("kubeprint/lib/kubeprint.jsa")).isNotEmptyFile();
    assertThat(dir.resolve("kubeprint/lib")).isDirectoryNotContaining("glob:**.jsa.*");
    // AND the next run maps it (-Xshare:on fails otherwise)
    Run next = run(launcher, Map.of("JAVA_OPTS", "-Xshare:on"), "--version");
    assertThat(next.err()).isEmpty();
    assertThat(next.out()).startsWith("kubeprint ");
    assertThat(next.code()).isZero();
  }

  @Test
  void should_skip_a_stale_archive_quietly() throws Exception {
    // GIVEN an archive made for another jar (this one was rebuilt since)
    Path launcher = unpacked();
    Files.copy(TARGET.resolve("kubeprint.jsa"), dir.resolve("kubeprint/lib/kubeprint.jsa"));
    // WHEN
    Run r = run(launcher, Map.of(), "validate", SMALL.toString());
    // THEN
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("5 objects valid\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void should_find_the_jar_through_a_symbolic_link_to_the_launcher() throws Exception {
    // GIVEN ~/bin/kubeprint -> kubeprint/bin/kubeprint, a relative link
    Path launcher = unpacked();
    Path home = Files.createDirectories(dir.resolve("home/bin"));
    Path link = Files.createSymbolicLink(home.resolve("kubeprint"), home.relativize(launcher));
    // WHEN
    Run r = run(link, Map.of("KUBEPRINT_NO_ARCHIVE", "1"), "--version");
    // THEN
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("kubeprint ");
    assertThat(r.code()).isZero();
  }

  @Test
  void should_run_the_java_of_java_home_and_name_it_when_it_is_missing() throws Exception {
    // WHEN
    Run r = run(TARGET.resolve("kubeprint"), Map.of("JAVA_HOME", dir.toString()), "--version");
    // THEN
    assertThat(r.err()).isEqualTo("kubeprint: JAVA_HOME is " + dir + ", which has no bin/java\n");
    assertThat(r.out()).isEmpty();
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void should_pass_java_opts_to_the_jvm() throws Exception {
    // WHEN JAVA_OPTS holds an option the JVM does not know, which makes it refuse to start once it is passed
    Run r = run(TARGET.resolve("kubeprint"), Map.of("JAVA_OPTS", "-XX:+NoSuchOption"), "--version");
    // THEN
    assertThat(r.err()).contains("NoSuchOption");
    assertThat(r.code()).isNotZero();
  }

  @Test
  void should_package_bin_and_lib_in_the_distribution() throws Exception {
    // GIVEN the tar.gz the build wrote
    Path[] tars;
    try (var s = Files.list(TARGET)) {
      tars = s.filter(p -> p.getFileName().toString().matches("kubeprint-.*\\.tar\\.gz")).toArray(Path[]::new);
    }
    assertThat(tars).hasSize(1);
    String base = tars[0].getFileName().toString().replace(".tar.gz", "");
    assertThat(TARGET.resolve(base + ".zip")).isRegularFile();
    // WHEN it is unpacked
    Process tar = new ProcessBuilder("tar", "-xzf", tars[0].toString(), "-C", dir.toString()).inheritIO().start();
    assertThat(tar.waitFor()).isZero();
    // THEN bin/kubeprint runs lib/kubeprint.jar
    Run r = run(dir.resolve(base + "/bin/kubeprint"), Map.of("KUBEPRINT_NO_ARCHIVE", "1"), "validate",
        SMALL.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("5 objects valid\n");
    assertThat(r.code()).isZero();
    assertThat(dir.resolve(base + "/lib/kubeprint.jar")).isRegularFile();
  }
}
