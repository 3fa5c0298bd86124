package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.storage.PersistentVolumeClaim;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ServiceAccount and PersistentVolumeClaim of the documentation corpus ({@code k8s-website-all}) that a real
 * 1.32 API server accepted reads into the typed model, validates without error, and imports into Java that
 * compiles and builds the same objects, rendering the same YAML. Skipped when the corpus is absent.
 */
class IdentityCorpusTest {
  private static final RenderOptions AS_IS = RenderOptions.defaults().validate(false);

  @TempDir
  static Path work;

  /** The accepted documents of the two kinds, each parsed on its own (a file may hold others that do not parse). */
  private static List<KubeObject> accepted() throws IOException {
    Path dir = Corpus.root().resolve("k8s-website-all");
    List<KubeObject> out = new ArrayList<>();
    List<String> rows = Files.readAllLines(dir.resolve("VERDICTS.tsv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split("\t", -1);
      boolean mine = c[2].equals("v1") && (c[3].equals("ServiceAccount") || c[3].equals("PersistentVolumeClaim"));
      if (!mine || !c[5].equals("OK")) {
        continue;
      }
      for (String doc : documents(dir.resolve(c[0]))) {
        if (!doc.contains("kind: " + c[3])) {
          continue;
        }
        for (KubeObject o : Manifests.parse(doc, c[0]).objects()) {
          if (o.kind().kindName().equals(c[3]) && o.name().equals(c[4])) {
            out.add(o);
          }
        }
      }
    }
    return out;
  }

  private static List<String> documents(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.equals("---") || line.startsWith("--- ")) {
        out.add(doc.toString());
        doc.setLength(0);
      } else {
        doc.append(line).append('\n');
      }
    }
    out.add(doc.toString());
    return out;
  }

  @Test
  void should_read_validate_and_import_every_accepted_service_account_and_claim() throws IOException {
    assumeTrue(Files.isRegularFile(Corpus.root().resolve("k8s-website-all").resolve("VERDICTS.tsv")),
        "corpus absent");
    // GIVEN every accepted document of the two kinds
    List<KubeObject> objects = accepted();
    assertThat(objects).hasSizeGreaterThanOrEqualTo(15);

    // THEN each is typed and valid
    for (KubeObject o : objects) {
      assertThat(o).as(o.displayName()).isInstanceOfAny(ServiceAccount.class, PersistentVolumeClaim.class);
      assertThat(o.kind()).isIn(Kind.SERVICE_ACCOUNT, Kind.PERSISTENT_VOLUME_CLAIM);
      List<Violation> errors = Validator.validate(o).stream().filter(x -> x.severity() == Severity.ERROR).toList();
      assertThat(errors).as(o.displayName()).isEmpty();
    }

    // WHEN imported as Java (one file per object, unique names) and run
    Path in = Files.createDirectories(work.resolve("in"));
    for (int i = 0; i < objects.size(); i++) {
      Files.writeString(in.resolve(i + ".yaml"), Yaml.render(objects.get(i), AS_IS), StandardCharsets.UTF_8);
    }
    Bundle read = Manifests.read(in);
    JavaSource java = Importer.toJava(List.of(in),
        ImportOptions.defaults().packageName("identity").className("Imported").inlineSecrets(true));
    Bundle built = Javac.manifests(Javac.compile(work.resolve("classes"), List.of(java)), java);

    // THEN the code builds the same objects, rendering the same YAML
    assertThat(built.objects()).containsExactlyElementsOf(read.objects());
    assertThat(Yaml.render(built, AS_IS)).isEqualTo(Yaml.render(read, AS_IS));
  }
}
