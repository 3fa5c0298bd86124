package io.kubeprint.dsl;

import io.kubeprint.core.pod.Quantity;

/**
 * An amount of CPU for {@code resources.requests.cpu} and {@code resources.limits.cpu}: cores or millicores,
 * {@code cpu("250m")}, {@code cpu("0.5")}, {@code Cpu.millis(250)}, {@code Cpu.cores(2)}. A type of its own, as
 * cdk8s-plus's {@code Cpu}, so that {@code requests(memory("512Mi"), cpu("250m"))} does not compile. The text is
 * kept as written and rendered so. Immutable.
 */
public final class Cpu {
  private final Quantity quantity;

  private Cpu(Quantity quantity) {
    this.quantity = quantity;
  }

  /**
   * The CPU amount {@code text}, a Kubernetes quantity in cores ({@code 2}, {@code 0.5}) or millicores
   * ({@code 250m}). A byte suffix ({@code Ki}, {@code Mi}, {@code Gi}, ...) is refused: {@code cpu("512Mi")} is a
   * memory amount written in the wrong place.
   */
  public static Cpu of(String text) {
    Quantity q = Checks.parsedQuantity(text, "cpu");
    if (text.matches(".*[KMGTPE]i$")) {
      throw new IllegalArgumentException("cpu must be cores or millicores such as 250m, 0.5 or 2 (was \"" + text
          + "\"); a byte suffix means memory: did you mean memory(\"" + text + "\")?");
    }
    return new Cpu(q);
  }

  /** {@code millicores} thousandths of a core ({@code 250m} for 250); at least 0. */
  public static Cpu millis(int millicores) {
    if (millicores < 0) {
      throw new IllegalArgumentException("millicores must be >= 0 (was " + millicores + ")");
    }
    return of(millicores + "m");
  }

  /** {@code cores} whole cores ({@code 2}); at least 0. */
  public static Cpu cores(int cores) {
    if (cores < 0) {
      throw new IllegalArgumentException("cores must be >= 0 (was " + cores + ")");
    }
    return of(Integer.toString(cores));
  }

  /** The quantity as written. */
  public Quantity quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cpu c && c.quantity.equals(quantity);
  }

  @Override
  public int hashCode() {
    return quantity.hashCode();
  }

  /** The quantity as written: {@code 250m}. */
  @Override
  public String toString() {
    return quantity.toString();
  }
}
