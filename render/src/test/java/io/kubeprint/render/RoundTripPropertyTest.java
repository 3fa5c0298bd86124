package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid objects of every generated kind (ConfigMaps, Secrets, Services, Deployments, Pods, CronJobs):
 * what kubeprint renders reads back as an equal model, from YAML and from JSON; rendering is deterministic;
 * and {@code fmt} (read, then render without validating) is idempotent and canonical.
 */
class RoundTripPropertyTest {
  private static final RenderOptions UNCHECKED = RenderOptions.defaults().validate(false);

  @Provide
  Arbitrary<KubeObject> objects() {
    return ModelArbitraries.objects();
  }

  @Provide
  Arbitrary<List<KubeObject>> bundles() {
    return ModelArbitraries.objectLists(6);
  }

  /** What {@code kubeprint fmt} prints for {@code text}: the manifests read, then rendered without validating. */
  static String fmt(String text) {
    return Yaml.render(Manifests.parse(text, "fmt"), UNCHECKED);
  }

  @Property(tries = 100)
  void should_generate_only_objects_the_validator_accepts(@ForAll("objects") KubeObject o) {
    assertThat(Validator.validate(o)).isEmpty();
  }

  @Property(tries = 100)
  void should_read_back_an_equal_object_from_its_yaml(@ForAll("objects") KubeObject o) {
    // WHEN rendering a valid object (validated) and reading it back
    String yaml = Yaml.render(o);
    // THEN the model is equal
    assertThat(Manifests.parse(yaml, "rendered").objects()).containsExactly(o);
  }

  @Property(tries = 100)
  void should_read_back_an_equal_object_from_its_json(@ForAll("objects") KubeObject o) {
    assertThat(Manifests.parse(Json.render(o), "rendered.json").objects()).containsExactly(o);
  }

  @Property(tries = 50)
  void should_read_back_a_bundle_in_apply_order_from_yaml_and_json(@ForAll("bundles") List<KubeObject> objects) {
    // GIVEN objects that are each valid (the bundle may miss what they refer to: rendered unchecked)
    Bundle bundle = Bundle.of(objects);

    // WHEN rendering the bundle as a YAML stream and as a JSON v1 List, and reading each back
    List<KubeObject> fromYaml = Manifests.parse(Yaml.render(bundle, UNCHECKED), "rendered").objects();
    List<KubeObject> fromJson = Manifests.parse(Json.render(bundle, UNCHECKED), "rendered.json").objects();

    // THEN both hold the objects, equal, in apply order
    assertThat(fromYaml).isEqualTo(Yaml.ordered(bundle));
    assertThat(fromJson).isEqualTo(Yaml.ordered(bundle));
  }

  @Property(tries = 50)
  void should_render_identical_text_every_time(@ForAll("bundles") List<KubeObject> objects) {
    Bundle bundle = Bundle.of(objects);
    // WHEN rendering twice, and rendering the objects given in the reverse order
    List<KubeObject> reversed = new ArrayList<>(objects);
    Collections.reverse(reversed);
    // THEN the text is identical, whatever the order the objects are given in
    assertThat(Yaml.render(bundle, UNCHECKED)).isEqualTo(Yaml.render(bundle, UNCHECKED))
        .isEqualTo(Yaml.render(Bundle.of(reversed), UNCHECKED));
    assertThat(Json.render(bundle, UNCHECKED)).isEqualTo(Json.render(Bundle.of(reversed), UNCHECKED));
  }

  @Property(tries = 50)
  void should_render_one_object_as_a_bundle_of_it_renders(@ForAll("objects") KubeObject o) {
    // the object alone is valid; the bundle of it may miss what it refers to, so neither is validated here
    assertThat(Yaml.render(o, UNCHECKED)).isEqualTo(Yaml.render(Bundle.of(o), UNCHECKED));
  }

  @Property(tries = 50)
  void should_format_idempotently_into_the_rendering_of_the_bundle(@ForAll("bundles") List<KubeObject> objects) {
    // GIVEN the bundle written three ways: rendered, as JSON, and as each object's document in the given order
    Bundle bundle = Bundle.of(objects);
    String rendered = Yaml.render(bundle, UNCHECKED);
    StringBuilder handWritten = new StringBuilder();
    for (KubeObject o : objects) {
      handWritten.append("---\n# ").append(o.displayName()).append('\n').append(Yaml.render(o));
    }

    for (String text : List.of(rendered, Json.render(bundle, UNCHECKED), handWritten.toString())) {
      // WHEN formatting, then formatting the result
      String once = fmt(text);
      // THEN the first pass gives the rendering of the bundle, and the second changes nothing
      assertThat(once).isEqualTo(rendered);
      assertThat(fmt(once)).isEqualTo(once);
    }
  }
}
