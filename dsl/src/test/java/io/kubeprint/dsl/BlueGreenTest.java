package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.blueGreen;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlueGreenTest {
  private final DeploymentBuilder template = deployment("webserver").namespace("shop").replicas(3)
      .container(container("webserver-container", "gcr.io/hello-docker/imageview:base").port(80, "http-server"));
  private final BlueGreen release = blueGreen("webserver")
      .sharedLabels(labels("type", "webserver"))
      .template(template)
      .image(Color.BLUE, "gcr.io/hello-docker/imageview:blue")
      .image(Color.GREEN, "gcr.io/hello-docker/imageview:green")
      .servicePort(80, "http-server")
      .loadBalancer()
      .live(Color.BLUE)
      .build();

  @Test
  void should_make_two_deployments_named_by_colour_with_shared_and_colour_pod_labels() {
    Deployment blue = release.blue();
    Deployment green = release.green();

    assertThat(blue.name()).isEqualTo("webserver-blue");
    assertThat(green.name()).isEqualTo("webserver-green");
    assertThat(blue.metadata().namespace()).contains("shop");
    assertThat(blue.spec().replicas()).contains(3);
    assertThat(blue.spec().template().metadata().labels())
        .containsExactly(Map.entry("type", "webserver"), Map.entry("color", "blue"));
    assertThat(green.spec().selector()).contains(LabelSelector.builder()
        .putMatchLabel("type", "webserver").putMatchLabel("color", "green").build());
    assertThat(blue.spec().template().spec().containers().get(0).image()).contains("gcr.io/hello-docker/imageview:blue");
    assertThat(green.spec().template().spec().containers().get(0).image()).contains("gcr.io/hello-docker/imageview:green");
  }

  @Test
  void should_make_a_service_selecting_the_shared_labels_and_the_live_colour() {
    Service s = release.service();

    assertThat(s.name()).isEqualTo("webserver");
    assertThat(s.metadata().namespace()).contains("shop");
    assertThat(s.spec().type()).contains("LoadBalancer");
    assertThat(s.spec().selector()).containsExactly(Map.entry("type", "webserver"), Map.entry("color", "blue"));
    assertThat(s.spec().ports()).containsExactly(
        ServicePort.builder().port(80).targetPort(IntOrString.of("http-server")).build());
  }

  @Test
  void should_change_only_the_service_selector_when_switching_colour() {
    BlueGreen switched = release.switchTo(Color.GREEN);

    assertThat(switched.live()).isEqualTo(Color.GREEN);
    assertThat(switched.blue()).isEqualTo(release.blue());
    assertThat(switched.green()).isEqualTo(release.green());
    assertThat(switched.service()).isEqualTo(release.service().withSpec(
        release.service().spec().withSelector(Map.of("type", "webserver", "color", "green"))));
    assertThat(switched.switchTo(Color.BLUE)).isEqualTo(release);
  }

  @Test
  void should_list_blue_green_and_service_as_objects_and_bundle() {
    assertThat(release.objects()).containsExactly(release.blue(), release.green(), release.service());
    assertThat(release.bundle().objects()).isEqualTo(release.objects());
    assertThat(release.bundle().validate()).isEmpty();
    assertThat(release.toString()).isEqualTo("BlueGreen{name=webserver, live=blue}");
  }

  @Test
  void should_take_a_built_deployment_as_template() {
    Deployment built = template.build();

    BlueGreen fromValue = blueGreen("webserver").sharedLabels(labels("type", "webserver")).template(built)
        .image(Color.BLUE, "gcr.io/hello-docker/imageview:blue").image(Color.GREEN, "gcr.io/hello-docker/imageview:green")
        .servicePort(80, "http-server").loadBalancer().build();

    assertThat(fromValue).isEqualTo(release);
  }

  @Test
  void should_refuse_to_build_without_an_image_for_each_colour() {
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web")).template(template)
        .image(Color.BLUE, "app:blue").servicePort(80, "http-server").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("image must be set for green (was unset)");
  }

  @Test
  void should_refuse_a_service_port_the_template_does_not_name() {
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web")).template(template)
        .image(Color.BLUE, "app:blue").image(Color.GREEN, "app:green").servicePort(80, "http").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetPort must name a container port of Deployment/web-blue [http-server] (was \"http\")");
  }
}
