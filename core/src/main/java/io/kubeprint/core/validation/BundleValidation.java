package io.kubeprint.core.validation;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** kubeprint's checks across the objects of a bundle, which no API server makes. */
final class BundleValidation {
  static final Rule DUPLICATE_OBJECT = Rule.of("duplicate-object", "kubeprint",
      "no two objects share kind, namespace and name");

  private BundleValidation() {}

  static List<Violation> validate(Bundle bundle) {
    List<Violation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (KubeObject o : bundle.objects()) {
      String key = o.kind() + "/" + o.metadata().namespace().orElse("") + "/" + o.name();
      if (!seen.add(key)) {
        Violations v = new Violations(o.displayName());
        v.add(DUPLICATE_OBJECT, FieldPath.of("metadata", "name"),
            "must be unique per kind and namespace in a bundle (was \"" + o.name() + "\" again)");
        out.addAll(v.list());
      }
    }
    return out;
  }
}
