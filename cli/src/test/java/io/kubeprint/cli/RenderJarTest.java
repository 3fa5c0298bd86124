package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A library user's render jar carries no command line, importer or diff: they are this module's, and render does
 * not depend on it. Read from render's build output (its class folder, and its jar when it was packaged) and its pom.
 */
class RenderJarTest {
  private static final Path RENDER = Path.of("..", "render");
  /** What moved to kubeprint-cli, as class file paths start. */
  private static final List<String> MOVED = List.of("io/kubeprint/cli/", "io/kubeprint/render/cli/",
      "io/kubeprint/render/importer/", "io/kubeprint/render/diff/", "io/kubeprint/render/internal/Formatting",
      "io/kubeprint/render/internal/YamlOutline", "io/kubeprint/render/internal/KubectlApply");

  private static List<String> moved(List<String> entries) {
    return entries.stream().filter(e -> MOVED.stream().anyMatch(e::startsWith)).toList();
  }

  @Test
  void should_leave_the_moved_packages_out_of_renders_classes() throws IOException {
    // GIVEN render's compiled classes
    Path classes = RENDER.resolve("target/classes");
    assertThat(classes.resolve("io/kubeprint/render/Yaml.class")).isRegularFile();
    List<String> entries;
    try (Stream<Path> s = Files.walk(classes)) {
      entries = s.filter(Files::isRegularFile).map(p -> classes.relativize(p).toString().replace('\\', '/')).toList();
    }
    // THEN none is the command line's, the importer's or the diff's
    assertThat(moved(entries)).isEmpty();
    assertThat(entries).contains("io/kubeprint/render/internal/Reading.class");
  }

  @Test
  void should_leave_the_moved_packages_out_of_renders_jar() throws IOException {
    // GIVEN render's jar (the reactor packages render before this module's tests)
    List<Path> jars;
    try (Stream<Path> s = Files.list(RENDER.resolve("target"))) {
      jars = s.filter(p -> p.getFileName().toString().matches("kubeprint-render-[^-]+(-SNAPSHOT)?\\.jar")).toList();
    }
    assertThat(jars).hasSize(1);
    List<String> entries = new ArrayList<>();
    try (JarFile jar = new JarFile(jars.get(0).toFile())) {
      jar.stream().map(JarEntry::getName).forEach(entries::add);
    }
    // THEN it holds render's classes and none of the moved ones
    assertThat(entries).contains("io/kubeprint/render/Yaml.class");
    assertThat(moved(entries)).isEmpty();
  }

  @Test
  void should_not_make_render_depend_on_the_cli() throws Exception {
    // GIVEN render's pom
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element pom = factory.newDocumentBuilder().parse(RENDER.resolve("pom.xml").toFile()).getDocumentElement();
    // WHEN its dependencies (and its plugins' dependencies) are listed
    List<String> artifacts = new ArrayList<>();
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      artifacts.add(d.getElementsByTagName("artifactId").item(0).getTextContent().strip());
    }
    // THEN kubeprint-cli is none of them
    assertThat(artifacts).contains("kubeprint-core").doesNotContain("kubeprint-cli");
  }
}
