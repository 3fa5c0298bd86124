package io.kubeprint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every library jar names its module for the module path: {@code Automatic-Module-Name} in its manifest. This
 * module's tests run after the libraries are packaged, so their classes come from the jars the build made;
 * run where they come from class folders (an IDE, a build that stops before {@code package}), it is skipped.
 */
class ModuleNamesTest {
  @ParameterizedTest
  @CsvSource({
      "io.kubeprint.core.Bundle, io.kubeprint.core",
      "io.kubeprint.dsl.Kube, io.kubeprint.dsl",
      "io.kubeprint.render.Yaml, io.kubeprint.render",
      "io.kubeprint.cli.ValidationReport, io.kubeprint.cli",
      "io.kubeprint.test.KubeAssertions, io.kubeprint.testkit"})
  void should_name_the_module_of_each_library_jar(String type, String module)
      throws ClassNotFoundException, IOException, URISyntaxException {
    Path location = Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI());
    assumeTrue(Files.isRegularFile(location), type + " comes from " + location + ", not from a jar");
    try (JarFile jar = new JarFile(location.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(module);
    }
  }
}
