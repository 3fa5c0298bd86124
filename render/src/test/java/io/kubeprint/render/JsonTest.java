package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.validation.ManifestValidationException;
import org.junit.jupiter.api.Test;

/** JSON output: the canonical tree of one object, or a bundle as a {@code v1 List} in apply order. */
class JsonTest {

  @Test
  void should_render_one_object_as_pretty_printed_json_in_canonical_order() {
    assertThat(Json.render(Fixtures.service("web", "web"))).isEqualTo("""
        {
          "apiVersion": "v1",
          "kind": "Service",
          "metadata": {
            "name": "web"
          },
          "spec": {
            "ports": [
              {
                "port": 80,
                "targetPort": 8080
              }
            ],
            "selector": {
              "app": "web"
            }
          }
        }
        """);
  }

  @Test
  void should_render_a_bundle_as_a_v1_list_in_apply_order() {
    Bundle b = Bundle.of(Fixtures.configMap("b", "k", "v"), Fixtures.secret("api", "key", "s3cr3t"),
        Fixtures.configMap("a", "k", "v"));
    assertThat(Json.render(b)).isEqualTo("""
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "v1",
              "kind": "Secret",
              "metadata": {
                "name": "api"
              },
              "data": {
                "key": "czNjcjN0"
              }
            },
            {
              "apiVersion": "v1",
              "kind": "ConfigMap",
              "metadata": {
                "name": "a"
              },
              "data": {
                "k": "v"
              }
            },
            {
              "apiVersion": "v1",
              "kind": "ConfigMap",
              "metadata": {
                "name": "b"
              },
              "data": {
                "k": "v"
              }
            }
          ]
        }
        """);
  }

  @Test
  void should_render_an_empty_bundle_as_a_list_with_no_items() {
    assertThat(Json.render(Bundle.of())).isEqualTo("""
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": []
        }
        """);
  }

  @Test
  void should_keep_strings_that_look_like_numbers_or_booleans_strings() {
    ConfigMap c = ConfigMap.builder().metadata(ObjectMeta.builder().name("settings").putLabel("version", "3600").build())
        .putData("debug", "on").putData("mode", "0644").build();
    assertThat(Json.render(c)).contains("\"version\": \"3600\"", "\"debug\": \"on\"", "\"mode\": \"0644\"");
  }

  @Test
  void should_redact_secret_values_when_asked() {
    assertThat(Json.render(Fixtures.secret("api", "key", "s3cr3t"), RenderOptions.defaults().secrets(SecretMode.REDACTED)))
        .contains("\"key\": \"**redacted**\"").doesNotContain("czNjcjN0");
  }

  @Test
  void should_refuse_an_invalid_bundle() {
    assertThatThrownBy(() -> Json.render(Bundle.of(Fixtures.podWithoutContainers("web"))))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nPod/web spec.containers: at least one container is required [containers-required]");
  }

  @Test
  void should_read_back_to_equal_objects() {
    Bundle b = YamlTest.everyKind();
    assertThat(Manifests.parse(Json.render(b), "list.json").objects()).containsExactlyElementsOf(Yaml.ordered(b));
    assertThat(Manifests.parse(Json.render(Fixtures.deployment("web")), "one.json").objects())
        .containsExactly(Fixtures.deployment("web"));
  }

  @Test
  void should_hold_the_same_tree_as_the_yaml() {
    Bundle b = YamlTest.everyKind();
    assertThat(Manifests.parse(Json.render(b), "json")).isEqualTo(Manifests.parse(Yaml.render(b), "yaml"));
  }
}
