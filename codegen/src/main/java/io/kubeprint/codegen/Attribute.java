package io.kubeprint.codegen;

/**
 * One attribute of a model type, in declaration order.
 *
 * @param name the accessor's name, which is the Kubernetes (JSON) field name
 * @param shape how it is declared
 * @param element the simple name of the scalar ({@code String}, {@code Integer}, {@code Long}, {@code Boolean}) or
 *     model type it holds; {@code Quantity}, {@code IntOrString} or {@code Fields} for those shapes
 * @param emptyMeansAbsent an empty value is dropped on write and on read ({@link Rules#EMPTY_MEANS_ABSENT})
 */
record Attribute(String name, Shape shape, String element, boolean emptyMeansAbsent) {

  /** The fabric8 setter of this field: {@code set} and the field name capitalized ({@code hostIP} → {@code setHostIP}). */
  String setter() {
    return "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
