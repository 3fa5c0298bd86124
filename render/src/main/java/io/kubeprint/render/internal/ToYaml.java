package io.kubeprint.render.internal;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.render.SecretMode;
import java.util.Map;

/**
 * Writes a kubeprint object as YAML text straight from the model, the text {@link BlockYaml} writes for its
 * canonical tree ({@link Canonical#tree}) without making the tree: {@code apiVersion}, {@code kind},
 * {@code metadata}, then the other fields in key order. An object the direct walk cannot write as the tree's
 * writer would (untyped fields, a string that is not printable ASCII, an object of a kind kubeprint does not
 * type) is written through its tree instead ({@link Emitter}); ToYamlTest checks that both give the same text.
 */
final class ToYaml extends ToYamlGenerated {
  private ToYaml() {}

  /**
   * Appends the document of {@code o} to {@code out} and returns {@code true}, or returns {@code false}, having
   * appended an unusable part of it, when it is to go through its tree.
   */
  static boolean write(KubeObject o, SecretMode mode, AsciiText out) {
    YamlText text = new YamlText(out);
    try {
      text.top("apiVersion", o.apiVersion());
      text.top("kind", o.kind().kindName());
      o.accept(new KubeObjectVisitor<Void>() {
        @Override
        public Void pod(Pod v) {
          ToYaml.pod(v, text, 0);
          return null;
        }

        @Override
        public Void podTemplate(PodTemplate v) {
          ToYaml.podTemplate(v, text, 0);
          return null;
        }

        @Override
        public Void replicaSet(ReplicaSet v) {
          ToYaml.replicaSet(v, text, 0);
          return null;
        }

        @Override
        public Void deployment(Deployment v) {
          ToYaml.deployment(v, text, 0);
          return null;
        }

        @Override
        public Void service(Service v) {
          ToYaml.service(v, text, 0);
          return null;
        }

        @Override
        public Void configMap(ConfigMap v) {
          ToYaml.configMap(v, text, 0);
          return null;
        }

        @Override
        public Void secret(Secret v) {
          ToYaml.secret(v, text, mode);
          return null;
        }

        @Override
        public Void cronJob(CronJob v) {
          ToYaml.cronJob(v, text, 0);
          return null;
        }

        @Override
        public Void job(Job v) {
          ToYaml.job(v, text, 0);
          return null;
        }

        @Override
        public Void statefulSet(StatefulSet v) {
          ToYaml.statefulSet(v, text, 0);
          return null;
        }

        @Override
        public Void daemonSet(DaemonSet v) {
          ToYaml.daemonSet(v, text, 0);
          return null;
        }

        @Override
        public Void horizontalPodAutoscaler(HorizontalPodAutoscaler v) {
          ToYaml.horizontalPodAutoscaler(v, text, 0);
          return null;
        }

        @Override
        public Void podDisruptionBudget(PodDisruptionBudget v) {
          ToYaml.podDisruptionBudget(v, text, 0);
          return null;
        }

        @Override
        public Void namespace(Namespace v) {
          ToYaml.namespace(v, text, 0);
          return null;
        }

        @Override
        public Void serviceAccount(ServiceAccount v) {
          ToYaml.serviceAccount(v, text, 0);
          return null;
        }

        @Override
        public Void persistentVolumeClaim(PersistentVolumeClaim v) {
          ToYaml.persistentVolumeClaim(v, text, 0);
          return null;
        }

        @Override
        public Void ingress(Ingress v) {
          ToYaml.ingress(v, text, 0);
          return null;
        }

        @Override
        public Void networkPolicy(NetworkPolicy v) {
          ToYaml.networkPolicy(v, text, 0);
          return null;
        }

        @Override
        public Void generic(GenericObject v) {
          throw NOT_DIRECT;
        }
      });
      return true;
    } catch (RuntimeException e) {
      if (e == NOT_DIRECT) {
        return false;
      }
      throw e;
    }
  }

  /** A ConfigMap's fields, as {@link ToTree#configMap} has them. */
  static void configMap(ConfigMap v, YamlText o, int indent) {
    direct(v.extra());
    int metaAt = o.key("metadata", indent);
    int metaStart = o.beginObject();
    objectMeta(v.metadata(), o, indent + 2);
    o.endObject(metaAt, metaStart);
    if (!v.binaryData().isEmpty()) {
      o.key("binaryData", indent);
      base64(v.binaryData(), SecretMode.BASE64, o, indent + 2);
    }
    if (!v.data().isEmpty()) {
      o.key("data", indent);
      o.strings(v.data(), indent + 2);
    }
    var immutable = v.immutable();
    if (immutable.isPresent()) {
      o.key("immutable", indent);
      o.scalar(immutable.get());
    }
  }

  /** A Secret's fields, as {@link ToTree#secret} has them, values encoded as {@code mode} says. */
  static void secret(Secret v, YamlText o, SecretMode mode) {
    direct(v.extra());
    int metaAt = o.key("metadata", 0);
    int metaStart = o.beginObject();
    objectMeta(v.metadata(), o, 2);
    o.endObject(metaAt, metaStart);
    if (!v.data().isEmpty()) {
      o.key("data", 0);
      base64(v.data(), mode, o, 2);
    }
    var immutable = v.immutable();
    if (immutable.isPresent()) {
      o.key("immutable", 0);
      o.scalar(immutable.get());
    }
    var type = v.type();
    if (type.isPresent()) {
      o.key("type", 0);
      o.scalar(type.get());
    }
  }

  private static void base64(Map<String, Bytes> in, SecretMode mode, YamlText o, int indent) {
    o.beginObject();
    for (String k : YamlText.sortedKeys(in)) {
      o.entry(k, ToTree.text(in.get(k), mode), indent);
    }
  }
}
