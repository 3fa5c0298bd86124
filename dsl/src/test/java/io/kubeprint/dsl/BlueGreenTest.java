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
        .isInstanceOf(io.kubeprint.core.validation.ManifestValidationException.class)
        .hasMessage("1 violation\nService/web spec.ports[0].targetPort: must name a container port of the pods of"
            + " Deployment/web-blue (was \"http\"); they have: http-server [target-port-name-missing]");
  }

  @Test
  void should_keep_the_template_metadata_and_put_the_colour_on_pods_and_selectors_only() {
    BlueGreen labelled = blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").label("team", "checkout").container(container("web", "app:base").port(80, "http")))
        .image(Color.BLUE, "app:1").image(Color.GREEN, "app:2").servicePort(80, "http").build();

    assertThat(labelled.blue().metadata().labels()).containsExactly(Map.entry("team", "checkout"));
    assertThat(labelled.green().spec().template().metadata().labels())
        .containsExactly(Map.entry("app", "web"), Map.entry("color", "green"));
  }

  @Test
  void should_build_each_colour_from_its_own_template_when_they_differ_only_in_name_colour_and_images() {
    Deployment blueTemplate = deployment("web-blue").replicas(2).podLabels(labels("app", "web").and("color", "blue"))
        .container(container("web", "app:1").port(8080, "http")).build();
    Deployment greenTemplate = deployment(blueTemplate).name("web-green")
        .podLabels(labels("app", "web").and("color", "green")).container(container("web", "app:2").port(8080, "http"))
        .build();

    BlueGreen release = blueGreen("web").sharedLabels(labels("app", "web"))
        .template(Color.BLUE, blueTemplate).template(Color.GREEN, greenTemplate).servicePort(80, "http").build();

    assertThat(release.blue()).isEqualTo(blueTemplate);
    assertThat(release.green()).isEqualTo(greenTemplate);
  }

  @Test
  void should_refuse_colour_templates_that_differ_beyond_name_colour_and_images() {
    DeploymentBuilder base = deployment("web").replicas(2).container(container("web", "app:1").port(8080, "http"));

    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web"))
        .template(Color.BLUE, base.build()).template(Color.GREEN, deployment(base.build()).replicas(5))
        .servicePort(80, "http").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("green must differ from blue only in name, color label and images (was different at spec.replicas)");
  }

  @Test
  void should_name_the_first_differing_field_deep_in_the_pod_spec() {
    DeploymentBuilder base = deployment("web").container(container("web", "app:1").port(8080, "http").env("MODE", "a"));

    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web"))
        .template(Color.BLUE, base.build())
        .template(Color.GREEN, deployment(base.build()).container(container("web", "app:2").port(8080, "http")
            .env("MODE", "b")))
        .servicePort(80, "http").build())
        .hasMessage("green must differ from blue only in name, color label and images"
            + " (was different at spec.template.spec.containers[0].env[0].value)");
  }

  @Test
  void should_refuse_shared_labels_holding_the_colour_key() {
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web").and("color", "blue"))
        .template(template).image(Color.BLUE, "a:1").image(Color.GREEN, "a:2").servicePort(80, "http-server").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sharedLabels must not contain the color label, which tells the colours apart"
            + " (was {app=web, color=blue})");
  }

  @Test
  void should_refuse_a_template_whose_pod_labels_contradict_the_shared_labels_or_the_colour() {
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("type", "webserver"))
        .template(deployment(template.build()).podLabels(labels("type", "api")))
        .image(Color.BLUE, "a:1").image(Color.GREEN, "a:2").servicePort(80, "http-server").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the blue template's pod label type must agree with sharedLabels type=webserver (was api)");
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("type", "webserver"))
        .template(deployment(template.build()).podLabels(labels("color", "blue")))
        .image(Color.BLUE, "a:1").image(Color.GREEN, "a:2").servicePort(80, "http-server").build())
        .hasMessage("the green template's pod label color must be green (was blue)");
  }

  @Test
  void should_set_the_image_of_a_named_container_leaving_the_others() {
    BlueGreen release = blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").container(container("web", "app:base").port(80, "http"))
            .container(container("proxy", "envoy:1.31")))
        .image(Color.BLUE, "web", "app:1").image(Color.GREEN, "web", "app:2").servicePort(80, "http").build();

    assertThat(release.green().spec().template().spec().containers())
        .extracting(c -> c.name().orElseThrow() + "=" + c.image().orElseThrow())
        .containsExactly("web=app:2", "proxy=envoy:1.31");
  }

  @Test
  void should_refuse_an_image_without_a_container_name_for_pods_of_several_containers() {
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").container(container("web", "app:base").port(80, "http"))
            .container(container("proxy", "envoy:1.31")))
        .image(Color.BLUE, "app:1").image(Color.GREEN, "app:2").servicePort(80, "http").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the blue pods must have exactly one container for an image without a container name"
            + " (was 2 containers [web, proxy])");
  }

  @Test
  void should_roll_back_to_the_other_colour() {
    BlueGreen green = release.switchTo(Color.GREEN);

    assertThat(green.idle()).isEqualTo(Color.BLUE);
    assertThat(green.rollback()).isEqualTo(release);
    assertThat(green.rollback().service().spec().selector()).containsEntry("color", "blue");
  }

  @Test
  void should_give_the_idle_colour_a_new_image_leaving_the_live_colour_and_the_service() {
    BlueGreen next = release.withImage(Color.GREEN, "gcr.io/hello-docker/imageview:v2");

    assertThat(next.green().spec().template().spec().containers().get(0).image())
        .contains("gcr.io/hello-docker/imageview:v2");
    assertThat(next.green().withSpec(next.green().spec().withTemplate(release.green().spec().template())))
        .isEqualTo(release.green());
    assertThat(next.blue()).isEqualTo(release.blue());
    assertThat(next.service()).isEqualTo(release.service());
  }

  @Test
  void should_refuse_a_new_image_for_the_live_colour() {
    assertThatThrownBy(() -> release.withImage(Color.BLUE, "gcr.io/hello-docker/imageview:v2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("color must be the idle colour green to take a new image (was blue, which is live);"
            + " roll the live colour with a rolling update instead");
  }

  @Test
  void should_never_select_both_colours_where_a_service_on_the_shared_labels_alone_would() {
    assertThat(release.bundle().validate()).isEmpty();
    assertThat(release.switchTo(Color.GREEN).bundle().validate()).isEmpty();

    Service both = release.service().withSpec(release.service().spec().withSelector(Map.of("type", "webserver")));
    assertThat(Kube.bundle(release.blue(), release.green(), both).validate())
        .extracting(v -> v.ruleId()).containsExactly("service-selects-both-colors");
  }
}
