package io.kubeprint.cli;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.Json;
import io.kubeprint.render.ManifestReadException;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.ReadProblem;
import io.kubeprint.render.ReadResult;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import io.kubeprint.cli.diff.ManifestDiff;
import io.kubeprint.cli.importer.ImportOptions;
import io.kubeprint.cli.importer.Importer;
import io.kubeprint.cli.importer.JavaSource;
import io.kubeprint.render.internal.AtomicFiles;
import io.kubeprint.cli.internal.Formatting;
import io.kubeprint.cli.internal.KubectlApply;
import io.kubeprint.render.internal.Reading;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The command line: {@code java -jar kubeprint.jar validate|fmt|render|import|diff …}. A stable contract for other
 * tools: exit 0 when all is well, 1 when problems were found, 2 for unreadable input or a usage error.
 */
public final class Main {
  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int UNUSABLE = 2;

  /** One command of the usage text: its synopsis after {@code kubeprint} and what it does, line by line. */
  private record Command(String synopsis, List<String> description) {
    String name() {
      return synopsis.split(" ", 2)[0];
    }

    /** The command's own usage, for {@code kubeprint COMMAND --help}. */
    String usage() {
      return "usage: kubeprint " + synopsis + "\n\n" + String.join("\n", description.stream().map(l -> "  " + l).toList());
    }
  }

  private static final List<Command> COMMANDS = List.of(
      new Command("validate [--strict] [--crds DIR] [--policy baseline|restricted|recommended|FILE]"
          + " [--output text|json|junit|github|sarif] FILE|DIR...", List.of(
          "Read manifests of any kind and check them as the Kubernetes 1.32 API server would, plus checks",
          "across objects (reported as warnings unless --strict). Custom resources are checked against",
          "the CustomResourceDefinitions of the input and of --crds DIR; without one, a notice says their",
          "body was not checked. One line per problem and a summary line; --output json prints one JSON",
          "document, junit a JUnit XML report, github GitHub Actions annotations, sarif a SARIF 2.1.0",
          "log for code scanning. --policy also checks a policy: the Pod Security Standards profile",
          "baseline or restricted, kube-linter's recommended checks, or a project file (kubeprint.yaml)",
          "choosing profiles, levels and waivers; findings print with the check id. Exit 0 valid, 1 problems",
          "found (a document of the wrong shape among them), 2 input that is not YAML or JSON or cannot be",
          "read.")),
      new Command("fmt [--write|--check] FILE|DIR...", List.of(
          "Print the manifests re-rendered canonically (apply order, sorted keys, minimal quoting,",
          "flow style rewritten in block style), keeping comments with what they describe (the head",
          "comment at the top, others with their document, key or list item); with --write, rewrite",
          "each file in place instead (atomically, keeping its mode; JSON files stay JSON); with",
          "--check, write nothing and print the files that would change, one per line, exit 1 when any",
          "would. Exit 1 for a document of the wrong shape or a comment fmt cannot place (on a field",
          "it leaves out), 2 for input that is not YAML or JSON or cannot be read.")),
      new Command("render --source CLASS --out DIR [--classpath PATH] [--set KEY=VALUE]... [--redact-secrets]", List.of(
          "Instantiate CLASS (a io.kubeprint.core.ManifestSource with a public no-argument",
          "constructor, or one taking Map<String, String> that gets the --set settings, found on",
          "the classpath or on PATH), validate its bundle and write one file per object and a",
          "kustomization.yaml into DIR.")),
      new Command("import [--class NAME] [--package PKG] [--inline-secrets] FILE|DIR...", List.of(
          "Print one Java source file: a ManifestSource class (named NAME, by default after the first",
          "FILE or DIR) that builds the same objects with the DSL. Secret values stay out of the",
          "source unless --inline-secrets: the code reads each from an environment variable (or the",
          "file named by that variable with _FILE appended). Exit 0, or 2 for unreadable input.")),
      new Command("diff OLD NEW", List.of(
          "Print what changes from OLD to NEW (files or directories): objects added (+), removed (-)",
          "and changed (~, one line per field path), changes the API server refuses on update (!),",
          "Secret values redacted. Exit 0 when equal, 1 when different, 2 for unreadable input.")),
      new Command("version", List.of(
          "Print kubeprint and its version (also --version).")),
      new Command("help", List.of(
          "Print this text; COMMAND --help (or -h) prints the usage of that command.")));

