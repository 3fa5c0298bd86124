package io.kubeprint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.examples.Fleet;
import io.kubeprint.examples.FleetWithKinds;
import io.kubeprint.render.Yaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The baseline measures the same work: fabric8's fleet is kubeprint's, document for document. */
class Fabric8FleetTest {

  @Test
  void should_build_the_same_documents_as_the_kubeprint_fleet() {
    // GIVEN the fleet of 12 apps built by both
    int n = 12;
    StringBuilder fabric8 = new StringBuilder();
    for (HasMetadata o : Fabric8Fleet.build(n)) {
      fabric8.append(Serialization.asYaml(o));
    }
    // THEN the YAML documents read back equal, in the same order
    List<Object> expected = documents(Yaml.render(Fleet.bundle(n)));
    assertThat(expected).hasSize(72);
    assertThat(documents(fabric8.toString())).isEqualTo(expected);
  }

  @Test
  void should_build_the_same_documents_as_the_kubeprint_fleet_with_kinds() {
    // GIVEN the kinds variant of a fleet of 12 apps built by both
    int n = 12;
    List<HasMetadata> objects = Fabric8Fleet.buildWithKinds(n);
    StringBuilder fabric8 = new StringBuilder();
    for (HasMetadata o : objects) {
      fabric8.append(Serialization.asYaml(o));
    }
    // THEN the same kinds and names in the same order, and the YAML documents read back equal
    Bundle bundle = FleetWithKinds.bundle(n);
    assertThat(objects).hasSize(bundle.size()).hasSize(120);
    assertThat(objects).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
        .containsExactlyElementsOf(Yaml.ordered(bundle).stream().map(KubeObject::displayName).toList());
    assertThat(documents(fabric8.toString())).isEqualTo(documents(Yaml.render(bundle)));
  }

  @Test
  void should_read_every_variant_through_its_workload() {
    // WHEN each workload builds a fleet of 3 apps both ways
    for (FleetBenchmark.Workload w : FleetBenchmark.Workload.values()) {
      // THEN kubeprint's bundle is valid and both have objectsPerApp objects per app
      assertThat(w.bundle(3).validate()).as(w.id).isEmpty();
      assertThat(w.bundle(3).size()).as(w.id).isEqualTo(3 * w.objectsPerApp);
      assertThat(w.fabric8(3)).as(w.id).hasSize(3 * w.objectsPerApp);
      assertThat(FleetBenchmark.Workload.of(w.id)).isSameAs(w);
    }
    assertThat(FleetBenchmark.Workload.ids()).isEqualTo("base, kinds");
  }

  @Test
  void should_count_every_byte_of_the_benchmarked_output() {
    // WHEN the baseline writes a fleet of 2 apps
    long bytes = FleetBenchmark.fabric8Write(Fabric8Fleet.build(2));
    // THEN the sink saw the whole text
    StringBuilder text = new StringBuilder();
    for (HasMetadata o : Fabric8Fleet.build(2)) {
      text.append(Serialization.asYaml(o));
    }
    assertThat(bytes).isEqualTo(text.length());
  }

  private static List<Object> documents(String yaml) {
    List<Object> out = new ArrayList<>();
    new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml).forEach(out::add);
    return out;
  }
}
