package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.workload.Pod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Rendering objects and bundles as YAML: exact text, apply order, Secrets, validation and the sinks. */
class YamlTest {
  private static final String SENTINEL = "S3NT1NEL-do-not-print";
  private static final RenderOptions UNCHECKED = RenderOptions.defaults().validate(false);

  /** One object of each kind, given in the reverse of apply order. */
  static Bundle everyKind() {
    return Bundle.of(Fixtures.podTemplate("tpl"), Fixtures.cronJob("nightly"), Fixtures.deployment("web"),
        Fixtures.replicaSet("rs"), Fixtures.pod("debug"), Fixtures.service("web", "web"),
        Fixtures.configMap("settings", "mode", "fast"), Fixtures.secret("api", "key", "s3cr3t"));
  }

  static List<String> kindLines(String yaml) {
    return yaml.lines().filter(l -> l.startsWith("kind: ")).toList();
  }

  static List<Object> loadAll(String yaml) {
    List<Object> out = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(out::add);
    return out;
  }

  @Nested
  class Text {
    @Test
    void should_render_a_config_map_with_api_version_kind_metadata_first_and_data_sorted() {
      // GIVEN a ConfigMap whose data keys are given unsorted
      var c = io.kubeprint.core.config.ConfigMap.builder().metadata(Fixtures.meta("settings"))
          .putData("mode", "fast").putData("level", "debug").build();
      // WHEN rendering it THEN the keys are in canonical order
      assertThat(Yaml.render(c)).isEqualTo("""
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
          data:
            level: debug
            mode: fast
          """);
    }

    @Test
    void should_render_a_deployment_with_nested_keys_sorted() {
      assertThat(Yaml.render(Fixtures.deployment("web"))).isEqualTo("""
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
          spec:
            replicas: 3
            selector:
              matchLabels:
                app: web
            template:
              metadata:
                labels:
                  app: web
              spec:
                containers:
                - image: nginx
                  name: web
          """);
    }

    @Test
    void should_render_a_service() {
      assertThat(Yaml.render(Fixtures.service("web", "web"))).isEqualTo("""
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ports:
            - port: 80
              targetPort: 8080
            selector:
              app: web
          """);
    }

    @Test
    void should_sort_label_and_annotation_keys_and_keep_namespace_in_metadata() {
      Pod p = Pod.builder()
          .metadata(ObjectMeta.builder().name("web").namespace("shop").putLabel("tier", "front").putLabel("app", "web")
              .putAnnotation("owner", "team").build())
          .spec(Fixtures.podSpec())
          .build();
      assertThat(Yaml.render(p)).isEqualTo("""
          apiVersion: v1
          kind: Pod
          metadata:
            annotations:
              owner: team
            labels:
              app: web
              tier: front
            name: web
            namespace: shop
          spec:
            containers:
            - image: nginx
              name: web
          """);
    }

    @Test
    void should_keep_lists_in_the_order_given() {
      // GIVEN containers and args in an order that is not sorted
      Pod p = Pod.builder().metadata(Fixtures.meta("web"))
          .spec(PodSpec.builder()
              .addContainer(Container.builder().name("web").image("nginx").addArg("serve").addArg("--all").build())
              .addContainer(Fixtures.container("agent", "busybox"))
              .build())
          .build();
      // WHEN rendering THEN lists keep their order while keys are sorted
      assertThat(Yaml.render(p)).isEqualTo("""
          apiVersion: v1
          kind: Pod
          metadata:
            name: web
          spec:
            containers:
            - args:
              - serve
              - --all
              image: nginx
              name: web
            - image: busybox
              name: agent
          """);
    }

