package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Json;
import io.kubeprint.render.ModelArbitraries;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * {@code kubeprint fmt} on files of random valid objects: it prints the canonical rendering of what the file
 * holds, printing that again when run on its own output, and {@code fmt --write} leaves a formatted file
 * byte for byte as it is.
 */
class FmtCommandPropertyTest {
  private static final RenderOptions UNCHECKED = RenderOptions.defaults().validate(false);

  private Path dir;

  @BeforeTry
  void createDirectory() throws IOException {
    dir = Files.createTempDirectory("kubeprint-fmt");
  }

  @AfterTry
  void deleteDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Provide
  Arbitrary<List<KubeObject>> bundles() {
    return ModelArbitraries.objectLists(4);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String fmt(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run("fmt", file.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    return out.toString();
  }

  @Property(tries = 8)
  void should_print_the_canonical_rendering_and_print_it_again_when_run_on_its_output(
      @ForAll("bundles") List<KubeObject> objects) throws IOException {
    // GIVEN the objects in a JSON file, and each object's document in the order given in a YAML file
    Bundle bundle = Bundle.of(objects);
    StringBuilder handWritten = new StringBuilder();
    for (KubeObject o : objects) {
      handWritten.append("---\n").append(Yaml.render(o, UNCHECKED));
    }
    String canonical = Yaml.render(bundle, UNCHECKED);

    Path json = file("in.json", Json.render(bundle, UNCHECKED));
    Path yaml = file("in.yaml", handWritten.toString());
    for (Path input : List.of(json, yaml)) {
      // WHEN formatting the file, then a file of what it printed
      String once = fmt(input);
      String twice = fmt(file("once.yaml", once));

      // THEN both print the rendering of the bundle
      assertThat(once).isEqualTo(canonical);
      assertThat(twice).isEqualTo(once);
    }
  }

  @Property(tries = 8)
  void should_leave_a_formatted_file_unchanged_with_write(@ForAll("bundles") List<KubeObject> objects)
      throws IOException {
    // GIVEN a YAML file of the objects, each document in the order given
    StringBuilder handWritten = new StringBuilder();
    for (KubeObject o : objects) {
      handWritten.append("---\n").append(Yaml.render(o, UNCHECKED));
    }
    Path f = file("app.yaml", handWritten.toString());

    // WHEN formatting it in place twice
    StringWriter out = new StringWriter();
    Main main = new Main(new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(main.run("fmt", "--write", f.toString())).isZero();
    byte[] first = Files.readAllBytes(f);
    assertThat(main.run("fmt", "--write", f.toString())).isZero();

    // THEN the first pass wrote the canonical rendering, and the second changed no byte
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(Yaml.render(Bundle.of(objects), UNCHECKED));
    assertThat(Files.readAllBytes(f)).isEqualTo(first);
    assertThat(out.toString()).isEmpty();
  }
}
