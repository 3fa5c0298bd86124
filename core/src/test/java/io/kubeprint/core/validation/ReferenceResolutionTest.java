package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.configMap;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.fromConfigMap;
import static io.kubeprint.core.validation.CrossObjectFixtures.fromSecret;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.secret;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static io.kubeprint.core.validation.CrossObjectFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.ConfigMapEnvSource;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.SecretEnvSource;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** References to ConfigMaps and Secrets resolve in the bundle, or are optional, or declared external. */
class ReferenceResolutionTest {
  private static final Map<String, String> APP = Map.of("app", "api");

  private static Deployment api(PodSpec spec) {
    return deployment(meta("api"), APP, spec);
  }

  private static Deployment apiIn(String namespace, PodSpec spec) {
    return deployment(meta(namespace, "api"), APP, spec);
  }

  private static Deployment withEnv(EnvVar... env) {
    return api(spec(container("api").withEnv(env)));
  }

  private static Deployment withVolumes(Volume... volumes) {
    return api(spec(container("api")).withVolumes(volumes));
  }

  private static KeyToPath item(String key) {
    return KeyToPath.builder().key(key).path(key).build();
  }

  private static Secret in(String namespace, Secret s) {
    return s.withMetadata(s.metadata().withNamespace(namespace));
  }

  // ---- env valueFrom ----

  @Test
  void should_accept_key_references_that_resolve() {
    Bundle b = Bundle.of(configMap("cfg", "mode", "fast"), secret("creds", "token"),
        withEnv(fromConfigMap("MODE", "cfg", "mode"), fromSecret("TOKEN", "creds", "token")));
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_reject_a_secret_key_reference_to_a_missing_secret() {
    assertThat(check(Bundle.of(withEnv(fromSecret("TOKEN", "creds", "token"))))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name:"
            + " must name a Secret in the bundle or declared external (was \"creds\") [secret-not-found]");
  }

  @Test
  void should_accept_an_optional_key_reference_to_a_missing_object() {
    EnvVar e = EnvVar.builder().name("TOKEN").valueFrom(EnvVarSource.builder().secretKeyRef(
        SecretKeySelector.builder().name("creds").key("token").optional(true).build()).build()).build();
    assertThat(check(Bundle.of(withEnv(e)))).isEmpty();
  }

  @Test
  void should_accept_an_optional_key_reference_to_a_missing_key() {
    EnvVar e = EnvVar.builder().name("MODE").valueFrom(EnvVarSource.builder().configMapKeyRef(
        ConfigMapKeySelector.builder().name("cfg").key("mode").optional(true).build()).build()).build();
    assertThat(check(Bundle.of(configMap("cfg", "other", "x"), withEnv(e)))).isEmpty();
  }

  @Test
  void should_still_check_a_reference_marked_optional_false() {
    EnvVar e = EnvVar.builder().name("MODE").valueFrom(EnvVarSource.builder().configMapKeyRef(
        ConfigMapKeySelector.builder().name("cfg").key("mode").optional(false).build()).build()).build();
    assertThat(check(Bundle.of(withEnv(e)))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"cfg\") [config-map-not-found]");
  }

  @Test
  void should_reject_a_configmap_key_reference_to_a_binary_data_key() {
    ConfigMap cm = ConfigMap.builder().metadata(meta("cfg")).putBinaryData("blob", Bytes.utf8("x")).build();
    assertThat(check(Bundle.of(cm, withEnv(fromConfigMap("BLOB", "cfg", "blob"))))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key:"
            + " must be a key of ConfigMap/cfg (was \"blob\"); it is a binaryData key, which the kubelet does not"
            + " read into variables [config-map-key-not-found]");
  }

  @Test
  void should_say_when_the_referenced_object_has_no_keys() {
    assertThat(check(Bundle.of(secret("creds"), withEnv(fromSecret("TOKEN", "creds", "token"))))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key:"
            + " must be a key of Secret/creds (was \"token\"); it has no keys [secret-key-not-found]");
  }

  @Test
  void should_suggest_a_near_name_for_a_misspelled_reference() {
    assertThat(check(Bundle.of(configMap("settings", "mode", "x"), withEnv(fromConfigMap("MODE", "setings", "mode")))))
        .containsExactly("Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"setings\"); did you mean \"settings\"?"
            + " [config-map-not-found]");
  }

  @Test
  void should_check_the_env_of_init_containers() {
    Deployment d = api(spec(container("api")).withInitContainers(container("migrate")
        .withEnv(fromSecret("DB", "db", "url"))));
    assertThat(check(Bundle.of(d))).containsExactly(
        "Deployment/api spec.template.spec.initContainers[0].env[0].valueFrom.secretKeyRef.name:"
            + " must name a Secret in the bundle or declared external (was \"db\") [secret-not-found]");
  }

  @Test
  void should_ignore_env_vars_with_literal_values_and_field_refs() {
    EnvVar literal = EnvVar.builder().name("A").value("1").build();
    assertThat(check(Bundle.of(withEnv(literal)))).isEmpty();
  }

  // ---- envFrom ----

  @Test
  void should_reject_env_from_a_missing_configmap() {
    Container c = container("api").withEnvFrom(EnvFromSource.builder()
        .configMapRef(ConfigMapEnvSource.builder().name("cfg").build()).build());
    assertThat(check(Bundle.of(api(spec(c))))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].envFrom[0].configMapRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"cfg\") [config-map-not-found]");
  }

