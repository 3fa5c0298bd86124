package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.validation.PodTemplateView;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.internal.Reading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole shared corpus ({@code k8s-website}, {@code k8s-website-all}, {@code variants}) through the
 * {@code baseline} and {@code restricted} profiles, file by file as {@code validate --policy} reads it: no
 * document crashes a check, and the counts per profile and check are printed.
 */
class PolicyCorpusTest {

  @Test
  void should_check_every_document_of_the_corpus_at_baseline_and_restricted_without_crashing() throws IOException {
    assumeTrue(Files.isDirectory(Corpus.root()), "corpus absent");
    List<Path> files;
    try (Stream<Path> s = Files.walk(Corpus.root())) {
      files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    int documents = 0;
    int templates = 0;
    List<String> crashes = new ArrayList<>();
    Map<String, int[]> perProfile = new TreeMap<>();
    Map<String, Integer> perCheck = new TreeMap<>();
    for (Path f : files) {
      List<KubeObject> objects = Reading.read(f, false).objects();
      documents += objects.size();
      for (KubeObject o : objects) {
        templates += PodTemplateView.of(o).isPresent() ? 1 : 0;
      }
      for (String profile : List.of("baseline", "restricted")) {
        try {
          List<Violation> found = Policy.named(profile).ignoringNamespaceLabels().check(Bundle.of(objects));
          Set<String> failing = new HashSet<>();
          for (Violation v : found) {
            failing.add(v.object());
            perCheck.merge(profile + " " + v.ruleId(), 1, Integer::sum);
          }
          int[] c = perProfile.computeIfAbsent(profile, k -> new int[2]);
          c[0] += failing.size();
          c[1] += found.size();
        } catch (RuntimeException e) {
          crashes.add(f + " at " + profile + ": " + e);
        }
      }
    }
    System.out.printf("policy corpus: %d files, %d documents, %d with a pod template%n", files.size(), documents, templates);
    perProfile.forEach((p, c) -> System.out.printf("  %-10s %5d objects fail, %5d findings%n", p, c[0], c[1]));
    perCheck.forEach((k, n) -> System.out.printf("    %-50s %5d%n", k, n));
    assertThat(crashes).as("documents a check crashed on").isEmpty();
    assertThat(templates).isPositive();
    assertThat(perProfile.get("restricted")[0]).isGreaterThanOrEqualTo(perProfile.get("baseline")[0]);
  }
}