    @Test
    void should_leave_out_empty_and_null_values() {
      // GIVEN a pod whose untyped fields hold nulls, and an empty typed map and list
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("hostname", null);
      extra.put("dnsConfig", null);
      Pod p = Pod.builder().metadata(ObjectMeta.builder().name("web").labels(Map.of()).build())
          .spec(PodSpec.builder().from(Fixtures.podSpec()).volumes(List.of()).extra(Fields.of(extra)).build())
          .build();
      // WHEN rendering THEN none of them shows
      assertThat(Yaml.render(p)).isEqualTo("""
          apiVersion: v1
          kind: Pod
          metadata:
            name: web
          spec:
            containers:
            - image: nginx
              name: web
          """);
    }

    @Test
    void should_keep_an_empty_object_among_untyped_fields() {
      // an empty object may select behaviour (like emptyDir: {}), so an untyped one stays
      Pod p = Pod.builder().metadata(Fixtures.meta("web"))
          .spec(PodSpec.builder().from(Fixtures.podSpec()).extra(Fields.of("securityContext", Map.of())).build())
          .build();
      assertThat(Yaml.render(p)).endsWith("""
            - image: nginx
              name: web
            securityContext: {}
          """);
    }

    @Test
    void should_write_only_line_feeds_even_where_the_platform_separator_is_crlf() {
      // GIVEN a platform whose line separator is CRLF, and a value holding a CRLF
      String saved = System.getProperty("line.separator");
      System.setProperty("line.separator", "\r\n");
      try {
        Bundle b = Bundle.of(Fixtures.configMap("settings", "raw", "a\r\nb"), Fixtures.deployment("web"));
        // WHEN rendering THEN no carriage return is written
        String yaml = Yaml.render(b);
        assertThat(yaml).doesNotContain("\r").contains("\n---\n");
      } finally {
        System.setProperty("line.separator", saved);
      }
    }
  }

  @Nested
  class Bundles {
    @Test
    void should_render_a_bundle_in_apply_order_of_kinds() {
      // GIVEN one object of each kind in reverse apply order
      // WHEN rendering the bundle THEN kinds follow Helm's install order, PodTemplate last
      assertThat(kindLines(Yaml.render(everyKind()))).containsExactly("kind: Secret", "kind: ConfigMap",
          "kind: Service", "kind: Pod", "kind: ReplicaSet", "kind: Deployment", "kind: CronJob", "kind: PodTemplate");
    }

    @Test
    void should_order_objects_of_one_kind_by_namespace_then_name() {
      Bundle b = Bundle.of(Fixtures.pod("b", "a"), Fixtures.pod("a", "z"), Fixtures.pod("m"), Fixtures.pod("a", "c"));
      assertThat(Yaml.ordered(b)).extracting(o -> o.metadata().namespace().orElse("") + "/" + o.name())
          .containsExactly("/m", "a/c", "a/z", "b/a");
    }

    @Test
    void should_separate_documents_with_a_marker_line_and_nothing_before_the_first() {
      String yaml = Yaml.render(Bundle.of(Fixtures.configMap("b", "k", "v"), Fixtures.configMap("a", "k", "v")));
      assertThat(yaml).isEqualTo("""
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: a
          data:
            k: v
          ---
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: b
          data:
            k: v
          """);
    }

    @Test
    void should_render_an_empty_bundle_as_empty_text() {
      assertThat(Yaml.render(Bundle.of())).isEmpty();
    }

    @Test
    void should_render_the_same_bytes_whatever_the_order_objects_are_given_in() {
      List<KubeObject> objects = new ArrayList<>(everyKind().objects());
      String first = Yaml.render(Bundle.of(objects));
      java.util.Collections.reverse(objects);
      assertThat(Yaml.render(Bundle.of(objects))).isEqualTo(first);
    }

    @Test
    void should_render_each_document_as_the_object_renders_alone() {
      Bundle b = everyKind();
      String joined = String.join("---\n", Yaml.ordered(b).stream().map(Yaml::render).toList());
      assertThat(Yaml.render(b)).isEqualTo(joined);
    }
  }

