package io.kubeprint.core.batch;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a Job.
 *
 * <p>Fields follow the Kubernetes API ({@code JobSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface JobSpec extends WithJobSpec {

  /** {@code parallelism}: the API server defaults it to 1. */
  Optional<Integer> parallelism();

  /** {@code completions}. */
  Optional<Integer> completions();

  /** {@code completionMode}: {@code NonIndexed} (the default) or {@code Indexed}. */
  Optional<String> completionMode();

  /** {@code backoffLimit}: retries before the Job fails; the API server defaults it to 6. */
  Optional<Integer> backoffLimit();

  /** {@code activeDeadlineSeconds}: a positive limit on the Job's run time. */
  Optional<Long> activeDeadlineSeconds();

  /** {@code ttlSecondsAfterFinished}: delete the finished Job after this long. */
  Optional<Integer> ttlSecondsAfterFinished();

  /** {@code podFailurePolicy}. */
  Optional<PodFailurePolicy> podFailurePolicy();

  /** {@code template}: its restartPolicy must be {@code OnFailure} or {@code Never}. */
  @Value.Default
  default PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code JobSpec} values. */
  final class Builder extends ImmutableJobSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
