package io.kubeprint.codegen;

/**
 * How an attribute of a core model type is declared, which decides how each mapper handles it. Every accessor of a
 * model type must have one of these shapes; any other declaration stops the generator (see {@link ModelReader}).
 */
enum Shape {
  /** {@code Optional<String|Integer|Long|Boolean>}: a JSON scalar, written when present. */
  SCALAR,
  /** {@code Optional<Quantity>}: a Kubernetes quantity, written in its canonical form. */
  QUANTITY,
  /** {@code Optional<IntOrString>}: a number or a string ({@code targetPort: http}). */
  INT_OR_STRING,
  /** {@code Optional<Fields>}: an object kubeprint keeps untyped (affinity terms); fabric8 gets it as an additional property. */
  UNTYPED,
  /** {@code Optional<M>} of a model type {@code M}. */
  OBJECT,
  /** {@code @Value.Default M} of a model type: never absent in the value, empty by default ({@code metadata}, {@code spec}). */
  DEFAULTED_OBJECT,
  /** {@code List<String|Long>}: written when not empty. */
  SCALAR_LIST,
  /** {@code List<M>} of a model type, in the user's order; written when not empty. */
  OBJECT_LIST,
  /** {@code List<Fields>}: a list of untyped objects (pod failure policy rules). */
  UNTYPED_LIST,
  /** {@code Map<String, String>}: labels, annotations, selectors; written when not empty. */
  STRING_MAP,
  /** {@code Map<String, Quantity>}: resource requests and limits; written when not empty. */
  QUANTITY_MAP
}
