package io.kubeprint.cli.importer;

import io.kubeprint.cli.importer.Code.Chain;
import io.kubeprint.cli.importer.Code.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values set through withers after a builder has built, for fields the DSL has no method for: a tree of
 * attribute paths, applied as {@code web.withSpec(web.spec().withSelector(Optional.empty()))}.
 */
final class Fixups {
  private final Map<String, Object> children = new LinkedHashMap<>();

  /** Sets the attribute at {@code path} (attribute names from the value down) to {@code value}. */
  void put(List<String> path, Expr value) {
    Fixups node = this;
    for (int i = 0; i < path.size() - 1; i++) {
      Object child = node.children.get(path.get(i));
      if (child instanceof Expr) {
        return;
      }
      if (child == null) {
        child = new Fixups();
        node.children.put(path.get(i), child);
      }
      node = (Fixups) child;
    }
    node.children.put(path.get(path.size() - 1), value);
  }

  boolean isEmpty() {
    return children.isEmpty();
  }

  /** {@code base.withA(..).withB(..)} for the attributes set, {@code base} being a variable or an accessor chain. */
  Expr applyTo(String variable) {
    return apply(variable, List.of());
  }

  private Expr apply(String variable, List<String> at) {
    Chain c = Code.chain(access(variable, at));
    for (Map.Entry<String, Object> e : children.entrySet()) {
      Expr value;
      if (e.getValue() instanceof Fixups f) {
        List<String> deeper = new java.util.ArrayList<>(at);
        deeper.add(e.getKey());
        value = f.apply(variable, deeper);
      } else {
        value = (Expr) e.getValue();
      }
      c.then(Literals.wither(e.getKey()), value);
    }
    return c;
  }

  private static Expr access(String variable, List<String> at) {
    if (at.isEmpty()) {
      return Code.atom(variable);
    }
    Chain c = Code.chain(Code.atom(variable));
    for (String a : at) {
      c.then(a);
    }
    return c;
  }
}
