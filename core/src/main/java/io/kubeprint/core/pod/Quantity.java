package io.kubeprint.core.pod;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Kubernetes resource quantity such as {@code 100m}, {@code 128Mi} or {@code 1.5}, kept as written.
 *
 * <p>{@link #parse(String)} refuses malformed text at the call site; {@link #of(String)} keeps any text (as
 * the reader must, so that validation can report it with its field path). The grammar is apimachinery's
 * {@code resource.ParseQuantity}: a signed decimal number, then a binary-SI suffix ({@code Ki Mi Gi Ti Pi
 * Ei}), a decimal-SI suffix ({@code n u m k M G T P E}) or a decimal exponent ({@code e3}, {@code E-2}). As
 * there, the number's digits may be missing and count as 0: {@code Gi}, {@code m}, {@code .} and {@code -}
 * are quantities of value 0.
 */
public final class Quantity implements Comparable<Quantity> {
  private final String text;
  /**
   * Where the suffix starts (the number is {@code text[0, suffix)}), or -1 when the text is not a quantity; made
   * when first asked for, as validation asks every quantity of a bundle each time it runs. -2 until then.
   */
  private int suffix = -2;
  /** The exact value, made when first asked for (a race only makes it twice). */
  private BigDecimal value;

  private Quantity(String text) {
    this.text = text;
  }

  /** A quantity; throws {@link IllegalArgumentException} when {@code text} is not one. */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "quantity == null");
    Quantity q = new Quantity(text);
    if (!q.isValid()) {
      throw new IllegalArgumentException(
          "quantity must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' (was \"" + text + "\")");
    }
    return q;
  }

  /** The text kept as it is, valid or not; {@link #isValid()} tells. */
  public static Quantity of(String text) {
    return new Quantity(Objects.requireNonNull(text, "quantity == null"));
  }

  /** Whether the text is a well-formed quantity. */
  public boolean isValid() {
    return suffix() >= 0;
  }

  /**
   * The grammar {@code [+-]?[0-9]*(\.[0-9]*)?} then an optional suffix ({@code Ki Mi Gi Ti Pi Ei n u m k M G
   * T P E} or {@code [eE][+-]?[0-9]+}), read by hand: where the suffix starts, or -1. The number is the longest
   * prefix of that shape, since every suffix starts with a letter.
   */
  private int suffix() {
    int s = suffix;
    if (s == -2) {
      s = scan(text);
      suffix = s;
    }
    return s;
  }

  private static int scan(String t) {
    int n = t.length();
    if (n == 0) {
      return -1;
    }
    int i = 0;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      i++;
    }
    i = digits(t, i);
    if (i < n && t.charAt(i) == '.') {
      i = digits(t, i + 1);
    }
    int start = i;
    if (i == n) {
      return start;
    }
    char c = t.charAt(i);
    if (i + 2 == n && t.charAt(i + 1) == 'i' && "KMGTPE".indexOf(c) >= 0) {
      return start;
    }
    if (i + 1 == n && "numkMGTPE".indexOf(c) >= 0) {
      return start;
    }
    if (c == 'e' || c == 'E') {
      int j = i + 1;
      if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
        j++;
      }
      if (j < n && digits(t, j) == n) {
        return start;
      }
    }
    return -1;
  }

  private static int digits(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The exact value, e.g. {@code 0.1} for {@code 100m} and {@code 134217728} for {@code 128Mi}. */
  public BigDecimal value() {
    BigDecimal v = value;
    if (v == null) {
      int s = suffix();
      if (s < 0) {
        throw new IllegalStateException("not a quantity: \"" + text + "\"");
      }
      v = scaled(number(text.substring(0, s)), text.substring(s));
      value = v;
    }
    return v;
  }

  private static BigDecimal scaled(BigDecimal number, String suffix) {
    switch (suffix) {
      case "": return number;
      case "Ki": return number.multiply(BigDecimal.valueOf(1L << 10));
      case "Mi": return number.multiply(BigDecimal.valueOf(1L << 20));
      case "Gi": return number.multiply(BigDecimal.valueOf(1L << 30));
      case "Ti": return number.multiply(BigDecimal.valueOf(1L << 40));
      case "Pi": return number.multiply(BigDecimal.valueOf(1L << 50));
      case "Ei": return number.multiply(BigDecimal.valueOf(1L << 60));
      case "n": return number.scaleByPowerOfTen(-9);
      case "u": return number.scaleByPowerOfTen(-6);
      case "m": return number.scaleByPowerOfTen(-3);
      case "k": return number.scaleByPowerOfTen(3);
      case "M": return number.scaleByPowerOfTen(6);
      case "G": return number.scaleByPowerOfTen(9);
      case "T": return number.scaleByPowerOfTen(12);
      case "P": return number.scaleByPowerOfTen(15);
      case "E": return number.scaleByPowerOfTen(18);
      default: return number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1).replace("+", "")));
    }
  }

  /** {@code parseQuantityString}'s number: missing digits on either side of the point count as 0. */
  private static BigDecimal number(String signed) {
    String digits = signed.startsWith("+") || signed.startsWith("-") ? signed.substring(1) : signed;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot + 1);
    BigDecimal n = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
    return signed.startsWith("-") ? n.negate() : n;
  }

  /** Compares by {@link #value()}; both quantities must be valid. */
  @Override
  public int compareTo(Quantity o) {
    return value().compareTo(o.value());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && q.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text as written. */
  @Override
  public String toString() {
    return text;
  }
}
