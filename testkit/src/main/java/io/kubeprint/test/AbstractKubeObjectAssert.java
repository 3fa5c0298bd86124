package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * What every kind can be asserted about: name, namespace, labels, annotations, validation against the API
 * server's rules, and its golden file. Failures name the object as {@code Kind/name}.
 *
 * @param <SELF> the concrete assert, returned for chaining
 * @param <ACTUAL> the kind
 */
public abstract class AbstractKubeObjectAssert<SELF extends AbstractKubeObjectAssert<SELF, ACTUAL>, ACTUAL extends KubeObject>
    extends AbstractAssert<SELF, ACTUAL> {

  /** The bundle this assertion was reached from ({@code assertThat(bundle).deployment("api")}), else null. */
  Bundle bundle;

  AbstractKubeObjectAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * The bundle's own version of an object passed to an assertion (the same kind and base name, namespaced or
   * renamed by the bundle's transforms), or the object itself when not reached from a bundle.
   */
  <T extends KubeObject> T inBundle(T object) {
    return InBundle.resolve(bundle, object);
  }

  /** Fails with {@code Expecting <Kind/name>:\n  <expectation>\n<but>:\n  <found>}. */
  AssertionError failure(String expectation, String but, String found) {
    return Failure.of(info, actual.displayName(), expectation, but, found);
  }

  /** Verifies {@code metadata.name}. */
  public SELF hasName(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    if (!actual.name().equals(name)) {
      throw failure("to have name " + name, "but had", actual.metadata().name().orElse(Describe.UNSET));
    }
    return myself;
  }

  /** Verifies {@code metadata.namespace}; an object without one is in none (the namespace it is applied to). */
  public SELF hasNamespace(String namespace) {
    isNotNull();
    Objects.requireNonNull(namespace, "namespace == null");
    if (!actual.metadata().namespace().filter(namespace::equals).isPresent()) {
      throw failure("to be in namespace " + namespace, "but had", Describe.optional(actual.metadata().namespace()));
    }
    return myself;
  }

  /** Verifies that {@code metadata.labels} has {@code key=value}: {@code hasLabel("color", "blue")}. */
  public SELF hasLabel(String key, String value) {
    isNotNull();
    return hasEntry(actual.metadata().labels(), key, value, "label", "labels");
  }

  /** Verifies that {@code metadata.labels} has no {@code key}. */
  public SELF doesNotHaveLabel(String key) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    if (actual.metadata().labels().containsKey(key)) {
      throw failure("not to have label " + key, "but had labels", Describe.labels(actual.metadata().labels()));
    }
    return myself;
  }

  /** Verifies that {@code metadata.annotations} has {@code key=value}. */
  public SELF hasAnnotation(String key, String value) {
    isNotNull();
    return hasEntry(actual.metadata().annotations(), key, value, "annotation", "annotations");
  }

  SELF hasEntry(Map<String, String> map, String key, String value, String what, String whats) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    if (!value.equals(map.get(key))) {
      throw failure("to have " + what + " " + key + "=" + value, "but had " + whats, Describe.labels(map));
    }
    return myself;
  }

  /**
   * Verifies that the object breaks none of the API server's rules (Kubernetes 1.32), as
   * {@link Validator#validate(KubeObject)} checks them; the failure lists every violation.
   */
  public SELF hasNoViolations() {
    isNotNull();
    List<Violation> found = Validator.validate(actual);
    if (!found.isEmpty()) {
      throw failure("to have no violations", "but had " + found.size(), Describe.violations(found));
    }
    return myself;
  }

  /**
   * Verifies that validating the object reports a violation of rule {@code ruleId} at field {@code path}:
   * {@code hasViolation("spec.template.spec.containers", "containers-required")}.
   */
  public SELF hasViolation(String path, String ruleId) {
    isNotNull();
    Violations.require(info, actual.displayName(), Validator.validate(actual), null, path, ruleId);
    return myself;
  }

  /** Renders the object as YAML (Secret values redacted) and compares it with the golden file at {@code file}. */
  public SELF matchesGoldenFile(Path file) {
    return matchesGoldenFile(GoldenFile.of(file));
  }

  /** Renders the object as YAML (Secret values redacted) and compares it with the golden file at {@code file}. */
  public SELF matchesGoldenFile(String file) {
    return matchesGoldenFile(GoldenFile.of(file));
  }

  /** Renders the object as {@code golden} says and compares it with that file; see {@link GoldenFile}. */
  public SELF matchesGoldenFile(GoldenFile golden) {
    isNotNull();
    Objects.requireNonNull(golden, "golden == null");
    golden.check(actual.displayName(), golden.render(actual), info);
    return myself;
  }
}
