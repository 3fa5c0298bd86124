package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How assertions reached from a bundle find objects in it by kind and name, whatever the bundle's transforms did
 * to them: {@code bundleWide(..)} gave them a namespace, {@code rollOnChange(..)} renamed a ConfigMap
 * {@code api-settings} to {@code api-settings-5adf1bf2be} (and labelled it {@value Bundle#HASHED_FROM_LABEL}).
 */
final class InBundle {
  private InBundle() {}

  /**
   * The bundle's own version of {@code object}: the object of its kind and base name ({@link Bundle#baseName}) in
   * its namespace, or in any when it has none and only one namespace has it; {@code object} itself when there is no
   * bundle or no such object.
   */
  static <T extends KubeObject> T resolve(Bundle bundle, T object) {
    if (bundle == null || bundle.objects().contains(object)) {
      return object;
    }
    List<KubeObject> found = new ArrayList<>();
    Optional<String> ns = object.metadata().namespace().filter(n -> !n.isEmpty());
    for (KubeObject o : bundle.objects()) {
      if (o.kind().equals(object.kind()) && Bundle.baseName(o).equals(Bundle.baseName(object))
          && (ns.isEmpty() || ns.equals(o.metadata().namespace()))) {
        found.add(o);
      }
    }
    if (found.size() != 1 || !object.getClass().isInstance(found.get(0))) {
      return object;
    }
    @SuppressWarnings("unchecked")
    T same = (T) found.get(0);
    return same;
  }

  /** The object of {@code kind} named (or renamed from) {@code name} the bundle holds, in {@code namespace} when given. */
  static List<KubeObject> named(Bundle bundle, Kind kind, Optional<String> namespace, String name) {
    List<KubeObject> exact = new ArrayList<>();
    List<KubeObject> renamed = new ArrayList<>();
    for (KubeObject o : bundle.objects()) {
      if (!o.kind().equals(kind) || namespace.isPresent() && !namespace.equals(o.metadata().namespace())) {
        continue;
      }
      if (o.name().equals(name)) {
        exact.add(o);
      } else if (Bundle.baseName(o).equals(name)) {
        renamed.add(o);
      }
    }
    return exact.isEmpty() ? renamed : exact;
  }

  /**
   * Whether {@code reference}, the name a pod refers to, is the object named {@code name}: the same name, or the
   * name of a copy the bundle holds that roll-on-change renamed from {@code name}.
   */
  static boolean refersTo(Bundle bundle, Kind kind, String reference, String name) {
    if (reference.equals(name)) {
      return true;
    }
    if (bundle == null) {
      return false;
    }
    for (KubeObject o : bundle.objects()) {
      if (o.kind().equals(kind) && o.name().equals(reference) && Bundle.baseName(o).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code o} is the object {@code expected} names: {@code Kind/name} (any namespace) or
   * {@code Kind/namespace/name}, the name being its own or the one it was renamed from.
   */
  static boolean isNamed(KubeObject o, String expected) {
    String[] parts = expected.split("/", -1);
    if (parts.length < 2 || parts.length > 3 || !parts[0].equals(o.kind().kindName())) {
      return false;
    }
    String name = parts[parts.length - 1];
    if (!name.equals(o.name()) && !name.equals(Bundle.baseName(o))) {
      return false;
    }
    return parts.length == 2 || parts[1].equals(o.metadata().namespace().orElse(""));
  }
}
