package io.kubeprint.render.internal;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Conversions of kubeprint's small values to fabric8's, shared by the mapping. */
abstract class Fabric8Support {

  static io.fabric8.kubernetes.api.model.IntOrString intOrString(IntOrString v) {
    return v.isInt() ? new io.fabric8.kubernetes.api.model.IntOrString(v.intValue())
        : new io.fabric8.kubernetes.api.model.IntOrString(v.strValue());
  }

  static io.fabric8.kubernetes.api.model.Quantity quantity(Quantity q) {
    // fabric8 splits amount and format; keeping the whole text as the amount renders it exactly as written.
    io.fabric8.kubernetes.api.model.Quantity f = new io.fabric8.kubernetes.api.model.Quantity();
    f.setAmount(q.toString());
    return f;
  }

  static Map<String, io.fabric8.kubernetes.api.model.Quantity> quantities(Map<String, Quantity> in) {
    Map<String, io.fabric8.kubernetes.api.model.Quantity> out = new LinkedHashMap<>();
    in.forEach((k, q) -> out.put(k, quantity(q)));
    return out;
  }

  static <A, B> List<B> list(List<A> in, Function<A, B> f) {
    List<B> out = new ArrayList<>(in.size());
    for (A a : in) {
      out.add(f.apply(a));
    }
    return out;
  }

  static List<Map<String, Object>> fieldsList(List<Fields> in) {
    List<Map<String, Object>> out = new ArrayList<>(in.size());
    for (Fields f : in) {
      out.add(f.asMap());
    }
    return out;
  }
}
