package io.kubeprint.cli.importer;

import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.render.Manifests;
import io.kubeprint.cli.diff.ManifestDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docs/migrating.md shows what the importer, the build and {@code diff} really print. */
class MigratingDocTest {
  private static final Path CHAP09 = Path.of("src/test/resources/importer/chap09");

  private static String doc() throws IOException {
    return Files.readString(Path.of("..", "docs", "migrating.md"), StandardCharsets.UTF_8);
  }

  /** The first {@code ```fence} block after the heading that starts with {@code heading}. */
  private static String block(String doc, String heading, String fence) {
    int at = doc.indexOf("\n" + heading);
    assertThat(at).as("docs/migrating.md has a heading %s", heading).isPositive();
    int start = doc.indexOf("```" + fence + "\n", at);
    assertThat(start).as("a ```%s block after %s", fence, heading).isPositive();
    int from = start + fence.length() + 4;
    return doc.substring(from, doc.indexOf("```\n", from));
  }

  @Test
  void should_show_the_code_the_importer_writes_for_the_chapter() throws IOException {
    // GIVEN the chapter's files, as import reads them from a folder k8s/
    List<Entry> entries = new ArrayList<>();
    for (Path f : Manifests.files(CHAP09)) {
      for (KubeObject o : Manifests.read(f).objects()) {
        entries.add(new Entry(o, "k8s/" + f.getFileName()));
      }
    }
    // WHEN importing them
    JavaSource java = new Generator(entries, List.of("k8s"),
        ImportOptions.defaults().packageName("com.example.shop").className("Chap09App")).generate();
    // THEN the page shows exactly the class import prints
    assertThat(block(doc(), "## 2. The generated code", "java")).isEqualTo(java.text());
  }

  @Test
  void should_show_the_note_import_prints_about_secret_variables() throws IOException {
    assertThat(block(doc(), "## 3. Secrets", "text")).isEqualTo("note: the generated code reads Secret values"
        + " from the environment variables APIKEY_ID, APIKEY_KEY (or files named by the same variables + _FILE)\n");
  }

  @Test
  void should_show_the_plugin_declaration_as_the_plugin_s_render_test_project_has_it() throws IOException {
    // GIVEN the invoker test project of kubeprint-maven-plugin, its version filled in as the invoker does
    String pom = Files.readString(Path.of("..", "maven-plugin", "src", "it", "render", "pom.xml"),
        StandardCharsets.UTF_8).replace("@project.version@", projectVersion());
    String declaration = block(doc(), "## 5. Render during the build", "xml");
    // THEN both pages show that declaration, exactly
    assertThat(pom).contains(declaration);
    assertThat(Files.readString(Path.of("..", "docs", "maven-plugin.md"), StandardCharsets.UTF_8))
        .contains("```xml\n" + declaration + "```\n");
  }

  /** The project version, from the resource the build fills in for {@code kubeprint version}. */
  private static String projectVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = MigratingDocTest.class.getResourceAsStream("/io/kubeprint/cli/version.properties")) {
      p.load(in);
    }
    return p.getProperty("version");
  }

  @Test
  void should_show_the_diff_of_the_change_it_describes() throws IOException {
    // GIVEN the chapter, and the change the page describes
    Bundle before = Manifests.read(CHAP09);
    Deployment blue = (Deployment) before.find(Kind.DEPLOYMENT, "webserver-blue").orElseThrow();
    Deployment green = (Deployment) before.find(Kind.DEPLOYMENT, "webserver-green").orElseThrow();
    List<KubeObject> after = new ArrayList<>();
    for (KubeObject o : before.objects()) {
      if (o == blue) {
        after.add(deployment(blue).replicas(5).podLabel("tier", "web").build());
      } else if (o instanceof Service s) {
        after.add(service(s).selecting(green).build());
      } else if (o instanceof Secret s) {
        after.add(secret(s).data("key", "n3w-k3y").build());
      } else {
        after.add(o);
      }
    }
    // THEN the page shows what diff prints for it
    assertThat(block(doc(), "## 6. Review", "text"))
        .isEqualTo(ManifestDiff.between(before, Bundle.of(after)).toString());
  }
}
