package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.appLabels;
import static io.kubeprint.dsl.Kube.commonLabels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonLabelsTest {

  @Test
  void should_build_the_recommended_app_kubernetes_io_labels_in_order() {
    CommonLabels l = appLabels("webserver").instance("webserver-prod").version("1.4.2").component("frontend")
        .partOf("hello-docker").managedBy("kubeprint");

    assertThat(l.asMap()).containsExactly(
        Map.entry("app.kubernetes.io/name", "webserver"),
        Map.entry("app.kubernetes.io/instance", "webserver-prod"),
        Map.entry("app.kubernetes.io/version", "1.4.2"),
        Map.entry("app.kubernetes.io/component", "frontend"),
        Map.entry("app.kubernetes.io/part-of", "hello-docker"),
        Map.entry("app.kubernetes.io/managed-by", "kubeprint"));
    assertThat(l.toString()).startsWith("CommonLabels{app.kubernetes.io/name=webserver, ");
  }

  @Test
  void should_replace_a_key_in_place_and_merge_other_common_labels() {
    CommonLabels l = commonLabels("team", "web").and("tier", "front").and("team", "shop");

    assertThat(l.asMap()).containsExactly(Map.entry("team", "shop"), Map.entry("tier", "front"));
    assertThat(l.and(commonLabels("tier", "back")).asMap())
        .containsExactly(Map.entry("team", "shop"), Map.entry("tier", "back"));
    assertThat(CommonLabels.none().isEmpty()).isTrue();
  }

  @Test
  void should_report_keys_and_values_the_api_server_would_refuse_at_validation_on_each_object() {
    Bundle app = bundleWide().commonLabels(commonLabels("bad key", "x").and("app.kubernetes.io/version",
        "1.4.2+build/7")).applyTo(Bundle.of(configMap("a").build(), configMap("b").build()));

    assertThat(errors(app)).hasSize(4)
        .allMatch(line -> line.matches("ConfigMap/[ab] metadata\\.labels: .*"))
        .anyMatch(line -> line.startsWith("ConfigMap/a metadata.labels: name part must consist of alphanumeric")
            && line.endsWith("(was \"bad key\") [label-key-syntax]"))
        .anyMatch(line -> line.startsWith("ConfigMap/b metadata.labels: a valid label must be an empty string")
            && line.endsWith("(was \"1.4.2+build/7\") [label-value-syntax]"));
  }

}
