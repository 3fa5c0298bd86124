package io.kubeprint.examples;

import static io.kubeprint.test.KubeAssertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.test.ContainerAssert;
import org.junit.jupiter.api.Test;

/** The chapter's app, tested with kubeprint-test (docs/testing.md shows this file). */
class Chap09AppTest {
  private final Bundle app = new Chap09().manifests();

  @Test
  void should_be_valid() {
    assertThat(app).hasNoViolations();
  }

  @Test
  void should_route_port_80_to_the_blue_pods_only() {
    assertThat(app).service("webserver")
        .hasType("LoadBalancer")
        .routesPort(80, Chap09.BLUE, "http-server")
        .doesNotSelect(Chap09.GREEN);
  }

  @Test
  void should_run_three_replicas_of_each_colour() {
    assertThat(app).deployment("webserver-blue").hasReplicas(3).hasPodLabel("color", "blue");
    assertThat(app).deployment("webserver-green").hasReplicas(3).hasPodLabel("color", "green");
  }

  @Test
  void should_feed_the_web_server_from_the_config_map_and_the_secret() {
    ContainerAssert web = assertThat(Chap09.BLUE).container("webserver-container")
        .hasImage("gcr.io/hello-docker-123456/imageview:blue")
        .exposesPort(80, "http-server");
    web.hasEnv("PROJECT_ID").fromConfigMap(Chap09.PROJECT_ID, "project.id");
    web.hasEnv("SECRET_ID").fromSecret(Chap09.API_KEY, "id");
    web.hasEnv("SECRET_KEY").fromSecret(Chap09.API_KEY, "key");
  }

  @Test
  void should_keep_the_api_credentials_under_two_keys() {
    assertThat(app).secret("apikey").hasKeys("id", "key").hasData("id", "client-1234");
  }

  @Test
  void should_run_the_batch_job_every_minute() {
    assertThat(app).cronJob("batch-job")
        .hasSchedule("*/1 * * * *")
        .hasRestartPolicy("OnFailure")
        .runsImage("gcr.io/hello-docker-123456/batch-app:latest");
  }

  @Test
  void should_render_as_its_golden_file() {
    // Secret values are redacted in this file; -Dkubeprint.updateSnapshots=true rewrites it
    assertThat(app).matchesGoldenFile("src/test/resources/golden/chap09/app.yaml");
  }
}
