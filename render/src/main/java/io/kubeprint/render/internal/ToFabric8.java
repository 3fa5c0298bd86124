package io.kubeprint.render.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.render.SecretMode;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps a kubeprint object to the fabric8 object of the same kind. */
public final class ToFabric8 extends ToFabric8Generated {
  private ToFabric8() {}

  /** The fabric8 object for {@code o}; Secret values encoded as {@code mode} says. */
  public static HasMetadata object(KubeObject o, SecretMode mode) {
    return o.accept(new KubeObjectVisitor<HasMetadata>() {
      @Override
      public HasMetadata pod(Pod v) {
        return ToFabric8.pod(v);
      }

      @Override
      public HasMetadata podTemplate(PodTemplate v) {
        return ToFabric8.podTemplate(v);
      }

      @Override
      public HasMetadata replicaSet(ReplicaSet v) {
        return ToFabric8.replicaSet(v);
      }

      @Override
      public HasMetadata deployment(Deployment v) {
        return ToFabric8.deployment(v);
      }

      @Override
      public HasMetadata service(Service v) {
        return ToFabric8.service(v);
      }

      @Override
      public HasMetadata configMap(ConfigMap v) {
        return ToFabric8.configMap(v);
      }

      @Override
      public HasMetadata secret(Secret v) {
        return ToFabric8.secret(v, mode);
      }

      @Override
      public HasMetadata cronJob(CronJob v) {
        return ToFabric8.cronJob(v);
      }

      @Override
      public HasMetadata job(Job v) {
        return ToFabric8.job(v);
      }

      @Override
      public HasMetadata statefulSet(StatefulSet v) {
        return ToFabric8.statefulSet(v);
      }

      @Override
      public HasMetadata daemonSet(DaemonSet v) {
        return ToFabric8.daemonSet(v);
      }

      @Override
      public HasMetadata horizontalPodAutoscaler(HorizontalPodAutoscaler v) {
        return ToFabric8.horizontalPodAutoscaler(v);
      }

      @Override
      public HasMetadata podDisruptionBudget(PodDisruptionBudget v) {
        return ToFabric8.podDisruptionBudget(v);
      }

      @Override
      public HasMetadata namespace(Namespace v) {
        return ToFabric8.namespace(v);
      }

      @Override
      public HasMetadata serviceAccount(ServiceAccount v) {
        return ToFabric8.serviceAccount(v);
      }

      @Override
      public HasMetadata persistentVolumeClaim(PersistentVolumeClaim v) {
        return ToFabric8.persistentVolumeClaim(v);
      }

      @Override
      public HasMetadata ingress(Ingress v) {
        return ToFabric8.ingress(v);
      }

      @Override
      public HasMetadata networkPolicy(NetworkPolicy v) {
        return ToFabric8.networkPolicy(v);
      }

      @Override
      public HasMetadata generic(GenericObject v) {
        return ToFabric8.generic(v);
      }
    });
  }

  /** An object of any other kind as fabric8's {@code GenericKubernetesResource}: its fields kept as they are. */
  static io.fabric8.kubernetes.api.model.GenericKubernetesResource generic(GenericObject v) {
    io.fabric8.kubernetes.api.model.GenericKubernetesResource f = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
    f.setApiVersion(v.apiVersion());
    f.setKind(v.kind().kindName());
    f.setMetadata(objectMeta(v.metadata()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ConfigMap configMap(ConfigMap v) {
    io.fabric8.kubernetes.api.model.ConfigMap f = new io.fabric8.kubernetes.api.model.ConfigMap();
    f.setMetadata(objectMeta(v.metadata()));
    if (!v.data().isEmpty()) {
      f.setData(new LinkedHashMap<>(v.data()));
    }
    if (!v.binaryData().isEmpty()) {
      f.setBinaryData(base64(v.binaryData(), SecretMode.BASE64));
    }
    v.immutable().ifPresent(f::setImmutable);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Secret secret(Secret v, SecretMode mode) {
    io.fabric8.kubernetes.api.model.Secret f = new io.fabric8.kubernetes.api.model.Secret();
    f.setMetadata(objectMeta(v.metadata()));
    v.type().ifPresent(f::setType);
    if (!v.data().isEmpty()) {
      f.setData(base64(v.data(), mode));
    }
    v.immutable().ifPresent(f::setImmutable);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  private static Map<String, String> base64(Map<String, Bytes> in, SecretMode mode) {
    Map<String, String> out = new LinkedHashMap<>();
    Base64.Encoder enc = Base64.getEncoder();
    in.forEach((k, b) -> out.put(k, mode == SecretMode.REDACTED ? SecretMode.REDACTED_MARKER
        : enc.encodeToString(b.toByteArray())));
    return out;
  }
}
