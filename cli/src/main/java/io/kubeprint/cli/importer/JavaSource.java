package io.kubeprint.cli.importer;

import java.util.List;

/**
 * A generated Java source file: its text, the class it declares, and the environment variables its code
 * reads Secret values from.
 */
public final class JavaSource {
  private final String packageName;
  private final String className;
  private final String text;
  private final List<String> secretVariables;

  JavaSource(String packageName, String className, String text, List<String> secretVariables) {
    this.packageName = packageName;
    this.className = className;
    this.text = text;
    this.secretVariables = List.copyOf(secretVariables);
  }

  /** The package, empty for the default package. */
  public String packageName() {
    return packageName;
  }

  /** The simple class name, e.g. {@code Chap09}. */
  public String className() {
    return className;
  }

  /** The binary class name, e.g. {@code com.example.Chap09}, as {@code render --source} takes it. */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /** The source file's path below a source root, e.g. {@code com/example/Chap09.java}. */
  public String path() {
    return qualifiedName().replace('.', '/') + ".java";
  }

  /** The source text (UTF-8 safe: non-ASCII characters are escaped). */
  public String text() {
    return text;
  }

  /**
   * The environment variables the code reads Secret values from, in order (each may instead name a file
   * through the same name with {@code _FILE} appended); empty when secrets are inline or there are none.
   */
  public List<String> secretVariables() {
    return secretVariables;
  }

  @Override
  public String toString() {
    return text;
  }
}
