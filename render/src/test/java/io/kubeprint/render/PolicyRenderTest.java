package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.policy.Check;
import io.kubeprint.core.policy.Level;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.workload.Pod;
import org.junit.jupiter.api.Test;

/** A policy at render time ({@link RenderOptions#policy}) and the project file {@code kubeprint.yaml}. */
class PolicyRenderTest {
  static final Pod ROOT = Pod.builder().metadata(ObjectMeta.builder().name("web").build())
      .spec(PodSpec.builder().addContainer(Container.builder().name("web").image("nginx:1.27").build()).build()).build();

  @Test
  void should_refuse_to_render_a_bundle_with_findings_at_level_error() {
    RenderOptions options = RenderOptions.defaults().policy(Policy.restricted());
    assertThatThrownBy(() -> Yaml.render(Bundle.of(ROOT), options)).isInstanceOf(ManifestValidationException.class)
        .satisfies(e -> assertThat(((ManifestValidationException) e).violations()).hasSize(4));
    assertThatThrownBy(() -> Yaml.render(ROOT, options)).isInstanceOf(ManifestValidationException.class);
  }

  @Test
  void should_render_when_the_policy_finds_only_warnings() {
    Policy warn = Policy.none();
    for (Check c : Policy.restricted().enabled()) {
      warn = warn.with(c, Level.WARNING);
    }
    assertThat(Yaml.render(Bundle.of(ROOT), RenderOptions.defaults().policy(warn))).startsWith("apiVersion: v1\nkind: Pod\n");
    assertThat(RenderOptions.defaults().policy()).isEmpty();
  }

  @Test
  void should_read_a_project_file() {
    Policy p = PolicyFile.parse("""
        policy:
          profile: baseline
          namespaceLabels: false
          checks:
            latest-tag: warning
          waivers:
          - {check: latest-tag, object: "*", reason: nightly images on purpose}
        """, "kubeprint.yaml");
    assertThat(p).isEqualTo(Policy.baseline().with("latest-tag", Level.WARNING).ignoringNamespaceLabels()
        .waive("latest-tag", "*", "nightly images on purpose"));
  }

  @Test
  void should_list_every_mistake_of_a_project_file() {
    assertThatThrownBy(() -> PolicyFile.parse("""
        polcy: {}
        """, "kubeprint.yaml")).hasMessage("kubeprint.yaml: polcy: unknown key (known: policy)\n"
        + "kubeprint.yaml: policy: must be a mapping (profile, checks, waivers)");
    assertThatThrownBy(() -> PolicyFile.parse("""
        policy:
          waivers:
          - check: latest-tag
            object: web
          namespaceLabels: maybe
        """, "kubeprint.yaml")).hasMessage("kubeprint.yaml: policy.namespaceLabels: must be true or false (was \"maybe\")\n"
        + "kubeprint.yaml: policy.waivers[0].reason: is required");
  }
}
