package io.kubeprint.examples;

import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/networking.md shows the code of {@link Networks} and exactly the YAML it renders. */
class NetworkingDocTest {

  private static String read(Path file) throws IOException {
    return DocPages.read(file);
  }

  private static String page() throws IOException {
    return DocPages.page("networking.md");
  }

  @Test
  void should_show_exactly_the_yaml_each_snippet_renders() throws IOException {
    Map<String, String> shown = DocPages.snippets(page());
    assertThat(shown).isEqualTo(Networks.snippets());
  }

  @Test
  void should_show_only_java_the_example_compiles() throws IOException {
    String sources = read(Path.of("src/main/java/io/kubeprint/examples/Networks.java"))
        + read(Path.of("src/test/java/io/kubeprint/examples/NetworkingDocTest.java"));
    List<String> missing = DocPages.javaLinesNotIn(page(), sources);
    assertThat(missing).isEmpty();
  }

  @Test
  void should_validate_the_shop_and_hold_what_the_page_says() {
    Bundle shop = Networks.shopBundle();
    assertThat(shop).hasNoViolations();
    assertThat(shop).ingress("shop").routes("/", "web", "http").routes("/api", "api", 9000).hasTls("shop-cert");
    assertThat(shop).networkPolicy("api-from-web").selects(Networks.API).allowsFrom(Networks.WEB, 9000);
    assertThat(shop).networkPolicy("deny-all").deniesAllIngress().deniesAllEgress();
    assertThat(shop).networkPolicy("web-egress").allowsTo(Networks.API, 9000);
  }
}
