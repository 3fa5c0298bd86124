package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Pod;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading manifests as {@code kubectl} and a v1.32 API server read them: YAML 1.1 scalars as go-yaml
 * resolves them, fields and JSON types checked against the schema, every problem a
 * {@link ManifestReadException} naming source, document, path and problem.
 */
class ManifestsTest {
  private static final String SENTINEL = "S3NT1NEL-do-not-print";

  private static final String CONFIG_MAP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      """;

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - image: nginx
          name: web
      """;

  static ManifestReadException readError(String text) {
    return catchThrowableOfType(ManifestReadException.class, () -> Manifests.parse(text, "in.yaml"));
  }

  static <T extends KubeObject> T readOne(String text, Class<T> type) {
    Bundle b = Manifests.parse(text, "in.yaml");
    assertThat(b.objects()).hasSize(1);
    return type.cast(b.objects().get(0));
  }

  static String labelled(String value) {
    return CONFIG_MAP + "  labels:\n    tier: " + value + "\n";
  }

  @Nested
  class Streams {
    @Test
    void should_read_every_document_of_a_stream_in_order_skipping_empty_ones_and_comments() {
      // GIVEN a stream with a leading ---, comments, empty documents and a closing ...
      String text = """
          ---
          # the first
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: first
          ---
          ---
          # nothing but a comment
          ---
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: second
          ...
          """;
      // WHEN reading it
      Bundle b = Manifests.parse(text, "in.yaml");
      // THEN both objects are read, in stream order
      assertThat(b.objects()).extracting(KubeObject::name).containsExactly("first", "second");
    }

    @Test
    void should_read_nothing_from_a_stream_of_comments_only() {
      assertThat(Manifests.parse("# nothing here\n---\n# nor here\n", "in.yaml").objects()).isEmpty();
    }

    @Test
    void should_name_a_document_by_its_position_counting_empty_documents() {
      // GIVEN an error in the third document, after an empty second one
      String text = CONFIG_MAP + "---\n---\n" + POD.replace("image: nginx", "image: nginx\n    imagePullPolicy: on");
      // WHEN reading it
      ManifestReadException e = readError(text);
      // THEN the error names document 3
      assertThat(e).hasMessage("in.yaml (document 3): spec.containers[0].imagePullPolicy: must be a string"
          + " (was boolean true)");
      assertThat(e.source()).isEqualTo("in.yaml");
      assertThat(e.document()).isEqualTo(3);
      assertThat(e.path()).isEqualTo("spec.containers[0].imagePullPolicy");
      assertThat(e.problem()).isEqualTo("must be a string (was boolean true)");
    }

    @Test
    void should_read_json() {
      // GIVEN a JSON object
      String json = "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"settings\"},"
          + " \"data\": {\"port\": \"8080\", \"debug\": \"on\"}}";
      // WHEN reading it
      ConfigMap c = readOne(json, ConfigMap.class);
      // THEN quoted JSON strings stay strings
      assertThat(c.name()).isEqualTo("settings");
      assertThat(c.data()).containsExactly(Map.entry("port", "8080"), Map.entry("debug", "on"));
    }

    @Test
    void should_read_the_items_of_a_v1_list_as_json_renders_a_bundle() {
      // GIVEN a bundle rendered as a JSON v1 List
      Bundle bundle = Bundle.of(Fixtures.deployment("web"), Fixtures.configMap("settings", "mode", "fast"));
      String json = Json.render(bundle);
      // WHEN reading it back
      Bundle back = Manifests.parse(json, "list.json");
      // THEN the items are the objects, in the List's (apply) order
      assertThat(back.objects()).containsExactly(Fixtures.configMap("settings", "mode", "fast"),
          Fixtures.deployment("web"));
    }

    @Test
    void should_name_the_item_of_a_v1_list_at_fault() {
      // GIVEN a List whose second item has an unknown field
      String text = """
          apiVersion: v1
          kind: List
          items:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: a
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: b
            colour: blue
          """;
      // WHEN reading it THEN the path starts at the item
      assertThat(readError(text)).hasMessage("in.yaml (document 1): items[1].colour: unknown field"
          + " \"colour\": Kubernetes has no such field");
    }

