package io.kubeprint.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes {@code ToFabric8Generated}: each value to its fabric8 object, setter for setter. */
final class ToFabric8Writer extends MapperWriter {

  @Override
  String className() {
    return "ToFabric8Generated";
  }

  @Override
  String handWritten() {
    return "ToFabric8";
  }

  @Override
  String comment() {
    return " * Maps each typed kubeprint value to its fabric8 counterpart, field for field; untyped fields\n"
        + " * ({@code extra()}) become fabric8 additional properties, so they render back where they were.\n"
        + " * An empty {@code resources}, {@code strategy} or {@code securityContext} is left out (it means the same\n"
        + " * as absent); any other empty nested value renders as {@code {}}, as given. ConfigMap and Secret are mapped in {@link ToFabric8}.\n";
  }

  @Override
  String extendsClause() {
    return " extends Fabric8Support";
  }

  @Override
  List<String> otherImports(List<ModelType> model) {
    List<String> out = new ArrayList<>();
    if (uses(model, Shape.SCALAR_LIST)) {
      out.add("java.util.ArrayList");
    }
    if (uses(model, Shape.STRING_MAP)) {
      out.add("java.util.LinkedHashMap");
    }
    return out;
  }

  private static boolean uses(List<ModelType> model, Shape shape) {
    return model.stream().flatMap(t -> t.attributes().stream()).anyMatch(a -> a.shape() == shape);
  }

  @Override
  String method(ModelType t, Model model) {
    String f8 = t.fabric8();
    StringBuilder m = new StringBuilder();
    m.append("  static ").append(f8).append(' ').append(t.method()).append('(').append(t.simpleName()).append(" v) {\n");
    m.append("    ").append(f8).append(" f = new ").append(f8).append("();\n");
    for (Attribute a : t.attributes()) {
      String n = a.name();
      String get = "v." + n + "()";
      String set = "f." + a.setter();
      switch (a.shape()) {
        case SCALAR -> m.append("    ").append(get).append(".ifPresent(f::").append(a.setter()).append(");\n");
        case QUANTITY -> m.append(mapped(get, "", "ToFabric8::quantity", a));
        case INT_OR_STRING -> m.append(mapped(get, "", "ToFabric8::intOrString", a));
        // fabric8 types these (NodeAffinity, ...) and kubeprint does not: they travel as additional properties,
        // which Jackson serializes in the same place.
        case UNTYPED -> m.append("    ").append(get).append(".ifPresent(x -> f.setAdditionalProperty(\"").append(n)
            .append("\", x.asMap()));\n");
        case OBJECT -> m.append(mapped(get, a.emptyMeansAbsent() ? ".filter(x -> !Empty.is(x))" : "", ref(a.element()), a));
        case DEFAULTED_OBJECT -> {
          // As in ToTree: a kind's own metadata and spec always, a nested defaulted value only when not empty.
          String call = set + "(" + Rules.methodName(a.element()) + "(" + get + "));";
          m.append(t.kind() ? "    " + call + "\n" : unless("Empty.is(" + get + ")", call));
        }
        case SCALAR_LIST -> m.append(unless(get + ".isEmpty()", set + "(new ArrayList<>(" + get + "));"));
        case OBJECT_LIST -> m.append(unless(get + ".isEmpty()", set + "(list(" + get + ", " + ref(a.element()) + "));"));
        case UNTYPED_LIST -> m.append(unless(get + ".isEmpty()",
            "f.setAdditionalProperty(\"" + n + "\", fieldsList(" + get + "));"));
        case STRING_MAP -> m.append(unless(get + ".isEmpty()", set + "(new LinkedHashMap<>(" + get + "));"));
        case QUANTITY_MAP -> m.append(unless(get + ".isEmpty()", set + "(quantities(" + get + "));"));
        default -> throw new IllegalStateException("no ToFabric8 rule for " + a.shape());
      }
    }
    m.append("    v.extra().asMap().forEach(f::setAdditionalProperty);\n");
    m.append("    return f;\n");
    m.append("  }\n");
    return m.toString();
  }

  private static String mapped(String get, String filter, String mapper, Attribute a) {
    return "    " + get + filter + ".map(" + mapper + ").ifPresent(f::" + a.setter() + ");\n";
  }
}
