package io.kubeprint.cli.importer;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.cli.importer.Code.Chain;
import io.kubeprint.cli.importer.Code.Expr;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Java expressions that rebuild any model value exactly through the core builders:
 * {@code Container.builder().name("web").addArgs("-v").build()}, the fallback for what the DSL has no method
 * for. Attributes are found by reflection on the value interfaces, so every typed field is covered; the
 * attributes print {@code name} first, then in alphabetical order (the order of the rendered YAML), then
 * {@code extra}. Attributes equal to their default are left out.
 */
final class Literals {

  /** Where Secret values come from in the generated code: the source text, or the environment. */
  interface SecretValues {
    /** The second argument of {@code SecretBuilder.data(key, ..)}: a {@code String} or {@code byte[]} expression. */
    Expr data(Secret secret, String key);

    /** A {@code Bytes} expression for the value of {@code key} in {@code secret}. */
    Expr bytes(Secret secret, String key);
  }

  private static final Map<Class<?>, List<Attr>> ATTRS = new HashMap<>();
  private static final Map<Class<?>, Object> EMPTY = new HashMap<>();

  private final Imports imports;
  private final SecretValues secrets;

  Literals(Imports imports, SecretValues secrets) {
    this.imports = imports;
    this.secrets = secrets;
  }

  Imports imports() {
    return imports;
  }

  SecretValues secrets() {
    return secrets;
  }

