package io.kubeprint.examples;

import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/workloads.md shows the code of {@link WorkloadKinds} and exactly the YAML it renders, all of it valid. */
class WorkloadsDocTest {

  private static String read(Path file) throws IOException {
    return DocPages.read(file);
  }

  private static String page() throws IOException {
    return DocPages.page("workloads.md");
  }

  @Test
  void should_show_exactly_the_yaml_each_snippet_renders() throws IOException {
    Map<String, String> shown = DocPages.snippets(page());

    assertThat(shown).isEqualTo(WorkloadKinds.snippets());
  }

  @Test
  void should_show_only_java_the_examples_compile() throws IOException {
    String sources = read(Path.of("src/main/java/io/kubeprint/examples/WorkloadKinds.java"));
    List<String> missing = DocPages.javaLinesNotIn(page(), sources);

    assertThat(missing).isEmpty();
  }

  @Test
  void should_build_valid_objects_with_no_warning() {
    Bundle all = Bundle.of(WorkloadKinds.migrate(), WorkloadKinds.renderFrames(), WorkloadKinds.logAgent(),
        WorkloadKinds.nodeProxy()).plus(WorkloadKinds.databaseWithService());

    assertThat(Validator.validate(all)).isEmpty();
  }

  @Test
  void should_hold_what_the_page_asserts_of_it() {
    Bundle all = WorkloadKinds.databaseWithService().plus(WorkloadKinds.migrate(), WorkloadKinds.logAgent());

    assertThat(all).statefulSet("db").hasReplicas(3).hasServiceName("db").claims("data", "10Gi");
    assertThat(all).job("migrate").hasBackoffLimit(2).hasRestartPolicy("OnFailure");
    assertThat(all).daemonSet("log-agent").hasUpdateStrategy("RollingUpdate").hasMaxUnavailable("2");
    assertThat(all).service("db").selects(WorkloadKinds.database().build());
  }

  @Test
  void should_link_the_page_from_the_readme() throws IOException {
    assertThat(read(Path.of("..", "README.md"))).contains("- [Jobs, StatefulSets and DaemonSets](docs/workloads.md): ");
  }
}
