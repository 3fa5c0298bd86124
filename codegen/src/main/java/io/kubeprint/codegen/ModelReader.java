package io.kubeprint.codegen;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Reads the core model from its compiled interfaces with javax.lang.model, the API of annotation processors, run over
 * class files: members come in declaration order (javac writes them so, and the mappers keep that order), generic
 * return types are complete, and the CLASS-retention Immutables annotations ({@code @Value.Immutable},
 * {@code @Value.Default}) are visible, which reflection would not give.
 *
 * <p>The walk starts at every {@code @Value.Immutable} kind of {@link Rules#MODEL_PACKAGES} (minus
 * {@link Rules#HAND_MAPPED}) and follows the model types of their attributes. An attribute is an abstract accessor, or
 * a {@code @Value.Default} one; other default methods ({@code kind()}, helpers) are not fields.
 */
final class ModelReader {
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String DEFAULT = "org.immutables.value.Value.Default";
  private static final String CHECK = "org.immutables.value.Value.Check";
  private static final String FIELDS = "io.kubeprint.core.meta.Fields";
  private static final String QUANTITY = "io.kubeprint.core.pod.Quantity";
  private static final String INT_OR_STRING = "io.kubeprint.core.meta.IntOrString";
  private static final Set<String> SCALARS = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean");
  private static final Set<String> SCALAR_LIST_ELEMENTS = Set.of("java.lang.String", "java.lang.Long");

  private final Elements elements;
  private final Types types;
  private final ClassLoader fabric8;
  private final List<String> packages;
  private final List<String> order;
  private final Set<String> emptyMeansAbsent;

  /**
   * @param classPath where the compiled model and the Immutables annotations are
   * @param fabric8 a class loader that sees the fabric8 model classes
   */
  ModelReader(List<Path> classPath, ClassLoader fabric8) {
    this(classPath, fabric8, Rules.MODEL_PACKAGES, Rules.ORDER, Rules.EMPTY_MEANS_ABSENT);
  }

  /** A reader of the model of {@code packages} with rules of its own (tests read models of their own). */
  ModelReader(List<Path> classPath, ClassLoader fabric8, List<String> packages, List<String> order,
      Set<String> emptyMeansAbsent) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the generator needs a JDK (javax.tools.ToolProvider found no compiler)");
    }
    StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the class path " + classPath, e);
    }
    JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null, null);
    this.elements = task.getElements();
    this.types = task.getTypes();
    this.fabric8 = fabric8;
    this.packages = packages;
    this.order = order;
    this.emptyMeansAbsent = emptyMeansAbsent;
  }

  /** The model types the mappers handle, in {@link Rules#ORDER}. */
  List<ModelType> read() {
    List<TypeElement> kinds = kinds();
    Map<String, TypeElement> found = new LinkedHashMap<>();
    Deque<TypeElement> todo = new ArrayDeque<>(kinds);
    while (!todo.isEmpty()) {
      TypeElement t = todo.removeFirst();
      if (found.putIfAbsent(t.getSimpleName().toString(), t) != null) {
        continue;
      }
      for (ExecutableElement a : attributes(t)) {
        TypeElement model = modelTypeOf(a.getReturnType());
        if (model != null) {
          todo.addLast(model);
        }
      }
    }
    Map<String, ModelType> read = new LinkedHashMap<>();
    for (TypeElement t : found.values()) {
      read.put(t.getSimpleName().toString(), type(t));
    }
    for (String rule : emptyMeansAbsent) {
      checkEmptyMeansAbsent(rule, found);
    }
    for (String listed : order) {
      if (!read.containsKey(listed)) {
        throw new IllegalStateException("Rules.ORDER lists " + listed + ", which no kind of the model reaches");
      }
    }
    Set<String> names = new LinkedHashSet<>(order);
    names.addAll(read.keySet());
    List<ModelType> out = new ArrayList<>();
    for (String name : names) {
      out.add(read.get(name));
    }
    return out;
  }

  private List<TypeElement> kinds() {
    TypeElement kubeObject = elements.getTypeElement(Rules.KUBE_OBJECT);
    if (kubeObject == null) {
      throw new IllegalStateException(Rules.KUBE_OBJECT + " is not on the class path");
    }
    List<TypeElement> kinds = new ArrayList<>();
    for (String p : packages) {
      PackageElement pkg = elements.getPackageElement(p);
      if (pkg == null) {
        throw new IllegalStateException("model package " + p + " is not on the class path");
      }
      for (Element e : pkg.getEnclosedElements()) {
        if (e.getKind() == ElementKind.INTERFACE
            && annotated(e, IMMUTABLE)
            && types.isSubtype(types.erasure(e.asType()), types.erasure(kubeObject.asType()))
            && !Rules.HAND_MAPPED.contains(((TypeElement) e).getQualifiedName().toString())) {
          kinds.add((TypeElement) e);
        }
      }
    }
    kinds.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return kinds;
  }

  /** The attributes a type declares, in declaration order, with {@code extra()}. */
  private List<ExecutableElement> attributes(TypeElement t) {
    List<ExecutableElement> out = new ArrayList<>();
    for (Element e : t.getEnclosedElements()) {
      if (e.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      Set<Modifier> mods = m.getModifiers();
      boolean accessor = !mods.contains(Modifier.STATIC) && m.getParameters().isEmpty()
          && m.getReturnType().getKind() != TypeKind.VOID && !annotated(m, CHECK);
      if (accessor && (mods.contains(Modifier.ABSTRACT) || annotated(m, DEFAULT))) {
        out.add(m);
      }
    }
    return out;
  }

  private ModelType type(TypeElement t) {
    String simple = t.getSimpleName().toString();
    boolean kind = types.isSubtype(types.erasure(t.asType()),
        types.erasure(elements.getTypeElement(Rules.KUBE_OBJECT).asType()));
    List<Attribute> attributes = new ArrayList<>();
    boolean extra = false;
    for (ExecutableElement a : attributes(t)) {
      String name = a.getSimpleName().toString();
      if (name.equals("extra")) {
        if (!qualifiedName(a.getReturnType()).equals(FIELDS) || !annotated(a, DEFAULT)) {
          throw new IllegalStateException(simple + ".extra() must be a @Value.Default Fields");
        }
        extra = true;
        continue;
      }
      attributes.add(attribute(simple, a));
    }
    if (!extra) {
      throw new IllegalStateException(simple + " has no extra(): every model type keeps its untyped fields");
    }
    Class<?> target = fabric8Class(simple);
    for (Attribute a : attributes) {
      boolean additional = a.shape() == Shape.UNTYPED || a.shape() == Shape.UNTYPED_LIST;
      if (!additional && !hasSetter(target, a.setter())) {
        throw new IllegalStateException(target.getName() + " has no " + a.setter() + " for " + simple + "." + a.name());
      }
    }
    return new ModelType(t.getQualifiedName().toString(), simple, kind, List.copyOf(attributes), target.getName());
  }

  private Attribute attribute(String owner, ExecutableElement a) {
    String name = a.getSimpleName().toString();
    TypeMirror type = a.getReturnType();
    String raw = qualifiedName(type);
    boolean empty = emptyMeansAbsent.contains(owner + "." + name);
    String where = owner + "." + name + "()";
    if (annotated(a, DEFAULT)) {
      TypeElement model = modelType(type);
      if (model == null) {
        throw new IllegalStateException(where + ": a @Value.Default attribute must be a model type, was " + type);
      }
      return new Attribute(name, Shape.DEFAULTED_OBJECT, model.getSimpleName().toString(), empty);
    }
    List<? extends TypeMirror> args = type instanceof DeclaredType d ? d.getTypeArguments() : List.of();
    switch (raw) {
      case "java.util.Optional": {
        String element = qualifiedName(args.get(0));
        if (SCALARS.contains(element)) {
          return new Attribute(name, Shape.SCALAR, simpleName(element), empty);
        } else if (element.equals(QUANTITY)) {
          return new Attribute(name, Shape.QUANTITY, "Quantity", empty);
        } else if (element.equals(INT_OR_STRING)) {
          return new Attribute(name, Shape.INT_OR_STRING, "IntOrString", empty);
        } else if (element.equals(FIELDS)) {
          return new Attribute(name, Shape.UNTYPED, "Fields", empty);
        }
        TypeElement model = modelType(args.get(0));
        if (model != null) {
          return new Attribute(name, Shape.OBJECT, model.getSimpleName().toString(), empty);
        }
        break;
      }
      case "java.util.List": {
        String element = qualifiedName(args.get(0));
        if (SCALAR_LIST_ELEMENTS.contains(element)) {
          return new Attribute(name, Shape.SCALAR_LIST, simpleName(element), empty);
        } else if (element.equals(FIELDS)) {
          return new Attribute(name, Shape.UNTYPED_LIST, "Fields", empty);
        }
        TypeElement model = modelType(args.get(0));
        if (model != null) {
          return new Attribute(name, Shape.OBJECT_LIST, model.getSimpleName().toString(), empty);
        }
        break;
      }
      case "java.util.Map": {
        if (qualifiedName(args.get(0)).equals("java.lang.String")) {
          String value = qualifiedName(args.get(1));
          if (value.equals("java.lang.String")) {
            return new Attribute(name, Shape.STRING_MAP, "String", empty);
          } else if (value.equals(QUANTITY)) {
            return new Attribute(name, Shape.QUANTITY_MAP, "Quantity", empty);
          }
        }
        break;
      }
      default:
        break;
    }
    throw new IllegalStateException(where + ": the generator has no rule for " + type
        + " (see Shape for the declarations it maps)");
  }

  private void checkEmptyMeansAbsent(String rule, Map<String, TypeElement> found) {
    String[] parts = rule.split("\\.", 2);
    TypeElement t = found.get(parts[0]);
    Predicate<ExecutableElement> optionalModel = a -> a.getSimpleName().contentEquals(parts[1])
        && qualifiedName(a.getReturnType()).equals("java.util.Optional")
        && modelTypeOf(a.getReturnType()) != null;
    if (t == null || attributes(t).stream().noneMatch(optionalModel)) {
      throw new IllegalStateException("Rules.EMPTY_MEANS_ABSENT names " + rule
          + ", which is not an Optional model attribute of the model");
    }
  }

  /** The model type an attribute's type holds ({@code M}, {@code Optional<M>}, {@code List<M>}), or null. */
  private TypeElement modelTypeOf(TypeMirror type) {
    TypeElement direct = modelType(type);
    if (direct != null) {
      return direct;
    }
    if (type instanceof DeclaredType d && !d.getTypeArguments().isEmpty()) {
      return modelType(d.getTypeArguments().get(d.getTypeArguments().size() - 1));
    }
    return null;
  }

  private TypeElement modelType(TypeMirror type) {
    if (!(type instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement t)) {
      return null;
    }
    String pkg = elements.getPackageOf(t).getQualifiedName().toString();
    boolean model = t.getKind() == ElementKind.INTERFACE && annotated(t, IMMUTABLE) && packages.contains(pkg)
        && !Rules.HAND_MAPPED.contains(t.getQualifiedName().toString());
    return model ? t : null;
  }

  private Class<?> fabric8Class(String simpleName) {
    for (String p : Rules.FABRIC8_PACKAGES) {
      try {
        return Class.forName(p + "." + simpleName, false, fabric8);
      } catch (ClassNotFoundException e) {
        // not in this package; try the next
      }
    }
    throw new IllegalStateException("no fabric8 class " + simpleName + " in " + Rules.FABRIC8_PACKAGES);
  }

  private static boolean hasSetter(Class<?> c, String setter) {
    for (java.lang.reflect.Method m : c.getMethods()) {
      if (m.getName().equals(setter) && m.getParameterCount() == 1) {
        return true;
      }
    }
    return false;
  }

  private boolean annotated(Element e, String annotation) {
    return e.getAnnotationMirrors().stream()
        .anyMatch(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation));
  }

  private String qualifiedName(TypeMirror type) {
    return type instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : type.toString();
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
