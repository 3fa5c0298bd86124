package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.dsl.Kube;
import io.kubeprint.render.Manifests;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code {@code import} writes: idiomatic DSL where the input allows, exact fallbacks elsewhere. */
class ImporterTest {
  private static final Path RESOURCES = Path.of("src/test/resources/importer");
  private static final ImportOptions OPTIONS = ImportOptions.defaults().packageName("com.example").className("App");

  private static String importYaml(String yaml) {
    return Importer.toJava(Manifests.parse(yaml, "test.yaml"), OPTIONS).text();
  }

  /** The text of the generated method {@code name}, from its first line to its closing brace. */
  private static String method(String source, String name) {
    Matcher m = Pattern.compile("\n  static [A-Za-z]+ " + name + "\\(").matcher(source);
    assertThat(m.find()).as("method %s in%n%s", name, source).isTrue();
    return source.substring(m.start() + 1, source.indexOf("\n  }\n", m.start()) + 5);
  }

  @Test
  void should_write_the_chapter_s_deployment_with_typed_references_and_the_default_selector() {
    // WHEN importing the chapter's six files
    String java = Importer.toJava(List.of(RESOURCES.resolve("chap09")), OPTIONS).text();
    // THEN the env vars read the ConfigMap and Secret of the input, and the selector is left to the DSL
    assertThat(method(java, "webserverBlue")).isEqualTo("""
          static Deployment webserverBlue(ConfigMap projectid, Secret apikey) {
            return deployment("webserver-blue")
                .replicas(3)
                .podLabels(labels("color", "blue").and("type", "webserver"))
                .container(container("webserver-container", "gcr.io/hello-docker-123456/imageview:blue")
                    .port(80, "http-server")
                    .env("PROJECT_ID", fromConfigMap(projectid, "project.id"))
                    .env("SECRET_ID", fromSecret(apikey, "id"))
                    .env("SECRET_KEY", fromSecret(apikey, "key")))
                .build();
          }
        """);
  }

  @Test
  void should_write_service_accounts_and_claims_with_their_dsl() {
    String java = Importer.toJava(List.of(RESOURCES.resolve("identity")), OPTIONS).text();
    assertThat(method(java, "web")).isEqualTo("""
          static ServiceAccount web() {
            return serviceAccount("web")
                .namespace("shop")
                .annotation("eks.amazonaws.com/role-arn", "arn:aws:iam::123456789012:role/web")
                .automountToken(false)
                .imagePullSecret(secretRef("registry"))
                .imagePullSecret(secretRef("mirror"))
                .build();
          }
        """);
    assertThat(method(java, "data")).isEqualTo("""
          static PersistentVolumeClaim data() {
            return claim("data")
                .readWriteOnce()
                .storage("10Gi")
                .storageClass("fast-ssd")
                .build();
          }
        """);
  }

  @Test
  void should_select_the_workload_whose_pod_labels_equal_the_service_selector() {
    String java = Importer.toJava(List.of(RESOURCES.resolve("chap09")), OPTIONS).text();
    assertThat(method(java, "webserver")).isEqualTo("""
          static Service webserver(Deployment webserverBlue) {
            return service("webserver")
                .loadBalancer()
                .selecting(webserverBlue)
                .port(80, "http-server")
                .build();
          }
        """);
  }

  @Test
  void should_declare_each_object_after_the_objects_it_refers_to_and_bundle_them_in_input_order() {
    String java = Importer.toJava(List.of(RESOURCES.resolve("chap09")), OPTIONS).text();
    assertThat(java).contains("""
          @Override
          public Bundle manifests() {
            ConfigMap projectid = projectid();
            CronJob batchJob = batchJob();
            Secret apikey = apikey();
            Deployment webserverBlue = webserverBlue(projectid, apikey);
            Deployment webserverGreen = webserverGreen(projectid, apikey);
            Service webserver = webserver(webserverBlue);
            return bundle(projectid, batchJob, webserverBlue, webserverGreen, apikey, webserver);
          }
        """);
  }

  @Test
  void should_keep_secret_values_out_of_the_source_and_say_where_the_code_reads_them() {
    // WHEN importing with the default options
    JavaSource java = Importer.toJava(List.of(RESOURCES.resolve("chap09")), OPTIONS);
    // THEN neither the values nor their base64 appear; the code reads environment variables, and says so
    assertThat(java.text()).doesNotContain("client-1234", "Y2xpZW50LTEyMzQ=", "s3cr3t", "czNjcjN0");
    assertThat(java.secretVariables()).containsExactly("APIKEY_ID", "APIKEY_KEY");
    assertThat(method(java.text(), "apikey")).isEqualTo("""
          static Secret apikey() {
            return secret("apikey")
                .data("id", secretValue("APIKEY_ID"))
                .data("key", secretValue("APIKEY_KEY"))
                .build();
          }
        """);
    assertThat(java.text()).contains("""
         * <p>Secret values are not in this file: each is read when {@link #manifests()} runs, from an environment
         * variable ({@code APIKEY_ID}, {@code APIKEY_KEY}), or else from the file whose path is in that variable with
         * {@code _FILE} appended ({@code APIKEY_ID_FILE}).
        """);
    assertThat(java.text()).contains("private static byte[] secretValue(String variable) {");
  }

