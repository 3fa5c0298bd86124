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

class FleetTest {

  @Test
  void should_make_six_valid_objects_per_app() {
    // GIVEN a fleet of 3 apps
    Bundle fleet = Fleet.bundle(3);
    // THEN it has 18 objects named after their app, and no violation, checks across objects included
    assertThat(fleet.objects()).hasSize(18);
    assertThat(Fleet.app(2)).extracting(KubeObject::displayName).containsExactly("ConfigMap/app-2-config",
        "Secret/app-2-secret", "Deployment/app-2-blue", "Deployment/app-2-green", "Service/app-2",
        "CronJob/app-2-cleanup");
    assertThat(fleet.validate()).isEmpty();
  }

  @Test
  void should_order_apps_as_their_names_sort() {
    // WHEN the apps of a fleet of 12 are put in apply order
    int[] order = Fleet.applyOrder(12);
    // THEN app numbers compare as text, as the names do
    assertThat(order).containsExactly(0, 1, 10, 11, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void should_stream_exactly_what_rendering_the_whole_bundle_writes() {
    // GIVEN a fleet large enough that apply order is not numeric order
    int n = 12;
    // WHEN it is streamed app by app, and rendered as one bundle
    StringWriter streamed = new StringWriter();
    long objects = Fleet.write(n, streamed);
    String whole = Yaml.render(Fleet.bundle(n));
    // THEN both texts are the same, byte for byte
    assertThat(objects).isEqualTo(72);
    assertThat(streamed.toString()).isEqualTo(whole);
    // AND so is the UTF-8 stream the fleet command writes
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    assertThat(Fleet.write(n, bytes)).isEqualTo(objects);
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(whole);
  }

  @Test
  void should_write_the_fleet_file_and_report_its_size(@TempDir Path dir) throws IOException {
    // WHEN the command writes a fleet of 2 apps
    Path file = dir.resolve("fleet.yaml");
    int code = Main.fleet(2, file);
    // THEN the file reads back as the 12 objects, in apply order
    assertThat(code).isZero();
    List<KubeObject> read = Manifests.read(file).objects();
    assertThat(read).containsExactlyElementsOf(Yaml.ordered(Fleet.bundle(2)));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("apiVersion: v1\nkind: Secret\n");
  }
}
