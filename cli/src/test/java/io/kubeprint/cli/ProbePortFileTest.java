package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose probe names a port its container does not declare: the API server accepts it, so {@code validate}
 * warns ({@code probe-port-not-declared}) and exits 0, or 1 with {@code --strict}.
 */
class ProbePortFileTest {
  private static final Path FILE = Path.of("src", "test", "resources", "agreement", "valid", "deployment",
      "probe-port-not-declared.yaml");

  @Test
  void should_warn_at_each_undeclared_probe_and_hook_port_and_exit_0() {
    // GIVEN the agreement file (accepted by the API server)
    // WHEN validating it
    MainTest.Run r = MainTest.run("validate", FILE.toString());
    // THEN each unresolvable name is a warning at its path, the run succeeds
    assertThat(r.code()).isZero();
    assertThat(r.outLines()).containsExactly(
        FILE + ": warning: Deployment/web spec.template.spec.containers[0].lifecycle.preStop.httpGet.port: must name a"
            + " port of container \"web\" (was \"admin\"); it has ports http [probe-port-not-declared]",
        FILE + ": warning: Deployment/web spec.template.spec.containers[0].readinessProbe.httpGet.port: must name a"
            + " port of container \"web\" (was \"htpp\"); it has ports http; did you mean \"http\"?"
            + " [probe-port-not-declared]",
        "1 object valid (2 warnings)");
  }

  @Test
  void should_fail_with_strict() {
    MainTest.Run r = MainTest.run("validate", "--strict", FILE.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outLines()).last().isEqualTo("1 object, 0 errors, 2 warnings (failing with --strict)");
  }

  @Test
  void should_say_nothing_of_a_probe_on_a_declared_name(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, Files.readString(FILE).replace("port: htpp", "port: http").replace("port: admin", "port: 80"));

    MainTest.Run r = MainTest.run("validate", f.toString());

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).containsExactly("1 object valid");
  }
}
