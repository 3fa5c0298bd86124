package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container of a pod ({@code containers[]} or {@code initContainers[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code Container}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Container extends WithContainer {

  /** {@code name}: a DNS-1123 label unique among the pod's containers. */
  Optional<String> name();

  /** {@code image}: the container image reference. */
  Optional<String> image();

  /** {@code imagePullPolicy}: {@code Always}, {@code IfNotPresent} or {@code Never}; the API server defaults it to {@code Always} for {@code :latest} or untagged images, else {@code IfNotPresent}. */
  Optional<String> imagePullPolicy();

  /** {@code command}: the entrypoint array; empty means the image's ENTRYPOINT. */
  List<String> command();

  /** {@code args}: arguments to the entrypoint; empty means the image's CMD. */
  List<String> args();

  /** {@code workingDir}: the working directory; absent means the image's. */
  Optional<String> workingDir();

  /** {@code ports}: ports the container exposes. */
  List<ContainerPort> ports();

  /** {@code env}: environment variables, in order. */
  List<EnvVar> env();

  /** {@code envFrom}: ConfigMaps and Secrets whose keys all become variables. */
  List<EnvFromSource> envFrom();

  /** {@code resources}: requests and limits. */
  Optional<ResourceRequirements> resources();

  /** {@code livenessProbe}: restarts the container when it fails. */
  Optional<Probe> livenessProbe();

  /** {@code readinessProbe}: removes the pod from Service endpoints when it fails. */
  Optional<Probe> readinessProbe();

  /** {@code startupProbe}: holds the other probes until it succeeds. */
  Optional<Probe> startupProbe();

  /** {@code volumeMounts}: pod volumes mounted into the container. */
  List<VolumeMount> volumeMounts();

  /** {@code securityContext}: container-level security settings. */
  Optional<SecurityContext> securityContext();

  /** {@code restartPolicy}: only {@code Always}, on an init container, making it a sidecar. */
  Optional<String> restartPolicy();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code Container} values. */
  final class Builder extends ImmutableContainer.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
