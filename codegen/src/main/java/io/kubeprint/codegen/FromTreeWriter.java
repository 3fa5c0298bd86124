package io.kubeprint.codegen;

import java.util.List;
import java.util.Map;

/** Writes {@code FromTreeGenerated}: each value read from a JSON tree with strict types and field paths. */
final class FromTreeWriter extends MapperWriter {

  /** The {@code Node} reader of each scalar type: Kubernetes' int32 and int64 are Java's Integer and Long. */
  private static final Map<String, String> SCALAR_READERS =
      Map.of("String", "string", "Integer", "int32", "Long", "int64", "Boolean", "bool");

  /** The {@code Node} reader of each scalar list element type. */
  private static final Map<String, String> LIST_READERS = Map.of("String", "stringList", "Long", "int64List");

  @Override
  String className() {
    return "FromTreeGenerated";
  }

  @Override
  String handWritten() {
    return "FromTree";
  }

  @Override
  String comment() {
    return " * Reads each typed kubeprint value from a JSON tree, field for field, with strict types and field paths in\n"
        + " * errors; every field the value does not type is kept in {@code extra()}. An empty {@code resources},\n"
        + " * {@code strategy} or {@code securityContext} (as {@code kubectl create --dry-run} prints them) reads as absent;\n"
        + " * any other empty nested value is kept, since its presence can matter ({@code emptyDir: {}}). ConfigMap and Secret are read in {@link FromTree}.\n";
  }

  @Override
  String extendsClause() {
    return "";
  }

  @Override
  List<String> otherImports(List<ModelType> model) {
    return List.of();
  }

  @Override
  String method(ModelType t, Model model) {
    String type = t.simpleName();
    StringBuilder m = new StringBuilder();
    m.append("  static ").append(type).append(' ').append(t.method()).append("(Node n) {\n");
    m.append("    ").append(type).append(".Builder b = ").append(type).append(".builder();\n");
    for (Attribute a : t.attributes()) {
      String n = a.name();
      switch (a.shape()) {
        case SCALAR -> m.append(optional(reader(SCALAR_READERS, a), n));
        case QUANTITY -> m.append(optional("quantity", n));
        case INT_OR_STRING -> m.append(optional("intOrString", n));
        case UNTYPED -> m.append(optional("fields", n));
        // A defaulted object that is absent keeps its default, so both read the same way.
        case OBJECT, DEFAULTED_OBJECT -> m.append("    n.object(\"").append(n).append("\", ").append(ref(a.element()))
            .append(')').append(a.emptyMeansAbsent() ? ".filter(x -> !Empty.is(x))" : "")
            .append(".ifPresent(b::").append(n).append(");\n");
        case SCALAR_LIST -> m.append(all(n, "n." + reader(LIST_READERS, a) + "(\"" + n + "\")"));
        case OBJECT_LIST -> m.append(all(n, "n.list(\"" + n + "\", " + ref(a.element()) + ")"));
        case UNTYPED_LIST -> m.append(all(n, "n.fieldsList(\"" + n + "\")"));
        case STRING_MAP -> m.append(all(n, "n.stringMap(\"" + n + "\")"));
        case QUANTITY_MAP -> m.append(all(n, "n.quantityMap(\"" + n + "\")"));
        default -> throw new IllegalStateException("no FromTree rule for " + a.shape());
      }
    }
    m.append("    b.extra(n.rest());\n");
    m.append("    return b.build();\n");
    m.append("  }\n");
    return m.toString();
  }

  private static String reader(Map<String, String> readers, Attribute a) {
    String r = readers.get(a.element());
    if (r == null) {
      throw new IllegalStateException("no Node reader for " + a.shape() + " of " + a.element() + " (" + a.name() + ")");
    }
    return r;
  }

  private static String optional(String reader, String name) {
    return "    n." + reader + "(\"" + name + "\").ifPresent(b::" + name + ");\n";
  }

  private static String all(String name, String read) {
    return "    b." + name + "(" + read + ");\n";
  }
}
