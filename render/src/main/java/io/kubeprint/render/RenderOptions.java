package io.kubeprint.render;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to render: Secret values ({@link SecretMode#BASE64} by default), whether to validate first (yes by
 * default: an invalid object or bundle is refused with one
 * {@link io.kubeprint.core.validation.ManifestValidationException} listing every violation) and a
 * {@link Policy} to gate on (none by default): with {@code RenderOptions.defaults().policy(Policy.restricted())}
 * a bundle with findings at level error is refused the same way, findings and violations together.
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = new RenderOptions(SecretMode.BASE64, true, null);

  private final SecretMode secrets;
  private final boolean validate;
  private final Policy policy;

  private RenderOptions(SecretMode secrets, boolean validate, Policy policy) {
    this.secrets = secrets;
    this.validate = validate;
    this.policy = policy;
  }

  /** Base64 Secret values, validation on. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** These options with Secret values written as {@code mode} says. */
  public RenderOptions secrets(SecretMode mode) {
    return new RenderOptions(Objects.requireNonNull(mode, "mode == null"), validate, policy);
  }

  /** These options with validation before rendering on or off ({@code fmt} renders invalid input as it is). */
  public RenderOptions validate(boolean on) {
    return new RenderOptions(secrets, on, policy);
  }

  /**
   * These options with {@code policy} checked before rendering, when validation is on: findings at level error
   * refuse the render like violations do (warnings do not).
   */
  public RenderOptions policy(Policy policy) {
    return new RenderOptions(secrets, validate, Objects.requireNonNull(policy, "policy == null"));
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

  /** What refuses {@code bundle} under these options: its validation, then the policy's findings. */
  List<Violation> problems(Bundle bundle) {
    List<Violation> out = new ArrayList<>(bundle.validate());
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

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r && r.secrets == secrets && r.validate == validate
        && Objects.equals(r.policy, policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secrets, validate, policy);
  }

  @Override
  public String toString() {
    return "RenderOptions{secrets=" + secrets + ", validate=" + validate + (policy == null ? "" : ", policy=" + policy) + "}";
  }
}
