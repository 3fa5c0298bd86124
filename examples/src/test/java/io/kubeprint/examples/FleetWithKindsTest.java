package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetWithKindsTest {

  @Test
  void should_make_ten_objects_per_app_that_validate_without_violation_or_warning() {
    // GIVEN the kinds variant of a fleet of 3 apps
    Bundle fleet = FleetWithKinds.bundle(3);
    // THEN it has 30 objects named after their app, and no violation, warning or notice, checks across objects included
    assertThat(fleet.objects()).hasSize(30);
    assertThat(FleetWithKinds.app(2)).extracting(KubeObject::displayName).containsExactly("ConfigMap/app-2-config",
        "Secret/app-2-secret", "ServiceAccount/app-2", "Deployment/app-2-blue", "Deployment/app-2-green",
        "HorizontalPodAutoscaler/app-2-blue", "PodDisruptionBudget/app-2-blue", "Service/app-2", "Ingress/app-2",
        "CronJob/app-2-cleanup");
    assertThat(fleet.validate()).isEmpty();
  }

  @Test
  void should_leave_the_autoscaled_colour_replicas_to_its_autoscaler() {
    // WHEN the blue and green Deployments of app 4 are rendered
    String blue = Yaml.render(FleetWithKinds.blue(4));
    String green = Yaml.render(FleetWithKinds.green(4));
    // THEN blue sets no replicas, green keeps 3, and both run as the app's ServiceAccount
    assertThat(blue).doesNotContain("replicas:").contains("serviceAccountName: app-4\n");
    assertThat(green).contains("replicas: 3\n").contains("serviceAccountName: app-4\n");
  }

  @Test
  void should_warn_when_the_autoscaled_deployment_sets_replicas() {
    // GIVEN app 0 whose blue Deployment sets replicas although its autoscaler scales it
    List<KubeObject> app = new java.util.ArrayList<>(FleetWithKinds.app(0));
    app.set(3, Fleet.deploymentBuilder(0, "blue", Fleet.image(0, "blue"), Fleet.configMap(0), Fleet.secret(0))
        .replicas(3).serviceAccount(FleetWithKinds.serviceAccount(0)).build());
    // THEN the cross-object warning names it: the variant's design is what keeps it clean
    assertThat(Bundle.of(app).validate()).extracting(v -> v.ruleId() + " " + v.object())
        .containsExactly("autoscaled-replicas Deployment/app-0-blue");
  }

  @Test
  void should_stream_exactly_what_rendering_the_whole_bundle_writes() {
    // GIVEN a fleet large enough that apply order is not numeric order
    int n = 12;
    // WHEN it is streamed app by app, and rendered as one bundle
    StringWriter streamed = new StringWriter();
    long objects = FleetWithKinds.write(n, streamed);
    String whole = Yaml.render(FleetWithKinds.bundle(n));
    // THEN both texts are the same, byte for byte
    assertThat(objects).isEqualTo(120);
    assertThat(streamed.toString()).isEqualTo(whole);
    // AND so is the UTF-8 stream the fleet command writes
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    assertThat(FleetWithKinds.write(n, bytes)).isEqualTo(objects);
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(whole);
  }

  @Test
  void should_leave_the_base_fleet_as_it_was() {
    // THEN the base fleet's objects are untouched by the variant: 3 replicas, no service account
    assertThat(Yaml.render(Fleet.blue(1))).contains("replicas: 3\n").doesNotContain("serviceAccountName");
    assertThat(Fleet.app(1)).hasSize(6);
  }

  @Test
  void should_write_the_variant_fleet_file(@TempDir Path dir) throws IOException {
    // WHEN the command writes the kinds variant of a fleet of 2 apps
    Path file = dir.resolve("fleet.yaml");
    int code = Main.fleet("kinds", 2, file);
    // THEN the file reads back as the 20 objects, in apply order, PodDisruptionBudgets first
    assertThat(code).isZero();
    List<KubeObject> read = Manifests.read(file).objects();
    assertThat(read).containsExactlyElementsOf(Yaml.ordered(FleetWithKinds.bundle(2)));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("apiVersion: policy/v1\nkind: PodDisruptionBudget\n");
  }

  @Test
  void should_refuse_an_unknown_variant(@TempDir Path dir) {
    // WHEN the command is asked for a variant it does not know
    // THEN the error names the known ones
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.fleet("more", 2, dir.resolve("f.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant must be one of base, kinds (was \"more\")");
  }
}