  /** One typed attribute of a value interface. */
  record Attr(String name, Method accessor, Shape shape, Type element) {
    Object get(Object value) {
      try {
        return accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + name + " of " + value.getClass().getName(), e);
      }
    }
  }

  /** How an attribute holds its value. */
  enum Shape { OPTIONAL, LIST, MAP, PLAIN }

  /** The attributes of {@code type} (a core value interface), in print order. */
  static synchronized List<Attr> attributes(Class<?> type) {
    return ATTRS.computeIfAbsent(type, t -> {
      List<Attr> out = new ArrayList<>();
      for (Method m : t.getDeclaredMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
            || m.getName().equals("kind") && io.kubeprint.core.meta.KubeObject.class.isAssignableFrom(t)) {
          // an object's kind is its type; a reference's kind (scaleTargetRef.kind) is an attribute like any other
          continue;
        }
        Type g = m.getGenericReturnType();
        Shape shape = Shape.PLAIN;
        Type element = g;
        if (g instanceof ParameterizedType p) {
          Type raw = p.getRawType();
          Type[] args = p.getActualTypeArguments();
          if (raw == Optional.class) {
            shape = Shape.OPTIONAL;
            element = args[0];
          } else if (raw == List.class) {
            shape = Shape.LIST;
            element = args[0];
          } else if (raw == Map.class) {
            shape = Shape.MAP;
            element = args[1];
          }
        }
        out.add(new Attr(m.getName(), m, shape, element));
      }
      out.sort(Comparator.comparing((Attr a) -> a.name().equals("name") ? 0 : a.name().equals("extra") ? 2 : 1)
          .thenComparing(Attr::name));
      return List.copyOf(out);
    });
  }

  /** The attribute {@code name} of {@code type}. */
  static Attr attribute(Class<?> type, String name) {
    for (Attr a : attributes(type)) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no attribute " + name);
  }

  /** The value {@code type.builder().build()}: every attribute at its default. */
  static synchronized Object empty(Class<?> type) {
    return EMPTY.computeIfAbsent(type, t -> {
      try {
        Object builder = t.getMethod("builder").invoke(null);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(builder);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build an empty " + t.getName(), e);
      }
    });
  }

  /** Whether attribute {@code a} of {@code value} holds its default (absent, empty, or the default value). */
  static boolean isDefault(Attr a, Object value) {
    Object v = a.get(value);
    return switch (a.shape()) {
      case OPTIONAL -> ((Optional<?>) v).isEmpty();
      case LIST -> ((List<?>) v).isEmpty();
      case MAP -> ((Map<?, ?>) v).isEmpty();
      case PLAIN -> v.equals(a.get(empty(a.accessor().getDeclaringClass())));
    };
  }

  /** The expression of {@code value} of the model type {@code type} (a class or a value interface). */
  Expr of(Object value, Type type) {
    Class<?> c = (Class<?>) type;
    if (value instanceof String s) {
      return Code.string(s);
    }
    if (value instanceof Integer i) {
      return Code.atom(Integer.toString(i));
    }
    if (value instanceof Long l) {
      return Code.atom(l + "L");
    }
    if (value instanceof Boolean b) {
      return Code.atom(b.toString());
    }
    if (value instanceof IntOrString x) {
      return Code.call(imports.use(IntOrString.class) + ".of",
          x.isInt() ? Code.atom(Integer.toString(x.intValue())) : Code.string(x.strValue()));
    }
    if (value instanceof Quantity q) {
      return Code.call(imports.use(Quantity.class) + ".of", Code.string(q.toString()));
    }
    if (value instanceof Bytes b) {
      return bytes(b);
    }
    if (value instanceof Fields f) {
      return fields(f);
    }
    return builder(value, c);
  }

  /** {@code Type.builder()...build()} for a value of the interface {@code type}. */
  Expr builder(Object value, Class<?> type) {
    return builderChain(value, type, List.of()).then("build");
  }

  /** The builder chain of {@code value} without the final {@code build()}, leaving out the attributes {@code skip}. */
  Chain builderChain(Object value, Class<?> type, List<String> skip) {
    Chain c = Code.chain(Code.call(imports.use(type) + ".builder"));
    Class<?> builderType = builderClass(type);
    for (Attr a : attributes(type)) {
      if (skip.contains(a.name()) || isDefault(a, value)) {
        continue;
      }
      Object v = a.get(value);
      switch (a.shape()) {
        case OPTIONAL -> {
          Object x = ((Optional<?>) v).get();
          boolean fileMode = (a.name().equals("defaultMode") || a.name().equals("mode")) && x instanceof Integer;
          c.then(a.name(), fileMode && (Integer) x > 0
              ? Code.atom("0" + Integer.toOctalString((Integer) x)) : of(x, a.element()));
        }
        case PLAIN -> c.then(a.name(), of(v, a.element()));
        case LIST -> addList(c, builderType, a, (List<?>) v);
        case MAP -> {
          String put = mapPutter(builderType, a.name());
          Map<?, ?> m = (Map<?, ?>) v;
          if (type == Secret.class && a.name().equals("data")) {
            for (Object k : m.keySet()) {
              c.then(put, Code.string((String) k), secrets.bytes((Secret) value, (String) k));
            }
          } else if (put != null) {
            m.forEach((k, x) -> c.then(put, Code.string((String) k), of(x, a.element())));
          } else {
            c.then(a.name(), map(m, a.element()));
          }
        }
      }
    }
    if (c.size() > 2) {
      c.broken();
    }
    return c;
  }

  /** {@code .withName(expr)} argument for attribute {@code a} holding {@code v} (absent → {@code Optional.empty()}). */
  Expr witherArgument(Attr a, Object v) {
    return switch (a.shape()) {
      case OPTIONAL -> ((Optional<?>) v).isEmpty()
          ? Code.atom(imports.use(Optional.class) + ".empty()") : of(((Optional<?>) v).get(), a.element());
      case LIST -> list((List<?>) v, a.element());
      case MAP -> map((Map<?, ?>) v, a.element());
      case PLAIN -> of(v, a.element());
    };
  }

  /** The wither name of attribute {@code name}: {@code withName}. */
  static String wither(String name) {
    return "with" + capitalize(name);
  }

  private void addList(Chain c, Class<?> builderType, Attr a, List<?> items) {
    Class<?> element = (Class<?>) a.element();
    boolean scalar = element == String.class || element == Long.class || element == Integer.class;
    String varargs = "add" + capitalize(a.name());
    if (scalar && hasVarargs(builderType, varargs)) {
      List<Expr> args = new ArrayList<>();
      for (Object x : items) {
        args.add(of(x, element));
      }
      c.then(varargs, args);
      return;
    }
    String adder = singular(builderType, "add", a.name(), 1);
    if (adder == null) {
      c.then(a.name(), list(items, element));
      return;
    }
    for (Object x : items) {
      c.then(adder, of(x, element));
    }
  }

  /** {@code List.of(...)} of model values. */
  Expr list(List<?> items, Type element) {
    List<Expr> args = new ArrayList<>();
    for (Object x : items) {
      args.add(of(x, element));
    }
    return Code.call(imports.use(List.class) + ".of", args);
  }

  /** {@code Map.of(...)} of model values (string keys). */
  Expr map(Map<?, ?> m, Type element) {
    List<Expr> args = new ArrayList<>();
    m.forEach((k, v) -> {
      args.add(Code.string((String) k));
      args.add(of(v, element));
    });
    return mapOf(args);
  }

  private Expr mapOf(List<Expr> pairs) {
    String map = imports.use(Map.class);
    if (pairs.size() <= 20) {
      return Code.pairs(map + ".of", pairs);
    }
    List<Expr> entries = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i += 2) {
      entries.add(Code.call(map + ".entry", pairs.get(i), pairs.get(i + 1)));
    }
    return Code.call(map + ".ofEntries", entries);
  }

  /** {@code Fields.of(...)}: one field as {@code Fields.of("name", value)}, several as {@code Fields.of(Map.of(...))}. */
  Expr fields(Fields f) {
    String fields = imports.use(Fields.class);
    if (f.isEmpty()) {
      return Code.atom(fields + ".none()");
    }
    Map<String, Object> m = f.asMap();
    if (m.size() == 1) {
      Map.Entry<String, Object> e = m.entrySet().iterator().next();
      return Code.call(fields + ".of", Code.string(e.getKey()), json(e.getValue()));
    }
    return Code.call(fields + ".of", json(m));
  }

  /**
   * A JSON-shaped value as {@link Fields} holds it: maps and lists as {@code Map.of}/{@code List.of} (or,
   * holding {@code null}, {@code Fields.none().with(..).asMap()} and {@code Arrays.asList}), whole numbers as
   * {@code int}/{@code long} literals, decimals as {@code double} literals when exact.
   */
  Expr json(Object v) {
    if (v == null) {
      return Code.atom("null");
    }
    if (v instanceof String s) {
      return Code.string(s);
    }
    if (v instanceof Boolean b) {
      return Code.atom(b.toString());
    }
    if (v instanceof Long l) {
      return Code.atom(l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? Long.toString(l) : l + "L");
    }
    if (v instanceof BigInteger i) {
      return Code.call("new " + imports.use(BigInteger.class), Code.string(i.toString()));
    }
    if (v instanceof BigDecimal d) {
      double x = d.doubleValue();
      if (!Double.isInfinite(x) && new BigDecimal(Double.toString(x)).stripTrailingZeros().equals(d.stripTrailingZeros())) {
        return Code.atom(Double.toString(x));
      }
      return Code.call("new " + imports.use(BigDecimal.class), Code.string(d.toPlainString()));
    }
    if (v instanceof Map<?, ?> m) {
      if (m.containsValue(null)) {
        Chain c = Code.chain(Code.call(imports.use(Fields.class) + ".none"));
        m.forEach((k, x) -> c.then("with", Code.string((String) k), json(x)));
        return c.then("asMap");
      }
      List<Expr> args = new ArrayList<>();
      m.forEach((k, x) -> {
        args.add(Code.string((String) k));
        args.add(json(x));
      });
      return mapOf(args);
    }
    if (v instanceof List<?> l) {
      List<Expr> args = new ArrayList<>();
      for (Object x : l) {
        args.add(json(x));
      }
      return Code.call(l.contains(null) ? imports.use(Arrays.class) + ".asList" : imports.use(List.class) + ".of", args);
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
  }

  /** {@code Bytes.utf8("text")} for UTF-8 text, else {@code Bytes.of(<byte[]>)}. */
  Expr bytes(Bytes b) {
    String text = utf8(b.toByteArray());
    if (text != null) {
      return Code.call(imports.use(Bytes.class) + ".utf8", Code.string(text));
    }
    return Code.call(imports.use(Bytes.class) + ".of", byteArray(b.toByteArray()));
  }

  /** A {@code byte[]} expression: {@code Base64.getDecoder().decode("...")}. */
  Expr byteArray(byte[] bytes) {
    return Code.chain(Code.call(imports.use(Base64.class) + ".getDecoder"))
        .then("decode", Code.string(Base64.getEncoder().encodeToString(bytes)));
  }

  /** The bytes as text when they are well-formed UTF-8, else {@code null}. */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Class<?> builderClass(Class<?> type) {
    for (Class<?> c : type.getDeclaredClasses()) {
      if (c.getSimpleName().equals("Builder")) {
        return c;
      }
    }
    throw new IllegalArgumentException(type.getName() + " has no Builder");
  }

  private static boolean hasVarargs(Class<?> builder, String name) {
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(name) && m.isVarArgs()) {
        return true;
      }
    }
    return false;
  }

  /** The name of the builder's one-element adder ({@code addContainer}) or putter ({@code putLabel}) of {@code attr}. */
  private static String singular(Class<?> builder, String prefix, String attr, int params) {
    String best = null;
    for (Method m : builder.getMethods()) {
      String n = m.getName();
      if (!n.startsWith(prefix) || n.startsWith(prefix + "All") && !attr.toLowerCase(Locale.ROOT).startsWith("all")
          || m.getParameterCount() != params || m.isVarArgs() || n.length() == prefix.length()) {
        continue;
      }
      String s = Character.toLowerCase(n.charAt(prefix.length())) + n.substring(prefix.length() + 1);
      if (attr.startsWith(s) && attr.length() - s.length() <= 2 && (best == null || s.length() > best.length())) {
        best = s;
      }
    }
    return best == null ? null : prefix + capitalize(best);
  }

  private static String mapPutter(Class<?> builder, String attr) {
    return singular(builder, "put", attr, 2);
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
