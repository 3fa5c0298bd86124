package io.kubeprint.examples;

import static io.kubeprint.examples.AccountsAndStorage.DATA;
import static io.kubeprint.examples.AccountsAndStorage.DB_ACCOUNT;
import static io.kubeprint.test.KubeAssertions.assertThat;

import io.kubeprint.core.Bundle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** docs/accounts-and-storage.md shows the code of {@link AccountsAndStorage} and exactly the YAML it renders. */
class AccountsAndStorageDocTest {

  private static String read(Path file) throws IOException {
    return DocPages.read(file);
  }

  private static String page() throws IOException {
    return DocPages.page("accounts-and-storage.md");
  }

  @Test
  void should_show_exactly_the_yaml_each_snippet_renders() throws IOException {
    Map<String, String> shown = DocPages.snippets(page());

    Assertions.assertThat(shown).isEqualTo(AccountsAndStorage.snippets());
  }

  @Test
  void should_show_only_java_the_examples_compile() throws IOException {
    String sources = read(Path.of("src/main/java/io/kubeprint/examples/AccountsAndStorage.java"))
        + read(Path.of("src/test/java/io/kubeprint/examples/AccountsAndStorageDocTest.java"));
    List<String> missing = DocPages.javaLinesNotIn(page(), sources);

    Assertions.assertThat(missing).isEmpty();
  }

  @Test
  void should_validate_the_page_app_with_its_references_and_pass_the_page_assertions() {
    Bundle bundle = AccountsAndStorage.app();

    assertThat(bundle).hasNoViolations();
    assertThat(bundle).serviceAccount("web").doesNotAutomountToken().hasImagePullSecret("registry");
    assertThat(bundle).claim("data").requestsStorage("10Gi").hasAccessMode("ReadWriteOnce");
    assertThat(bundle).deployment("db").runsAs(DB_ACCOUNT).mountsClaim(DATA);
  }

  @Test
  void should_link_the_page_from_the_readme_and_from_other_kinds() throws IOException {
    Assertions.assertThat(read(Path.of("..", "README.md")))
        .contains("- [ServiceAccounts and PersistentVolumeClaims](docs/accounts-and-storage.md): ");
    Assertions.assertThat(read(Path.of("..", "docs", "other-kinds.md"))).contains("(accounts-and-storage.md)");
  }
}
