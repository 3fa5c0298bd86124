package io.kubeprint.render.internal;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random model values of any kubeprint type, found by reflection: every attribute its builder can set
 * (optional fields, lists, maps, nested values, {@code extra()}) is set or left out at random, nested values
 * to a few levels. So a field added to the model is covered without changing this class.
 */
final class RandomModel {
  private static final String[] STRINGS = {"", "web", "on", "0644", "a b", "nginx:1.27", "TCP", "é", "x: y",
      "line\nbreak", "100m", "-1", "zz-top", "Always"};
  private static final String[] QUANTITIES = {"100m", "128Mi", "1", "0.5", "2Gi", "1e3"};
  private static final String[] EXTRA_KEYS = {"aaa", "zzz", "mmm", "x-extra"};

  /** The strings of {@link #STRINGS} that are printable ASCII on one line. */
  private static final String[] ASCII_STRINGS = Arrays.stream(STRINGS)
      .filter(s -> s.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)).toArray(String[]::new);

  private final Random random;
  /** Whether values are typed only (no {@code extra()}) and strings printable ASCII: what the direct writer takes. */
  private final boolean typedAscii;

  RandomModel(long seed) {
    this(seed, false);
  }

  RandomModel(long seed, boolean typedAscii) {
    this.random = new Random(seed);
    this.typedAscii = typedAscii;
  }

  /** A random value of {@code type}, nested values to {@code depth} levels. */
  <T> T of(Class<T> type, int depth) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      for (Method attribute : attributes(type, builder.getClass())) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        Object value = value(attribute.getGenericReturnType(), depth);
        if (value != null) {
          Method setter = setter(builder.getClass(), attribute.getName(), setterParameter(attribute));
          setter.invoke(builder, value);
        }
      }
      return type.cast(builder.getClass().getMethod("build").invoke(builder));
    } catch (ReflectiveOperationException e) {
      if (e.getCause() instanceof IllegalStateException || e.getCause() instanceof IllegalArgumentException) {
        return emptyOf(type);
      }
      throw new IllegalStateException(e);
    }
  }

  private static <T> T emptyOf(Class<T> type) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      return type.cast(builder.getClass().getMethod("build").invoke(builder));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The zero-argument methods of {@code type} its builder sets: its attributes, in name order. */
  private static List<Method> attributes(Class<?> type, Class<?> builder) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && setterOrNull(builder, m.getName(), setterParameter(m)) != null) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Method::getName));
    return out;
  }

  private static Class<?> setterParameter(Method attribute) {
    Type t = attribute.getGenericReturnType();
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class) {
        return (Class<?>) rawOf(p.getActualTypeArguments()[0]);
      }
      if (raw == List.class) {
        return Iterable.class;
      }
      return raw;
    }
    return (Class<?>) t;
  }

  private static Type rawOf(Type t) {
    return t instanceof ParameterizedType p ? p.getRawType() : t;
  }

  private static Method setter(Class<?> builder, String name, Class<?> parameter) {
    Method m = setterOrNull(builder, name, parameter);
    if (m == null) {
      throw new IllegalStateException("no setter " + name + "(" + parameter + ") on " + builder);
    }
    return m;
  }

  private static Method setterOrNull(Class<?> builder, String name, Class<?> parameter) {
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1
          && (m.getParameterTypes()[0] == parameter || m.getParameterTypes()[0] == unboxed(parameter))) {
        m.setAccessible(true);
        return m;
      }
    }
    return null;
  }

  private static Class<?> unboxed(Class<?> c) {
    return c == Integer.class ? int.class : c == Long.class ? long.class : c == Boolean.class ? boolean.class : c;
  }

  private Object value(Type type, int depth) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return value(args[0], depth);
      }
      if (raw == List.class) {
        List<Object> out = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          Object v = value(args[0], depth);
          if (v != null) {
            out.add(v);
          }
        }
        return out;
      }
      if (raw == Map.class) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          Object v = value(args[1], depth);
          if (v != null) {
            out.put(pick(STRINGS).isEmpty() ? "k" : "k-" + random.nextInt(5), v);
          }
        }
        return out;
      }
      return null;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return pick(typedAscii ? ASCII_STRINGS : STRINGS);
    }
    if (c == Integer.class) {
      return random.nextInt(5) - 1;
    }
    if (c == Long.class) {
      return (long) random.nextInt(5) - 1;
    }
    if (c == Boolean.class) {
      return random.nextBoolean();
    }
    if (c == Quantity.class) {
      return Quantity.parse(pick(QUANTITIES));
    }
    if (c == IntOrString.class) {
      return random.nextBoolean() ? IntOrString.of(random.nextInt(9000))
          : IntOrString.of(pick(typedAscii ? ASCII_STRINGS : STRINGS) + "x");
    }
    if (c == Bytes.class) {
      return Bytes.utf8(pick(STRINGS));
    }
    if (c == Fields.class) {
      if (typedAscii) {
        return null;
      }
      return random.nextInt(3) == 0 ? fields(2) : Fields.none();
    }
    if (depth <= 0) {
      return null;
    }
    if (Arrays.stream(c.getMethods()).anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()))) {
      return of(c, depth - 1);
    }
    return null;
  }

  /** Random untyped fields: strings, numbers, booleans, nulls, nested maps and lists, empty ones too. */
  private Fields fields(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      m.put(pick(EXTRA_KEYS), untyped(depth));
    }
    return Fields.of(m);
  }

  private Object untyped(int depth) {
    int pick = random.nextInt(depth > 0 ? 10 : 7);
    return switch (pick) {
      case 0 -> pick(STRINGS);
      case 1 -> (long) random.nextInt(100);
      case 2 -> random.nextBoolean() ? new BigDecimal("1.50") : new BigInteger("123456789012345678901234567890");
      case 3 -> random.nextBoolean();
      case 4 -> null;
      case 5 -> Map.of();
      case 6 -> List.of();
      case 7, 8 -> fields(depth - 1).asMap();
      default -> {
        List<Object> l = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          l.add(untyped(depth - 1));
        }
        yield l;
      }
    };
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }
}
