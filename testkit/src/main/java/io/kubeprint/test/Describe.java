package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** How failure messages write values: one place, so that every message reads the same. */
final class Describe {
  /** What an absent scalar field is shown as. */
  static final String UNSET = "<unset>";

  private Describe() {}

  /** A label map as kubectl writes it: {@code color=blue,type=webserver}, keys sorted; {@code <none>} when empty. */
  static String labels(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return "<none>";
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }

  /**
   * A label selector as apimachinery's {@code FormatLabelSelector} writes it: requirements sorted by key,
   * {@code k=v}, {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}; {@code <none>} when it
   * selects everything.
   */
  static String selector(LabelSelector s) {
    List<String[]> reqs = new ArrayList<>();
    for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
      reqs.add(new String[] {e.getKey(), e.getKey() + "=" + e.getValue()});
    }
    for (LabelSelectorRequirement r : s.matchExpressions()) {
      String key = r.key().orElse("");
      String values = "(" + String.join(",", new TreeSet<>(r.values())) + ")";
      String op = r.operator().orElse("");
      String text = switch (op) {
        case "In" -> key + " in " + values;
        case "NotIn" -> key + " notin " + values;
        case "Exists" -> key;
        case "DoesNotExist" -> "!" + key;
        default -> key + " " + op + " " + values;
      };
      reqs.add(new String[] {key, text});
    }
    if (reqs.isEmpty()) {
      return "<none>";
    }
    reqs.sort((x, y) -> x[0].compareTo(y[0]));
    List<String> parts = new ArrayList<>();
    for (String[] r : reqs) {
      parts.add(r[1]);
    }
    return String.join(",", parts);
  }

  /** {@code [a, b]}. */
  static String list(Collection<String> items) {
    return "[" + String.join(", ", items) + "]";
  }

  /** The value, or {@link #UNSET}. */
  static String optional(Optional<?> value) {
    return value.map(String::valueOf).orElse(UNSET);
  }

  /** A container port: {@code http-server=80}, {@code 80} when unnamed, {@code /UDP} appended unless TCP. */
  static String port(ContainerPort p) {
    String number = p.containerPort().map(String::valueOf).orElse(UNSET);
    String text = p.name().map(n -> n + "=" + number).orElse(number);
    return text + protocolSuffix(p.protocol());
  }

  /** A Service port: {@code 80->http-server}, {@code 80->80} when the target is left to default, {@code /UDP} unless TCP. */
  static String port(ServicePort p) {
    String number = p.port().map(String::valueOf).orElse(UNSET);
    String target = p.targetPort().map(IntOrString::toString).orElse(number);
    return number + "->" + target + protocolSuffix(p.protocol());
  }

  private static String protocolSuffix(Optional<String> protocol) {
    String proto = protocol.orElse("TCP");
    return proto.equals("TCP") ? "" : "/" + proto;
  }

  /** The container ports, {@code [http-server=80, metrics=9090]}. */
  static String containerPorts(Collection<ContainerPort> ports) {
    List<String> out = new ArrayList<>();
    for (ContainerPort p : ports) {
      out.add(port(p));
    }
    return list(out);
  }

  /** The Service ports, {@code [80->http-server]}. */
  static String servicePorts(Collection<ServicePort> ports) {
    List<String> out = new ArrayList<>();
    for (ServicePort p : ports) {
      out.add(port(p));
    }
    return list(out);
  }

  /** Violations one per line, as the command line prints them (never with a Secret value). */
  static String violations(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "no violations";
    }
    List<String> lines = new ArrayList<>();
    for (Violation v : violations) {
      lines.add(v.toString());
    }
    return String.join("\n", lines);
  }

  /** {@code bundle of 3 objects}. */
  static String bundle(Bundle b) {
    return "bundle of " + b.size() + (b.size() == 1 ? " object" : " objects");
  }
}
