package io.kubeprint.core.validation;

import io.kubeprint.core.crd.CrdVersion;
import io.kubeprint.core.crd.CustomResourceDefinitions;
import io.kubeprint.core.crd.Scope;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CustomResourceDefinitions at hand (those of a bundle, and of a {@code --crds} folder), to check custom
 * resources against ({@link CustomResourceDefinitions}).
 */
final class CustomResources {
  static final Kind CRD = Kind.of("apiextensions.k8s.io/v1", "CustomResourceDefinition");
  static final CustomResources NONE = new CustomResources(CustomResourceDefinitions.of(List.of()));

  /** CEL rules cannot be evaluated here: say so. */
  static final Rule CEL_NOT_CHECKED = Rule.of("custom-resource-cel-not-checked", "kubeprint",
      "the `x-kubernetes-validations` (CEL) rules of a custom resource's schema are not evaluated (a notice)");

  private final CustomResourceDefinitions registry;

  private CustomResources(CustomResourceDefinitions registry) {
    this.registry = registry;
  }

  /** The definitions among {@code objects}. */
  static CustomResources of(List<? extends KubeObject> objects) {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (KubeObject o : objects) {
      if (o instanceof GenericObject g && g.kind().equals(CRD)) {
        maps.add(document(g));
      }
    }
    return maps.isEmpty() ? NONE : new CustomResources(CustomResourceDefinitions.of(maps));
  }

  /** The problems of the definitions themselves (a missing schema, a pattern Go cannot compile, ...). */
  List<Violation> problems() {
    return registry.problems();
  }

  /**
   * Checks {@code object} against the definition of its kind; returns false, checking nothing, when no
   * definition at hand names its group and kind.
   */
  boolean check(GenericObject object, Violations v) {
    if (!registry.defines(object.apiVersion(), object.kind().kindName())) {
      return false;
    }
    registry.check(document(object), v);
    Optional<CrdVersion> version = registry.find(object.apiVersion(), object.kind().kindName());
    version.filter(CrdVersion::served).ifPresent(cv -> {
      if (cv.scope() == Scope.CLUSTER) {
        object.metadata().namespace().filter(n -> !n.isEmpty()).ifPresent(n -> v.add(
            GenericValidation.NAMESPACE_ON_CLUSTER_SCOPED, FieldPath.of("metadata", "namespace"), "is ignored: a "
                + object.kind().kindName() + " is cluster-scoped (CustomResourceDefinition/" + cv.crdName()
                + "), the API server clears it (was \"" + n + "\")", Severity.WARNING));
      }
      if (cv.hasCelRules()) {
        v.add(CEL_NOT_CHECKED, FieldPath.root(), "the x-kubernetes-validations rules of CustomResourceDefinition/"
            + cv.crdName() + " are not evaluated", Severity.NOTICE);
      }
    });
    return true;
  }

  /** An object's top-level fields as the definitions read them; the metadata by name, which is all they read. */
  private static Map<String, Object> document(GenericObject o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", o.apiVersion());
    m.put("kind", o.kind().kindName());
    Map<String, Object> meta = new LinkedHashMap<>();
    o.metadata().name().ifPresent(n -> meta.put("name", n));
    o.metadata().namespace().ifPresent(n -> meta.put("namespace", n));
    m.put("metadata", meta);
    m.putAll(o.extra().asMap());
    return m;
  }
}
