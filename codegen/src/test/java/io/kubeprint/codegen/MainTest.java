package io.kubeprint.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @Test
  void should_write_the_three_mappers_of_the_core_model(@TempDir Path dir) throws Exception {
    Main.main(new String[] {dir.toString()});

    Path pkg = dir.resolve("io/kubeprint/render/internal");
    assertThat(pkg.resolve("ToTreeGenerated.java")).content(StandardCharsets.UTF_8)
        .contains("  static ObjectNode podSpec(PodSpec v) {\n");
    assertThat(pkg.resolve("ToFabric8Generated.java")).content(StandardCharsets.UTF_8)
        .contains("  static io.fabric8.kubernetes.api.model.apps.Deployment deployment(Deployment v) {\n");
    assertThat(pkg.resolve("FromTreeGenerated.java")).content(StandardCharsets.UTF_8)
        .contains("  static CronJob cronJob(Node n) {\n");
  }

  @Test
  void should_leave_a_file_whose_text_is_unchanged_untouched(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("A.java");
    Files.writeString(file, "class A {}\n");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, before);

    Main.write(file, "class A {}\n");

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
  }

  @Test
  void should_rewrite_a_file_whose_text_changed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("A.java");
    Files.writeString(file, "class A {}\n");

    Main.write(file, "class B {}\n");

    assertThat(file).content(StandardCharsets.UTF_8).isEqualTo("class B {}\n");
  }
}
