package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.ReadResult;
import io.kubeprint.render.SecretMode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direct writer ({@link ToYaml}) writes, for every object it takes, the text the emitter writes for the object's
 * canonical tree, byte for byte; the objects it leaves go through the tree.
 */
class ToYamlTest {

  @Test
  void should_write_random_typed_objects_of_every_kind_as_their_trees_are_written() {
    // GIVEN random typed objects of every kind with printable ASCII strings, every field set or not
    RandomModel random = new RandomModel(41, true);
    List<Class<? extends KubeObject>> kinds = List.of(Pod.class, PodTemplate.class, ReplicaSet.class,
        Deployment.class, Service.class, CronJob.class, Job.class, StatefulSet.class, DaemonSet.class,
        ConfigMap.class, Secret.class, Namespace.class);
    int direct = 0;
    int total = 0;
    for (int round = 0; round < 300; round++) {
      for (Class<? extends KubeObject> kind : kinds) {
        KubeObject o = random.of(kind, 9);
        for (SecretMode mode : SecretMode.values()) {
          total++;
          // THEN what the direct writer writes is the tree's text
          direct += assertSameTextWhenDirect(o, mode) ? 1 : 0;
        }
      }
    }
    // AND it takes every one of them, those with strings the writer quotes included
    assertThat(direct).isEqualTo(total);
  }

  @Test
  void should_leave_objects_with_untyped_fields_or_other_strings_to_the_tree() {
    // GIVEN random objects with untyped fields and strings that are not printable ASCII on one line
    RandomModel random = new RandomModel(42);
    int left = 0;
    for (int round = 0; round < 200; round++) {
      KubeObject o = random.of(Deployment.class, 9);
      // THEN either way the text is the tree's, and some go through the tree
      left += assertSameTextWhenDirect(o, SecretMode.BASE64) ? 0 : 1;
      assertThat(emitted(o, SecretMode.BASE64)).isEqualTo(treeText(o, SecretMode.BASE64));
    }
    assertThat(left).isGreaterThan(0);
  }

  @Test
  void should_write_every_corpus_object_it_takes_as_its_tree_is_written() throws IOException {
    // GIVEN every object of the shared corpus that reads (documentation examples and altered manifests)
    Path root = Corpus.root();
    assumeTrue(Files.isDirectory(root.resolve("k8s-website")), "corpus absent");
    List<Path> files = Corpus.allFiles();
    int direct = 0;
    int objects = 0;
    for (Path file : files) {
      ReadResult read = Manifests.readWithProblems(file);
      for (KubeObject o : read.objects()) {
        objects++;
        // THEN the direct text, when written, is the tree's
        direct += assertSameTextWhenDirect(o, SecretMode.BASE64) ? 1 : 0;
      }
    }
    assertThat(objects).isGreaterThan(1000);
    assertThat(direct).isGreaterThan(objects / 2);
  }

  @Test
  void should_give_the_keys_of_a_map_in_the_order_of_the_tree() {
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 2000; round++) {
      // GIVEN a map of up to 40 entries in random order, keys sharing prefixes
      java.util.Map<String, Integer> map = new java.util.LinkedHashMap<>();
      for (int i = random.nextInt(41); i > 0; i--) {
        map.put("k" + random.nextInt(60) + (random.nextBoolean() ? "" : "-x"), i);
      }
      // WHEN its keys are sorted THEN they are those of a sorted map, in its order
      assertThat(YamlText.sortedKeys(map)).containsExactlyElementsOf(new java.util.TreeMap<>(map).keySet());
    }
  }

  /** Whether {@link ToYaml} wrote {@code o}; when it did, its text is the tree's. */
  private static boolean assertSameTextWhenDirect(KubeObject o, SecretMode mode) {
    AsciiText text = new AsciiText(64);
    if (!ToYaml.write(o, mode, text)) {
      return false;
    }
    assertThat(text.toString()).as(o.displayName()).isEqualTo(treeText(o, mode));
    return true;
  }

  /** The text the emitter writes for the canonical tree of {@code o}. */
  private static String treeText(KubeObject o, SecretMode mode) {
    StringWriter w = new StringWriter();
    try {
      Emitter.writeDocument(Canonical.tree(o, mode), w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The text the emitter writes for {@code o}, directly or through its tree. */
  private static String emitted(KubeObject o, SecretMode mode) {
    StringWriter w = new StringWriter();
    try {
      Emitter.writeDocument(o, mode, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