  private static final String USAGE = "usage: kubeprint <command> [options]\n\ncommands:\n" + String.join("\n",
      COMMANDS.stream().map(c -> "  " + c.synopsis() + "\n" + String.join("\n",
          c.description().stream().map(l -> "      " + l).toList())).toList());

  private final PrintWriter out;
  private final PrintWriter err;

  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), false);
    int code = new Main(out, err).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command and returns its exit code. */
  int run(String... args) {
    if (args.length == 0) {
      err.println(USAGE);
      return UNUSABLE;
    }
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    if (rest.contains("--help") || rest.contains("-h")) {
      for (Command c : COMMANDS) {
        if (c.name().equals(args[0])) {
          out.println(c.usage());
          out.flush();
          return OK;
        }
      }
    }
    try {
      return switch (args[0]) {
        case "validate" -> validate(rest);
        case "fmt" -> fmt(rest);
        case "render" -> render(rest);
        case "import" -> importJava(rest);
        case "diff" -> diff(rest);
        case "version", "--version" -> {
          if (!rest.isEmpty()) {
            throw new UsageException("unexpected arguments: " + String.join(" ", rest));
          }
          out.println("kubeprint " + version());
          yield OK;
        }
        case "help", "--help", "-h" -> {
          out.println(USAGE);
          yield OK;
        }
        default -> usage("unknown command: " + args[0]);
      };
    } catch (UsageException e) {
      return usage(e.getMessage());
    } catch (UnusableInputException e) {
      return UNUSABLE;
    }
  }

  /** The project version, from the resource the build fills in ({@code 0.1.0-SNAPSHOT} while in development). */
  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("io/kubeprint/cli/version.properties is missing from the build");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int usage(String problem) {
    err.println("kubeprint: " + problem);
    err.println(USAGE);
    return UNUSABLE;
  }

  private int validate(List<String> args) {
    boolean strict = flag(args, "--strict");
    String crdDir = option(args, "--crds");
    String output = option(args, "--output");
    String policyOption = option(args, "--policy");
    Policy policy = null;
    if (policyOption != null) {
      try {
        policy = PolicyOption.parse(policyOption, Path.of(""));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("error: --policy: " + e.getMessage());
        return UNUSABLE;
      }
    }
    ValidationReport.Format format;
    try {
      format = output == null ? ValidationReport.Format.TEXT : ValidationReport.Format.parse(output);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--output " + e.getMessage());
    }
    List<Path> paths = paths(args);
    List<KubeObject> definitions = new ArrayList<>();
    if (crdDir != null) {
      try {
        for (KubeObject o : Manifests.read(Path.of(crdDir)).objects()) {
          if (o.kind().kindName().equals("CustomResourceDefinition")) {
            definitions.add(o);
          }
        }
      } catch (ManifestReadException e) {
        err.println("error: --crds: " + e.getMessage());
        return UNUSABLE;
      }
    }
    List<KubeObject> objects = new ArrayList<>();
    List<ValidationReport.FileResult> read = new ArrayList<>();
    int code = OK;
    boolean shapeProblems = false;
    for (Path file : files(paths)) {
      ReadResult result = Reading.read(file, false);
      objects.addAll(result.objects());
      read.add(new ValidationReport.FileResult(file.toString(), result.objects(), result.problems()));
      for (ReadProblem p : result.problems()) {
        if (p.unreadable()) {
          err.println("error: " + p.message());
          code = UNUSABLE;
        } else {
          shapeProblems = true;
        }
      }
    }
    if (code == OK && objects.isEmpty() && !shapeProblems) {
      // As kubectl apply does: "error: no objects passed to apply".
      err.println("error: no objects passed to apply: " + String.join(", ", paths.stream().map(Path::toString).toList())
          + " holds no manifest");
      // Readable YAML that holds nothing to apply: a problem of the input, not unreadable input.
      return PROBLEMS;
    }
    List<Violation> violations = new ArrayList<>(Validator.validate(Bundle.of(objects), Severity.WARNING, definitions));
    // Files are applied with kubectl apply, which adds the object as JSON to its annotations.
    for (KubeObject o : objects) {
      violations.addAll(Validator.validateForKubectlApply(o, KubectlApply.lastAppliedJsonBytes(o)));
    }
    if (policy != null) {
      violations.addAll(policy.check(Bundle.of(objects)));
    }
    Collections.sort(violations);
    ValidationReport report = new ValidationReport(read, violations, strict);
    // A notice says what was not checked; it never fails a run, not even a strict one.
    if (code == OK && !report.passed()) {
      code = PROBLEMS;
    }
    report.print(format, out);
    return code;
  }

  private int fmt(List<String> args) {
    boolean write = flag(args, "--write") | flag(args, "-w");
    boolean check = flag(args, "--check");
    if (write && check) {
      throw new UsageException("fmt takes --write or --check, not both");
    }
    List<Path> files = files(paths(args));
    RenderOptions options = RenderOptions.defaults().validate(false);
    if (write || check) {
      int code = OK;
      for (Path f : files) {
        // flow-style YAML that kubectl would take for JSON is read as YAML, and so rewritten in block style
        Reading.FileRead read = Reading.readFile(f, true);
        if (!read.result().problems().isEmpty()) {
          code = Math.max(code, report(read.result().problems(), err));
          continue;
        }
        Formatting.Outcome canonical = canonical(f, read, options);
        if (!canonical.refusals().isEmpty()) {
          canonical.refusals().forEach(r -> err.println("error: " + r));
          code = Math.max(code, PROBLEMS);
          continue;
        }
        try {
          if (check) {
            if (!read.text().equals(canonical.text())) {
              out.println(f);
              code = Math.max(code, PROBLEMS);
            }
          } else {
            AtomicFiles.write(f, w -> w.write(canonical.text()));
          }
        } catch (IOException | UncheckedIOException e) {
          err.println("error: " + f + ": cannot be written: " + e.getMessage());
          code = UNUSABLE;
        }
      }
      out.flush();
      return code;
    }
    List<Formatting.Source> sources = new ArrayList<>();
    int code = OK;
    for (Path f : files) {
      Reading.FileRead read = Reading.readFile(f, true);
      code = Math.max(code, report(read.result().problems(), err));
      if (read.text() != null) {
        sources.add(new Formatting.Source(f.toString(), read.text(), read.result().objects(), read.origins()));
      }
    }
    if (code != OK) {
      return code;
    }
    Formatting.Outcome formatted = Formatting.yaml(sources, options);
    if (!formatted.refusals().isEmpty()) {
      formatted.refusals().forEach(r -> err.println("error: " + r));
      return PROBLEMS;
    }
    out.print(formatted.text());
    out.flush();
    return OK;
  }

  /**
   * A file's objects as {@code fmt} writes them: YAML with the file's comments kept ({@link Formatting}), or for a
   * {@code .json} file one object or a v1 List, which JSON writes without comments, so a {@code .json} file of
   * YAML with comments is refused.
   */
  private static Formatting.Outcome canonical(Path f, Reading.FileRead read, RenderOptions options) {
    Bundle b = Bundle.of(read.result().objects());
    if (f.getFileName().toString().endsWith(".json")) {
      if (Formatting.hasComments(read.text())) {
        return new Formatting.Outcome("", List.of(f + ": fmt cannot keep its comments: a .json file is written as"
            + " JSON, which has no comments; rename it to .yaml or delete them"));
      }
      // a JSON file stays JSON: one object as itself, several as a v1 List
      return new Formatting.Outcome(b.size() == 1 ? Json.render(b.objects().get(0), options) : Json.render(b, options),
          List.of());
    }
    return Formatting.yaml(List.of(new Formatting.Source(f.toString(), read.text(), read.result().objects(),
        read.origins())), options);
  }

  /**
   * Prints read problems: a document of the wrong shape on {@code shapes} as {@code FILE (document N): Kind/name
   * path: problem}, text that is not YAML or JSON on standard error as {@code error: FILE (document N): problem}.
   * Returns the exit code they call for: {@link #UNUSABLE} for unreadable input, {@link #PROBLEMS} for shapes,
   * else {@link #OK}.
   */
  private int report(List<ReadProblem> problems, PrintWriter shapes) {
    int code = OK;
    for (ReadProblem p : problems) {
      if (p.unreadable()) {
        err.println("error: " + p.message());
        code = UNUSABLE;
      } else {
        shapes.println(p);
        code = Math.max(code, PROBLEMS);
      }
    }
    return code;
  }

  /** Prints every problem of an input a command cannot go on without, one {@code error: } line each. */
  private void report(ManifestReadException e) {
    for (ReadProblem p : e.problems()) {
      err.println("error: " + p.message());
    }
  }

  private int render(List<String> args) {
    String source = option(args, "--source");
    String dir = option(args, "--out");
    String classpath = option(args, "--classpath");
    if (classpath == null) {
      classpath = option(args, "-cp");
    }
    boolean redact = flag(args, "--redact-secrets");
    Map<String, String> settings = new LinkedHashMap<>();
    for (String set = option(args, "--set"); set != null; set = option(args, "--set")) {
      int eq = set.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--set takes key=value (was \"" + set + "\")");
      }
      String key = set.substring(0, eq);
      if (settings.put(key, set.substring(eq + 1)) != null) {
        throw new UsageException("--set " + key + " must be given once (was given twice)");
      }
    }
    if (source == null || dir == null) {
      throw new UsageException("render needs --source CLASS and --out DIR");
    }
    if (!args.isEmpty()) {
      throw new UsageException("unexpected arguments: " + String.join(" ", args));
    }
    ManifestSource manifestSource;
    try {
      manifestSource = load(source, classpath, settings);
    } catch (ReflectiveOperationException | ClassCastException | MalformedURLException | LinkageError e) {
      err.println("error: cannot use " + source + " as a ManifestSource: " + e);
      return UNUSABLE;
    }
    Bundle bundle;
    try {
      bundle = manifestSource.manifests();
    } catch (ManifestValidationException e) {
      for (Violation v : e.violations()) {
        out.println(v);
      }
      err.println(e.violations().size() + (e.violations().size() == 1 ? " violation" : " violations")
          + "; nothing written");
      return PROBLEMS;
    } catch (RuntimeException e) {
      err.println("error: " + source + ".manifests() threw " + e);
      return UNUSABLE;
    }
    if (bundle == null) {
      err.println("error: " + source + ".manifests() returned null");
      return UNUSABLE;
    }
    List<Violation> errors = bundle.validate().stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      for (Violation v : errors) {
        out.println(v);
      }
      err.println(errors.size() + (errors.size() == 1 ? " violation" : " violations") + "; nothing written");
      return PROBLEMS;
    }
    RenderOptions options = RenderOptions.defaults().secrets(redact ? SecretMode.REDACTED : SecretMode.BASE64);
    try {
      for (Path p : Yaml.writeDirectory(bundle, Path.of(dir), options)) {
        out.println(p);
      }
    } catch (UncheckedIOException e) {
      err.println("error: cannot write " + dir + ": " + e.getCause().getMessage());
      return UNUSABLE;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + "; nothing written");
      return PROBLEMS;
    }
    return OK;
  }

  private int importJava(List<String> args) {
    String className = option(args, "--class");
    String packageName = option(args, "--package");
    boolean inline = flag(args, "--inline-secrets");
    List<Path> paths = paths(args);
    ImportOptions options;
    try {
      options = ImportOptions.defaults()
          .className(className != null ? className : defaultClassName(paths.get(0)))
          .packageName(packageName != null ? packageName : "")
          .inlineSecrets(inline);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    JavaSource java;
    try {
      java = Importer.toJava(paths, options);
    } catch (ManifestReadException e) {
      report(e);
      return UNUSABLE;
    }
    out.print(java.text());
    out.flush();
    if (!java.secretVariables().isEmpty()) {
      err.println("note: the generated code reads Secret values from the environment variables "
          + String.join(", ", java.secretVariables()) + " (or files named by the same variables + _FILE)");
    }
    return OK;
  }

  /** The class name a path suggests ({@code k8s/chap09} → {@code Chap09}), or {@code ImportedManifests}. */
  static String defaultClassName(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    String base = name == null ? "" : name.toString().replaceFirst("\\.(ya?ml|json)$", "");
    StringBuilder b = new StringBuilder();
    for (String part : base.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    String s = b.toString();
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "ImportedManifests" : s;
  }

  private int diff(List<String> args) {
    List<Path> paths = paths(args);
    if (paths.size() != 2) {
      throw new UsageException("diff needs OLD and NEW (was " + paths.size() + " paths)");
    }
    ManifestDiff diff;
    try {
      diff = ManifestDiff.between(Manifests.read(paths.get(0)), Manifests.read(paths.get(1)));
    } catch (ManifestReadException e) {
      report(e);
      return UNUSABLE;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return UNUSABLE;
    }
    out.print(diff);
    out.flush();
    return diff.isEmpty() ? OK : PROBLEMS;
  }

  /**
   * An instance of {@code className}, found on {@code classpath} (else on the command line's own), made by
   * {@link ManifestSources#instantiate} with the {@code --set} settings in order.
   */
  private static ManifestSource load(String className, String classpath, Map<String, String> settings)
      throws ReflectiveOperationException, MalformedURLException {
    ClassLoader parent = Main.class.getClassLoader();
    ClassLoader loader = parent;
    if (classpath != null && !classpath.isEmpty()) {
      List<URL> urls = new ArrayList<>();
      for (String entry : classpath.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
      loader = new URLClassLoader(urls.toArray(new URL[0]), parent);
    }
    Class<?> type = Class.forName(className, true, loader);
    try {
      return ManifestSources.instantiate(type, settings);
    } catch (InvocationTargetException e) {
      throw new ReflectiveOperationException("its constructor threw " + e.getCause(), e.getCause());
    }
  }

  private List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      try {
        out.addAll(Manifests.files(p));
      } catch (ManifestReadException e) {
        report(e);
        throw new UnusableInputException();
      }
    }
    return out;
  }

  private static List<Path> paths(List<String> args) {
    List<Path> out = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-")) {
        throw new UsageException("unknown option: " + a);
      }
      out.add(Path.of(a));
    }
    if (out.isEmpty()) {
      throw new UsageException("no FILE or DIR given");
    }
    return out;
  }

  private static boolean flag(List<String> args, String name) {
    return args.remove(name);
  }

  private static String option(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i < 0) {
      return null;
    }
    if (i + 1 >= args.size()) {
      throw new UsageException(name + " needs a value");
    }
    String v = args.get(i + 1);
    args.remove(i + 1);
    args.remove(i);
    return v;
  }

  /** Input that cannot be read at all (reported already): the command stops with exit code 2. */
  static final class UnusableInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A command line that cannot be run as written. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
