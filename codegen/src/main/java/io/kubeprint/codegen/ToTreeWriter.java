package io.kubeprint.codegen;

import java.util.List;

/** Writes {@code ToTreeGenerated}: each value straight to the Jackson tree its fabric8 object serializes to. */
final class ToTreeWriter extends MapperWriter {

  @Override
  String className() {
    return "ToTreeGenerated";
  }

  @Override
  String handWritten() {
    return "ToTree";
  }

  @Override
  String comment() {
    return " * The canonical tree of each typed kubeprint value, field for field as {@link ToFabric8Generated} maps it to\n"
        + " * fabric8 and Jackson then serializes it (no nulls, no empty typed lists or maps, an empty {@code resources},\n"
        + " * {@code strategy} or {@code securityContext} left out, any other empty nested value kept as {@code {}}), but built directly: every object's keys sorted, untyped fields\n"
        + " * ({@code extra()}) beside the typed ones. Generated from the same model walk as {@code ToFabric8Generated.java}\n"
        + " * (the JSON name of a field is its accessor's, kubeprint's model using the Kubernetes names); ToTreeTest checks\n"
        + " * that both give the same trees. ConfigMap and Secret are mapped in {@link ToTree}.\n";
  }

  @Override
  String extendsClause() {
    return " extends TreeSupport";
  }

  @Override
  List<String> otherImports(List<ModelType> model) {
    return List.of("com.fasterxml.jackson.databind.node.ObjectNode");
  }

  @Override
  String method(ModelType t, Model model) {
    StringBuilder m = new StringBuilder();
    m.append("  static ObjectNode ").append(t.method()).append('(').append(t.simpleName()).append(" v) {\n");
    m.append("    ObjectNode f = object();\n");
    for (Attribute a : t.attributes()) {
      String n = a.name();
      String get = "v." + n + "()";
      switch (a.shape()) {
        case SCALAR -> m.append("    ").append(get).append(".ifPresent(x -> f.put(\"").append(n).append("\", x));\n");
        case QUANTITY -> m.append(mapped(get, "", "ToTree::quantity", n));
        case INT_OR_STRING -> m.append(mapped(get, "", "ToTree::intOrString", n));
        case UNTYPED -> m.append("    ").append(get).append(".ifPresent(x -> f.set(\"").append(n)
            .append("\", untyped(x.asMap())));\n");
        case OBJECT -> m.append(mapped(get, a.emptyMeansAbsent() ? ".filter(x -> !Empty.is(x))" : "", ref(a.element()), n));
        case DEFAULTED_OBJECT -> {
          String set = "f.set(\"" + n + "\", " + Rules.methodName(a.element()) + "(" + get + "));";
          // A kind's own metadata and spec are always written, as fabric8 objects of a kind always carry them; a
          // nested defaulted value only when not empty, since an empty one cannot be told from an absent one.
          m.append(t.kind() ? "    " + set + "\n" : unless("Empty.is(" + get + ")", set));
        }
        case SCALAR_LIST -> m.append(unless(get + ".isEmpty()", "f.set(\"" + n + "\", scalars(" + get + "));"));
        case OBJECT_LIST -> m.append(unless(get + ".isEmpty()",
            "f.set(\"" + n + "\", list(" + get + ", " + ref(a.element()) + "));"));
        case UNTYPED_LIST -> m.append(unless(get + ".isEmpty()", "f.set(\"" + n + "\", fieldsList(" + get + "));"));
        case STRING_MAP -> m.append(unless(get + ".isEmpty()", "f.set(\"" + n + "\", strings(" + get + "));"));
        case QUANTITY_MAP -> m.append(unless(get + ".isEmpty()", "f.set(\"" + n + "\", quantities(" + get + "));"));
        default -> throw new IllegalStateException("no ToTree rule for " + a.shape());
      }
    }
    m.append("    extra(f, v.extra());\n");
    m.append("    return f;\n");
    m.append("  }\n");
    return m.toString();
  }

  private static String mapped(String get, String filter, String mapper, String name) {
    return "    " + get + filter + ".map(" + mapper + ").ifPresent(x -> f.set(\"" + name + "\", x));\n";
  }
}
