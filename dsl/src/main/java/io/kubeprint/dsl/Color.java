package io.kubeprint.dsl;

import java.util.Locale;

/** The two sides of a {@link BlueGreen} release. */
public enum Color {
  BLUE,
  GREEN;

  /** The lower-case name used in object names and the {@code color} label: {@code blue}, {@code green}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The other colour. */
  public Color other() {
    return this == BLUE ? GREEN : BLUE;
  }
}
