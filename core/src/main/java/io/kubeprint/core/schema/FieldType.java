package io.kubeprint.core.schema;

import java.util.Objects;

/**
 * The type of one field of the Kubernetes schema, as the API server's JSON decoder reads it: a scalar
 * ({@code string}, {@code int32}, ...), a list or map of another type, or a reference to an object type by
 * name ({@code V1PodSpec}). {@link #toString()} writes it in the schema file's notation: {@code []T} for a
 * list, {@code map[T]} for an object with string keys and values of {@code T}.
 */
public final class FieldType {
  /** What a field holds. */
  public enum Shape {
    /** A JSON string. */
    STRING("string"),
    /** A whole number that fits 32 bits (Go {@code int32}). */
    INT32("int32"),
    /** A whole number that fits 64 bits (Go {@code int64}). */
    INT64("int64"),
    /** Any JSON number (Go {@code float64}). */
    NUMBER("number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** Bytes, written as a standard base64 string with padding (Go {@code []byte}). */
    BYTES("bytes"),
    /** A 32-bit integer or a string ({@code intstr.IntOrString}). */
    INT_OR_STRING("int-or-string"),
    /** A resource quantity, a string or a number ({@code resource.Quantity}). */
    QUANTITY("quantity"),
    /** An RFC 3339 date-time string ({@code metav1.Time}). */
    DATE_TIME("date-time"),
    /** A {@code yyyy-mm-dd} date string. */
    DATE("date"),
    /** Any JSON value ({@code runtime.RawExtension}, {@code apiextensions JSON}). */
    ANY("any"),
    /** A JSON list of {@link #element()}. */
    LIST(null),
    /** A JSON object with string keys and values of {@link #element()}. */
    MAP(null),
    /** A JSON object of the schema type {@link #typeName()}. */
    OBJECT(null);

    private final String notation;

    Shape(String notation) {
      this.notation = notation;
    }
  }

  private static final FieldType[] SCALARS = new FieldType[Shape.values().length];

  static {
    for (Shape s : Shape.values()) {
      if (s.notation != null) {
        SCALARS[s.ordinal()] = new FieldType(s, null, null);
      }
    }
  }

  private final Shape shape;
  private final FieldType element;
  private final String typeName;

  private FieldType(Shape shape, FieldType element, String typeName) {
    this.shape = shape;
    this.element = element;
    this.typeName = typeName;
  }

  /**
   * The type written as {@code notation}: a scalar name, {@code []T}, {@code map[T]} or a type name
   * (starting with an upper-case letter).
   *
   * @throws IllegalArgumentException when {@code notation} is none of these
   */
  public static FieldType parse(String notation) {
    Objects.requireNonNull(notation, "notation == null");
    if (notation.startsWith("[]")) {
      return new FieldType(Shape.LIST, parse(notation.substring(2)), null);
    }
    if (notation.startsWith("map[") && notation.endsWith("]")) {
      return new FieldType(Shape.MAP, parse(notation.substring(4, notation.length() - 1)), null);
    }
    for (Shape s : Shape.values()) {
      if (notation.equals(s.notation)) {
        return SCALARS[s.ordinal()];
      }
    }
    if (!notation.isEmpty() && Character.isUpperCase(notation.charAt(0))
        && notation.chars().allMatch(Character::isLetterOrDigit)) {
      return new FieldType(Shape.OBJECT, null, notation);
    }
    throw new IllegalArgumentException("not a schema type (was \"" + notation + "\")");
  }

  public Shape shape() {
    return shape;
  }

  /** The type of a list's elements or a map's values; {@code null} for other shapes. */
  public FieldType element() {
    return element;
  }

  /** The name of the object type, for {@link Shape#OBJECT}; else {@code null}. */
  public String typeName() {
    return typeName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldType t && t.shape == shape && Objects.equals(t.element, element)
        && Objects.equals(t.typeName, typeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, element, typeName);
  }

  /** The type in the schema file's notation, e.g. {@code []V1Container} or {@code map[quantity]}. */
  @Override
  public String toString() {
    switch (shape) {
      case LIST:
        return "[]" + element;
      case MAP:
        return "map[" + element + "]";
      case OBJECT:
        return typeName;
      default:
        return shape.notation;
    }
  }
}
