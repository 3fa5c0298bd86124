package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cpu;
import static io.kubeprint.dsl.Kube.memory;
import static io.kubeprint.dsl.Kube.fieldRef;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.secretRef;
import static io.kubeprint.dsl.Kube.fromSecret;
import static io.kubeprint.test.Fixtures.API_KEY;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.PROJECT_ID;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.pod.Container;
import org.junit.jupiter.api.Test;

class ContainerAssertTest {
  private static final String WEB = "container webserver-container of Deployment/webserver-blue";

  private static final Container API = container("api", "example/api:2.0")
      .command("java", "-jar", "/app.jar")
      .args("--port", "8080")
      .port(8080, "http")
      .env("MODE", "prod")
      .env("POD_NAME", fieldRef("metadata.name"))
      .env("TOKEN", fromSecret(secretRef("tokens"), "api"))
      .requests(cpu("100m"), memory("128Mi"))
      .limits(cpu("1"), memory("256Mi"))
      .mount("config", "/etc/api")
      .readinessProbe(httpGet("/ready", "http"))
      .build();

  @Test
  void should_check_the_image_of_a_container_reached_from_its_deployment() {
    assertThat(BLUE).container("webserver-container").hasImage("gcr.io/hello-docker-123456/imageview:blue");
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").hasImage("nginx"))
        .hasMessage("\nExpecting " + WEB + ":\n  to have image nginx\nbut had:\n  gcr.io/hello-docker-123456/imageview:blue");
  }

  @Test
  void should_check_exposed_ports_by_number_and_name() {
    assertThat(BLUE).container("webserver-container").exposesPort(80).exposesPort(80, "http-server");
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").exposesPort(8080))
        .hasMessage("\nExpecting " + WEB + ":\n  to expose port 8080\nbut had ports:\n  [http-server=80]");
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").exposesPort(80, "http"))
        .hasMessage("\nExpecting " + WEB + ":\n  to expose port http=80\nbut had ports:\n  [http-server=80]");
  }

  @Test
  void should_check_that_an_env_var_comes_from_a_secret_key() {
    assertThat(BLUE).container("webserver-container")
        .hasEnv("SECRET_ID").fromSecret(API_KEY, "id");
  }

  @Test
  void should_fail_naming_the_secret_key_the_env_var_really_reads() {
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_ID").fromSecret(API_KEY, "key"))
        .hasMessage("\nExpecting env var SECRET_ID of " + WEB + ":\n  to come from Secret apikey, key key\n"
            + "but came from:\n  Secret apikey, key id");
  }

  @Test
  void should_fail_when_the_secret_lacks_the_key_the_env_var_reads() {
    // GIVEN TOKEN reads key api of Secret tokens, which the test's Secret object does not have
    io.kubeprint.core.config.Secret tokens = io.kubeprint.dsl.Kube.secret("tokens").data("web", "x").build();
    // THEN the reference matches by name, but the key is not in the Secret
    assertThatThrownBy(() -> assertThat(API).hasEnv("TOKEN").fromSecret(tokens, "api"))
        .hasMessage("\nExpecting env var TOKEN of container api:\n  to come from Secret tokens, key api\n"
            + "but Secret/tokens had keys:\n  [web]");
    assertThat(API).hasEnv("TOKEN").fromSecret("tokens", "api");
  }

  @Test
  void should_list_the_env_vars_when_one_is_missing() {
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_TOKEN"))
        .hasMessage("\nExpecting " + WEB + ":\n  to have env var SECRET_TOKEN\n"
            + "but had env vars:\n  [PROJECT_ID, SECRET_ID, SECRET_KEY]");
    assertThat(BLUE).container("webserver-container").doesNotHaveEnv("SECRET_TOKEN");
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").doesNotHaveEnv("SECRET_KEY"))
        .hasMessage("\nExpecting " + WEB + ":\n  not to have env var SECRET_KEY\n"
            + "but had env vars:\n  [PROJECT_ID, SECRET_ID, SECRET_KEY]");
  }