  @Nested
  class Secrets {
    @Test
    void should_write_secret_values_base64_encoded_in_data() {
      assertThat(Yaml.render(Fixtures.secret("api", "key", "s3cr3t"))).isEqualTo("""
          apiVersion: v1
          kind: Secret
          metadata:
            name: api
          data:
            key: czNjcjN0
          """);
    }

    @Test
    void should_replace_every_value_by_the_marker_when_redacting_and_keep_the_keys() {
      // GIVEN a Secret with two values
      Secret s = Secret.builder().from(Fixtures.secret("api", "key", SENTINEL))
          .putData("id", io.kubeprint.core.config.Bytes.utf8("client-1")).build();
      // WHEN rendering it redacted
      String yaml = Yaml.render(s, RenderOptions.defaults().secrets(SecretMode.REDACTED));
      // THEN each value reads back as the marker
      @SuppressWarnings("unchecked")
      Map<String, Object> doc = (Map<String, Object>) loadAll(yaml).get(0);
      assertThat(doc.get("data")).isEqualTo(Map.of("id", "**redacted**", "key", "**redacted**"));
      assertThat(SecretMode.REDACTED_MARKER).isEqualTo("**redacted**");
    }

    @Test
    void should_never_show_a_secret_value_in_redacted_output_messages_or_to_string() {
      // GIVEN a Secret holding a sentinel value, in a bundle that is invalid (a pod without containers)
      Secret s = Fixtures.secret("api", "password", SENTINEL);
      Bundle b = Bundle.of(s, Fixtures.podWithoutContainers("web"));
      String base64 = Base64.getEncoder().encodeToString(SENTINEL.getBytes(StandardCharsets.UTF_8));
      RenderOptions redacted = RenderOptions.defaults().secrets(SecretMode.REDACTED);
      // WHEN rendering redacted, printing, and failing validation
      List<String> texts = List.of(
          Yaml.render(b, redacted.validate(false)),
          Yaml.render(s, redacted),
          Json.render(b, redacted.validate(false)),
          Json.render(s, redacted),
          s.toString(),
          b.toString(),
          catchThrowableOfType(ManifestValidationException.class, () -> Yaml.render(b)).getMessage(),
          catchThrowableOfType(ManifestValidationException.class, () -> Json.render(b)).getMessage());
      // THEN the value shows nowhere, neither plain nor encoded
      assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(SENTINEL).doesNotContain(base64));
    }
  }

  @Nested
  class Validation {
    @Test
    void should_refuse_an_invalid_bundle_listing_every_violation() {
      // GIVEN a bundle with a pod without containers and a ConfigMap given twice
      Bundle b = Bundle.of(Fixtures.podWithoutContainers("web"), Fixtures.configMap("settings", "k", "v"),
          Fixtures.configMap("settings", "k", "v"));
      // WHEN rendering it
      ManifestValidationException e = catchThrowableOfType(ManifestValidationException.class, () -> Yaml.render(b));
      // THEN one exception lists both, sorted
      assertThat(e).hasMessage("""
          2 violations
          ConfigMap/settings metadata.name: must be unique per kind and namespace in a bundle (was "settings" again)\
           [duplicate-object]
          Pod/web spec.containers: at least one container is required [containers-required]""");
      assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("duplicate-object", "containers-required");
    }

    @Test
    void should_refuse_an_invalid_object() {
      assertThatThrownBy(() -> Yaml.render(Fixtures.podWithoutContainers("web")))
          .isInstanceOf(ManifestValidationException.class)
          .hasMessage("1 violation\nPod/web spec.containers: at least one container is required [containers-required]");
    }

    @Test
    void should_render_an_invalid_object_when_validation_is_off() {
      assertThat(Yaml.render(Fixtures.podWithoutContainers("web"), UNCHECKED))
          .isEqualTo("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n");
    }

    @Test
    void should_write_nothing_to_a_writer_when_the_bundle_is_invalid() {
      StringWriter w = new StringWriter();
      assertThatThrownBy(() -> Yaml.write(Bundle.of(Fixtures.configMap("a", "k", "v"),
          Fixtures.podWithoutContainers("web")), w)).isInstanceOf(ManifestValidationException.class);
      assertThat(w.toString()).isEmpty();
    }
  }

  @Nested
  class Sinks {
    private final Bundle bundle = everyKind().plus(Pod.builder()
        .metadata(ObjectMeta.builder().name("intl").putAnnotation("note", "café ✓ 日本").build())
        .spec(Fixtures.podSpec()).build());

    @Test
    void should_write_the_same_utf8_bytes_to_a_writer_an_output_stream_a_file_and_a_string(@TempDir Path dir)
        throws IOException {
      // WHEN rendering one bundle to every sink
      StringWriter w = new StringWriter();
      Yaml.write(bundle, w);
      ByteArrayOutputStream os = new ByteArrayOutputStream();
      Yaml.write(bundle, os);
      Path file = dir.resolve("all.yaml");
      Yaml.writeFile(bundle, file);
      // THEN every sink holds the same UTF-8 bytes
      byte[] expected = Yaml.render(bundle).getBytes(StandardCharsets.UTF_8);
      assertThat(w.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
      assertThat(os.toByteArray()).isEqualTo(expected);
      assertThat(Files.readAllBytes(file)).isEqualTo(expected);
      assertThat(new String(expected, StandardCharsets.UTF_8)).contains("café ✓ 日本");
    }

    @Test
    void should_leave_the_writer_and_stream_open() throws IOException {
      StringWriter w = new StringWriter();
      Yaml.write(Bundle.of(Fixtures.configMap("a", "k", "v")), w);
      w.write("# after");
      ByteArrayOutputStream os = new ByteArrayOutputStream();
      Yaml.write(Bundle.of(Fixtures.configMap("a", "k", "v")), os);
      os.write('#');
      assertThat(w.toString()).endsWith("k: v\n# after");
      assertThat(os.toString(StandardCharsets.UTF_8)).endsWith("k: v\n#");
    }

    @Test
    void should_write_a_file_atomically_leaving_no_temporary_file(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("app.yaml");
      Files.writeString(file, "old\n");
      Yaml.writeFile(bundle, file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Yaml.render(bundle));
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s).containsExactly(file);
      }
    }

    @Test
    void should_leave_an_existing_file_as_it_was_when_the_bundle_is_invalid(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("app.yaml");
      Files.writeString(file, "old\n");
      assertThatThrownBy(() -> Yaml.writeFile(Bundle.of(Fixtures.podWithoutContainers("web")), file))
          .isInstanceOf(ManifestValidationException.class);
      assertThat(Files.readString(file)).isEqualTo("old\n");
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s).containsExactly(file);
      }
    }
  }

  @Nested
  class Options {
    @Test
    void should_default_to_base64_secrets_and_validation() {
      assertThat(RenderOptions.defaults().secrets()).isEqualTo(SecretMode.BASE64);
      assertThat(RenderOptions.defaults().validate()).isTrue();
      assertThat(RenderOptions.defaults()).hasToString("RenderOptions{secrets=BASE64, validate=true}");
    }

    @Test
    void should_copy_on_change_and_compare_by_value() {
      RenderOptions r = RenderOptions.defaults().secrets(SecretMode.REDACTED).validate(false);
      assertThat(r).isEqualTo(RenderOptions.defaults().validate(false).secrets(SecretMode.REDACTED))
          .hasSameHashCodeAs(RenderOptions.defaults().validate(false).secrets(SecretMode.REDACTED))
          .isNotEqualTo(RenderOptions.defaults());
      assertThat(RenderOptions.defaults().validate()).isTrue();
    }

    @Test
    void should_refuse_a_null_secret_mode() {
      assertThatThrownBy(() -> RenderOptions.defaults().secrets(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("mode == null");
    }
  }
}
