package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The look-ups of the checks across objects are indexed; over random bundles they answer exactly what a scan
 * of every object answers (the scans the index replaced, written out here).
 */
class BundleIndexTest {
  private static final String[] KEYS = {"app", "color", "tier", "pod-template-hash", "job-name"};
  private static final String[] VALUES = {"a", "b", "c"};
  private static final String[] NAMESPACES = {"", "x", "y"};

  @Test
  void should_select_the_pods_a_scan_of_every_pod_selects() {
    Random random = new Random(8);
    for (int round = 0; round < 300; round++) {
      // GIVEN a random bundle of workloads and a random Service selector
      List<KubeObject> objects = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(12); i++) {
        objects.add(workload(random, i, selector(random)));
      }
      BundleValidation.Index index = BundleValidation.Index.of(Bundle.of(objects));
      Map<String, String> selector = labels(random, 1 + random.nextInt(3));
      String ns = pick(random, NAMESPACES);
      // THEN the index selects what scanning every pod does, in bundle order
      assertThat(index.selected(selector, ns)).as("round %d", round).isEqualTo(scanSelected(objects, selector, ns));
    }
  }

  @Test
  void should_find_the_object_a_scan_of_every_object_finds() {
    Random random = new Random(9);
    for (int round = 0; round < 300; round++) {
      // GIVEN random ConfigMaps and Secrets of few names in few namespaces
      List<KubeObject> objects = new ArrayList<>();
      for (int i = 0; i < random.nextInt(10); i++) {
        ObjectMeta meta = meta(random, pick(random, VALUES));
        objects.add(random.nextBoolean() ? ConfigMap.builder().metadata(meta).build()
            : Secret.builder().metadata(meta).build());
      }
      BundleValidation.Index index = BundleValidation.Index.of(Bundle.of(objects));
      Kind kind = random.nextBoolean() ? Kind.CONFIG_MAP : Kind.SECRET;
      String name = pick(random, VALUES);
      String ns = pick(random, NAMESPACES);
      // THEN the index finds what the scan finds: the same namespace first, else one that may be applied there
      assertThat(index.find(kind, ns, name)).as("round %d", round).isEqualTo(scanFind(objects, kind, ns, name));
      assertThat(index.named(kind, name)).isEqualTo(objects.stream()
          .filter(o -> o.kind() == kind && o.name().equals(name)).toList());
      assertThat(index.near(kind, ns)).isEqualTo(scanNear(objects, kind, ns));
    }
  }

  @Test
  void should_offer_every_pair_of_overlapping_selectors() {
    Random random = new Random(10);
    for (int round = 0; round < 300; round++) {
      // GIVEN random workload selectors, some with expressions, in a few namespaces
      List<KubeObject> workloads = new ArrayList<>();
      List<LabelSelector> selectors = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(14); i++) {
        LabelSelector s = selector(random);
        selectors.add(s);
        workloads.add(workload(random, i, s));
      }
      // WHEN the candidate pairs are listed
      List<List<Integer>> earlier = BundleValidation.overlapCandidates(workloads, selectors);
      // THEN every overlapping pair of one namespace is among them, each once, earlier ones in order
      for (int j = 0; j < workloads.size(); j++) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < j; i++) {
          if (ns(workloads.get(i)).equals(ns(workloads.get(j)))
              && Selectors.overlap(selectors.get(i), selectors.get(j)).isPresent()) {
            expected.add(i);
          }
        }
        int w = j;
        assertThat(earlier.get(j)).as("round %d, workload %d", round, j).containsAll(expected)
            .doesNotHaveDuplicates().isSorted()
            .allMatch(i -> i < w && ns(workloads.get(i)).equals(ns(workloads.get(w))));
      }
    }
  }

  @Test
  void should_offer_every_pod_a_label_selector_selects_typed_or_not() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      // GIVEN a random bundle of typed and untyped workloads and a random label selector
      List<KubeObject> objects = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(12); i++) {
        objects.add(random.nextInt(3) == 0 ? statefulSet(random, i) : workload(random, i, selector(random)));
      }
      BundleValidation.Index index = BundleValidation.Index.of(Bundle.of(objects));
      LabelSelector selector = selector(random);
      // WHEN the candidates are filtered by the selector
      List<PodTemplates.Labelled> found = index.allPods().candidates(selector).stream()
          .filter(p -> Selectors.selects(selector, p.labels(), p.controllerLabels())).toList();
      // THEN they are the pods a scan of every object selects, in bundle order
      List<KubeObject> expected = new ArrayList<>();
      for (KubeObject o : objects) {
        PodTemplates.labelled(o).filter(p -> Selectors.selects(selector, p.labels(), p.controllerLabels()))
            .ifPresent(p -> expected.add(o));
      }
      assertThat(found.stream().map(PodTemplates.Labelled::owner).toList()).as("round %d", round)
          .isEqualTo(expected);
    }
  }

  // ---- the scans the index replaces ----

  private static List<PodTemplates.Pods> scanSelected(List<KubeObject> objects, Map<String, String> selector, String ns) {
    List<PodTemplates.Pods> same = new ArrayList<>();
    List<PodTemplates.Pods> maybe = new ArrayList<>();
    for (KubeObject o : objects) {
      Optional<PodTemplates.Pods> p = PodTemplates.of(o);
      if (p.isEmpty() || !Selectors.selects(selector, p.get())) {
        continue;
      }
      if (p.get().namespace().equals(ns)) {
        same.add(p.get());
      } else if (p.get().namespace().isEmpty() || ns.isEmpty()) {
        maybe.add(p.get());
      }
    }
    return same.isEmpty() ? maybe : same;
  }

  private static Optional<KubeObject> scanFind(List<KubeObject> objects, Kind kind, String ns, String name) {
    KubeObject maybe = null;
    for (KubeObject o : objects) {
      if (o.kind() != kind || !o.name().equals(name)) {
        continue;
      }
      if (ns(o).equals(ns)) {
        return Optional.of(o);
      }
      if (maybe == null && (ns(o).isEmpty() || ns.isEmpty())) {
        maybe = o;
      }
    }
    return Optional.ofNullable(maybe);
  }

  private static List<KubeObject> scanNear(List<KubeObject> objects, Kind kind, String ns) {
    List<KubeObject> same = new ArrayList<>();
    List<KubeObject> maybe = new ArrayList<>();
    for (KubeObject o : objects) {
      if (o.kind() != kind) {
        continue;
      }
      if (ns(o).equals(ns)) {
        same.add(o);
      } else if (ns(o).isEmpty() || ns.isEmpty()) {
        maybe.add(o);
      }
    }
    return same.isEmpty() ? maybe : same;
  }

  // ---- random objects ----

  private static String ns(KubeObject o) {
    return o.metadata().namespace().orElse("");
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static Map<String, String> labels(Random random, int size) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      m.put(pick(random, KEYS), pick(random, VALUES));
    }
    return m;
  }

  private static ObjectMeta meta(Random random, String name) {
    String ns = pick(random, NAMESPACES);
    ObjectMeta.Builder b = ObjectMeta.builder().name(name);
    if (!ns.isEmpty()) {
      b.namespace(ns);
    }
    return b.build();
  }

  private static LabelSelector selector(Random random) {
    LabelSelector.Builder b = LabelSelector.builder().matchLabels(labels(random, random.nextInt(3)));
    if (random.nextInt(4) == 0) {
      String op = pick(random, new String[] {"In", "NotIn", "Exists", "DoesNotExist"});
      LabelSelectorRequirement.Builder r = LabelSelectorRequirement.builder().key(pick(random, KEYS)).operator(op);
      if (op.equals("In") || op.equals("NotIn")) {
        r.addValues(pick(random, VALUES));
        if (random.nextBoolean()) {
          r.addValues(pick(random, VALUES));
        }
      }
      b.addMatchExpressions(r.build());
    }
    return b.build();
  }

  /** An untyped ReplicationController named {@code s<i>} whose pods carry random labels. */
  private static KubeObject statefulSet(Random random, int i) {
    Map<String, Object> template = Map.of("metadata", Map.of("labels", labels(random, random.nextInt(4))),
        "spec", Map.of("containers", List.of()));
    return GenericObject.of("v1", "ReplicationController").metadata(meta(random, "s" + i))
        .extra(Fields.of("spec", Map.of("template", template))).build();
  }

  /** A random kind of workload named {@code w<i>} whose pods carry random labels. */
  private static KubeObject workload(Random random, int i, LabelSelector selector) {
    ObjectMeta meta = meta(random, "w" + i);
    PodTemplateSpec template = PodTemplateSpec.builder()
        .metadata(ObjectMeta.builder().labels(labels(random, random.nextInt(4))).build())
        .spec(PodSpec.builder().build()).build();
    return switch (random.nextInt(4)) {
      case 0 -> Deployment.builder().metadata(meta)
          .spec(DeploymentSpec.builder().selector(selector).template(template).build()).build();
      case 1 -> ReplicaSet.builder().metadata(meta)
          .spec(ReplicaSetSpec.builder().selector(selector).template(template).build()).build();
      case 2 -> Pod.builder().metadata(meta.withLabels(template.metadata().labels())).spec(template.spec()).build();
      default -> CronJob.builder().metadata(meta).spec(CronJobSpec.builder().schedule("* * * * *")
          .jobTemplate(JobTemplateSpec.builder().spec(JobSpec.builder().template(template).build()).build())
          .build()).build();
    };
  }
}
