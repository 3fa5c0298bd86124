package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a pod ({@code spec} of a Pod, {@code template.spec} of the workloads).
 *
 * <p>Fields follow the Kubernetes API ({@code PodSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodSpec extends WithPodSpec {

  /** {@code containers}: at least one. */
  List<Container> containers();

  /** {@code initContainers}: run in order before the containers; {@code restartPolicy: Always} makes one a sidecar. */
  List<Container> initContainers();

  /** {@code volumes}: volumes the containers can mount. */
  List<Volume> volumes();

  /** {@code restartPolicy}: {@code Always}, {@code OnFailure} or {@code Never}; the API server defaults it to {@code Always}. */
  Optional<String> restartPolicy();

  /** {@code serviceAccountName}: defaults to {@code default}. */
  Optional<String> serviceAccountName();

  /** {@code nodeSelector}: node labels the pod must land on. */
  Map<String, String> nodeSelector();

  /** {@code tolerations}: node taints the pod tolerates. */
  List<Toleration> tolerations();

  /** {@code affinity}: node and pod (anti-)affinity. */
  Optional<Affinity> affinity();

  /** {@code dnsPolicy}: {@code ClusterFirst} (the default), {@code ClusterFirstWithHostNet}, {@code Default} or {@code None}. */
  Optional<String> dnsPolicy();

  /** {@code dnsConfig}: extra resolver settings. */
  Optional<PodDNSConfig> dnsConfig();

  /** {@code hostNetwork}: use the node's network namespace. */
  Optional<Boolean> hostNetwork();

  /** {@code hostname}: defaults to the pod name. */
  Optional<String> hostname();

  /** {@code securityContext}: pod-level security settings. */
  Optional<PodSecurityContext> securityContext();

  /** {@code terminationGracePeriodSeconds}: the API server defaults it to 30. */
  Optional<Long> terminationGracePeriodSeconds();

  /** {@code activeDeadlineSeconds}: a positive limit on the pod's run time. */
  Optional<Long> activeDeadlineSeconds();

  /** {@code priorityClassName}. */
  Optional<String> priorityClassName();

  /** {@code imagePullSecrets}: Secrets holding registry credentials. */
  List<LocalObjectReference> imagePullSecrets();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodSpec} values. */
  final class Builder extends ImmutablePodSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
