package io.kubeprint.cli.importer;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.cli.importer.Code.Expr;
import io.kubeprint.cli.importer.Code.Printer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Lays out the generated class: names, one method per object, {@code manifests()}, the Secret value helper. */
final class Generator {
  private final ImportOptions options;
  private final List<Entry> entries;
  private final List<String> inputs;
  private final Imports imports = new Imports();
  private final Map<Secret, Map<String, String>> secretVariables = new IdentityHashMap<>();
  private final List<String> variables = new ArrayList<>();
  private final Literals literals;
  private final List<Bundle.External> declared;

  Generator(List<Entry> entries, List<String> inputs, ImportOptions options) {
    this(entries, inputs, options, List.of());
  }

  /** A generator whose bundle also declares {@code declared}, the externals of a bundle being imported. */
  Generator(List<Entry> entries, List<String> inputs, ImportOptions options, List<Bundle.External> declared) {
    this.entries = entries;
    this.inputs = inputs;
    this.options = options;
    this.declared = declared;
    this.literals = new Literals(imports, options.inlineSecrets() ? new InlineSecrets() : new EnvironmentSecrets());
  }

  JavaSource generate() {
    assignIds();
    if (!options.inlineSecrets()) {
      assignSecretVariables();
    }
    DslWriter writer = new DslWriter(literals, entries, literals.secrets());
    Map<Entry, DslWriter.ObjectCode> code = new LinkedHashMap<>();
    for (Entry e : entries) {
      code.put(e, writer.write(e));
    }
    StringBuilder methods = new StringBuilder();
    for (Entry e : entries) {
      methods.append('\n').append(method(e, code.get(e)));
    }
    String body = manifestsMethod();
    boolean helper = !options.inlineSecrets() && !variables.isEmpty();
    String bundle = imports.use(Bundle.class);
    String source = imports.use(ManifestSource.class);
    if (helper) {
      imports.use(StandardCharsets.class);
      imports.use(Files.class);
      imports.use(Path.class);
      imports.use(IOException.class);
      imports.use(UncheckedIOException.class);
    }
    StringBuilder out = new StringBuilder();
    if (!options.packageName().isEmpty()) {
      out.append("package ").append(options.packageName()).append(";\n\n");
    }
    out.append("import static io.kubeprint.dsl.Kube.*;\n\n");
    out.append(imports.lines()).append('\n');
    out.append(classComment());
    out.append("public final class ").append(options.className()).append(" implements ").append(source)
        .append(" {\n\n");
    out.append("  @Override\n  public ").append(bundle).append(" manifests() {\n").append(body).append("  }\n");
    out.append(methods);
    if (helper) {
      out.append('\n').append(SECRET_HELPER);
    }
    out.append("}\n");
    return new JavaSource(options.packageName(), options.className(), out.toString(), variables);
  }

  // Names

  private void assignIds() {
    Map<Entry, String> base = new LinkedHashMap<>();
    for (Entry e : entries) {
      base.put(e, baseId(e.object));
    }
    Map<String, Integer> counts = new HashMap<>();
    base.values().forEach(b -> counts.merge(b, 1, Integer::sum));
    Set<String> taken = new HashSet<>(Names.RESERVED_METHODS);
    taken.add(options.className());
    for (Entry e : entries) {
      String id = base.get(e);
      if (counts.get(id) > 1 || taken.contains(id)) {
        id = id + e.object.kind().kindName();
      }
      if (taken.contains(id) && e.namespace().isPresent()) {
        id = id + Names.pascal(e.namespace().get());
      }
      String unique = id;
      for (int i = 2; taken.contains(unique); i++) {
        unique = id + i;
      }
      taken.add(unique);
      e.id = unique;
    }
  }

  private static String baseId(KubeObject o) {
    String kind = Character.toLowerCase(o.kind().kindName().charAt(0)) + o.kind().kindName().substring(1);
    String camel = Names.camel(o.name());
    if (camel.isEmpty()) {
      return "unnamed" + o.kind().kindName();
    }
    if (Character.isDigit(camel.charAt(0))) {
      return kind + Names.pascal(o.name());
    }
    return Names.KEYWORDS.contains(camel) ? camel + o.kind().kindName() : camel;
  }

