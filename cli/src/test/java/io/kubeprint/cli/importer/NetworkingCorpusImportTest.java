package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Ingress and NetworkPolicy of the Kubernetes documentation's examples ({@code k8s-website-all}, read in
 * place; skipped when absent) reads into the typed model, is valid as the API server found it, and imports into
 * Java that compiles and builds the same objects, which render the same YAML.
 */
class NetworkingCorpusImportTest {
  private static final RenderOptions AS_IS = RenderOptions.defaults().validate(false);

  @TempDir
  static Path work;

  @Test
  void should_read_validate_and_import_every_ingress_and_network_policy_of_the_documentation() throws IOException {
    Path dir = Corpus.root().resolve("k8s-website-all");
    assumeTrue(Files.isDirectory(dir), "corpus absent");
    // GIVEN the documents of both kinds, typed
    List<KubeObject> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (!text.contains("Ingress") && !text.contains("NetworkPolicy")) {
          continue;
        }
        for (KubeObject o : Manifests.read(f).objects()) {
          if (o.kind().equals(Kind.INGRESS) || o.kind().equals(Kind.NETWORK_POLICY)) {
            assertThat(o).as(f.toString()).isInstanceOfAny(Ingress.class, NetworkPolicy.class);
            // THEN the API server's verdict (OK for every one it could parse): no error of its own rules
            List<Violation> errors = Validator.validate(o).stream().filter(Violation::isError).toList();
            assertThat(errors).as(f.toString()).isEmpty();
            found.add(o);
          }
        }
      }
    }
    assertThat(found).hasSizeGreaterThanOrEqualTo(15);
    // WHEN they are imported, compiled and run
    Bundle read = Bundle.of(found.toArray(new KubeObject[0]));
    Path yaml = work.resolve("networking.yaml");
    Files.writeString(yaml, Yaml.render(read, AS_IS), StandardCharsets.UTF_8);
    JavaSource java = Importer.toJava(List.of(yaml),
        ImportOptions.defaults().packageName("corpus.networking").className("Networking"));
    Bundle built = Javac.manifests(Javac.compile(work.resolve("classes"), List.of(java)), java);
    // THEN the Java builds the same objects, rendering the same YAML
    assertThat(built.objects()).containsExactlyInAnyOrderElementsOf(read.objects());
    assertThat(Yaml.render(built, AS_IS)).isEqualTo(Yaml.render(read, AS_IS));
    assertThat(Validator.validate(read, Severity.WARNING).stream().filter(Violation::isError)).isEmpty();
  }
}
