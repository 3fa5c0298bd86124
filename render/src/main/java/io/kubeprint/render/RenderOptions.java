package io.kubeprint.render;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to render: Secret values ({@link SecretMode#BASE64} by default), whether to validate first (yes by
 * default: an invalid object or bundle is refused with one
 * {@link io.kubeprint.core.validation.ManifestValidationException} listing every violation), for a bundle, how
 * its checks across objects count (as the bundle says by default, see {@link Bundle#crossObjectChecks()}), and a
 * {@link Policy} to gate on (none by default): with {@code RenderOptions.defaults().policy(Policy.restricted())}
 * a bundle with findings at level error is refused the same way, findings and violations together.
 *
 * <pre>{@code
 * Yaml.render(bundle, RenderOptions.defaults().crossObjectChecks(CrossObjectChecks.WARNING));
 * }</pre>
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = new RenderOptions(SecretMode.BASE64, true, null, null);

  private final SecretMode secrets;
  private final boolean validate;
  private final Policy policy;
  private final CrossObjectChecks crossObjectChecks;

  private RenderOptions(SecretMode secrets, boolean validate, Policy policy, CrossObjectChecks crossObjectChecks) {
    this.secrets = secrets;
    this.validate = validate;
    this.policy = policy;
    this.crossObjectChecks = crossObjectChecks;
  }

  /** Base64 Secret values, validation on, the checks across objects as each bundle says. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** These options with Secret values written as {@code mode} says. */
  public RenderOptions secrets(SecretMode mode) {
    return new RenderOptions(Objects.requireNonNull(mode, "mode == null"), validate, policy, crossObjectChecks);
  }

  /** These options with validation before rendering on or off ({@code fmt} renders invalid input as it is). */
  public RenderOptions validate(boolean on) {
    return new RenderOptions(secrets, on, policy, crossObjectChecks);
  }

  /**
   * These options with the findings of a bundle's checks across objects counted as {@code checks} says, whatever
   * the bundle's own {@link Bundle#crossObjectChecks()}: {@link CrossObjectChecks#ERROR} refuses the bundle,
   * {@link CrossObjectChecks#WARNING} renders it anyway, {@link CrossObjectChecks#OFF} does not run them.
   */
  public RenderOptions crossObjectChecks(CrossObjectChecks checks) {
    return new RenderOptions(secrets, validate, policy, Objects.requireNonNull(checks, "checks == null"));
  }

  /**
   * These options with {@code policy} checked before rendering, when validation is on: findings at level error
   * refuse the render like violations do (warnings do not).
   */
  public RenderOptions policy(Policy policy) {
    return new RenderOptions(secrets, validate, Objects.requireNonNull(policy, "policy == null"), crossObjectChecks);
  }

  /** The policy checked before rendering, if any. */
  public Optional<Policy> policy() {
    return Optional.ofNullable(policy);
  }

  /** What refuses {@code object}, rendered alone, under these options: its validation, then the policy's findings. */
  List<Violation> problems(KubeObject object) {
    List<Violation> out = new ArrayList<>(Validator.validate(object));
    if (policy != null) {
      out.addAll(policy.check(object));
    }
    return out;
  }

  /**
   * What refuses {@code bundle} under these options: its validation (the checks across objects counted as these
   * options or the bundle say), then the policy's findings.
   */
  List<Violation> problems(Bundle bundle) {
    return problems(bundle, (o, at) -> { });
  }

  /** What {@link #problems(Bundle)} finds, with {@code each} called for every object during validation. */
  List<Violation> problems(Bundle bundle, Validator.EachObject each) {
    CrossObjectChecks checks = crossObjectChecks == null ? bundle.crossObjectChecks() : crossObjectChecks;
    List<Violation> out = new ArrayList<>(Validator.validate(bundle, checks, each));
    if (policy != null) {
      out.addAll(policy.check(bundle));
    }
    return out;
  }

  /** How Secret values are written. */
  public SecretMode secrets() {
    return secrets;
  }

  /** Whether objects are validated (and the policy checked) before rendering. */
  public boolean validate() {
    return validate;
  }

  /** How a bundle's checks across objects count, when these options say; empty: as each bundle says. */
  public Optional<CrossObjectChecks> crossObjectChecks() {
    return Optional.ofNullable(crossObjectChecks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r && r.secrets == secrets && r.validate == validate
        && Objects.equals(r.policy, policy) && r.crossObjectChecks == crossObjectChecks;
  }

  @Override
  public int hashCode() {
    return Objects.hash(secrets, validate, policy, crossObjectChecks);
  }

  @Override
  public String toString() {
    return "RenderOptions{secrets=" + secrets + ", validate=" + validate + (policy == null ? "" : ", policy=" + policy)
        + (crossObjectChecks == null ? "" : ", crossObjectChecks=" + crossObjectChecks) + "}";
  }
}
