package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chapter's app imported without its Secret values, compiled, and rendered by the command line in a
 * separate JVM (the only way to give it environment variables): with the values in the environment (one
 * directly, one through a {@code _FILE}) it renders the chapter's six files exactly; without them it refuses,
 * naming the variables.
 */
class SecretsFromEnvironmentTest {
  private static final Path CHAP09 = Path.of("src/test/resources/importer/chap09");

  @TempDir
  static Path work;

  private static Path classes;

  @BeforeAll
  static void importAndCompile() {
    JavaSource java = Importer.toJava(List.of(CHAP09), ImportOptions.defaults().packageName("env").className("Chap09"));
    Javac.compile(work.resolve("build"), List.of(java));
    classes = work.resolve("build/classes");
  }

  private record Run(int exit, String out, String err) {}

  private static Run render(Path out, Map<String, String> env) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "io.kubeprint.cli.Main", "render", "--source", "env.Chap09", "--classpath", classes.toString(),
        "--out", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("APIKEY_ID");
    pb.environment().remove("APIKEY_KEY");
    pb.environment().remove("APIKEY_ID_FILE");
    pb.environment().remove("APIKEY_KEY_FILE");
    pb.environment().putAll(env);
    pb.redirectOutput(work.resolve("stdout.txt").toFile());
    pb.redirectError(work.resolve("stderr.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("render finished").isTrue();
    return new Run(p.exitValue(), Files.readString(work.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void should_render_the_chapter_s_files_exactly_with_the_secret_values_in_the_environment() throws Exception {
    // GIVEN one value in a variable and one in a file named by a _FILE variable
    Path keyFile = work.resolve("apikey-key");
    Files.writeString(keyFile, "s3cr3t-k3y-0f-th3-ch4pt3r", StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    // WHEN rendering the imported class
    Run run = render(out, Map.of("APIKEY_ID", "client-1234", "APIKEY_KEY_FILE", keyFile.toString()));
    // THEN every file of the chapter comes out byte for byte
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    for (String name : List.of("configmap.yaml", "secrets.yaml", "deployment-blue.yaml", "deployment-green.yaml",
        "service.yaml", "cronjob.yaml")) {
      KubeObject o = Manifests.read(CHAP09.resolve(name)).objects().get(0);
      assertThat(out.resolve(Yaml.fileName(o))).as(name).hasSameTextualContentAs(CHAP09.resolve(name));
    }
  }

  @Test
  void should_refuse_to_render_when_a_secret_value_is_in_neither_variable() throws Exception {
    Run run = render(work.resolve("nothing"), Map.of("APIKEY_KEY", "s3cr3t-k3y-0f-th3-ch4pt3r"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: env.Chap09.manifests() threw java.lang.IllegalStateException:"
        + " environment variable APIKEY_ID or APIKEY_ID_FILE must be set (was neither)" + System.lineSeparator());
    assertThat(work.resolve("nothing")).doesNotExist();
    assertThat(run.out() + run.err()).doesNotContain("s3cr3t");
  }
}