  @Test
  void should_write_secret_values_into_the_source_with_inline_secrets() {
    JavaSource java = Importer.toJava(List.of(RESOURCES.resolve("chap09")), OPTIONS.inlineSecrets(true));
    assertThat(method(java.text(), "apikey")).isEqualTo("""
          static Secret apikey() {
            return secret("apikey")
                .data("id", "client-1234")
                .data("key", "s3cr3t-k3y-0f-th3-ch4pt3r")
                .build();
          }
        """);
    assertThat(java.secretVariables()).isEmpty();
    assertThat(java.text()).contains("Secret values are written in this file ({@code --inline-secrets})")
        .doesNotContain("secretValue");
  }

  @Test
  void should_name_a_secret_s_variables_after_the_secret_and_the_key() {
    JavaSource java = Importer.toJava(Manifests.parse("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: regcred
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: e30=
        """, "regcred.yaml"), OPTIONS);
    assertThat(java.secretVariables()).containsExactly("REGCRED_DOCKERCONFIGJSON");
    assertThat(method(java.text(), "regcred")).isEqualTo("""
          static Secret regcred() {
            return secret("regcred")
                .type(Secret.DOCKER_CONFIG_JSON)
                .data(".dockerconfigjson", secretValue("REGCRED_DOCKERCONFIGJSON"))
                .build();
          }
        """);
  }

  @Test
  void should_refer_by_name_to_a_config_map_outside_the_input_and_to_a_key_its_config_map_lacks() {
    String java = importYaml("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          mode: production
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
        spec:
          containers:
          - name: app
            image: app:1
            env:
            - name: MODE
              valueFrom:
                configMapKeyRef: {name: settings, key: mode}
            - name: LEVEL
              valueFrom:
                configMapKeyRef: {name: settings, key: level}
            - name: TOGGLES
              valueFrom:
                configMapKeyRef: {name: shared-features, key: toggles, optional: true}
        """);
    assertThat(method(java, "app")).isEqualTo("""
          static Pod app(ConfigMap settings) {
            return pod("app")
                .container(container("app", "app:1")
                    .env("MODE", fromConfigMap(settings, "mode"))
                    .env("LEVEL", fromConfigMap(configMapRef("settings"), "level"))
                    .env("TOGGLES", fromConfigMap(configMapRef("shared-features").optional(), "toggles")))
                .build();
          }
        """);
  }

  @Test
  void should_write_a_dns_policy_with_its_typed_builder() {
    String java = Importer.toJava(List.of(RESOURCES.resolve("kubectl/debug-pod.yaml")), OPTIONS).text();
    assertThat(method(java, "debug")).isEqualTo("""
          static Pod debug() {
            return pod("debug")
                .label("app", "debug")
                .container(container("debug", "busybox:1.36").args("sleep", "3600"))
                .restartPolicy("Never")
                .dnsPolicy(DnsPolicy.CLUSTER_FIRST)
                .build();
          }
        """);
  }

  @Test
  void should_write_pod_fields_without_a_dsl_method_through_edit_pod_spec() {
    String java = importYaml("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: host
        spec:
          hostNetwork: true
          containers:
          - name: c
            image: busybox:1.36
        """);
    assertThat(method(java, "host")).isEqualTo("""
          static Pod host() {
            return pod("host")
                .container(container("c", "busybox:1.36"))
                .editPodSpec(spec -> spec.withHostNetwork(true))
                .build();
          }
        """);
  }

  @Test
  void should_set_what_no_builder_method_reaches_with_withers_on_the_built_object() {
    String java = Importer.toJava(List.of(RESOURCES.resolve("kubectl/backup-cronjob.yaml")), OPTIONS).text();
    assertThat(method(java, "backup")).isEqualTo("""
          static CronJob backup() {
            CronJob backup = cronJob("backup")
                .schedule("0 3 * * *")
                .container(container("backup", "busybox:1.36").command("/bin/sh", "-c", "date; echo backup"))
                .build();
            return backup
                .withSpec(backup.spec()
                    .withJobTemplate(backup.spec().jobTemplate()
                        .withMetadata(ObjectMeta.builder().name("backup").build())));
          }
        """);
  }

  @Test
  void should_pass_core_values_to_the_dsl_for_shapes_its_shortcuts_do_not_cover() {
    String java = Importer.toJava(List.of(RESOURCES.resolve("kubectl/web-service.yaml")), OPTIONS).text();
    assertThat(method(java, "web")).isEqualTo("""
          static Service web() {
            return service("web")
                .label("app", "web")
                .clusterIP()
                .selector(labels("app", "web"))
                .port(ServicePort.builder()
                    .name("80-80")
                    .port(80)
                    .protocol("TCP")
                    .targetPort(IntOrString.of(80))
                    .build())
                .build();
          }
        """);
  }

  @Test
  void should_write_untyped_fields_with_extra_and_a_hook_with_its_typed_builder() {
    String java = importYaml("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: shell
        spec:
          shareProcessNamespace: true
          containers:
          - name: shell
            image: busybox:1.36
            stdin: true
            lifecycle:
              preStop:
                exec:
                  command: [sleep, "5"]
        """);
    assertThat(method(java, "shell")).isEqualTo("""
          static Pod shell() {
            return pod("shell")
                .container(container("shell", "busybox:1.36").extra("stdin", true).preStop(Hook.exec("sleep", "5")))
                .podSpecExtra("shareProcessNamespace", true)
                .build();
          }
        """);
  }

  @Test
  void should_write_a_sidecar_for_an_init_container_that_restarts_always() {
    String java = importYaml("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
        spec:
          initContainers:
          - name: proxy
            image: envoy:1
            restartPolicy: Always
          containers:
          - name: app
            image: app:1
        """);
    assertThat(method(java, "app")).isEqualTo("""
          static Pod app() {
            return pod("app")
                .container(container("app", "app:1"))
                .sidecar(container("proxy", "envoy:1"))
                .build();
          }
        """);
  }

  @Test
  void should_keep_an_absent_selector_absent_although_the_dsl_would_derive_one() {
    String java = importYaml("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
        """);
    assertThat(method(java, "web")).isEqualTo("""
          static Deployment web() {
            Deployment web = deployment("web")
                .podLabel("app", "web")
                .container(container("web", "nginx:1.27"))
                .build();
            return web.withSpec(web.spec().withSelector(Optional.empty()));
          }
        """);
  }

  @Test
  void should_write_multi_line_values_as_text_blocks() {
    String java = importYaml("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: nginx
        data:
          nginx.conf: |
            server {
              listen 80;
              root "/srv";
            }
        """);
    assertThat(method(java, "nginx")).isEqualTo("""
          static ConfigMap nginx() {
            return configMap("nginx")
                .data("nginx.conf", \"""
                    server {
                      listen 80;
                      root "/srv";
                    }
                    \""")
                .build();
          }
        """);
  }

  @Test
  void should_name_objects_that_share_a_name_after_their_kind() {
    JavaSource java = Importer.toJava(
        List.of(RESOURCES.resolve("kubectl/web-deployment.yaml"), RESOURCES.resolve("kubectl/web-service.yaml")),
        OPTIONS);
    assertThat(java.text()).contains("    Deployment webDeployment = webDeployment();\n",
        "    Service webService = webService(webDeployment);\n", "    return bundle(webDeployment, webService);\n");
  }

  @Test
  void should_not_declare_a_method_that_would_hide_a_dsl_factory() {
    String java = importYaml("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: service
        data:
          a: b
        """);
    assertThat(java).contains("  static ConfigMap serviceConfigMap() {\n", "    return configMap(\"service\")\n");
  }

  @Test
  void should_reserve_every_factory_name_of_the_dsl() {
    // GIVEN the static methods of the DSL's front door, which a generated method of the same name would hide
    List<String> factories = Arrays.stream(Kube.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Kube.class)
        .map(Method::getName).distinct().toList();
    // THEN the importer never names a method after one
    assertThat(Names.RESERVED_METHODS).containsAll(factories);
  }

  @Test
  void should_write_objects_the_dsl_cannot_name_through_core_builders() {
    String java = importYaml("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            team: payments
        """);
    assertThat(method(java, "shop")).isEqualTo("""
          static Namespace shop() {
            return Namespace.builder()
                .metadata(ObjectMeta.builder().name("shop").putLabel("team", "payments").build())
                .build();
          }
        """);
  }

  @Test
  void should_name_the_class_after_the_options_and_give_its_path() {
    JavaSource java = Importer.toJava(Bundle.of(), ImportOptions.defaults().packageName("com.example.k8s").className("Shop"));
    assertThat(java.qualifiedName()).isEqualTo("com.example.k8s.Shop");
    assertThat(java.path()).isEqualTo("com/example/k8s/Shop.java");
    assertThat(java.text()).startsWith("package com.example.k8s;\n\nimport static io.kubeprint.dsl.Kube.*;\n")
        .contains("public final class Shop implements ManifestSource {\n");
  }

  @Test
  void should_refuse_a_class_name_that_is_not_a_java_identifier() {
    assertThatThrownBy(() -> ImportOptions.defaults().className("my-app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("className must be a Java identifier (was \"my-app\")");
    assertThatThrownBy(() -> ImportOptions.defaults().packageName("com.2example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packageName must be Java identifiers joined by dots (was \"com.2example\")");
  }

  @Test
  void should_compile_a_class_that_builds_nothing_for_empty_input(@TempDir Path dir) {
    JavaSource java = Importer.toJava(Bundle.of(), OPTIONS);
    ClassLoader classes = Javac.compile(dir, List.of(java));
    assertThat(Javac.manifests(classes, java).objects()).isEmpty();
  }
}
