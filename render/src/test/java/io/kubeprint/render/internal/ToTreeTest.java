package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.SecretMode;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical tree built straight from the model is the one made through fabric8 (the mapping the design
 * describes), key order included.
 */
class ToTreeTest {

  static Stream<Path> files() {
    return Corpus.filesOrAbsent();
  }

  @ParameterizedTest
  @MethodSource("files")
  void should_build_the_tree_fabric8_gives_for_every_corpus_object(Path file) {
    assumeTrue(Files.isRegularFile(file), "corpus absent");
    for (KubeObject o : Manifests.read(file).objects()) {
      for (SecretMode mode : SecretMode.values()) {
        assertSameTree(o, mode);
      }
    }
  }

  @Test
  void should_build_the_tree_fabric8_gives_for_random_objects_of_every_kind() {
    // GIVEN random objects of every kind, every field set or not, nested values and untyped fields included
    RandomModel random = new RandomModel(32);
    List<Class<? extends KubeObject>> kinds = List.of(Pod.class, PodTemplate.class, ReplicaSet.class,
        Deployment.class, Service.class, CronJob.class, ConfigMap.class, Secret.class, Namespace.class);
    for (int round = 0; round < 300; round++) {
      for (Class<? extends KubeObject> kind : kinds) {
        KubeObject o = random.of(kind, 9);
        // THEN both mappings give the same tree, for either way of writing Secret values
        for (SecretMode mode : SecretMode.values()) {
          assertSameTree(o, mode);
        }
      }
    }
  }

  /** Both trees equal, and equal as text, so in the same key order. */
  static void assertSameTree(KubeObject o, SecretMode mode) {
    ObjectNode direct = Canonical.tree(o, mode);
    ObjectNode fabric8 = Canonical.fabric8Tree(o, mode);
    assertThat(direct).as(o.displayName()).isEqualTo(fabric8);
    assertThat(direct.toString()).as(o.displayName()).isEqualTo(fabric8.toString());
  }
}
