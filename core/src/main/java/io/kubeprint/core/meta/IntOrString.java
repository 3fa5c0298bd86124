package io.kubeprint.core.meta;

import java.util.Objects;

/**
 * A Kubernetes {@code IntOrString}: a port number or a port name ({@code targetPort}, probe ports), an
 * absolute number or a percentage ({@code maxSurge}, {@code maxUnavailable}).
 */
public final class IntOrString {
  private final Integer intValue;
  private final String strValue;

  private IntOrString(Integer intValue, String strValue) {
    this.intValue = intValue;
    this.strValue = strValue;
  }

  /** A number. */
  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  /** A string: a port name, or a percentage such as {@code 25%}. */
  public static IntOrString of(String value) {
    return new IntOrString(null, Objects.requireNonNull(value, "value == null"));
  }

  /** A percentage, {@code percent%}. */
  public static IntOrString percent(int percent) {
    return of(percent + "%");
  }

  public boolean isInt() {
    return intValue != null;
  }

  /** The number; only when {@link #isInt()}. */
  public int intValue() {
    if (intValue == null) {
      throw new IllegalStateException("not a number: \"" + strValue + "\"");
    }
    return intValue;
  }

  /** The string; only when not {@link #isInt()}. */
  public String strValue() {
    if (strValue == null) {
      throw new IllegalStateException("not a string: " + intValue);
    }
    return strValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntOrString x && Objects.equals(x.intValue, intValue) && Objects.equals(x.strValue, strValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intValue, strValue);
  }

  /** The number, or the string. */
  @Override
  public String toString() {
    return isInt() ? intValue.toString() : strValue;
  }
}
