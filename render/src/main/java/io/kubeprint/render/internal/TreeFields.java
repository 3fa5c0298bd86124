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
 * The fields of a canonical tree's object: keys and values side by side in one array (key {@code i} at {@code 2i},
 * its value at {@code 2i + 1}), kept sorted by key ({@link #sorted()}), or in the order they were first put
 * ({@link #inOrder()}, the top level's {@code apiVersion}, {@code kind}, {@code metadata} first). A tree has an
 * object for almost every value of an object, most with a handful of fields, so this costs a few bytes per field
 * where a {@code TreeMap} costs an entry of 40, and one array per object rather than one for the keys and one for
 * the values; the order is the class ({@link Sorted} or {@link InOrder}) rather than a field, so that an empty one
 * takes 32 bytes. {@link BlockYaml} reads the array by index ({@link #size()}, {@link #key}, {@link #value}) and
 * makes no iterator. Null keys are refused, as Jackson's object nodes never hold one.
 */
abstract class TreeFields extends AbstractMap<String, JsonNode> {
  private static final Object[] EMPTY = {};

  /** Key {@code i} at {@code 2i}, its value at {@code 2i + 1}. */
  private Object[] slots = EMPTY;
  private int size;
  private int modifications;

  private TreeFields() {}

  /** Fields that iterate in key order, whatever order they are put in. */
  static TreeFields sorted() {
    return new Sorted();
  }

  /** Fields that iterate in the order their keys were first put. */
  static TreeFields inOrder() {
    return new InOrder();
  }

  /** Keys in order: a put finds its place by binary search. */
  private static final class Sorted extends TreeFields {
    @Override
    int find(String k) {
      int size = size();
      Object[] slots = slots();
      if (size == 0 || ((String) slots[2 * (size - 1)]).compareTo(k) < 0) {
        return -size - 1;
      }
      int low = 0;
      int high = size - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = ((String) slots[2 * mid]).compareTo(k);
        if (c < 0) {
          low = mid + 1;
        } else if (c > 0) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -(low + 1);
    }
  }

  /** Keys in the order first put: a put looks for its key from the start, then appends. */
  private static final class InOrder extends TreeFields {
    @Override
    int find(String k) {
      int size = size();
      Object[] slots = slots();
      for (int i = 0; i < size; i++) {
        if (slots[2 * i].equals(k)) {
          return i;
        }
      }
      return -size - 1;
    }
  }

  @Override
  public final int size() {
    return size;
  }

  final Object[] slots() {
    return slots;
  }

  /** The key at position {@code i} of the iteration order. */
  final String key(int i) {
    return (String) slots[2 * i];
  }

  /** The value at position {@code i} of the iteration order. */
  final JsonNode value(int i) {
    return (JsonNode) slots[2 * i + 1];
  }

  /** Where {@code key} is, or {@code -(insertion point) - 1}. */
  abstract int find(String key);

  private int findAny(Object key) {
    return key instanceof String k ? find(k) : -1;
  }

  @Override
  public final boolean containsKey(Object key) {
    return findAny(key) >= 0;
  }

  @Override
  public final JsonNode get(Object key) {
    int i = findAny(key);
    return i >= 0 ? value(i) : null;
  }

  @Override
  public final JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "key == null");
    int i = find(key);
    if (i >= 0) {
      JsonNode old = value(i);
      slots[2 * i + 1] = value;
      return old;
    }
    int at = -i - 1;
    if (2 * size == slots.length) {
      slots = Arrays.copyOf(slots, size == 0 ? 8 : 4 * size);
    }
    System.arraycopy(slots, 2 * at, slots, 2 * at + 2, 2 * (size - at));
    slots[2 * at] = key;
    slots[2 * at + 1] = value;
    size++;
    modifications++;
    return null;
  }

  /**
   * Adds {@code key} last without looking for it, for fields in the order put ({@link #inOrder()}) whose caller
   * knows the key is not among them yet, such as the top level {@link Canonical} copies from a tree.
   */
  final void appendNew(String key, JsonNode value) {
    if (this instanceof Sorted) {
      throw new IllegalStateException("sorted fields find their place: put " + key);
    }
    Objects.requireNonNull(key, "key == null");
    if (2 * size == slots.length) {
      slots = Arrays.copyOf(slots, size == 0 ? 8 : 4 * size);
    }
    slots[2 * size] = key;
    slots[2 * size + 1] = value;
    size++;
    modifications++;
  }

  @Override
  public final JsonNode remove(Object key) {
    int i = findAny(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = value(i);
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
    size--;
    slots[2 * size] = null;
    slots[2 * size + 1] = null;
    modifications++;
  }

  @Override
  public final void clear() {
    Arrays.fill(slots, 0, 2 * size, null);
    size = 0;
    modifications++;
  }

  @Override
  public final Set<Map.Entry<String, JsonNode>> entrySet() {
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
            return new SimpleEntry<>(key(at), value(at)) {
              @Override
              public JsonNode setValue(JsonNode value) {
                slots[2 * at + 1] = value;
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
