package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

  @Test
  void should_write_objects_given_in_apply_order_as_the_bundle_renders() {
    // GIVEN objects of several kinds, one with a value that needs quotes, in apply order
    Bundle bundle = Bundle.of(Fixtures.deployment("web"), Fixtures.configMap("settings", "mode", "0644"),
        Fixtures.secret("db", "password", "pw"), Fixtures.service("web", "web"), Fixtures.cronJob("tidy"));
    List<KubeObject> ordered = Yaml.ordered(bundle);
    // WHEN they are written one at a time
    StringWriter out = new StringWriter();
    try (YamlWriter w = Yaml.writer(out, RenderOptions.defaults())) {
      for (KubeObject o : ordered) {
        w.write(o);
      }
      assertThat(w.documents()).isEqualTo(5);
    }
    // THEN the text is the bundle's
    assertThat(out.toString()).isEqualTo(Yaml.render(bundle));
  }

  @Test
  void should_refuse_an_invalid_object_and_keep_what_was_written_before() {
    // GIVEN a writer that validates, having written one object
    StringWriter out = new StringWriter();
    YamlWriter w = Yaml.writer(out, RenderOptions.defaults());
    w.write(Fixtures.configMap("a", "k", "v"));
    // WHEN an invalid object comes
    assertThatThrownBy(() -> w.write(Fixtures.podWithoutContainers("web")))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nPod/web spec.containers: at least one container is required [containers-required]");
    w.close();
    // THEN nothing of it is written
    assertThat(out.toString()).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n");
    assertThat(w.documents()).isEqualTo(1);
  }

  @Test
  void should_write_an_invalid_object_when_validation_is_off() {
    StringWriter out = new StringWriter();
    try (YamlWriter w = Yaml.writer(out, RenderOptions.defaults().validate(false))) {
      w.write(Fixtures.podWithoutContainers("web"));
    }
    assertThat(out.toString()).isEqualTo("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n");
  }

  @Test
  void should_write_nothing_for_no_object() {
    StringWriter out = new StringWriter();
    Yaml.writer(out, RenderOptions.defaults()).close();
    assertThat(out.toString()).isEmpty();
  }
}
