package io.kubeprint.cli.importer;

import java.util.Objects;

/**
 * How {@link Importer} writes the Java source: the class name ({@code ImportedManifests} by default), the
 * package (none by default) and whether Secret values go into the source ({@code false} by default: the
 * generated code reads them from environment variables or files).
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.defaults().className("Shop").packageName("com.example.k8s");
 * }</pre>
 */
public final class ImportOptions {
  private static final ImportOptions DEFAULTS = new ImportOptions("ImportedManifests", "", false);

  private final String className;
  private final String packageName;
  private final boolean inlineSecrets;

  private ImportOptions(String className, String packageName, boolean inlineSecrets) {
    this.className = className;
    this.packageName = packageName;
    this.inlineSecrets = inlineSecrets;
  }

  /** Class {@code ImportedManifests} in the default package, Secret values read from the environment. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** These options with the class named {@code className}, a Java identifier such as {@code Shop}. */
  public ImportOptions className(String className) {
    Objects.requireNonNull(className, "className == null");
    if (!Names.isIdentifier(className)) {
      throw new IllegalArgumentException("className must be a Java identifier (was \"" + className + "\")");
    }
    return new ImportOptions(className, packageName, inlineSecrets);
  }

  /** These options with the class in package {@code packageName} ({@code com.example.k8s}); empty for none. */
  public ImportOptions packageName(String packageName) {
    Objects.requireNonNull(packageName, "packageName == null");
    if (!packageName.isEmpty() && !Names.isPackage(packageName)) {
      throw new IllegalArgumentException("packageName must be Java identifiers joined by dots (was \""
          + packageName + "\")");
    }
    return new ImportOptions(className, packageName, inlineSecrets);
  }

  /**
   * These options with Secret values written into the source ({@code true}), or read by the generated code
   * from environment variables or files ({@code false}, the default).
   */
  public ImportOptions inlineSecrets(boolean inline) {
    return new ImportOptions(className, packageName, inline);
  }

  public String className() {
    return className;
  }

  /** The package, empty for the default package. */
  public String packageName() {
    return packageName;
  }

  public boolean inlineSecrets() {
    return inlineSecrets;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportOptions x && x.className.equals(className) && x.packageName.equals(packageName)
        && x.inlineSecrets == inlineSecrets;
  }

  @Override
  public int hashCode() {
    return Objects.hash(className, packageName, inlineSecrets);
  }

  @Override
  public String toString() {
    return "ImportOptions{className=" + className + ", packageName=" + packageName
        + ", inlineSecrets=" + inlineSecrets + "}";
  }
}
