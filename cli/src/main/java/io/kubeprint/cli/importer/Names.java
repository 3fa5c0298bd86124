package io.kubeprint.cli.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java identifiers and environment variable names made from Kubernetes names. */
final class Names {
  /** Java's reserved words and literals, and {@code var}, {@code yield}, {@code record}. */
  static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
      "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
      "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

  /**
   * Method names a generated class must not declare: the static methods of {@code io.kubeprint.dsl.Kube} (a
   * method of the class would hide the static import of the same name), the generated class's own methods,
   * and {@link Object}'s.
   */
  static final Set<String> RESERVED_METHODS = Set.of(
      // io.kubeprint.dsl.Kube
      "deployment", "replicaSet", "pod", "podTemplate", "cronJob", "container", "port", "quantity", "httpGet",
      "tcpSocket", "exec", "grpc", "fromConfigMap", "fromSecret", "fieldRef", "resourceFieldRef", "envFrom",
      "configMapRef", "secretRef", "volume", "emptyDir", "persistentVolumeClaim", "toleration",
      "tolerationExists", "service", "ingress", "networkPolicy", "configMap", "secret", "labels", "bundle", "blueGreen", "rollingUpdate",
      "recreate", "zeroDowntime", "rollOnChange", "bundleWide", "commonLabels", "appLabels", "object",
      "serviceAccount", "claim",
      "job", "statefulSet", "daemonSet", "headlessService",
      "autoscaler", "horizontalPodAutoscaler", "disruptionBudget", "podDisruptionBudget",
      "cpu", "memory",
      "files", "projected", "hostPath", "csi", "downwardApi", "ephemeral", "nodeLabel", "spreadAcross",
      // the generated class
      "manifests", "secretValue",
      // java.lang.Object
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private Names() {}

  /** {@code webserver-blue} → {@code webserverBlue}; empty when the name has no letters or digits. */
  static String camel(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : words(name)) {
      b.append(b.length() == 0 ? Character.toLowerCase(part.charAt(0)) + part.substring(1) : capitalizeWord(part));
    }
    return b.toString();
  }

  /** {@code chap09} → {@code Chap09}; empty when the name has no letters or digits. */
  static String pascal(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : words(name)) {
      b.append(capitalizeWord(part));
    }
    return b.toString();
  }

  /** {@code db-credentials}, {@code .dockerconfigjson} → {@code DB_CREDENTIALS}, {@code DOCKERCONFIGJSON}. */
  static String constant(String name) {
    return String.join("_", words(name)).toUpperCase(Locale.ROOT);
  }

  /** Whether {@code s} can name a Java class, method or variable. */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || KEYWORDS.contains(s) || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a package name: identifiers separated by dots. */
  static boolean isPackage(String s) {
    for (String part : s.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static String capitalizeWord(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
