package io.kubeprint.core.validation;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import java.util.List;

/**
 * The CustomResourceDefinitions at hand (those of a bundle, and of a {@code --crds} folder), to check custom
 * resources against.
 */
final class CustomResources {
  static final Kind CRD = Kind.of("apiextensions.k8s.io/v1", "CustomResourceDefinition");
  static final CustomResources NONE = new CustomResources(List.of());

  private final List<GenericObject> definitions;

  private CustomResources(List<GenericObject> definitions) {
    this.definitions = definitions;
  }

  /** The definitions among {@code objects}. */
  static CustomResources of(List<? extends KubeObject> objects) {
    List<GenericObject> crds = objects.stream().filter(o -> o instanceof GenericObject g && g.kind().equals(CRD))
        .map(GenericObject.class::cast).toList();
    return crds.isEmpty() ? NONE : new CustomResources(crds);
  }

  /**
   * Checks {@code object} against the definition of its kind; returns false, checking nothing, when none is at
   * hand.
   */
  boolean check(GenericObject object, Violations v) {
    return false;
  }
}
