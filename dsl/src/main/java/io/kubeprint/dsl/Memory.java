package io.kubeprint.dsl;

import io.kubeprint.core.pod.Quantity;

/**
 * An amount of memory for {@code resources.requests.memory} and {@code resources.limits.memory}: bytes, with a
 * binary ({@code 512Mi}, {@code 1Gi}) or decimal ({@code 128M}) suffix or none, {@code memory("512Mi")},
 * {@code Memory.mebibytes(512)}, {@code Memory.gibibytes(1)}. A type of its own, as cdk8s-plus's {@code Size}, so
 * that {@code requests(memory("512Mi"), cpu("250m"))} does not compile. The text is kept as written and rendered
 * so. Immutable.
 */
public final class Memory {
  private final Quantity quantity;

  private Memory(Quantity quantity) {
    this.quantity = quantity;
  }

  /**
   * The memory amount {@code text}, a Kubernetes quantity in bytes. The suffix {@code m} (thousandths of a byte)
   * is refused: {@code memory("250m")} is a CPU amount written in the wrong place.
   */
  public static Memory of(String text) {
    Quantity q = Checks.parsedQuantity(text, "memory");
    if (text.endsWith("m")) {
      throw new IllegalArgumentException("memory must be bytes such as 512Mi, 1Gi or 128M (was \"" + text
          + "\"); the suffix m means thousandths, a CPU amount: did you mean cpu(\"" + text + "\")?");
    }
    return new Memory(q);
  }

  /** {@code mebibytes} MiB ({@code 512Mi} for 512); at least 0. */
  public static Memory mebibytes(int mebibytes) {
    if (mebibytes < 0) {
      throw new IllegalArgumentException("mebibytes must be >= 0 (was " + mebibytes + ")");
    }
    return of(mebibytes + "Mi");
  }

  /** {@code gibibytes} GiB ({@code 1Gi} for 1); at least 0. */
  public static Memory gibibytes(int gibibytes) {
    if (gibibytes < 0) {
      throw new IllegalArgumentException("gibibytes must be >= 0 (was " + gibibytes + ")");
    }
    return of(gibibytes + "Gi");
  }

  /** The quantity as written. */
  public Quantity quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Memory m && m.quantity.equals(quantity);
  }

  @Override
  public int hashCode() {
    return quantity.hashCode();
  }

  /** The quantity as written: {@code 512Mi}. */
  @Override
  public String toString() {
    return quantity.toString();
  }
}
