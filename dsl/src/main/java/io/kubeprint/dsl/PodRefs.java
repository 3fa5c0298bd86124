package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The ConfigMaps and Secrets a pod spec refers to by name, found and renamed in one walk over the places the
 * kubelet reads them from (the same places the bundle checks resolve): {@code env[].valueFrom}
 * ({@code configMapKeyRef}, {@code secretKeyRef}) and {@code envFrom[]} of containers and init containers,
 * {@code configMap} / {@code secret} volumes and the sources of {@code projected} volumes, and, for Secrets,
 * {@code imagePullSecrets}.
 */
final class PodRefs {
  private PodRefs() {}

  /** The names of the objects of {@code kind} (ConfigMap or Secret) that {@code spec} refers to, in order. */
  static Set<String> names(PodSpec spec, Kind kind) {
    Set<String> out = new LinkedHashSet<>();
    rename(spec, kind, n -> {
      out.add(n);
      return n;
    });
    return out;
  }

  /** {@code spec} with each reference to an object of {@code kind} renamed by {@code rename}. */
  static PodSpec rename(PodSpec spec, Kind kind, UnaryOperator<String> rename) {
    boolean configMap = kind == Kind.CONFIG_MAP;
    PodSpec out = spec.withContainers(containers(spec.containers(), configMap, rename))
        .withInitContainers(containers(spec.initContainers(), configMap, rename));
    List<Volume> volumes = new ArrayList<>();
    for (Volume v : spec.volumes()) {
      volumes.add(volume(v, configMap, rename));
    }
    out = out.withVolumes(volumes);
    if (!configMap) {
      List<LocalObjectReference> pull = new ArrayList<>();
      for (LocalObjectReference r : spec.imagePullSecrets()) {
        pull.add(r.withName(r.name().map(rename)));
      }
      out = out.withImagePullSecrets(pull);
    }
    return out;
  }

  private static List<Container> containers(List<Container> containers, boolean configMap, UnaryOperator<String> rename) {
    List<Container> out = new ArrayList<>();
    for (Container c : containers) {
      List<EnvVar> env = new ArrayList<>();
      for (EnvVar e : c.env()) {
        env.add(e.valueFrom().isEmpty() ? e : e.withValueFrom(source(e.valueFrom().get(), configMap, rename)));
      }
      List<EnvFromSource> envFrom = new ArrayList<>();
      for (EnvFromSource e : c.envFrom()) {
        envFrom.add(configMap
            ? e.withConfigMapRef(e.configMapRef().map(r -> r.withName(r.name().map(rename))))
            : e.withSecretRef(e.secretRef().map(r -> r.withName(r.name().map(rename)))));
      }
      out.add(c.withEnv(env).withEnvFrom(envFrom));
    }
    return out;
  }

  private static EnvVarSource source(EnvVarSource s, boolean configMap, UnaryOperator<String> rename) {
    return configMap
        ? s.withConfigMapKeyRef(s.configMapKeyRef().map(r -> r.withName(r.name().map(rename))))
        : s.withSecretKeyRef(s.secretKeyRef().map(r -> r.withName(r.name().map(rename))));
  }

  private static Volume volume(Volume v, boolean configMap, UnaryOperator<String> rename) {
    Volume out = configMap
        ? v.withConfigMap(v.configMap().map(s -> s.withName(s.name().map(rename))))
        : v.withSecret(v.secret().map(s -> s.withSecretName(s.secretName().map(rename))));
    if (v.extra().get("projected") instanceof Map<?, ?> projected && projected.get("sources") instanceof List<?> sources) {
      String field = configMap ? "configMap" : "secret";
      List<Object> renamed = new ArrayList<>();
      for (Object source : sources) {
        renamed.add(source instanceof Map<?, ?> m && m.get(field) instanceof Map<?, ?> ref && ref.get("name") instanceof String n
            ? with(m, field, with(ref, "name", rename.apply(n))) : source);
      }
      out = out.withExtra(withField(out.extra(), "projected", with(projected, "sources", renamed)));
    }
    return out;
  }

  private static Map<String, Object> with(Map<?, ?> map, String key, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, x) -> out.put((String) k, x));
    out.put(key, value);
    return out;
  }

  private static Fields withField(Fields fields, String name, Object value) {
    return Optional.ofNullable(fields.get(name)).filter(value::equals).isPresent() ? fields : fields.with(name, value);
  }
}