  @Test
  void should_check_that_an_env_var_comes_from_a_config_map_key() {
    assertThat(BLUE).container("webserver-container").hasEnv("PROJECT_ID").fromConfigMap(PROJECT_ID, "project.id")
        .fromConfigMap("projectid", "project.id");
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_ID")
        .fromConfigMap(PROJECT_ID, "project.id"))
        .hasMessage("\nExpecting env var SECRET_ID of " + WEB + ":\n  to come from ConfigMap projectid, key project.id\n"
            + "but came from:\n  Secret apikey, key id");
  }

  @Test
  void should_check_literal_values_and_field_references() {
    assertThat(API).hasEnv("MODE").hasValue("prod");
    assertThat(API).hasEnv("POD_NAME").fromField("metadata.name");
    assertThatThrownBy(() -> assertThat(API).hasEnv("MODE").hasValue("dev"))
        .hasMessage("\nExpecting env var MODE of container api:\n  to have value dev\nbut came from:\n  value prod");
    assertThatThrownBy(() -> assertThat(API).hasEnv("MODE").fromField("metadata.name"))
        .hasMessage("\nExpecting env var MODE of container api:\n  to come from field metadata.name\n"
            + "but came from:\n  value prod");
  }

  @Test
  void should_check_command_and_args_in_order() {
    assertThat(API).hasCommand("java", "-jar", "/app.jar").hasArgs("--port", "8080");
    assertThatThrownBy(() -> assertThat(API).hasArgs("8080", "--port"))
        .hasMessage("\nExpecting container api:\n  to have args [8080, --port]\nbut had:\n  [--port, 8080]");
  }

  @Test
  void should_compare_resource_quantities_by_value() {
    assertThat(API).hasRequest("cpu", "0.1").hasRequest("memory", "128Mi").hasLimit("cpu", "1000m");
    assertThatThrownBy(() -> assertThat(API).hasLimit("memory", "512Mi"))
        .hasMessage("\nExpecting container api:\n  to have limit memory=512Mi\nbut had limits:\n  cpu=1,memory=256Mi");
  }

  @Test
  void should_check_mounts_and_probes() {
    assertThat(API).mounts("config", "/etc/api").hasReadinessProbe();
    assertThatThrownBy(() -> assertThat(API).mounts("config", "/etc/config"))
        .hasMessage("\nExpecting container api:\n  to mount volume config at /etc/config\nbut had mounts:\n  [config at /etc/api]");
    assertThatThrownBy(() -> assertThat(API).hasLivenessProbe())
        .hasMessage("\nExpecting container api:\n  to have a liveness probe\nbut had:\n  none");
  }

  @Test
  void should_fail_on_another_command_and_a_missing_request() {
    assertThatThrownBy(() -> assertThat(API).hasCommand("java", "-jar", "/other.jar"))
        .hasMessage("\nExpecting container api:\n  to have command [java, -jar, /other.jar]\n"
            + "but had:\n  [java, -jar, /app.jar]");
    assertThatThrownBy(() -> assertThat(API).hasRequest("ephemeral-storage", "1Gi"))
        .hasMessage("\nExpecting container api:\n  to have request ephemeral-storage=1Gi\n"
            + "but had requests:\n  cpu=100m,memory=128Mi");
  }

  @Test
  void should_check_both_probes() {
    Container probed = container(API).livenessProbe(httpGet("/live", "http")).build();
    assertThat(probed).hasLivenessProbe().hasReadinessProbe();
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").hasReadinessProbe())
        .hasMessage("\nExpecting " + WEB + ":\n  to have a readiness probe\nbut had:\n  none");
  }

  @Test
  void should_fail_when_the_config_map_lacks_the_key_the_env_var_reads() {
    io.kubeprint.core.config.ConfigMap renamed = io.kubeprint.dsl.Kube.configMap("projectid").data("project", "x").build();
    assertThatThrownBy(() -> assertThat(BLUE).container("webserver-container").hasEnv("PROJECT_ID")
        .fromConfigMap(renamed, "project.id"))
        .hasMessage("\nExpecting env var PROJECT_ID of " + WEB + ":\n  to come from ConfigMap projectid, key project.id\n"
            + "but ConfigMap/projectid had keys:\n  [project]");
  }
}