    @Test
    void should_read_files_and_directories_in_path_order_skipping_kustomization_and_other_files(
        @TempDir Path dir) throws IOException {
      // GIVEN a directory with manifests in a sub-folder, a kustomization.yaml and a README
      Files.createDirectories(dir.resolve("sub"));
      Files.writeString(dir.resolve("b.yaml"), CONFIG_MAP.replace("settings", "b"));
      Files.writeString(dir.resolve("sub/a.yml"), CONFIG_MAP.replace("settings", "sub-a"));
      Files.writeString(dir.resolve("a.json"), "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\","
          + " \"metadata\": {\"name\": \"a\"}}");
      Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n- b.yaml\n");
      Files.writeString(dir.resolve("README.md"), "# not a manifest\n");
      // WHEN reading the directory
      Bundle b = Manifests.read(dir);
      // THEN every manifest file is read, in path order
      assertThat(b.objects()).extracting(KubeObject::name).containsExactly("a", "b", "sub-a");
    }

    @Test
    void should_refuse_a_file_that_does_not_exist(@TempDir Path dir) {
      Path missing = dir.resolve("missing.yaml");
      ManifestReadException e = catchThrowableOfType(ManifestReadException.class, () -> Manifests.read(missing));
      assertThat(e).hasMessage(missing + ": no such file or directory");
      assertThat(e.document()).isZero();
    }

    @Test
    void should_name_the_file_in_errors_when_reading_files(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("app.yaml");
      Files.writeString(file, labelled("yes"));
      ManifestReadException e = catchThrowableOfType(ManifestReadException.class, () -> Manifests.read(file));
      assertThat(e).hasMessage(file + " (document 1): metadata.labels[tier]: must be a string (was boolean true)");
      assertThat(e.source()).isEqualTo(file.toString());
    }

    @Test
    void should_read_files_as_utf8_whatever_the_platform_charset(@TempDir Path dir) throws IOException {
      // GIVEN a UTF-8 file (the tests run with ISO-8859-1 as the default charset)
      Path file = dir.resolve("app.yaml");
      Files.write(file, (CONFIG_MAP + "  annotations:\n    note: café ✓\n").getBytes(StandardCharsets.UTF_8));
      // WHEN reading it THEN the text is decoded as UTF-8
      assertThat(Manifests.read(file).objects().get(0).metadata().annotations()).containsEntry("note", "café ✓");
    }

    @Test
    void should_read_a_file_saved_on_windows_with_a_byte_order_mark_and_crlf_line_ends(@TempDir Path dir)
        throws IOException {
      Path file = dir.resolve("app.yaml");
      Files.write(file, ("\uFEFF" + CONFIG_MAP + "data:\n  conf: |\n    a = 1\n    b = 2\n").replace("\n", "\r\n")
          .getBytes(StandardCharsets.UTF_8));
      ConfigMap c = (ConfigMap) Manifests.read(file).objects().get(0);
      assertThat(c.name()).isEqualTo("settings");
      assertThat(c.data()).containsExactly(Map.entry("conf", "a = 1\nb = 2\n"));
    }

    @Test
    void should_read_a_stream_from_a_reader() {
      Bundle b = Manifests.read(new StringReader(CONFIG_MAP), "stdin");
      assertThat(b.objects()).extracting(KubeObject::displayName).containsExactly("ConfigMap/settings");
    }
  }

  @Nested
  class Go_yaml_scalars {
    @Test
    void should_read_an_escaped_single_quote_in_a_double_quoted_scalar_as_go_yaml_does() {
      ConfigMap c = (ConfigMap) Manifests.parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n"
          + "  cmd: \"echo \\'hi\\' \\\\n\"\n", "in.yaml").objects().get(0);
      assertThat(c.data()).containsEntry("cmd", "echo 'hi' \\n");
    }

    @Test
    void should_ignore_what_follows_a_document_end_marker_up_to_the_next_separator_as_kubectl_does() {
      Bundle b = Manifests.parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n...\nnot: read\n---\n"
          + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n", "in.yaml");
      assertThat(b.objects()).extracting(o -> o.name()).containsExactly("a", "b");
    }

