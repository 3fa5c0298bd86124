package io.kubeprint.cli.importer;

import java.util.TreeSet;

/** The types a generated source file uses, for its import list. */
final class Imports {
  private final TreeSet<String> types = new TreeSet<>();

  /** Registers {@code type} and returns its simple name, as the code refers to it. */
  String use(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    if (!top.getPackageName().equals("java.lang")) {
      types.add(top.getName());
    }
    return type.getName().substring(top.getPackageName().length() + 1).replace('$', '.');
  }

  /** The import lines, {@code java.*} after the others, each group sorted. */
  String lines() {
    StringBuilder own = new StringBuilder();
    StringBuilder java = new StringBuilder();
    for (String t : types) {
      (t.startsWith("java.") ? java : own).append("import ").append(t).append(";\n");
    }
    return own.append(java).toString();
  }
}
