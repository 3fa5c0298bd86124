package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/other-kinds.md: its code builds valid objects, and its table of API versions says what validation says. */
class OtherKindsDocTest {
  /** A table row: {@code | `extensions/v1beta1` Deployment, DaemonSet | removed in 1.16; use `apps/v1` |}. */
  private static final Pattern ROW = Pattern.compile("^   \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);
  private static final Pattern VERSION = Pattern.compile("`([a-z0-9.-]+/)?(v[0-9a-z]+)`");

  private static String page() throws IOException {
    return Files.readString(Path.of("..", "docs", "other-kinds.md"), StandardCharsets.UTF_8);
  }

  @Test
  void should_build_and_render_the_objects_of_the_page() throws IOException {
    GenericObject reader = object("rbac.authorization.k8s.io/v1", "Role", "pod-reader").label("app", "web")
        .field("rules", List.of(Map.of("apiGroups", List.of(""), "resources", List.of("pods"),
            "verbs", List.of("get", "list", "watch")))).build();
    GenericObject fast = object("storage.k8s.io/v1", "StorageClass", "fast")
        .field("provisioner", "pd.csi.storage.gke.io")
        .field("parameters", Map.of("type", "pd-ssd"))
        .build();
    Bundle app = bundle(reader, fast);
    assertThat(app.validate()).isEmpty();
    assertThat(Yaml.render(app)).startsWith("apiVersion: storage.k8s.io/v1\nkind: StorageClass\n")
        .contains("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n");
    assertThat(page()).contains("object(\"rbac.authorization.k8s.io/v1\", \"Role\", \"pod-reader\")",
        ".field(\"rules\", List.of(Map.of(\"apiGroups\", List.of(\"\"), \"resources\", List.of(\"pods\"),",
        "\"verbs\", List.of(\"get\", \"list\", \"watch\"))))",
        "object(\"storage.k8s.io/v1\", \"StorageClass\", \"fast\")", "bundle(web, service, reader, fast)");
  }

  @Test
  void should_say_of_each_api_version_in_the_table_what_validation_says() throws IOException {
    Matcher m = ROW.matcher(page());
    int rows = 0;
    while (m.find()) {
      if (m.group(1).equals("you wrote") || m.group(1).startsWith("---")) {
        continue;
      }
      // the first apiVersion and kind of the row
      String wrote = m.group(1);
      Matcher v = VERSION.matcher(wrote);
      assertThat(v.find()).as(wrote).isTrue();
      String apiVersion = (v.group(1) == null ? "" : v.group(1)) + v.group(2);
      String kind = "";
      for (String token : VERSION.matcher(wrote).replaceAll(" ").split("[ ,`]+")) {
        if (token.matches("[A-Za-z]+") && !token.equals("or")) {
          kind = token;
          break;
        }
      }
      GenericObject o = GenericObject.of(apiVersion, kind)
          .metadata(io.kubeprint.core.meta.ObjectMeta.builder().name("x").build()).build();
      String said = String.join("\n", Validator.validate(o).stream().map(Violation::message).toList());
      String expected = m.group(2);
      assertThat(said).as(wrote).isNotEmpty();
      if (expected.startsWith("removed in ")) {
        assertThat(said).as(wrote).contains("removed in Kubernetes " + expected.substring(11, expected.indexOf(';'))
            .split(" ")[0]);
      }
      Matcher use = Pattern.compile("use `([^`]+)`").matcher(expected);
      if (use.find()) {
        assertThat(said).as(wrote).contains("use apiVersion " + use.group(1));
      }
      if (expected.contains("nothing replaces it")) {
        assertThat(said).as(wrote).contains("nothing replaces it");
      }
      if (expected.contains("did you mean")) {
        assertThat(said).as(wrote).contains("did you mean kind \"Deployment\"");
      }
      if (expected.contains("configuration file")) {
        assertThat(said).as(wrote).contains("a configuration file");
      }
      rows++;
    }
    assertThat(rows).isEqualTo(10);
  }
}
