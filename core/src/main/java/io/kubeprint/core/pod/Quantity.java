package io.kubeprint.core.pod;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern SYNTAX =
      Pattern.compile("([+-]?[0-9]*(?:\\.[0-9]*)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  private final String text;

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
    return !text.isEmpty() && SYNTAX.matcher(text).matches();
  }

  /** The exact value, e.g. {@code 0.1} for {@code 100m} and {@code 134217728} for {@code 128Mi}. */
  public BigDecimal value() {
    Matcher m = SYNTAX.matcher(text);
    if (!isValid() || !m.matches()) {
      throw new IllegalStateException("not a quantity: \"" + text + "\"");
    }
    BigDecimal number = number(m.group(1));
    String suffix = m.group(2);
    if (suffix == null) {
      return number;
    }
    switch (suffix) {
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
