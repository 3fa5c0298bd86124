package io.kubeprint.render;

import static io.kubeprint.render.YamlReaders.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Strings YAML misreads (booleans in any spelling, null, numbers of every base, timestamps, indicators,
 * spaces, comments, control characters, emoji, multi-line text) placed in real objects: label values,
 * annotations, ConfigMap data, env values and command args. The YAML kubeprint renders is read back by a YAML
 * 1.1 reader (snakeyaml), a YAML 1.2 reader (snakeyaml-engine, JSON and core schema) and kubeprint's own
 * reader; each gives back the identical strings at the same places.
 */
class StringPlacementPropertyTest {
  /** Label values outside the label syntax are placed on purpose: these renders do not validate. */
  private static final RenderOptions UNCHECKED = RenderOptions.defaults().validate(false);

  private static final List<Function<String, List<Object>>> READERS =
      List.of(YamlReaders::yaml11, YamlReaders::yaml12, YamlReaders::yaml12Core);

  @Provide
  Arbitrary<String> tricky() {
    return ModelArbitraries.trickyStrings();
  }

  @Property(tries = 300)
  void should_read_back_a_string_identically_wherever_it_is_placed(@ForAll("tricky") String s) {
    // GIVEN a ConfigMap and a Deployment holding s as data, label value, annotation, env value, command and arg
    Bundle bundle = Bundle.of(deploymentHolding(s), ConfigMap.builder().metadata(ObjectMeta.builder().name("settings")
        .build()).putData("value", s).build());

    // WHEN rendering
    String yaml = Yaml.render(bundle, UNCHECKED);

    // THEN YAML 1.1 and 1.2 readers find s at every place (the ConfigMap comes first in apply order)
    for (Function<String, List<Object>> reader : READERS) {
      List<Object> docs = reader.apply(yaml);
      assertThat(docs).hasSize(2);
      Object configMap = docs.get(0);
      Object deployment = docs.get(1);
      assertThat(at(configMap, "data", "value")).isEqualTo(s);
      assertThat(at(deployment, "metadata", "labels", "value")).isEqualTo(s);
      assertThat(at(deployment, "metadata", "annotations", "example.com/note")).isEqualTo(s);
      Object container = at(deployment, "spec", "template", "spec", "containers", 0);
      assertThat(at(container, "env", 0, "value")).isEqualTo(s);
      assertThat(at(container, "command")).isEqualTo(List.of(s));
      assertThat(at(container, "args")).isEqualTo(List.of("--value", s, s + s));
    }
    // AND kubeprint's reader gives back equal objects, from the YAML and from the JSON
    assertThat(Manifests.parse(yaml, "rendered").objects()).isEqualTo(Yaml.ordered(bundle));
    assertThat(Manifests.parse(Json.render(bundle, UNCHECKED), "rendered.json").objects())
        .isEqualTo(Yaml.ordered(bundle));
  }

  @Property(tries = 200)
  void should_read_back_strings_identically_as_map_keys(@ForAll("tricky") String s) {
    // GIVEN s as a ConfigMap data key and an annotation key (not valid keys for the API server: not validated)
    ConfigMap c = ConfigMap.builder()
        .metadata(ObjectMeta.builder().name("keys").putAnnotation(s, "note").build())
        .putData(s, "value").putData("z", s).build();

    // WHEN rendering
    String yaml = Yaml.render(c, UNCHECKED);

    // THEN every reader finds the keys
    for (Function<String, List<Object>> reader : READERS) {
      Object doc = reader.apply(yaml).get(0);
      assertThat(at(doc, "data")).isEqualTo(s.equals("z") ? Map.of("z", "z") : Map.of(s, "value", "z", s));
      assertThat(at(doc, "metadata", "annotations")).isEqualTo(Map.of(s, "note"));
    }
    assertThat(Manifests.parse(yaml, "rendered").objects()).containsExactly(c);
  }

  @Property(tries = 100)
  void should_read_back_many_strings_in_a_stream_of_documents(@ForAll("manyStrings") List<String> strings) {
    // GIVEN one ConfigMap per string, the string as its last data value (a |+ block may end a document)
    List<ConfigMap> maps = new ArrayList<>();
    for (int i = 0; i < strings.size(); i++) {
      maps.add(ConfigMap.builder().metadata(ObjectMeta.builder().name(String.format("c%02d", i)).build())
          .putData("a", strings.get(i)).putData("b", strings.get(strings.size() - 1 - i)).build());
    }
    Bundle bundle = Bundle.of(maps);

    // WHEN rendering all of them as one stream
    String yaml = Yaml.render(bundle);

    // THEN each document holds its strings for every reader
    for (Function<String, List<Object>> reader : READERS) {
      List<Object> docs = reader.apply(yaml);
      assertThat(docs).hasSize(strings.size());
      for (int i = 0; i < strings.size(); i++) {
        assertThat(at(docs.get(i), "data", "a")).isEqualTo(strings.get(i));
        assertThat(at(docs.get(i), "data", "b")).isEqualTo(strings.get(strings.size() - 1 - i));
      }
    }
    assertThat(Manifests.parse(yaml, "rendered").objects()).isEqualTo(bundle.objects());
  }

  @Provide
  Arbitrary<List<String>> manyStrings() {
    return ModelArbitraries.trickyStrings().list().ofMinSize(1).ofMaxSize(8);
  }

  /** A valid Deployment but for its label value {@code s}, which it also holds in other string fields. */
  private static Deployment deploymentHolding(String s) {
    Container c = Container.builder().name("web").image("nginx:1.27")
        .addEnv(EnvVar.builder().name("VALUE").value(s).build())
        .addCommand(s)
        .addArgs("--value", s, s + s)
        .build();
    return Deployment.builder()
        .metadata(ObjectMeta.builder().name("web").putLabel("value", s).putAnnotation("example.com/note", s).build())
        .spec(DeploymentSpec.builder()
            .selector(LabelSelector.builder().putMatchLabel("app", "web").build())
            .template(PodTemplateSpec.builder()
                .metadata(ObjectMeta.builder().putLabel("app", "web").build())
                .spec(PodSpec.builder().addContainer(c).build())
                .build())
            .build())
        .build();
  }
}
