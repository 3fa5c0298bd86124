package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a canonical tree's object: keys and values in two arrays, kept sorted by key ({@link #sorted()}),
 * or in the order they were first put ({@link #inOrder()}, the top level's {@code apiVersion}, {@code kind},
 * {@code metadata} first). A tree has an object for almost every value of an object, most with a handful of fields,
 * so this costs a few bytes per field where a {@code TreeMap} costs an entry of 40; {@link BlockYaml} reads the
 * arrays by index ({@link #size()}, {@link #key}, {@link #value}) and makes no iterator. Null keys are refused,
 * as Jackson's object nodes never hold one.
 */
final class TreeFields extends AbstractMap<String, JsonNode> {
  private static final String[] NO_KEYS = {};
  private static final JsonNode[] NO_VALUES = {};

  private final boolean sorted;
  private String[] keys = NO_KEYS;
  private JsonNode[] values = NO_VALUES;
  private int size;
  private int modifications;

  private TreeFields(boolean sorted) {
    this.sorted = sorted;
  }

  /** Fields that iterate in key order, whatever order they are put in. */
  static TreeFields sorted() {
    return new TreeFields(true);
  }

  /** Fields that iterate in the order their keys were first put. */
  static TreeFields inOrder() {
    return new TreeFields(false);
  }

  @Override
  public int size() {
    return size;
  }

  /** The key at position {@code i} of the iteration order. */
  String key(int i) {
    return keys[i];
  }

  /** The value at position {@code i} of the iteration order. */
  JsonNode value(int i) {
    return values[i];
  }

  /** Where {@code key} is, or {@code -(insertion point) - 1}. */
  private int find(Object key) {
    if (!(key instanceof String k)) {
      return -1;
    }
    if (sorted) {
      if (size > 0 && keys[size - 1].compareTo(k) < 0) {
        return -size - 1;
      }
      return Arrays.binarySearch(keys, 0, size, k);
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(k)) {
        return i;
      }
    }
    return -size - 1;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    int i = find(key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "key == null");
    int i = find(key);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }
    int at = -i - 1;
    if (size == keys.length) {
      int capacity = size == 0 ? 4 : size * 2;
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    System.arraycopy(keys, at, keys, at + 1, size - at);
    System.arraycopy(values, at, values, at + 1, size - at);
    keys[at] = key;
    values[at] = value;
    size++;
    modifications++;
    return null;
  }

  @Override
  public JsonNode remove(Object key) {
    int i = find(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    keys[size] = null;
    values[size] = null;
    modifications++;
  }

  @Override
  public void clear() {
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    modifications++;
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return new Iterator<>() {
          private int next;
          private int last = -1;
          private int expected = modifications;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, JsonNode> next() {
            if (expected != modifications) {
              throw new ConcurrentModificationException();
            }
            if (next >= size) {
              throw new NoSuchElementException();
            }
            last = next++;
            int at = last;
            return new SimpleEntry<>(keys[at], values[at]) {
              @Override
              public JsonNode setValue(JsonNode value) {
                values[at] = value;
                return super.setValue(value);
              }
            };
          }

          @Override
          public void remove() {
            if (last < 0) {
              throw new IllegalStateException();
            }
            if (expected != modifications) {
              throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
          }
        };
      }
    };
  }
}