    @ParameterizedTest
    @CsvSource({
        "on, boolean true",
        "yes, boolean true",
        "y, boolean true",
        "Y, boolean true",
        "True, boolean true",
        "off, boolean false",
        "no, boolean false",
        "n, boolean false",
        "0644, number 420",
        "0o644, number 420",
        "08, number 8",
        "1_000, number 1000",
        "0x1F, number 31",
        "0b101, number 5",
        "1e3, number 1000",
        "-1.5, number -1.5",
    })
    void should_refuse_a_label_value_that_go_yaml_reads_as_no_string(String value, String was) {
      // GIVEN an unquoted label value that YAML 1.1 (go-yaml, kubectl) reads as a boolean or a number
      // WHEN reading it THEN it is refused where Kubernetes wants a string, naming what it was read as
      assertThat(readError(labelled(value)))
          .hasMessage("in.yaml (document 1): metadata.labels[tier]: must be a string (was " + was + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:20", "2001-12-14t21:59:43.10-05:00", "2024-01-31", "12:30:45", "0.1.2", "1e", "0x",
        "v1", "+", "true-ish", "0b102"})
    void should_keep_a_plain_scalar_as_a_string_when_go_yaml_does(String value) {
      // GIVEN a label value that looks like a number or a timestamp but that go-yaml reads as a string
      ConfigMap c = readOne(labelled(value), ConfigMap.class);
      // THEN it reads as that string
      assertThat(c.metadata().labels()).containsExactly(Map.entry("tier", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'on'", "\"yes\"", "\"0644\"", "!!str 0644", "'~'"})
    void should_read_a_quoted_or_str_tagged_scalar_as_a_string(String value) {
      ConfigMap c = readOne(labelled(value), ConfigMap.class);
      String expected = value.startsWith("!!str ") ? value.substring(6) : value.substring(1, value.length() - 1);
      assertThat(c.metadata().labels()).containsExactly(Map.entry("tier", expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null", "NULL"})
    void should_drop_a_label_whose_value_is_null_as_the_api_server_does(String value) {
      // kubectl sends {"tier": null}; the server's object has no such label (a 1.32 server prints a selector
      // {app: null} as MatchLabels:map[string]string{} and refuses it as empty)
      assertThat(readOne(labelled(value), ConfigMap.class).metadata().labels()).isEmpty();
    }

    @Test
    void should_drop_null_map_values_so_that_a_selector_of_nulls_is_empty_and_refused() {
      // GIVEN a Deployment whose selector and template label are app: null (variants m00481, m01437)
      String text = """
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
            annotations:
              note: null
          spec:
            selector:
              matchLabels:
                app: null
            template:
              metadata:
                labels:
                  app: ~
              spec:
                containers:
                - name: web
                  image: nginx
          """;
      // WHEN reading and validating it
      Deployment d = readOne(text, Deployment.class);
      // THEN the entries are gone, and the empty selector is refused as the API server refuses it
      assertThat(d.metadata().annotations()).isEmpty();
      assertThat(d.spec().selector().orElseThrow().matchLabels()).isEmpty();
      assertThat(Validator.validate(Bundle.of(d))).extracting(Violation::path, Violation::ruleId)
          .contains(org.assertj.core.groups.Tuple.tuple("spec.selector", "selector-empty"));
    }

    @Test
    void should_read_an_unquoted_boolean_mapping_key_as_its_json_text() {
      // sigs.k8s.io/yaml turns the key true into "true"
      ConfigMap c = readOne(CONFIG_MAP + "  labels:\n    on: enabled\n", ConfigMap.class);
      assertThat(c.metadata().labels()).containsExactly(Map.entry("true", "enabled"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.Inf", "+.INF", ".nan", ".NaN"})
    void should_refuse_infinity_and_nan_which_json_cannot_hold(String value) {
      assertThat(readError(labelled(value))).hasMessage("in.yaml (document 1): metadata.labels.tier: must be a"
          + " finite number or a quoted string: JSON has no infinity or NaN (was a YAML float infinity or NaN,"
          + " line 6)");
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "1e1, 10", "2.0, 2", "0x0A, 10", "012, 10", "+4, 4"})
    void should_read_a_whole_number_in_any_go_yaml_form_as_an_integer(String yaml, int replicas) {
      Deployment d = readOne(deployment("  replicas: " + yaml + "\n"), Deployment.class);
      assertThat(d.spec().replicas()).contains(replicas);
    }

    @Test
    void should_resolve_aliases_and_merge_keys() {
      // GIVEN labels shared by an anchor and a merge key
      String text = """
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
            labels: &common
              app: web
            annotations:
              <<: *common
              owner: team-a
          """;
      ConfigMap c = readOne(text, ConfigMap.class);
      assertThat(c.metadata().labels()).containsExactly(Map.entry("app", "web"));
      assertThat(c.metadata().annotations()).containsOnly(Map.entry("app", "web"), Map.entry("owner", "team-a"));
    }
  }

  static String deployment(String specLines) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
        """ + specLines;
  }

  @Nested
  class Schema_and_types {
    @Test
    void should_read_a_stream_starting_with_a_brace_as_json_values_as_kubectl_does() {
      // GIVEN two JSON objects, tab-indented, one after the other (no YAML document markers)
      String text = "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"ConfigMap\",\n\t\"metadata\": {\"name\": \"a\"},\n"
          + "\t\"data\": {\"url\": \"http:\\/\\/example.com\", \"url\": \"last\"}\n}\n"
          + "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"metadata\": {\"name\": \"b\"},"
          + " \"spec\": {\"replicas\": 2.0}}\n";
      // WHEN reading it
      List<KubeObject> objects = Manifests.parse(text, "in.json").objects();
      // THEN both are read, the last of a repeated key wins and a whole float is an integer
      assertThat(objects).hasSize(2);
      assertThat(((ConfigMap) objects.get(0)).data()).containsExactly(Map.entry("url", "last"));
      assertThat(((Deployment) objects.get(1)).spec().replicas()).contains(2);
    }

    @Test
    void should_refuse_yaml_flow_syntax_at_the_start_as_kubectl_reads_it_as_json() {
      ManifestReadException e = readError("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n");
      assertThat(e).hasMessage("in.yaml (document 1): kubectl reads input that starts with '{' as JSON, and this is"
          + " not JSON (invalid character 'a' looking for beginning of object key string at offset 2); quote its"
          + " keys, start it with a '---' line, or write it in block style");
      assertThat(e.problems()).singleElement().extracting(ReadProblem::unreadable).isEqualTo(false);
    }

    @Test
    void should_read_flow_syntax_after_a_leading_separator_as_yaml_as_kubectl_decides_once_per_stream() {
      // kubectl 1.32's YAMLOrJSONDecoder sniffs the start of the stream only: "---" makes all of it YAML
      Bundle b = Manifests.parse("---\n{\n  apiVersion: \"v1\",\n  kind: \"ConfigMap\",\n  metadata: {name: \"a\"},\n}\n",
          "in.yaml");
      assertThat(b.objects()).singleElement().isInstanceOf(ConfigMap.class);
    }

    @Test
    void should_read_a_comment_before_flow_syntax_as_yaml_as_kubectl_only_skips_white_space() {
      Bundle b = Manifests.parse("# settings\n{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n", "in.yaml");
      assertThat(b.objects()).singleElement().isInstanceOf(ConfigMap.class);
    }

    @Test
    void should_name_the_place_json_stops_being_json_as_go_does() {
      ManifestReadException e = readError("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",}\n");
      assertThat(e.problem()).isEqualTo("kubectl reads input that starts with '{' as JSON, and this is not JSON"
          + " (invalid character '}' looking for beginning of object key string at offset 42); quote its keys, start"
          + " it with a '---' line, or write it in block style");
    }

    @Test
    void should_list_every_document_of_the_wrong_shape_in_one_exception() {
      String text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndat: {}\n---\n"
          + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n---\n"
          + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: 3}\n";
      ManifestReadException e = readError(text);
      assertThat(e).hasMessage("in.yaml (document 1): dat: unknown field \"dat\": Kubernetes has no such field\n"
          + "in.yaml (document 3): metadata.name: must be a string (was number 3)");
      assertThat(e.problems()).extracting(ReadProblem::object).containsExactly("ConfigMap/a", "ConfigMap/");
    }

    @Test
    void should_return_the_readable_objects_with_the_problems_of_the_others() throws IOException {
      Path file = Files.writeString(Files.createTempDirectory("kp").resolve("two.yaml"),
          "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndat: {}\n---\n"
          + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");
      ReadResult r = Manifests.readWithProblems(file);
      assertThat(r.objects()).extracting(KubeObject::displayName).containsExactly("ConfigMap/b");
      assertThat(r.problems()).extracting(ReadProblem::toString).containsExactly(file + " (document 1): ConfigMap/a"
          + " dat: unknown field \"dat\": Kubernetes has no such field");
      assertThat(r.hasUnreadable()).isFalse();
    }

    @Test
    void should_read_a_quantity_that_is_only_a_suffix_as_zero_as_the_api_server_does() {
      // variants m01444: limits.memory "Gi" is accepted; resource.ParseQuantity reads it as 0
      Pod p = readOne(POD + "    resources:\n      limits:\n        memory: Gi\n        cpu: m\n", Pod.class);
      assertThat(p.spec().containers().get(0).resources().orElseThrow().limits().values())
          .allSatisfy(q -> assertThat(q.value()).isZero());
      assertThat(Validator.validate(Bundle.of(p))).filteredOn(Violation::isError).isEmpty();
    }

    @Test
    void should_trim_a_quantity_as_quantity_unmarshal_json_does() {
      Pod p = readOne(POD + "    resources:\n      limits:\n        memory: \" 1Gi\\t\"\n", Pod.class);
      assertThat(p.spec().containers().get(0).resources().orElseThrow().limits()).hasToString("{memory=1Gi}");
    }

    @Test
    void should_read_nulls_in_lists_as_zero_values_and_drop_them_from_maps() {
      // GIVEN nulls in lists, where Go's decoder leaves zero values, and in a map of quantities
      String text = POD + "    args: [null, run]\n    resources:\n      limits:\n        cpu: null\n        memory: 1Gi\n"
          + "  imagePullSecrets: [null]\n";
      // WHEN reading it
      Pod p = readOne(text, Pod.class);
      // THEN a null string is "" and a null object an empty one, while the null quantity is no entry
      assertThat(p.spec().containers().get(0).args()).containsExactly("", "run");
      assertThat(p.spec().containers().get(0).resources().orElseThrow().limits()).hasToString("{memory=1Gi}");
      assertThat(p.spec().imagePullSecrets()).hasSize(1);
      assertThat(p.spec().imagePullSecrets().get(0).name()).isEmpty();
    }

    @Test
    void should_refuse_an_unknown_field_naming_its_nested_path() {
      String text = POD + "    livenessProbe:\n      httpGet:\n        port: 80\n        pth: /healthz\n";
      ManifestReadException e = readError(text);
      assertThat(e).hasMessage("in.yaml (document 1): spec.containers[0].livenessProbe.httpGet.pth: unknown field"
          + " \"spec.containers[0].livenessProbe.httpGet.pth\": Kubernetes has no such field");
      assertThat(e.path()).isEqualTo("spec.containers[0].livenessProbe.httpGet.pth");
    }

    @Test
    void should_refuse_an_unknown_top_level_field() {
      assertThat(readError(CONFIG_MAP + "dat:\n  a: b\n"))
          .hasMessage("in.yaml (document 1): dat: unknown field \"dat\": Kubernetes has no such field");
    }

    @Test
    void should_refuse_a_status_below_the_top_level() {
      assertThat(readError(POD + "    status: ready\n")).hasMessage("in.yaml (document 1): spec.containers[0].status:"
          + " unknown field \"spec.containers[0].status\": Kubernetes has no such field");
    }

    @Test
    void should_refuse_a_string_for_replicas() {
      assertThat(readError(deployment("  replicas: \"3\"\n")))
          .hasMessage("in.yaml (document 1): spec.replicas: must be an integer (was string \"3\")");
    }

    @Test
    void should_refuse_a_fraction_for_replicas() {
      assertThat(readError(deployment("  replicas: 1.5\n")))
          .hasMessage("in.yaml (document 1): spec.replicas: must be an integer (was number 1.5)");
    }

    @Test
    void should_refuse_replicas_beyond_32_bits() {
      assertThat(readError(deployment("  replicas: 3000000000\n")))
          .hasMessage("in.yaml (document 1): spec.replicas: must be a 32-bit integer (was 3000000000)");
    }

    @Test
    void should_refuse_a_number_for_a_label_value_in_json() {
      String json = "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\","
          + " \"metadata\": {\"name\": \"settings\", \"labels\": {\"tier\": 1}}}";
      assertThat(readError(json))
          .hasMessage("in.yaml (document 1): metadata.labels[tier]: must be a string (was number 1)");
    }

    @Test
    void should_refuse_an_object_for_a_string() {
      assertThat(readError(POD.replace("image: nginx", "image:\n      name: nginx")))
          .hasMessage("in.yaml (document 1): spec.containers[0].image: must be a string (was an object)");
    }

    @Test
    void should_refuse_a_list_for_a_string() {
      assertThat(readError(POD.replace("image: nginx", "image: [nginx]")))
          .hasMessage("in.yaml (document 1): spec.containers[0].image: must be a string (was a list)");
    }

    @Test
    void should_refuse_an_object_where_a_list_belongs() {
      String text = """
          apiVersion: v1
          kind: Pod
          metadata:
            name: web
          spec:
            containers:
              name: web
          """;
      assertThat(readError(text)).hasMessage("in.yaml (document 1): spec.containers: must be a list (was an object)");
    }

    @Test
    void should_refuse_a_boolean_for_a_port_naming_both_allowed_types() {
      String text = """
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ports:
            - port: 80
              targetPort: yes
          """;
      assertThat(readError(text)).hasMessage("in.yaml (document 1): spec.ports[0].targetPort: must be an integer or a"
          + " string (was boolean true)");
    }

    @Test
    void should_refuse_a_string_for_a_boolean_field_kubeprint_does_not_type() {
      assertThat(readError(POD + "  shareProcessNamespace: \"true\"\n"))
          .hasMessage("in.yaml (document 1): spec.shareProcessNamespace: must be a boolean (was string \"true\")");
    }

    @Test
    void should_refuse_a_boolean_for_a_string_field_kubeprint_does_not_type() {
      assertThat(readError(POD.replace("name: web\nspec", "generateName: yes\nspec")))
          .hasMessage("in.yaml (document 1): metadata.generateName: must be a string (was boolean true)");
    }

    @Test
    void should_refuse_a_fraction_for_an_integer_field_kubeprint_does_not_type() {
      String text = POD + """
            topologySpreadConstraints:
            - maxSkew: 1.5
              topologyKey: zone
              whenUnsatisfiable: DoNotSchedule
          """;
      assertThat(readError(text)).hasMessage("in.yaml (document 1): spec.topologySpreadConstraints[0].maxSkew: must be"
          + " an integer (was number 1.5)");
    }

    @Test
    void should_refuse_an_object_for_a_quantity() {
      String text = POD + "    resources:\n      limits:\n        cpu:\n          cores: 1\n";
      assertThat(readError(text)).hasMessage("in.yaml (document 1): spec.containers[0].resources.limits[cpu]: must be"
          + " a quantity, a string or a number (was an object)");
    }

    @Test
    void should_read_a_number_as_a_quantity() {
      Pod p = readOne(POD + "    resources:\n      limits:\n        cpu: 0.5\n        memory: 1e3\n", Pod.class);
      assertThat(p.spec().containers().get(0).resources().orElseThrow().limits())
          .hasToString("{cpu=0.5, memory=1000}");
    }

    @Test
    void should_keep_the_last_value_of_a_repeated_key_as_kubectl_does() {
      // GIVEN a name given twice (kubectl reads YAML with go-yaml v2, not strict: the server sees the last one)
      String text = CONFIG_MAP + "  name: again\n";
      // WHEN reading it
      ConfigMap c = readOne(text, ConfigMap.class);
      // THEN the last value wins
      assertThat(c.metadata().name()).contains("again");
    }

    @Test
    void should_let_keys_after_a_merge_key_override_the_merged_ones() {
      // GIVEN a container merged from an anchor, then renamed
      String text = """
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
            labels: &common
              app: web
              tier: front
            annotations:
              owner: team-a
              <<: [{owner: team-b, app: api}, *common]
              tier: back
          """;
      // WHEN reading it
      ConfigMap c = readOne(text, ConfigMap.class);
      // THEN the merge overwrites what precedes it, earlier merged mappings win, later keys win over both
      assertThat(c.metadata().annotations()).containsOnly(Map.entry("owner", "team-b"), Map.entry("app", "api"),
          Map.entry("tier", "back"));
    }

    @Test
    void should_refuse_text_that_is_not_yaml_naming_line_and_column() {
      ManifestReadException e = readError(CONFIG_MAP + "  labels: [app\n");
      assertThat(e).hasMessage("in.yaml (document 1): not valid YAML at line 6, column 1: expected ',' or ']', but"
          + " got <stream end>");
      assertThat(e.path()).isEmpty();
    }

    @Test
    void should_read_a_kind_without_a_typed_value_as_a_generic_object() {
      String text = "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  labels:\n    app: db\n  name: db\n"
          + "spec:\n  replicas: 1\n";
      KubeObject o = Manifests.parse(text, "in.yaml").objects().get(0);
      assertThat(o).isInstanceOf(GenericObject.class);
      assertThat(o.kind()).isEqualTo(Kind.of("v1", "ReplicationController"));
      assertThat(o.metadata().labels()).containsEntry("app", "db");
      assertThat(o.extra().asMap()).containsOnlyKeys("spec");
      assertThat(Yaml.render(o)).isEqualTo(text);
    }

    @Test
    void should_read_a_removed_api_version_and_refuse_it_in_validation_naming_the_replacement() {
      KubeObject o = Manifests.parse("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n",
          "in.yaml").objects().get(0);
      assertThat(Validator.validate(o)).extracting(Violation::toString).containsExactly(
          "Deployment/web apiVersion: no matches for kind \"Deployment\" in version \"extensions/v1beta1\": removed in"
              + " Kubernetes 1.16; use apiVersion apps/v1 instead [api-version-removed]");
    }

    @Test
    void should_refuse_a_document_without_api_version() {
      assertThat(readError("kind: Pod\nmetadata:\n  name: web\n"))
          .hasMessage("in.yaml (document 1): apiVersion: must be a non-empty string such as \"apps/v1\" (was absent)");
    }

    @Test
    void should_refuse_a_document_that_is_not_an_object() {
      assertThat(readError("- a\n- b\n"))
          .hasMessage("in.yaml (document 1): must be an object with apiVersion and kind (was a list)");
    }
  }

  @Nested
  class Secrets_and_config_maps {
    @Test
    void should_fold_string_data_into_data_with_string_data_winning() {
      // GIVEN a Secret with data and stringData sharing a key
      String text = """
          apiVersion: v1
          kind: Secret
          metadata:
            name: api
          data:
            id: Y2xpZW50LTE=
            key: b2xk
          stringData:
            key: new
            extra: plain
          """;
      // WHEN reading it
      Secret s = readOne(text, Secret.class);
      // THEN data holds every key, the stringData value winning
      assertThat(s.data()).containsOnly(Map.entry("id", Bytes.utf8("client-1")), Map.entry("key", Bytes.utf8("new")),
          Map.entry("extra", Bytes.utf8("plain")));
    }

    @Test
    void should_leave_out_a_string_data_key_whose_value_is_null_as_the_api_server_does() {
      // GIVEN stringData.password: null next to a real key
      Secret s = readOne("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  id: aWQ=\n  old: null\n"
          + "stringData:\n  password: null\n", Secret.class);
      // THEN the key is missing, not empty
      assertThat(s.data()).containsOnlyKeys("id");
    }

    @Test
    void should_render_string_data_back_as_base64_data() {
      Secret s = readOne("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  key: s3cr3t\n",
          Secret.class);
      assertThat(Yaml.render(s)).isEqualTo("""
          apiVersion: v1
          kind: Secret
          metadata:
            name: api
          data:
            key: czNjcjN0
          """);
    }

    @Test
    void should_refuse_invalid_base64_without_showing_the_value() {
      ManifestReadException e = readError("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  key: "
          + SENTINEL + "\n");
      assertThat(e).hasMessage("in.yaml (document 1): data[key]: must be base64 with padding (value redacted)");
      assertThat(e.getMessage()).doesNotContain(SENTINEL);
    }

    @Test
    void should_refuse_base64_with_a_character_outside_the_alphabet_without_showing_the_value() {
      ManifestReadException e = readError("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  key: S3N!\n");
      assertThat(e).hasMessage("in.yaml (document 1): data[key]: must be base64 (value redacted)");
    }

    @Test
    void should_read_base64_broken_over_lines_as_go_does() {
      String text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  key: |\n    czNj\n    cjN0\n";
      assertThat(readOne(text, Secret.class).data()).containsExactly(Map.entry("key", Bytes.utf8("s3cr3t")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "true", "[a]", "{a: b}"})
    void should_refuse_a_string_data_value_of_another_type_without_showing_it(String value) {
      ManifestReadException e = readError("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  key: "
          + value + "\n");
      assertThat(e).hasMessage("in.yaml (document 1): stringData[key]: must be a string (value redacted)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "true", "[a]"})
    void should_refuse_a_data_value_of_another_type_without_showing_it(String value) {
      ManifestReadException e = readError("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  key: "
          + value + "\n");
      assertThat(e).hasMessage("in.yaml (document 1): data[key]: must be a base64-encoded string (value redacted)");
    }

    @Test
    void should_refuse_secret_data_that_is_no_object_without_showing_it() {
      ManifestReadException e = readError("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata: " + SENTINEL
          + "\n");
      assertThat(e).hasMessage("in.yaml (document 1): data: must be an object (value redacted)");
    }

    @Test
    void should_read_config_map_binary_data_as_bytes_and_render_it_back() {
      String text = CONFIG_MAP + "binaryData:\n  blob: AAEC/w==\n";
      ConfigMap c = readOne(text, ConfigMap.class);
      assertThat(c.binaryData().get("blob").toByteArray()).containsExactly(0, 1, 2, 255);
      assertThat(Yaml.render(c)).isEqualTo(text);
    }

    @Test
    void should_keep_multi_line_config_map_data_exactly() {
      ConfigMap c = readOne(CONFIG_MAP + "data:\n  conf: |\n    a = 1\n    b = 2\n  raw: \"x\\r\\ny\"\n",
          ConfigMap.class);
      assertThat(c.data()).containsExactly(Map.entry("conf", "a = 1\nb = 2\n"), Map.entry("raw", "x\r\ny"));
      assertThat(Manifests.parse(Yaml.render(c), "rendered").objects()).containsExactly(c);
    }
  }

  @Nested
  class Untyped_and_dropped_fields {
    @Test
    void should_keep_fields_kubeprint_does_not_type_and_render_them_back() {
      // GIVEN a pod with fields kubeprint keeps verbatim
      String text = """
          apiVersion: v1
          kind: Pod
          metadata:
            generateName: web-
            name: web-1
          spec:
            containers:
            - image: nginx
              lifecycle:
                preStop:
                  exec:
                    command:
                    - /usr/sbin/nginx
                    - quit
              name: web
            shareProcessNamespace: true
            topologySpreadConstraints:
            - labelSelector:
                matchLabels:
                  app: web
              maxSkew: 1
              topologyKey: zone
              whenUnsatisfiable: DoNotSchedule
          """;
      // WHEN reading it
      Pod p = readOne(text, Pod.class);
      // THEN they are in the nearest value's extra(), and render back where they were
      assertThat(p.metadata().extra().asMap()).containsExactly(Map.entry("generateName", "web-"));
      assertThat(p.spec().extra().asMap()).containsOnlyKeys("shareProcessNamespace", "topologySpreadConstraints");
      assertThat(p.spec().extra().get("shareProcessNamespace")).isEqualTo(true);
      assertThat(p.spec().containers().get(0).extra().get("lifecycle"))
          .isEqualTo(Map.of("preStop", Map.of("exec", Map.of("command", List.of("/usr/sbin/nginx", "quit")))));
      assertThat(Yaml.render(p)).isEqualTo(text);
    }

    @Test
    void should_drop_a_top_level_status() {
      Pod p = readOne(POD + "status:\n  phase: Running\n  podIP: 10.0.0.1\n", Pod.class);
      assertThat(p.extra()).isEqualTo(Fields.none());
      assertThat(Yaml.render(p)).isEqualTo(POD);
    }

    @Test
    void should_drop_the_empty_noise_of_kubectl_create_dry_run_output_but_keep_empty_dir() {
      // GIVEN what `kubectl create deployment web --image=nginx --dry-run=client -o yaml` prints, plus a volume
      String text = """
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            creationTimestamp: null
            labels:
              app: web
            name: web
          spec:
            replicas: 1
            selector:
              matchLabels:
                app: web
            strategy: {}
            template:
              metadata:
                creationTimestamp: null
                labels:
                  app: web
              spec:
                containers:
                - image: nginx
                  name: nginx
                  resources: {}
                volumes:
                - name: scratch
                  emptyDir: {}
          status: {}
          """;
      // WHEN reading and rendering it
      String rendered = Yaml.render(readOne(text, Deployment.class));
      // THEN nulls and empty objects are gone, except emptyDir, whose presence selects the volume type
      assertThat(rendered).isEqualTo("""
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            labels:
              app: web
            name: web
          spec:
            replicas: 1
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
                  name: nginx
                volumes:
                - emptyDir: {}
                  name: scratch
          """);
    }

    @Test
    void should_read_back_what_it_renders_for_every_kind() {
      // GIVEN one object of each kind
      Bundle bundle = Bundle.of(Fixtures.podTemplate("tpl"), Fixtures.cronJob("nightly"), Fixtures.deployment("web"),
          Fixtures.replicaSet("rs"), Fixtures.pod("debug"), Fixtures.service("web", "web"),
          Fixtures.configMap("settings", "mode", "fast"), Fixtures.secret("api", "key", "s3cr3t"));
      // WHEN rendering and reading back
      Bundle back = Manifests.parse(Yaml.render(bundle), "rendered");
      // THEN the objects are equal, in apply order
      assertThat(back.objects()).containsExactlyElementsOf(Yaml.ordered(bundle));
    }
  }
}
