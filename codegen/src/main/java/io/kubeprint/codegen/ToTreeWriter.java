package io.kubeprint.codegen;

import java.util.ArrayList;
import java.util.Comparator;
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
    // In key order, so that each put appends to the sorted fields of the tree (one comparison, no shifting).
    List<Attribute> byName = new ArrayList<>(t.attributes());
    byName.sort(Comparator.comparing(Attribute::name));
    for (Attribute a : byName) {
      String n = a.name();
      String get = "v." + n + "()";
      switch (a.shape()) {
        case SCALAR -> m.append(present(n, get, "", "f.put(\"" + n + "\", " + n + ".get());"));
        case QUANTITY -> m.append(present(n, get, "", "f.set(\"" + n + "\", quantity(" + n + ".get()));"));
        case INT_OR_STRING -> m.append(present(n, get, "", "f.set(\"" + n + "\", intOrString(" + n + ".get()));"));
        case UNTYPED -> m.append(present(n, get, "", "f.set(\"" + n + "\", untyped(" + n + ".get().asMap()));"));
        case OBJECT -> m.append(present(n, get, a.emptyMeansAbsent() ? " && !Empty.is(" + n + ".get())" : "",
            "f.set(\"" + n + "\", " + call(a.element()) + "(" + n + ".get()));"));
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

  /**
   * Sets a field when the optional {@code get} holds a value (and {@code more} holds): the accessor read once into
   * a local of the field's name, and no lambda, so that writing a tree allocates only the tree.
   */
  private static String present(String name, String get, String more, String body) {
    return "    var " + name + " = " + get + ";\n"
        + "    if (" + name + ".isPresent()" + more + ") {\n      " + body + "\n    }\n";
  }

  /** The static call of the mapper of a model type, e.g. {@code ToTree.container}. */
  private String call(String simpleName) {
    return handWritten() + "." + Rules.methodName(simpleName);
  }
}
