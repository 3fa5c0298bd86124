package io.kubeprint.render.internal;

import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import java.util.Arrays;

/**
 * The keys {@code Yaml.APPLY_ORDER} compares (kind, namespace, name), read once from each of a bundle's objects and
 * held in arrays, and the order they give: what {@code Yaml.ordered} and {@link Documents} sort by. Names are
 * compared by their first eight characters packed into a long before the names themselves.
 */
public final class ApplyOrder {
  private final Kind[] kinds;
  private final String[] namespaces;
  private final String[] names;
  private final long[] heads;

  /** Keys for {@code size} objects, each set by {@link #set}. */
  public ApplyOrder(int size) {
    kinds = new Kind[size];
    namespaces = new String[size];
    names = new String[size];
    heads = new long[size];
  }

  /** Reads the keys of {@code o}, the object at position {@code at}. */
  public void set(int at, KubeObject o) {
    kinds[at] = o.kind();
    namespaces[at] = o.metadata().namespace().orElse("");
    String name = o.name();
    names[at] = name;
    heads[at] = head(name);
  }

  /** The positions in apply order; ties keep their order (the sort is stable). */
  public Integer[] positions() {
    Integer[] order = new Integer[kinds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, this::compare);
    return order;
  }

  private int compare(int a, int b) {
    int c = kinds[a].compareTo(kinds[b]);
    if (c == 0) {
      c = namespaces[a].compareTo(namespaces[b]);
    }
    if (c == 0) {
      c = Long.compareUnsigned(heads[a], heads[b]);
      if (c == 0) {
        c = names[a].compareTo(names[b]);
      }
    }
    return c;
  }

  /**
   * The first eight characters of {@code name} as the bytes of a long, so that two names whose heads differ compare
   * as their heads do, without reading the names: a character below {@code 0xff} is its byte, a shorter name ends in
   * zeros, and from the first character of {@code 0xff} or more on every byte is {@code 0xff} (two such heads are
   * equal from there, and the names are compared).
   */
  static long head(String name) {
    long h = 0;
    int n = Math.min(8, name.length());
    int i = 0;
    for (; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0xff) {
        break;
      }
      h = h << 8 | c;
    }
    if (i < n) {
      for (; i < 8; i++) {
        h = h << 8 | 0xff;
      }
    } else {
      h <<= 8 * (8 - n);
    }
    return h;
  }
}
