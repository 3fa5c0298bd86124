package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.autoscaler;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.disruptionBudget;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** docs/scaling.md: its Java builds the objects whose YAML the page shows, and its warnings are the ones printed. */
class ScalingDocTest {

  private static String page() throws IOException {
    return Files.readString(Path.of("..", "docs", "scaling.md"), StandardCharsets.UTF_8);
  }

  static Bundle app() {
    Deployment web = deployment("web")
        .podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(80, "http").requests("250m", "64Mi"))
        .build();
    HorizontalPodAutoscaler hpa = autoscaler(web)
        .between(2, 10)
        .targetCpu(70)
        .scaleDownStabilization(Duration.ofMinutes(5))
        .build();
    PodDisruptionBudget pdb = disruptionBudget(web)
        .maxUnavailable(1)
        .build();
    return bundle(web, hpa, pdb);
  }

  @Test
  void should_render_the_yaml_the_page_shows() throws IOException {
    Bundle app = app();
    assertThat(app.validate()).isEmpty();
    assertThat(app).autoscaler("web").scales(app.objects().get(0)).hasReplicasBetween(2, 10).targetsCpuUtilization(70);
    assertThat(app).disruptionBudget("web").selects(app.objects().get(0)).hasMaxUnavailable(1);
    String yaml = Yaml.render(app);
    // kept beside the build's other outputs, to compare with the page when it changes
    Files.writeString(Path.of("target", "scaling-doc.yaml"), yaml, StandardCharsets.UTF_8);
    String hpaAndPdb = yaml.substring(yaml.indexOf("apiVersion: policy/v1"));
    assertThat(page()).contains("```yaml\n" + hpaAndPdb.substring(0, hpaAndPdb.indexOf("---\napiVersion: apps/v1")) + "```");
    assertThat(page()).contains("```yaml\n" + yaml.substring(yaml.indexOf("apiVersion: autoscaling/v2")) + "```");
    assertThat(page()).contains("autoscaler(web)\n    .between(2, 10)\n    .targetCpu(70)",
        "disruptionBudget(web)\n    .maxUnavailable(1)");
  }

  @Test
  void should_print_the_warnings_the_page_shows() throws IOException {
    Deployment fixed = deployment("web").replicas(3).podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27")).build();
    Bundle app = bundle(fixed, autoscaler(fixed).between(2, 10).build(), disruptionBudget(fixed).maxUnavailable(0).build());
    Files.writeString(Path.of("target", "scaling-doc-warnings.txt"),
        String.join("\n", app.validate().stream().map(Violation::toString).toList()), StandardCharsets.UTF_8);
    for (Violation v : app.validate()) {
      assertThat(page()).contains(v.toString());
    }
    assertThat(app.validate()).hasSize(2);
  }
}
