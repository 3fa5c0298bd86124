package io.kubeprint.render;

import static io.kubeprint.render.YamlReaders.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Pod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A random sentinel planted as a Secret value never shows: not in REDACTED renderings, not in the
 * {@code toString()} of the Secret or of a bundle holding it, not in any violation or validation exception
 * raised for such a bundle; in the BASE64 rendering it is there only base64-encoded, under its key.
 */
class SecretLeakPropertyTest {
  private static final RenderOptions REDACTED = RenderOptions.defaults().secrets(SecretMode.REDACTED);

  /** What a planted value looks like: the sentinel, in every form it could leak in. */
  record Planted(Secret secret, String key, String sentinel) {
    List<String> leakForms() {
      byte[] bytes = sentinel.getBytes(StandardCharsets.UTF_8);
      return List.of(sentinel, Base64.getEncoder().encodeToString(bytes), Base64.getUrlEncoder().encodeToString(bytes),
          Arrays.toString(bytes));
    }

    void assertNotIn(String text) {
      for (String form : leakForms()) {
        assertThat(text).as("a Secret value must not show").doesNotContain(form);
      }
    }
  }

  /** How a bundle holding the Secret is made invalid, in some way other than its values. */
  enum Breakage {
    SECRET_NAME_INVALID, SECRET_LABEL_INVALID, SECRET_KEY_MISSING_FOR_A_POD, SECRET_DUPLICATED, POD_WITHOUT_CONTAINERS
  }

  @Provide
  Arbitrary<Planted> planted() {
    Arbitrary<String> sentinel = Arbitraries.strings().alpha().numeric().withChars("-_.")
        .ofMinLength(12).ofMaxLength(40).map(s -> "S3NT1NEL-" + s);
    return Combinators.combine(ModelArbitraries.secrets(), ModelArbitraries.configKeys(), sentinel)
        .as((secret, key, s) -> new Planted(
            Secret.builder().from(secret).putData(key, Bytes.utf8(s)).build(), key, s));
  }

  @Provide
  Arbitrary<List<KubeObject>> others() {
    return ModelArbitraries.objectLists(3);
  }

  @Property(tries = 60)
  void should_not_show_the_value_in_a_redacted_rendering(@ForAll("planted") Planted p,
      @ForAll("others") List<KubeObject> others) {
    // GIVEN a bundle holding the Secret among other objects
    List<KubeObject> all = new ArrayList<>(others);
    all.add(p.secret());
    Bundle bundle = Bundle.of(all);

    // WHEN rendering it REDACTED as YAML and as JSON
    String yaml = Yaml.render(bundle, REDACTED.validate(false));
    String json = Json.render(bundle, REDACTED.validate(false));

    // THEN the value shows in neither, and each of the Secret's keys holds the marker
    p.assertNotIn(yaml);
    p.assertNotIn(json);
    Object secretDoc = YamlReaders.yaml11(Yaml.render(p.secret(), REDACTED)).get(0);
    for (String key : p.secret().data().keySet()) {
      assertThat(at(secretDoc, "data", key)).isEqualTo(SecretMode.REDACTED_MARKER);
    }
  }

  @Property(tries = 60)
  void should_not_show_the_value_in_to_string(@ForAll("planted") Planted p, @ForAll("others") List<KubeObject> others) {
    List<KubeObject> all = new ArrayList<>(others);
    all.add(p.secret());

    p.assertNotIn(p.secret().toString());
    p.assertNotIn(p.secret().data().toString());
    p.assertNotIn(Bundle.of(all).toString());
    p.assertNotIn(Bundle.of(all).withExternal(Kind.SECRET, "elsewhere").toString());
  }

  @Property(tries = 100)
  void should_not_show_the_value_in_violations_of_a_bundle_holding_it(@ForAll("planted") Planted p,
      @ForAll Breakage breakage) {
    // GIVEN a bundle holding the Secret, made invalid in another way
    Bundle bundle = broken(p, breakage);

    // WHEN validating and rendering it
    List<Violation> violations = bundle.validate();
    ManifestValidationException yamlError =
        catchThrowableOfType(ManifestValidationException.class, () -> Yaml.render(bundle, REDACTED));
    ManifestValidationException base64Error =
        catchThrowableOfType(ManifestValidationException.class, () -> Yaml.render(bundle));
    ManifestValidationException jsonError =
        catchThrowableOfType(ManifestValidationException.class, () -> Json.render(bundle));
    ManifestValidationException requireError =
        catchThrowableOfType(ManifestValidationException.class, bundle::requireValid);

    // THEN it is refused, and no violation, message or exception shows the value
    assertThat(violations).isNotEmpty();
    for (Violation v : violations) {
      p.assertNotIn(v.toString());
      p.assertNotIn(v.message());
    }
    for (ManifestValidationException e : List.of(yamlError, base64Error, jsonError, requireError)) {
      assertThat(e).isNotNull();
      p.assertNotIn(e.toString());
      p.assertNotIn(e.getMessage());
      p.assertNotIn(e.violations().toString());
    }
  }

  @Property(tries = 100)
  void should_show_the_value_only_base64_encoded_under_its_key(@ForAll("planted") Planted p) {
    // WHEN rendering the Secret with values (the default)
    String yaml = Yaml.render(p.secret());

    // THEN the value is not there as itself, and its key holds its base64 encoding
    assertThat(yaml).doesNotContain(p.sentinel());
    String encoded = Base64.getEncoder().encodeToString(p.sentinel().getBytes(StandardCharsets.UTF_8));
    for (Object doc : List.of(YamlReaders.yaml11(yaml).get(0), YamlReaders.yaml12(yaml).get(0))) {
      assertThat(at(doc, "data", p.key())).isEqualTo(encoded);
      for (Map.Entry<String, Bytes> e : p.secret().data().entrySet()) {
        assertThat(at(doc, "data", e.getKey()))
            .isEqualTo(Base64.getEncoder().encodeToString(e.getValue().toByteArray()));
      }
    }
    assertThat(Json.render(p.secret())).doesNotContain(p.sentinel()).contains("\"" + encoded + "\"");
  }

  private static Bundle broken(Planted p, Breakage breakage) {
    Secret s = p.secret();
    String key = p.key();
    if (breakage == Breakage.SECRET_KEY_MISSING_FOR_A_POD) {
      while (s.data().containsKey(key)) {
        key = key + ".absent";
      }
    }
    Container reader = Container.builder().name("app").image("nginx")
        .addEnv(EnvVar.builder().name("TOKEN").valueFrom(EnvVarSource.builder()
            .secretKeyRef(SecretKeySelector.builder().name(s.name()).key(key).build()).build()).build())
        .build();
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("reader").namespace(s.metadata().namespace()).build())
        .spec(PodSpec.builder().addContainer(reader).build()).build();
    return switch (breakage) {
      case SECRET_NAME_INVALID -> Bundle.of(s.withMetadata(s.metadata().withName("Not_A_Name")));
      case SECRET_LABEL_INVALID -> Bundle.of(s.withMetadata(ObjectMeta.builder().from(s.metadata())
          .putLabel("app", "-not a label value-").build()));
      case SECRET_KEY_MISSING_FOR_A_POD -> Bundle.of(pod, s);
      case SECRET_DUPLICATED -> Bundle.of(s, s);
      case POD_WITHOUT_CONTAINERS -> Bundle.of(s, pod.withSpec(PodSpec.builder().build()));
    };
  }
}