  private void assignSecretVariables() {
    Set<String> taken = new HashSet<>();
    for (Entry e : entries) {
      if (!(e.object instanceof Secret s)) {
        continue;
      }
      String prefix = Names.constant(s.name());
      if (prefix.isEmpty()) {
        prefix = "SECRET";
      }
      for (String key : s.data().keySet()) {
        String k = Names.constant(key);
        String name = prefix + "_" + (k.isEmpty() ? "VALUE" : k);
        if (Character.isDigit(name.charAt(0))) {
          name = "SECRET_" + name;
        }
        if (taken.contains(name) && e.namespace().isPresent()) {
          name = Names.constant(e.namespace().get()) + "_" + name;
        }
        String unique = name;
        for (int i = 2; taken.contains(unique); i++) {
          unique = name + "_" + i;
        }
        taken.add(unique);
        variables.add(unique);
        secretVariables.computeIfAbsent(s, x -> new LinkedHashMap<>()).put(key, unique);
      }
    }
  }


  // Layout

  private String classComment() {
    int files = (int) entries.stream().map(e -> e.source).distinct().count();
    String what = entries.size() + (entries.size() == 1 ? " object" : " objects");
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Kubernetes manifests as code, generated by {@code kubeprint import}"
        + (inputs.isEmpty() ? " (" + what + ")"
            : " from " + String.join(", ", inputs.stream().map(Generator::javadocCode).toList()) + " (" + what
                + " in " + files + (files == 1 ? " file" : " files") + ")")
        + ": edit it as your own. With this class and kubeprint-dsl on the classpath,"
        + " {@code kubeprint render --source " + qualifiedName() + " --out DIR} renders it.");
    if (options.inlineSecrets()) {
      if (entries.stream().anyMatch(e -> e.object instanceof Secret s && !s.data().isEmpty())) {
        paragraphs.add("<p>Secret values are written in this file ({@code --inline-secrets}): keep it as secret"
            + " as they are.");
      }
    } else if (!variables.isEmpty()) {
      paragraphs.add("<p>Secret values are not in this file: each is read when {@link #manifests()} runs, from"
          + " an environment variable (" + String.join(", ", variables.stream().map(Generator::javadocCode).toList())
          + "), or else from the file whose path is in that variable with {@code _FILE} appended ({@code "
          + variables.get(0) + "_FILE}).");
    }
    StringBuilder c = new StringBuilder("/**\n");
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        c.append(" *\n");
      }
      c.append(wrap(paragraphs.get(i), " *"));
    }
    return c.append(" */\n").toString();
  }

  private String qualifiedName() {
    return options.packageName().isEmpty() ? options.className() : options.packageName() + "." + options.className();
  }

  private String manifestsMethod() {
    List<Entry> order = new ArrayList<>();
    Set<Entry> done = new LinkedHashSet<>();
    for (Entry e : entries) {
      declare(e, order, done);
    }
    StringBuilder b = new StringBuilder();
    for (Entry e : order) {
      List<Expr> args = new ArrayList<>();
      for (Entry d : e.deps) {
        args.add(Code.atom(d.id));
      }
      Printer p = new Printer();
      p.write("    " + imports.use(DslWriter.typeOf(e.object)) + " " + e.id + " = ");
      Code.call(e.id, args).print(p, 4);
      b.append(p).append(";\n");
    }
    List<Expr> all = new ArrayList<>();
    for (Entry e : entries) {
      all.add(Code.atom(e.id));
    }
    Bundle read = Bundle.of(entries.stream().map(e -> e.object).toList());
    for (Bundle.External e : declared) {
      read = withExternal(read, e);
    }
    List<Bundle.External> externals = new ArrayList<>(declared);
    for (Bundle.External e : Validator.missingReferences(read)) {
      externals.add(e);
      read = withExternal(read, e);
    }
    Code.Chain chain = Code.chain(Code.filled("bundle", all)).broken();
    for (Bundle.External e : externals) {
      List<Expr> args = new ArrayList<>();
      args.add(kind(e.kind()));
      e.namespace().ifPresent(ns -> args.add(Code.string(ns)));
      args.add(Code.string(e.name()));
      chain.then("withExternal", args);
    }
    List<Violation> left = Validator.crossObject(read);
    if (!left.isEmpty()) {
      Map<String, Integer> byRule = new TreeMap<>();
      left.forEach(v -> byRule.merge(v.ruleId(), 1, Integer::sum));
      List<String> counts = new ArrayList<>();
      byRule.forEach((rule, n) -> counts.add(n + " " + rule));
      b.append(lineComment("The checks across objects find " + left.size() + " more problem"
          + (left.size() == 1 ? "" : "s") + " in this input than declaring the objects it refers to answers ("
          + String.join(", ", counts) + "), as kubeprint validate reports them for the files: they are warnings"
          + " here so that the bundle renders; fix them and remove withCrossObjectChecks to make them errors."));
      chain.then("withCrossObjectChecks", Code.atom(imports.use(CrossObjectChecks.class) + ".WARNING"));
    }
    Printer p = new Printer();
    p.write("    return ");
    (chain.isEmpty() ? Code.filled("bundle", all) : chain).print(p, 4);
    return b.append(p).append(";\n").toString();
  }

  private static Bundle withExternal(Bundle b, Bundle.External e) {
    return e.namespace().isPresent() ? b.withExternal(e.kind(), e.namespace().get(), e.name())
        : b.withExternal(e.kind(), e.name());
  }

  /** {@code Kind.CONFIG_MAP} for a kind with a constant, else {@code Kind.of("v1", "ServiceAccount")}. */
  private Expr kind(Kind kind) {
    String type = imports.use(Kind.class);
    String constant = KIND_CONSTANTS.get(kind);
    return constant != null ? Code.atom(type + "." + constant)
        : Code.call(type + ".of", Code.string(kind.apiVersion()), Code.string(kind.kindName()));
  }

  private static final Map<Kind, String> KIND_CONSTANTS = Map.of(Kind.NAMESPACE, "NAMESPACE", Kind.SECRET, "SECRET",
      Kind.CONFIG_MAP, "CONFIG_MAP", Kind.SERVICE, "SERVICE", Kind.POD, "POD", Kind.REPLICA_SET, "REPLICA_SET",
      Kind.DEPLOYMENT, "DEPLOYMENT", Kind.CRON_JOB, "CRON_JOB", Kind.POD_TEMPLATE, "POD_TEMPLATE");

  /** A {@code //} comment in {@code manifests()}, wrapped. */
  private static String lineComment(String text) {
    return wrap(text, "    //");
  }

  private static void declare(Entry e, List<Entry> order, Set<Entry> done) {
    if (!done.add(e)) {
      return;
    }
    for (Entry d : e.deps) {
      declare(d, order, done);
    }
    order.add(e);
  }

  private String method(Entry e, DslWriter.ObjectCode code) {
    String type = imports.use(DslWriter.typeOf(e.object));
    StringBuilder doc = new StringBuilder();
    doc.append(e.object.kind().kindName()).append(' ').append(e.object.name().isBlank() ? "(no name)"
        : javadocCode(e.object.metadata().namespace().map(ns -> ns + "/").orElse("") + e.object.name()));
    if (e.source != null) {
      doc.append(", from ").append(javadocCode(e.source));
    }
    if (e.object instanceof Secret s && !options.inlineSecrets() && !s.data().isEmpty()) {
      doc.append("; its values come from the environment: ").append(String.join(", ",
          secretVariables.get(s).values().stream().map(Generator::javadocCode).toList()));
    }
    StringBuilder b = new StringBuilder(javadoc(doc.append('.').toString()));
    List<String> params = new ArrayList<>();
    for (Entry d : e.deps) {
      params.add(imports.use(DslWriter.typeOf(d.object)) + " " + d.id);
    }
    b.append("  static ").append(type).append(' ').append(e.id).append('(').append(String.join(", ", params))
        .append(") {\n");
    Printer p = new Printer();
    if (code.fixups().isEmpty()) {
      p.write("    return ");
      code.expr().print(p, 4);
      p.write(";\n");
    } else {
      p.write("    " + type + " " + e.id + " = ");
      code.expr().print(p, 4);
      p.write(";\n    return ");
      code.fixups().applyTo(e.id).print(p, 4);
      p.write(";\n");
    }
    b.append(p).append("  }\n");
    return b.toString();
  }

  /** A method's Javadoc comment: one line when it fits, else wrapped at spaces. */
  private static String javadoc(String text) {
    if (6 + text.length() + 3 <= Code.WIDTH) {
      return "  /** " + text + " */\n";
    }
    return "  /**\n" + wrap(text, "   *") + "   */\n";
  }

  /** {@code text} as comment lines starting with {@code prefix}, wrapped at spaces outside {@code {@code ..}}. */
  private static String wrap(String text, String prefix) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(prefix);
    StringBuilder protectedText = new StringBuilder(text);
    for (int at = text.indexOf("{@code "); at >= 0; at = text.indexOf("{@code ", at + 1)) {
      int close = text.indexOf('}', at);
      for (int i = at; i < (close < 0 ? text.length() : close); i++) {
        if (protectedText.charAt(i) == ' ') {
          protectedText.setCharAt(i, '\0');
        }
      }
    }
    for (String token : protectedText.toString().split(" ")) {
      String word = token.replace('\0', ' ');
      if (line.length() > prefix.length() && line.length() + 1 + word.length() > Code.WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(prefix);
      }
      line.append(' ').append(word);
    }
    return out.append(line).append('\n').toString();
  }

  /** {@code {@code text}}, with what would end the comment or unbalance the braces escaped. */
  static String javadocCode(String text) {
    String safe = text.replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;").replace("@", "&#64;");
    return "{@code " + safe + "}";
  }

  private static final String SECRET_HELPER = String.join("\n",
      "  /**",
      "   * The value of a Secret key, kept out of the source: the environment variable {@code variable}, or else",
      "   * the contents of the file whose path is in the environment variable {@code variable + \"_FILE\"}.",
      "   */",
      "  private static byte[] secretValue(String variable) {",
      "    String value = System.getenv(variable);",
      "    if (value != null) {",
      "      return value.getBytes(StandardCharsets.UTF_8);",
      "    }",
      "    String file = System.getenv(variable + \"_FILE\");",
      "    if (file == null) {",
      "      throw new IllegalStateException(\"environment variable \" + variable + \" or \" + variable",
      "          + \"_FILE must be set (was neither)\");",
      "    }",
      "    try {",
      "      return Files.readAllBytes(Path.of(file));",
      "    } catch (IOException e) {",
      "      throw new UncheckedIOException(variable + \"_FILE names a file that cannot be read: \" + file, e);",
      "    }",
      "  }",
      "");

  /** Secret values written into the source: text as a string, other bytes as base64. */
  private final class InlineSecrets implements Literals.SecretValues {
    @Override
    public Expr data(Secret secret, String key) {
      byte[] bytes = secret.data().get(key).toByteArray();
      String text = Literals.utf8(bytes);
      return text != null ? Code.string(text) : literals.byteArray(bytes);
    }

    @Override
    public Expr bytes(Secret secret, String key) {
      return literals.bytes(secret.data().get(key));
    }
  }

  /** Secret values read by the generated code: {@code secretValue("APIKEY_ID")}. */
  private final class EnvironmentSecrets implements Literals.SecretValues {
    @Override
    public Expr data(Secret secret, String key) {
      return Code.call("secretValue", Code.string(secretVariables.get(secret).get(key)));
    }

    @Override
    public Expr bytes(Secret secret, String key) {
      return Code.call(imports.use(Bytes.class) + ".of", data(secret, key));
    }
  }

  /** Reads the files and directories into entries, each object with the file it came from. */
  static List<Entry> entries(List<Path> files, java.util.function.Function<Path, Bundle> reader) {
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      for (KubeObject o : reader.apply(f).objects()) {
        out.add(new Entry(o, f.toString().replace('\\', '/')));
      }
    }
    return out;
  }
}
