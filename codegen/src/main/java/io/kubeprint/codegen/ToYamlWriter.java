package io.kubeprint.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes {@code ToYamlGenerated}: each value straight to the YAML text its canonical tree ({@code ToTreeGenerated})
 * is written as, without the tree. Fields go out in key order, the kinds' {@code metadata} first; a kind's empty
 * {@code spec} or {@code template} is left out, as the canonical tree's top level leaves it. Whatever the text
 * cannot hold as the tree's writer would (untyped fields, {@code extra()}, a string that is not printable ASCII)
 * stops the writer ({@code Direct.NOT_DIRECT}), and the object goes through the tree instead.
 */
final class ToYamlWriter extends MapperWriter {
  /** Field names are written as they are: each must be a plain YAML word, which the generator checks. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Set<String> KEYWORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  @Override
  String className() {
    return "ToYamlGenerated";
  }

  @Override
  String handWritten() {
    return "ToYaml";
  }

  @Override
  String comment() {
    return " * The YAML text of each typed kubeprint value, written the way the emitter writes its canonical tree\n"
        + " * ({@code ToTreeGenerated}) but without making the tree: keys in sorted order (a kind's {@code metadata}\n"
        + " * first), the same fields left out. A value the text cannot take stops the writer and the object goes\n"
        + " * through the tree; ToYamlTest checks both give the same text.\n";
  }

  @Override
  String extendsClause() {
    return " extends YamlSupport";
  }

  @Override
  List<String> otherImports(List<ModelType> model) {
    return List.of();
  }

  @Override
  String method(ModelType t, Model model) {
    StringBuilder m = new StringBuilder();
    m.append("  static void ").append(t.method()).append('(').append(t.simpleName()).append(" v, YamlText o, int indent) {\n");
    m.append("    direct(v.extra());\n");
    List<Attribute> order = new ArrayList<>(t.attributes());
    order.sort(Comparator.comparing((Attribute a) -> !(t.kind() && a.name().equals("metadata")))
        .thenComparing(Attribute::name));
    for (Attribute a : order) {
      String n = a.name();
      if (!PLAIN_NAME.matcher(n).matches() || KEYWORDS.contains(n)) {
        throw new IllegalStateException(t.simpleName() + "." + n + " is no plain YAML key");
      }
      String get = "v." + n + "()";
      String key = "o.key(\"" + n + "\", indent);\n      ";
      switch (a.shape()) {
        case SCALAR -> m.append(present(n, get, "", key + "o.scalar(" + n + ".get());"));
        case QUANTITY -> m.append(present(n, get, "", key + "o.scalar(" + n + ".get().toString());"));
        case INT_OR_STRING -> m.append(present(n, get, "", key + "o.intOrString(" + n + ".get());"));
        case UNTYPED -> m.append(present(n, get, "", "throw NOT_DIRECT;"));
        case OBJECT -> m.append(present(n, get, a.emptyMeansAbsent() ? " && !Empty.is(" + n + ".get())" : "",
            object(n, call(a.element()) + "(" + n + ".get(), o, indent + 2);", false, "      ")));
        case DEFAULTED_OBJECT -> {
          String write = call(a.element()) + "(" + get + ", o, indent + 2);";
          if (t.kind()) {
            // A kind's own metadata and spec are always in its tree; the top level drops an empty spec or template.
            boolean dropEmpty = n.equals("spec") || n.equals("template");
            m.append("    ").append(object(n, write, dropEmpty, "    ")).append('\n');
          } else {
            m.append(unless("Empty.is(" + get + ")", object(n, write, false, "      ")));
          }
        }
        case SCALAR_LIST -> m.append(unless(get + ".isEmpty()", key + "o.scalars(" + get + ", indent);"));
        case OBJECT_LIST -> m.append(unless(get + ".isEmpty()",
            key + "o.list(" + get + ", indent, " + ref(a.element()) + ");"));
        case UNTYPED_LIST -> m.append(unless(get + ".isEmpty()", "throw NOT_DIRECT;"));
        case STRING_MAP -> m.append(unless(get + ".isEmpty()", key + "o.strings(" + get + ", indent + 2);"));
        case QUANTITY_MAP -> m.append(unless(get + ".isEmpty()", key + "o.quantities(" + get + ", indent + 2);"));
        default -> throw new IllegalStateException("no ToYaml rule for " + a.shape());
      }
    }
    m.append("  }\n");
    return m.toString();
  }

  /**
   * Writes a nested object under its key: {@code {}} when it writes no field, or nothing at all when {@code drop};
   * the lines after the first start with {@code pad}.
   */
  private static String object(String name, String write, boolean drop, String pad) {
    return "int " + name + "At = o.key(\"" + name + "\", indent);\n"
        + pad + "int " + name + "Start = o.beginObject();\n"
        + pad + write + "\n"
        + pad + "o." + (drop ? "endOrDrop" : "endObject") + "(" + name + "At, " + name + "Start);";
  }

  private static String present(String name, String get, String more, String body) {
    return "    var " + name + " = " + get + ";\n"
        + "    if (" + name + ".isPresent()" + more + ") {\n      " + body + "\n    }\n";
  }

  private String call(String simpleName) {
    return handWritten() + "." + Rules.methodName(simpleName);
  }
}
