package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.util.Map;

/**
 * Builds the tree of a kubeprint object directly, the one Jackson makes of its fabric8 object
 * ({@link ToFabric8}) without making the fabric8 object: every object's keys sorted, no nulls, no empty
 * typed lists or maps. {@link Canonical#tree} orders the top level.
 */
final class ToTree extends ToTreeGenerated {
  private ToTree() {}

  /** The tree of {@code o} without {@code apiVersion} and {@code kind}; Secret values encoded as {@code mode} says. */
  static ObjectNode object(KubeObject o, SecretMode mode) {
    return o.accept(new KubeObjectVisitor<>() {
      @Override
      public ObjectNode pod(Pod v) {
        return ToTree.pod(v);
      }

      @Override
      public ObjectNode podTemplate(PodTemplate v) {
        return ToTree.podTemplate(v);
      }

      @Override
      public ObjectNode replicaSet(ReplicaSet v) {
        return ToTree.replicaSet(v);
      }

      @Override
      public ObjectNode deployment(Deployment v) {
        return ToTree.deployment(v);
      }

      @Override
      public ObjectNode service(Service v) {
        return ToTree.service(v);
      }

      @Override
      public ObjectNode configMap(ConfigMap v) {
        return ToTree.configMap(v);
      }

      @Override
      public ObjectNode secret(Secret v) {
        return ToTree.secret(v, mode);
      }

      @Override
      public ObjectNode cronJob(CronJob v) {
        return ToTree.cronJob(v);
      }

      @Override
      public ObjectNode job(Job v) {
        return ToTree.job(v);
      }

      @Override
      public ObjectNode statefulSet(StatefulSet v) {
        return ToTree.statefulSet(v);
      }

      @Override
      public ObjectNode daemonSet(DaemonSet v) {
        return ToTree.daemonSet(v);
      }

      @Override
      public ObjectNode horizontalPodAutoscaler(HorizontalPodAutoscaler v) {
        return ToTree.horizontalPodAutoscaler(v);
      }

      @Override
      public ObjectNode podDisruptionBudget(PodDisruptionBudget v) {
        return ToTree.podDisruptionBudget(v);
      }

      @Override
      public ObjectNode namespace(Namespace v) {
        return ToTree.namespace(v);
      }

      @Override
      public ObjectNode serviceAccount(ServiceAccount v) {
        return ToTree.serviceAccount(v);
      }

      @Override
      public ObjectNode persistentVolumeClaim(PersistentVolumeClaim v) {
        return ToTree.persistentVolumeClaim(v);
      }

      @Override
      public ObjectNode ingress(Ingress v) {
        return ToTree.ingress(v);
      }

      @Override
      public ObjectNode networkPolicy(NetworkPolicy v) {
        return ToTree.networkPolicy(v);
      }

      @Override
      public ObjectNode generic(GenericObject v) {
        return ToTree.generic(v);
      }
    });
  }

  /** An object of any other kind: its metadata and its other top-level fields as they are. */
  static ObjectNode generic(GenericObject v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode configMap(ConfigMap v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    if (!v.data().isEmpty()) {
      f.set("data", strings(v.data()));
    }
    if (!v.binaryData().isEmpty()) {
      f.set("binaryData", base64(v.binaryData(), SecretMode.BASE64));
    }
    v.immutable().ifPresent(x -> f.put("immutable", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode secret(Secret v, SecretMode mode) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    v.type().ifPresent(x -> f.put("type", x));
    if (!v.data().isEmpty()) {
      f.set("data", base64(v.data(), mode));
    }
    v.immutable().ifPresent(x -> f.put("immutable", x));
    extra(f, v.extra());
    return f;
  }

  private static ObjectNode base64(Map<String, Bytes> in, SecretMode mode) {
    ObjectNode out = object();
    in.forEach((k, b) -> out.set(k, TextNode.valueOf(text(b, mode))));
    return out;
  }

  /** The text of a Secret value or of ConfigMap binary data: base64, or the redaction marker. */
  static String text(Bytes b, SecretMode mode) {
    return mode == SecretMode.REDACTED ? SecretMode.REDACTED_MARKER : Base64.getEncoder().encodeToString(b.toByteArray());
  }
}
