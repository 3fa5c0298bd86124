package io.kubeprint.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.render.Manifests;
import org.junit.jupiter.api.Test;

/** What changed between two sets of manifests, per object and field path, in a stable order. */
class ManifestDiffTest {
  private static final String WEB = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels: {app: web}
      spec:
        replicas: 3
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: web
              image: nginx:1.26
              args: [--port, "80"]
              env:
              - {name: A, value: "1"}
              - {name: B, value: "2"}
            - name: log
              image: busybox:1.36
      """;

  private static Bundle yaml(String text) {
    return Manifests.parse(text, "test.yaml");
  }

  private static String diff(String before, String after) {
    return ManifestDiff.between(yaml(before), yaml(after)).toString();
  }

  @Test
  void should_find_nothing_between_equal_manifests_written_differently() {
    // GIVEN the same Deployment with keys in another order and an explicit empty list
    String reordered = """
        kind: Deployment
        apiVersion: apps/v1
        metadata: {labels: {app: web}, name: web, annotations: {}}
        spec:
          template:
            spec:
              containers:
              - {image: "nginx:1.26", name: web, args: ["--port", "80"], env: [{name: A, value: "1"}, {name: B, value: "2"}]}
              - {name: log, image: busybox:1.36}
            metadata: {labels: {app: web}}
          selector: {matchLabels: {app: web}}
          replicas: 3
        """;
    // WHEN comparing
    ManifestDiff d = ManifestDiff.between(yaml(WEB), yaml(reordered));
    // THEN there is no change
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.toString()).isEmpty();
  }

  @Test
  void should_diff_objects_of_kinds_without_a_typed_value_field_by_field() {
    String before = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          rules:
          - host: shop.example.com
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: web}
        """;
    String after = before.replace("shop.example.com", "shop2.example.com").replace("kind: ServiceAccount",
        "kind: ServiceAccount\nautomountServiceAccountToken: false");
    assertThat(diff(before, after)).isEqualTo("""
        ~ ServiceAccount/web automountServiceAccountToken: (absent) → false
        ~ Ingress/web spec.rules[0].host: shop.example.com → shop2.example.com
        """);
  }

  @Test
  void should_list_each_changed_field_by_path_with_old_and_new_value() {
    String after = WEB.replace("replicas: 3", "replicas: 5").replace("nginx:1.26", "nginx:1.27")
        .replace("[--port, \"80\"]", "[--port, \"8080\"]");
    assertThat(diff(WEB, after)).isEqualTo("""
        ~ Deployment/web spec.replicas: 3 → 5
        ~ Deployment/web spec.template.spec.containers[web].args[1]: "80" → "8080"
        ~ Deployment/web spec.template.spec.containers[web].image: nginx:1.26 → nginx:1.27
        """);
  }

  @Test
  void should_show_added_and_removed_fields_and_named_elements_against_absent() {
    String after = WEB.replace("labels: {app: web}\nspec:", "labels: {app: web, tier: front}\nspec:")
        .replace("      - {name: B, value: \"2\"}\n", "      - {name: C, value: \"3\"}\n")
        .replace("  replicas: 3\n", "  replicas: 3\n  paused: true\n");
    assertThat(diff(WEB, after)).isEqualTo("""
        ~ Deployment/web metadata.labels[tier]: (absent) → front
        ~ Deployment/web spec.paused: (absent) → true
        ~ Deployment/web spec.template.spec.containers[web].env[B]: {"name":"B","value":"2"} → (absent)
        ~ Deployment/web spec.template.spec.containers[web].env[C]: (absent) → {"name":"C","value":"3"}
        """);
  }

  @Test
  void should_report_a_new_order_of_named_elements_once() {
    String after = WEB.replace("- {name: A, value: \"1\"}\n        - {name: B, value: \"2\"}",
        "- {name: B, value: \"2\"}\n        - {name: A, value: \"1\"}");
    assertThat(diff(WEB, after)).isEqualTo(
        "~ Deployment/web spec.template.spec.containers[web].env: order [A, B] → [B, A]\n");
  }

  @Test
  void should_list_objects_added_and_removed_in_apply_order() {
    String before = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: old}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{port: 80}]
        """;
    String after = """
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        data: {password: czNjcjN0}
        """;
    assertThat(diff(before, after)).isEqualTo("""
        + Secret/db
        - ConfigMap/old
        - Service/web
        + Service/shop/web
        """);
  }

  @Test
  void should_never_show_a_secret_value() {
    // GIVEN a Secret whose value changes, one key added, one removed, and a last-applied annotation holding them
    String before = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
        data:
          password: czNjcjN0LW9sZA==
          token: dG9rLW9sZA==
        """;
    String after = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"czNjcjN0LW5ldw=="}}'
        data:
          password: czNjcjN0LW5ldw==
          user: YWRtaW4=
        """;
    // WHEN comparing
    String d = diff(before, after);
    // THEN each change is named, no value shows, neither plain nor base64
    assertThat(d).isEqualTo("""
        ~ Secret/db metadata.annotations[kubectl.kubernetes.io/last-applied-configuration]: (absent) → (redacted)
        ~ Secret/db data[password]: (value changed, redacted)
        ~ Secret/db data[token]: (redacted) → (absent)
        ~ Secret/db data[user]: (absent) → (redacted)
        """);
    assertThat(d).doesNotContain("s3cr3t", "czNjcjN0", "admin", "YWRtaW4", "tok-old", "dG9r");
  }

  @Test
  void should_redact_each_value_of_a_secret_s_data_added_whole() {
    String before = """
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        """;
    String after = """
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        data: {password: czNjcjN0}
        """;
    assertThat(diff(before, after)).isEqualTo("~ Secret/db data[password]: (absent) → (redacted)\n");
  }

  @Test
  void should_flag_a_workload_selector_change_the_api_server_refuses() {
    String after = WEB.replace("matchLabels: {app: web}", "matchLabels: {app: web, track: stable}")
        .replace("labels: {app: web}\n    spec:\n      containers", "labels: {app: web, track: stable}\n    spec:\n      containers");
    assertThat(diff(WEB, after)).isEqualTo("""
        ~ Deployment/web spec.selector.matchLabels[track]: (absent) → stable
        ~ Deployment/web spec.template.metadata.labels[track]: (absent) → stable
        ! Deployment/web spec.selector changed: the API server refuses selector updates (delete and recreate)
        """);
  }

  @Test
  void should_flag_the_stateful_set_fields_the_api_server_refuses_to_change_and_not_the_others() {
    String before = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          replicas: 1
          serviceName: db
          selector:
            matchLabels: {app: db}
          template:
            metadata:
              labels: {app: db}
            spec:
              containers: [{name: db, image: "postgres:16"}]
        """;
    String after = before.replace("replicas: 1", "replicas: 3").replace("serviceName: db", "serviceName: postgres");
    assertThat(diff(before, after)).isEqualTo("""
        ~ StatefulSet/db spec.replicas: 1 → 3
        ~ StatefulSet/db spec.serviceName: db → postgres
        ! StatefulSet/db spec.serviceName changed: the API server refuses updates to a StatefulSet's spec other than\
         replicas, ordinals, template, updateStrategy, persistentVolumeClaimRetentionPolicy and minReadySeconds\
         (delete and recreate)
        """);
  }

  @Test
  void should_flag_a_change_to_a_jobs_pod_template() {
    String before = """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          backoffLimit: 1
          template:
            spec:
              restartPolicy: Never
              containers: [{name: migrate, image: "migrate:1"}]
        """;
    String after = before.replace("backoffLimit: 1", "backoffLimit: 2").replace("migrate:1", "migrate:2");
    assertThat(diff(before, after)).isEqualTo("""
        ~ Job/migrate spec.backoffLimit: 1 → 2
        ~ Job/migrate spec.template.spec.containers[migrate].image: migrate:1 → migrate:2
        ! Job/migrate spec.template changed: the API server refuses changes to a Job's template (delete and recreate)
        """);
  }

  @Test
  void should_flag_a_change_to_an_immutable_config_map() {
    String before = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        data: {mode: production}
        immutable: true
        """;
    assertThat(diff(before, before.replace("production", "staging"))).isEqualTo("""
        ~ ConfigMap/settings data[mode]: production → staging
        ! ConfigMap/settings data changed: the ConfigMap is immutable, the API server refuses changes to it (delete and recreate)
        """);
  }

  private static final String CLAIM = """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 10Gi}}
      """;

  @Test
  void should_let_a_claim_grow_and_be_bound_once() {
    String after = CLAIM.replace("10Gi", "20Gi") + "  volumeName: pv-1\n";
    assertThat(diff(CLAIM, after)).isEqualTo("""
        ~ PersistentVolumeClaim/data spec.resources.requests[storage]: 10Gi → 20Gi
        ~ PersistentVolumeClaim/data spec.volumeName: (absent) → pv-1
        """);
  }

  @Test
  void should_flag_a_claim_spec_change_and_a_shrinking_claim_the_api_server_refuses() {
    String after = CLAIM.replace("10Gi", "5Gi").replace("ReadWriteOnce", "ReadWriteMany")
        + "  storageClassName: fast\n";
    assertThat(diff(CLAIM, after)).isEqualTo("""
        ~ PersistentVolumeClaim/data spec.accessModes[0]: ReadWriteOnce → ReadWriteMany
        ~ PersistentVolumeClaim/data spec.resources.requests[storage]: 10Gi → 5Gi
        ~ PersistentVolumeClaim/data spec.storageClassName: (absent) → fast
        ! PersistentVolumeClaim/data spec.accessModes changed: a PersistentVolumeClaim's spec is immutable after creation except resources.requests.storage, the API server refuses the change (delete and recreate)
        ! PersistentVolumeClaim/data spec.resources.requests[storage] changed: the API server refuses shrinking a claim's storage request (was 10Gi, now 5Gi)
        ! PersistentVolumeClaim/data spec.storageClassName changed: a PersistentVolumeClaim's spec is immutable after creation except resources.requests.storage, the API server refuses the change (delete and recreate)
        """);
  }

  @Test
  void should_quote_strings_that_would_read_as_something_else() {
    String before = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        data: {a: "3", b: "x", c: "", d: "two words", e: "true"}
        """;
    String after = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        data: {a: "4", b: "line\\nbreak", c: "set", d: "three words", e: "false"}
        """;
    assertThat(diff(before, after)).isEqualTo("""
        ~ ConfigMap/c data[a]: "3" → "4"
        ~ ConfigMap/c data[b]: x → "line\\nbreak"
        ~ ConfigMap/c data[c]: "" → set
        ~ ConfigMap/c data[d]: two words → three words
        ~ ConfigMap/c data[e]: "true" → "false"
        """);
  }

  @Test
  void should_match_list_elements_by_index_when_they_have_no_distinct_names() {
    String before = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: app
            image: app:1
            volumeMounts:
            - {name: data, mountPath: /a}
            - {name: data, mountPath: /b}
        """;
    assertThat(diff(before, before.replace("/b}", "/c}"))).isEqualTo(
        "~ Pod/p spec.containers[app].volumeMounts[1].mountPath: /b → /c\n");
  }

  @Test
  void should_refuse_manifests_holding_one_object_twice() {
    String twice = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        """;
    assertThatThrownBy(() -> ManifestDiff.between(yaml(twice), Bundle.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objects must be unique by kind, namespace and name (was ConfigMap/c twice in the old manifests)");
  }

  @Test
  void should_expose_each_change_s_parts() {
    Change c = ManifestDiff.between(yaml(WEB), yaml(WEB.replace("replicas: 3", "replicas: 4"))).changes().get(0);
    assertThat(c.type()).isEqualTo(Change.Type.CHANGED);
    assertThat(c.object()).isEqualTo("Deployment/web");
    assertThat(c.path()).isEqualTo("spec.replicas");
    assertThat(c.detail()).isEqualTo("3 → 4");
    assertThat(c.type().symbol()).isEqualTo('~');
  }

  @Test
  void should_pair_roll_on_change_generations_and_show_the_data_change() {
    // GIVEN a ConfigMap renamed by roll-on-change when LOG_LEVEL changed
    String before = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings-fcada8e59c
          labels: {kubeprint.io/hashed-from: settings}
        data: {LOG_LEVEL: info, MODE: fast}
        """;
    String after = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings-21afd34d7a
          labels: {kubeprint.io/hashed-from: settings}
        data: {LOG_LEVEL: debug, MODE: fast}
        """;
    // THEN the diff pairs the two generations under the new name and shows the data change
    assertThat(diff(before, after)).isEqualTo("""
        ~ ConfigMap/settings-21afd34d7a metadata.name: settings-fcada8e59c → settings-21afd34d7a
        ~ ConfigMap/settings-21afd34d7a data[LOG_LEVEL]: info → debug
        """);
  }

  @Test
  void should_pair_hash_suffixed_names_without_the_label_but_not_two_candidates() {
    String one = "apiVersion: v1\nkind: Secret\nmetadata: {name: db-0123456789}\ndata: {password: czNjcjN0}\n";
    String two = "apiVersion: v1\nkind: Secret\nmetadata: {name: db-abcdefabcd}\ndata: {password: b3RoZXI=}\n";
    assertThat(diff(one, two)).isEqualTo("""
        ~ Secret/db-abcdefabcd metadata.name: db-0123456789 → db-abcdefabcd
        ~ Secret/db-abcdefabcd data[password]: (value changed, redacted)
        """);
    String three = two.replace("db-abcdefabcd", "db-bbbbbbbbbb");
    assertThat(ManifestDiff.between(yaml(one), yaml(two + "---\n" + three)).toString()).isEqualTo("""
        - Secret/db-0123456789
        + Secret/db-abcdefabcd
        + Secret/db-bbbbbbbbbb
        """);
  }
}
