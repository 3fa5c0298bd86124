package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.workload.Pod;
import org.junit.jupiter.api.Test;

/** {@link RenderOptions#crossObjectChecks(CrossObjectChecks)}: how a bundle's checks across objects count for one render. */
class RenderOptionsTest {
  // a pod mounting a ConfigMap the bundle does not hold
  private static final Bundle INCOMPLETE = Bundle.of(Pod.builder().metadata(ObjectMeta.builder().name("web").build())
      .spec(PodSpec.builder().addContainer(Container.builder().name("web").image("nginx:1.27").build())
          .addVolume(Volume.builder().name("conf").configMap(ConfigMapVolumeSource.builder().name("nginx").build())
              .build())
          .build())
      .build());

  @Test
  void should_refuse_a_bundle_whose_cross_object_findings_are_errors() {
    assertThatThrownBy(() -> Yaml.render(INCOMPLETE, RenderOptions.defaults()))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessageContaining("Pod/web spec.volumes[0].configMap.name: must name a ConfigMap in the bundle or declared"
            + " external (was \"nginx\") [config-map-not-found]");
  }

  @Test
  void should_render_the_bundle_when_the_options_make_them_warnings_or_off() {
    String asIs = Yaml.render(INCOMPLETE, RenderOptions.defaults().validate(false));
    assertThat(Yaml.render(INCOMPLETE, RenderOptions.defaults().crossObjectChecks(CrossObjectChecks.WARNING)))
        .isEqualTo(asIs);
    assertThat(Yaml.render(INCOMPLETE, RenderOptions.defaults().crossObjectChecks(CrossObjectChecks.OFF)))
        .isEqualTo(asIs);
  }

  @Test
  void should_let_the_options_override_the_bundle_s_own_switch() {
    Bundle lenient = INCOMPLETE.withCrossObjectChecks(CrossObjectChecks.WARNING);
    assertThat(Yaml.render(lenient, RenderOptions.defaults())).startsWith("apiVersion: v1\nkind: Pod\n");
    assertThatThrownBy(() -> Yaml.render(lenient, RenderOptions.defaults().crossObjectChecks(CrossObjectChecks.ERROR)))
        .isInstanceOf(ManifestValidationException.class).hasMessageContaining("[config-map-not-found]");
    assertThat(RenderOptions.defaults().crossObjectChecks(CrossObjectChecks.OFF))
        .hasToString("RenderOptions{secrets=BASE64, validate=true, crossObjectChecks=OFF}");
    assertThat(RenderOptions.defaults().crossObjectChecks()).isEmpty();
  }
}
