package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM has no parent (an imported BOM would bring the parent's dependencyManagement along), so what it repeats
 * from the parent is checked here: its coordinates, that it manages exactly the five library artifacts at its own
 * version, its Maven Central metadata and its plugin versions.
 */
class BomTest {
  private static final List<String> LIBRARIES = List.of("core", "dsl", "render", "cli", "testkit");

  private static Element pom(String module) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Path file = module.isEmpty() ? Path.of("..", "pom.xml") : Path.of("..", module, "pom.xml");
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element child(Element parent, String path) {
    Element e = parent;
    for (String name : path.split("/")) {
      List<Element> found = children(e, name);
      assertThat(found).as("<%s> in <%s>", name, e.getTagName()).hasSize(1);
      e = found.get(0);
    }
    return e;
  }

  private static String text(Element parent, String path) {
    return child(parent, path).getTextContent().strip();
  }

  /** Group id, artifact id and version of each managed dependency, in the BOM's order. */
  private static List<String> managed(Element pom) {
    List<String> coordinates = new ArrayList<>();
    for (Element d : children(child(pom, "dependencyManagement/dependencies"), "dependency")) {
      coordinates.add(text(d, "groupId") + ":" + text(d, "artifactId") + ":" + text(d, "version"));
    }
    return coordinates;
  }

  /** Plugin artifact id to version in a pom's pluginManagement. */
  private static Map<String, String> pluginVersions(Element pom) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (Element p : children(child(pom, "build/pluginManagement/plugins"), "plugin")) {
      versions.put(text(p, "artifactId"), text(p, "version"));
    }
    return versions;
  }

  @Test
  void should_be_a_module_of_the_parent_at_the_parents_group_and_version() throws Exception {
    // GIVEN the parent pom and the BOM
    Element parent = pom("");
    Element bom = pom("bom");
    // THEN the parent builds the BOM, which has no parent and the parent's group id and version
    assertThat(children(child(parent, "modules"), "module")).extracting(Element::getTextContent).contains("bom");
    assertThat(children(bom, "parent")).isEmpty();
    assertThat(text(bom, "packaging")).isEqualTo("pom");
    assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
  }

  @Test
  void should_manage_exactly_the_five_library_artifacts_at_its_own_version() throws Exception {
    // GIVEN the artifact ids of the library modules
    List<String> expected = new ArrayList<>();
    for (String module : LIBRARIES) {
      expected.add("io.kubeprint:" + text(pom(module), "artifactId") + ":${project.version}");
    }
    // WHEN the BOM's dependencyManagement is read
    List<String> managed = managed(pom("bom"));
    // THEN it manages those five and nothing else
    assertThat(managed).containsExactlyElementsOf(expected);
  }

  @Test
  void should_carry_the_parents_maven_central_metadata() throws Exception {
    // GIVEN the parent pom and the BOM
    Element parent = pom("");
    Element bom = pom("bom");
    // THEN url, licences, developers and scm are the parent's, word for word
    for (String element : List.of("url", "inceptionYear", "licenses", "developers", "scm")) {
      assertThat(text(bom, element)).as(element).isEqualTo(text(parent, element));
    }
  }

  @Test
  void should_pin_each_of_its_plugins_at_the_parents_version() throws Exception {
    // GIVEN the parent's plugin versions
    Map<String, String> parent = pluginVersions(pom(""));
    // WHEN the BOM's are read
    Map<String, String> bom = pluginVersions(pom("bom"));
    // THEN each is the parent's
    assertThat(bom).isNotEmpty();
    assertThat(parent).containsAllEntriesOf(bom);
  }

  @Test
  void should_be_imported_in_the_readme_at_the_current_version() throws Exception {
    // GIVEN the README and the parent's version
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String version = text(pom(""), "version");
    // THEN "Use it in your project" imports this BOM at that version and sets the release a consumer needs
    assertThat(readme).contains("""
              <groupId>io.kubeprint</groupId>
              <artifactId>kubeprint-bom</artifactId>
              <version>%s</version>
              <type>pom</type>
              <scope>import</scope>
        """.formatted(version))
        .contains("<maven.compiler.release>17</maven.compiler.release>");
  }
}