  @Test
  void should_reject_env_from_a_missing_secret() {
    Container c = container("api").withEnvFrom(
        EnvFromSource.builder().configMapRef(ConfigMapEnvSource.builder().name("cfg").build()).build(),
        EnvFromSource.builder().prefix("DB_").secretRef(SecretEnvSource.builder().name("db").build()).build());
    assertThat(check(Bundle.of(configMap("cfg"), api(spec(c))))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].envFrom[1].secretRef.name:"
            + " must name a Secret in the bundle or declared external (was \"db\") [secret-not-found]");
  }

  @Test
  void should_accept_env_from_an_optional_missing_secret() {
    Container c = container("api").withEnvFrom(EnvFromSource.builder()
        .secretRef(SecretEnvSource.builder().name("db").optional(true).build()).build());
    assertThat(check(Bundle.of(api(spec(c))))).isEmpty();
  }

  // ---- volumes ----

  @Test
  void should_reject_a_configmap_volume_of_a_missing_configmap() {
    Volume v = Volume.builder().name("config").configMap(ConfigMapVolumeSource.builder().name("cfg").build()).build();
    assertThat(check(Bundle.of(withVolumes(v)))).containsExactly(
        "Deployment/api spec.template.spec.volumes[0].configMap.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"cfg\") [config-map-not-found]");
  }

  @Test
  void should_reject_a_configmap_volume_item_with_a_missing_key_and_accept_binary_keys() {
    ConfigMap cm = ConfigMap.builder().metadata(meta("cfg")).putData("app.conf", "x")
        .putBinaryData("logo.png", Bytes.utf8("png")).build();
    Volume v = Volume.builder().name("config").configMap(ConfigMapVolumeSource.builder().name("cfg")
        .addItems(item("app.conf"), item("logo.png"), item("extra.conf")).build()).build();
    assertThat(check(Bundle.of(cm, withVolumes(v)))).containsExactly(
        "Deployment/api spec.template.spec.volumes[0].configMap.items[2].key:"
            + " must be a key of ConfigMap/cfg (was \"extra.conf\"); it has: app.conf, logo.png"
            + " [config-map-key-not-found]");
  }

  @Test
  void should_reject_a_secret_volume_of_a_missing_secret() {
    Volume ok = Volume.builder().name("scratch").emptyDir(io.kubeprint.core.pod.EmptyDirVolumeSource.builder().build())
        .build();
    Volume v = Volume.builder().name("tls").secret(SecretVolumeSource.builder().secretName("tls").build()).build();
    assertThat(check(Bundle.of(withVolumes(ok, v)))).containsExactly(
        "Deployment/api spec.template.spec.volumes[1].secret.secretName:"
            + " must name a Secret in the bundle or declared external (was \"tls\") [secret-not-found]");
  }

  @Test
  void should_reject_a_secret_volume_item_with_a_missing_key() {
    Volume v = Volume.builder().name("tls").secret(SecretVolumeSource.builder().secretName("tls")
        .addItems(item("tls.crt"), item("tls.pem")).build()).build();
    assertThat(check(Bundle.of(secret("tls", "tls.crt", "tls.key"), withVolumes(v)))).containsExactly(
        "Deployment/api spec.template.spec.volumes[0].secret.items[1].key:"
            + " must be a key of Secret/tls (was \"tls.pem\"); it has: tls.crt, tls.key [secret-key-not-found]");
  }

  @Test
  void should_accept_an_optional_secret_volume_with_missing_keys() {
    Volume v = Volume.builder().name("tls").secret(SecretVolumeSource.builder().secretName("tls").optional(true)
        .addItems(item("tls.pem")).build()).build();
    assertThat(check(Bundle.of(secret("tls", "tls.crt"), withVolumes(v)))).isEmpty();
  }

  private static Volume projected(Object... sources) {
    return Volume.builder().name("all").extra(Fields.of("projected", Map.of("sources", List.of(sources)))).build();
  }

  @Test
  void should_reject_a_projected_configmap_source_of_a_missing_configmap() {
    Volume v = projected(Map.of("secret", Map.of("name", "user")), Map.of("configMap", Map.of("name", "cfg")));
    assertThat(check(Bundle.of(secret("user"), withVolumes(v)))).containsExactly(
        "Deployment/api spec.template.spec.volumes[0].projected.sources[1].configMap.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"cfg\") [config-map-not-found]");
  }

  @Test
  void should_reject_a_projected_secret_item_with_a_missing_key() {
    Volume v = projected(Map.of("secret", Map.of("name", "user",
        "items", List.of(Map.of("key", "username", "path", "u"), Map.of("key", "pass", "path", "p")))));
    assertThat(check(Bundle.of(secret("user", "username", "password"), withVolumes(v)))).containsExactly(
        "Deployment/api spec.template.spec.volumes[0].projected.sources[0].secret.items[1].key:"
            + " must be a key of Secret/user (was \"pass\"); it has: password, username [secret-key-not-found]");
  }

  @Test
  void should_accept_optional_projected_sources_and_other_source_kinds() {
    Volume v = projected(Map.of("secret", Map.of("name", "user", "optional", true)),
        Map.of("serviceAccountToken", Map.of("path", "token")),
        Map.of("downwardAPI", Map.of("items", List.of(Map.of("path", "labels",
            "fieldRef", Map.of("fieldPath", "metadata.labels"))))));
    assertThat(check(Bundle.of(withVolumes(v)))).isEmpty();
  }

  // ---- imagePullSecrets ----

  @Test
  void should_reject_an_image_pull_secret_missing_from_the_bundle() {
    Deployment d = api(spec(container("api")).withImagePullSecrets(
        LocalObjectReference.builder().name("regcred").build()));
    assertThat(check(Bundle.of(d))).containsExactly(
        "Deployment/api spec.template.spec.imagePullSecrets[0].name:"
            + " must name a Secret in the bundle or declared external (was \"regcred\") [image-pull-secret-not-found]");
  }

  @Test
  void should_accept_an_image_pull_secret_in_the_bundle_or_declared_external() {
    Deployment d = api(spec(container("api")).withImagePullSecrets(
        LocalObjectReference.builder().name("regcred").build(), LocalObjectReference.builder().name("mirror").build()));
    Bundle b = Bundle.of(secret("regcred", ".dockerconfigjson"), d).withExternal(Kind.SECRET, "mirror");
    assertThat(check(b)).isEmpty();
  }

  // ---- where the pod spec lives ----

  @Test
  void should_report_the_path_inside_a_pod() {
    Pod p = Pod.builder().metadata(meta("p")).spec(spec(container("c").withEnv(fromSecret("A", "s", "k")))).build();
    assertThat(check(Bundle.of(p))).containsExactly("Pod/p spec.containers[0].env[0].valueFrom.secretKeyRef.name:"
        + " must name a Secret in the bundle or declared external (was \"s\") [secret-not-found]");
  }

  @Test
  void should_report_the_path_inside_a_cronjob() {
    CronJob cj = CronJob.builder().metadata(meta("nightly")).spec(CronJobSpec.builder().schedule("0 3 * * *")
        .jobTemplate(JobTemplateSpec.builder().spec(JobSpec.builder().template(template(Map.of(),
            spec(container("c").withEnv(fromConfigMap("A", "cfg", "k"))).withRestartPolicy("OnFailure")))
            .build()).build()).build()).build();
    assertThat(check(Bundle.of(cj))).containsExactly(
        "CronJob/nightly spec.jobTemplate.spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"cfg\") [config-map-not-found]");
  }

  @Test
  void should_report_the_path_inside_a_pod_template() {
    PodTemplate pt = PodTemplate.builder().metadata(meta("pt"))
        .template(template(Map.of(), spec(container("c")).withImagePullSecrets(
            LocalObjectReference.builder().name("regcred").build()))).build();
    assertThat(check(Bundle.of(pt))).containsExactly("PodTemplate/pt template.spec.imagePullSecrets[0].name:"
        + " must name a Secret in the bundle or declared external (was \"regcred\") [image-pull-secret-not-found]");
  }

  // ---- namespaces and externals ----

  @Test
  void should_reject_a_reference_to_a_secret_in_another_namespace() {
    Bundle b = Bundle.of(in("other", secret("creds", "token")),
        apiIn("prod", spec(container("api").withEnv(fromSecret("T", "creds", "token")))));
    assertThat(check(b)).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name:"
            + " must name a Secret in the bundle or declared external (was \"creds\");"
            + " Secret/creds is in namespace \"other\" [secret-not-found]");
  }

  @Test
  void should_resolve_a_reference_to_the_secret_of_the_same_namespace_first() {
    // GIVEN two Secrets named creds; the one in prod has the key
    Bundle b = Bundle.of(secret("creds"), in("prod", secret("creds", "token")),
        apiIn("prod", spec(container("api").withEnv(fromSecret("T", "creds", "token")))));
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_resolve_a_reference_to_a_secret_without_namespace() {
    Bundle b = Bundle.of(secret("creds", "token"),
        apiIn("prod", spec(container("api").withEnv(fromSecret("T", "creds", "token")))));
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_accept_a_reference_to_an_external_declared_in_its_namespace() {
    Bundle b = Bundle.of(apiIn("prod", spec(container("api").withEnv(fromSecret("T", "creds", "token")))))
        .withExternal(Kind.SECRET, "prod", "creds");
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_reject_a_reference_to_an_external_declared_in_another_namespace() {
    Bundle b = Bundle.of(apiIn("prod", spec(container("api").withEnv(fromSecret("T", "creds", "token")))))
        .withExternal(Kind.SECRET, "staging", "creds");
    assertThat(check(b)).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name:"
            + " must name a Secret in the bundle or declared external (was \"creds\") [secret-not-found]");
  }

  @Test
  void should_not_let_an_external_secret_stand_for_a_configmap_of_that_name() {
    Bundle b = Bundle.of(withEnv(fromConfigMap("A", "shared", "k"))).withExternal(Kind.SECRET, "shared");
    assertThat(check(b)).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"shared\") [config-map-not-found]");
  }

  @Test
  void should_accept_an_external_configmap_without_knowing_its_keys() {
    Bundle b = Bundle.of(withEnv(fromConfigMap("A", "shared", "anything"))).withExternal(Kind.CONFIG_MAP, "shared");
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_check_every_object_of_a_bundle_independently() {
    List<KubeObject> objects = List.of(withEnv(fromSecret("A", "x", "k")),
        deployment("other", Map.of("app", "other"), container("c").withEnv(fromSecret("A", "y", "k"))));
    assertThat(check(Bundle.of(objects))).hasSize(2);
  }
}
