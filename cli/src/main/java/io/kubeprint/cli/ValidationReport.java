package io.kubeprint.cli;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.ReadProblem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code validate} found, printed in one of its {@link Format}s: the command line's {@code validate --output}
 * and the Maven plugin's {@code validate} {@code output}. Violations are the validator's, sorted; a warning or
 * notice repeated for the same object, path and rule is kept once. Nothing here holds a Secret value: violations and
 * read problems are redacted where they are made.
 */
public final class ValidationReport {
  /** The {@code --output} formats. */
  public enum Format {
    /** One line per problem and a summary line. */
    TEXT,
    /**
     * One JSON document: a summary and one entry per object, per document of the wrong shape and per unreadable
     * part of a file ({@code resources} = {@code valid} + {@code invalid} + {@code unreadable}).
     */
    JSON,
    /** A JUnit XML report: one testsuite per file, one testcase per object, a failure per error. */
    JUNIT,
    /** GitHub Actions workflow commands ({@code ::error file=F,title=RULE::…}) and the summary line. */
    GITHUB,
    /**
     * A SARIF 2.1.0 log (what code scanning reads): one run of the tool {@code kubeprint} with the rules it
     * reported, one result per violation and per document that could not be read as an object.
     */
    SARIF;

    /**
     * The format of this lower-case name.
     *
     * @throws IllegalArgumentException for another name: {@code must be text, json, junit, github or sarif (was X)}
     */
    public static Format parse(String s) {
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(s)) {
          return f;
        }
      }
      throw new IllegalArgumentException("must be text, json, junit, github or sarif (was " + s + ")");
    }
  }

  /**
   * One file read: its objects in order and the problems met reading it.
   *
   * @param file the file as the report names it
   * @param objects its objects, in order
   * @param problems the problems met reading it: documents of the wrong shape, unreadable parts
   */
  public record FileResult(String file, List<KubeObject> objects, List<ReadProblem> problems) {}

  private final List<FileResult> files;
  private final List<Violation> violations;
  private final Map<String, List<Violation>> byObject = new LinkedHashMap<>();
  private final Map<String, String> fileOf;
  private final boolean strict;

  /**
   * The report of these files and of the violations found in their objects.
   *
   * @param files the files read, in order
   * @param sorted the violations of their objects, sorted
   * @param strict whether warnings fail the run too
   */
  public ValidationReport(List<FileResult> files, List<Violation> sorted, boolean strict) {
    this(files, sorted, filesOf(files), strict);
  }

  /**
   * Each object's file: a violation names its object as Kind/name; objects of one name in several files (other
   * namespaces, or duplicates) name every file they are in.
   */
  private static Map<String, String> filesOf(List<FileResult> files) {
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (FileResult f : files) {
      for (KubeObject o : f.objects()) {
        fileOf.merge(o.displayName(), f.file(),
            (known, more) -> List.of(known.split(", ")).contains(more) ? known : known + ", " + more);
      }
    }
    return fileOf;
  }

  ValidationReport(List<FileResult> files, List<Violation> sorted, Map<String, String> fileOf, boolean strict) {
    this.files = List.copyOf(files);
    this.strict = strict;
    this.fileOf = fileOf;
    Map<List<Object>, Violation> once = new LinkedHashMap<>();
    for (Violation v : sorted) {
      // a warning (or notice) of one object at one path by one rule says all there is to say the first time
      List<Object> key = v.isError() ? List.of(v) : List.of(v.object(), v.path(), v.ruleId(), v.severity());
      once.putIfAbsent(key, v);
    }
    this.violations = List.copyOf(once.values());
    for (Violation v : violations) {
      byObject.computeIfAbsent(v.object(), k -> new ArrayList<>()).add(v);
    }
  }

  /** Whether a violation fails the run: an error, or a warning with {@code --strict}; a notice never does. */
  boolean fails(Violation v) {
    return v.isError() || strict && v.severity() == Severity.WARNING;
  }

  /** The violations, each warning or notice once. */
  public List<Violation> violations() {
    return violations;
  }

  /** Whether the run passes: no file has a problem and no violation fails it. */
  public boolean passed() {
    return files.stream().allMatch(f -> f.problems().isEmpty()) && violations.stream().noneMatch(this::fails);
  }

  private int objects() {
    return files.stream().mapToInt(f -> f.objects().size()).sum();
  }

  private List<ReadProblem> problems(boolean unreadable) {
    return files.stream().flatMap(f -> f.problems().stream()).filter(p -> p.unreadable() == unreadable).toList();
  }

  /** Error violations, documents of the wrong shape and unreadable input: everything that is an error. */
  private long errors() {
    return count(Severity.ERROR) + problems(false).size() + problems(true).size();
  }

  private long count(Severity s) {
    return violations.stream().filter(v -> v.severity() == s).count();
  }

  /**
   * The line text and github output end with: {@code 2 objects valid (1 warning)} when the run passes, else
   * {@code 2 objects, 1 error, 3 warnings, 1 notice}; a document that cannot be read as an object counts as an error.
   */
  String summaryLine(boolean passed) {
    int objects = objects();
    long errors = errors();
    long warnings = count(Severity.WARNING);
    long notices = count(Severity.NOTICE);
    List<String> counts = new ArrayList<>();
    if (!passed) {
      counts.add(plural(errors, "error"));
    }
    if (warnings > 0) {
      counts.add(plural(warnings, "warning") + (!passed && strict ? " (failing with --strict)" : ""));
    }
    if (notices > 0) {
      counts.add(plural(notices, "notice"));
    }
    if (passed) {
      return plural(objects, "object") + " valid" + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")");
    }
    return plural(objects, "object") + ", " + String.join(", ", counts);
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Prints the report in {@code format} on {@code out}, and flushes it. */
  public void print(Format format, PrintWriter out) {
    boolean passed = passed();
    switch (format) {
      case TEXT -> text(passed, out);
      case JSON -> json(out);
      case JUNIT -> junit(out);
      case GITHUB -> github(passed, out);
      case SARIF -> sarif(out);
    }
    out.flush();
  }

  private void text(boolean passed, PrintWriter out) {
    for (ReadProblem p : problems(false)) {
      out.println(p);
    }
    for (Violation v : violations) {
      String file = fileOf.get(v.object());
      out.println((file == null ? "" : file + ": ") + v);
    }
    out.println(summaryLine(passed));
  }

  // ---- json ----

  private void json(PrintWriter out) {
    List<String> resources = new ArrayList<>();
    int valid = 0;
    int invalid = 0;
    Set<String> placed = new LinkedHashSet<>();
    for (FileResult f : files) {
      for (KubeObject o : f.objects()) {
        List<Violation> vs = byObject.getOrDefault(o.displayName(), List.of());
        placed.add(o.displayName());
        boolean ok = vs.stream().noneMatch(this::fails);
        valid += ok ? 1 : 0;
        invalid += ok ? 0 : 1;
        resources.add(resource(f.file(), 0, o.kind().kindName(), o.name(),
            o.metadata().namespace().orElse(""), ok ? "valid" : "invalid", null, vs));
      }
      for (ReadProblem p : f.problems()) {
        String[] kindName = kindAndName(p.object());
        String where = p.path().isEmpty() ? "" : p.path() + ": ";
        if (p.unreadable()) {
          resources.add(resource(f.file(), p.document(), kindName[0], kindName[1], "", "error", where + p.problem(),
              List.of()));
        } else {
          invalid++;
          resources.add(resource(f.file(), p.document(), kindName[0], kindName[1], "", "invalid", null,
              List.of(new Violation(p.object(), p.path(), "wrong-shape", p.problem(), Severity.ERROR))));
        }
      }
    }
    // findings that name no object a file holds are listed too, so that nothing found goes unreported
    for (Map.Entry<String, List<Violation>> e : byObject.entrySet()) {
      if (!placed.contains(e.getKey())) {
        String[] kindName = kindAndName(e.getKey());
        boolean ok = e.getValue().stream().noneMatch(this::fails);
        resources.add(resource(null, 0, kindName[0], kindName[1], "", ok ? "valid" : "invalid", null, e.getValue()));
      }
    }
    out.println("{");
    out.println("  \"summary\": {\"objects\": " + objects() + ", \"resources\": " + resources.size() + ", \"valid\": " + valid + ", \"invalid\": " + invalid
        + ", \"unreadable\": " + problems(true).size() + ", \"errors\": "
        + errors() + ", \"warnings\": " + count(Severity.WARNING)
        + ", \"notices\": " + count(Severity.NOTICE) + "},");
    if (resources.isEmpty()) {
      out.println("  \"resources\": []");
    } else {
      out.println("  \"resources\": [");
      out.println("    " + String.join(",\n    ", resources));
      out.println("  ]");
    }
    out.println("}");
  }

  private String resource(String file, int document, String kind, String name, String namespace, String status,
      String msg, List<Violation> vs) {
    StringBuilder b = new StringBuilder("{");
    if (file != null) {
      b.append("\"filename\": ").append(quote(file)).append(", ");
    }
    if (document > 0) {
      b.append("\"document\": ").append(document).append(", ");
    }
    b.append("\"kind\": ").append(quote(kind)).append(", \"name\": ").append(quote(name));
    if (!namespace.isEmpty()) {
      b.append(", \"namespace\": ").append(quote(namespace));
    }
    b.append(", \"status\": ").append(quote(status));
    if (msg != null) {
      b.append(", \"msg\": ").append(quote(msg));
    }
    if (!vs.isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Violation v : vs) {
        items.add("{\"path\": " + quote(v.path()) + ", \"rule\": " + quote(v.ruleId()) + ", \"severity\": "
            + quote(v.severity().name().toLowerCase(Locale.ROOT)) + ", \"message\": " + quote(v.message()) + "}");
      }
      b.append(", \"violations\": [").append(String.join(", ", items)).append("]");
    }
    return b.append("}").toString();
  }

  /** {@code Kind/name} as its two parts; either may be empty. */
  private static String[] kindAndName(String object) {
    int slash = object.indexOf('/');
    return slash < 0 ? new String[] {object, ""} : new String[] {object.substring(0, slash), object.substring(slash + 1)};
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  // ---- junit ----

  private void junit(PrintWriter out) {
    List<String> suites = new ArrayList<>();
    int tests = 0;
    int failures = 0;
    int errors = 0;
    for (FileResult f : files) {
      List<String> cases = new ArrayList<>();
      int suiteFailures = 0;
      int suiteErrors = 0;
      for (KubeObject o : f.objects()) {
        List<Violation> vs = byObject.getOrDefault(o.displayName(), List.of());
        StringBuilder c = new StringBuilder();
        List<String> notes = new ArrayList<>();
        for (Violation v : vs) {
          if (fails(v)) {
            String text = (v.path().isEmpty() ? "" : v.path() + ": ") + v.message();
            c.append("      <failure message=\"").append(xml(text)).append("\" type=\"").append(xml(v.ruleId()))
                .append("\">").append(xml(v.toString())).append("</failure>\n");
          } else {
            notes.add(v.toString());
          }
        }
        if (!notes.isEmpty()) {
          c.append("      <system-out>").append(xml(String.join("\n", notes))).append("</system-out>\n");
        }
        suiteFailures += vs.stream().anyMatch(this::fails) ? 1 : 0;
        cases.add(testcase(f.file(), o.displayName(), c.toString()));
      }
      for (ReadProblem p : f.problems()) {
        String name = p.object().isEmpty() ? "document " + p.document() : p.object();
        String where = p.path().isEmpty() ? "" : p.path() + ": ";
        String element = p.unreadable() ? "error" : "failure";
        String type = p.unreadable() ? "unreadable" : "wrong-shape";
        cases.add(testcase(f.file(), name, "      <" + element + " message=\"" + xml(where + p.problem())
            + "\" type=\"" + type + "\">" + xml(p.toString()) + "</" + element + ">\n"));
        suiteErrors += p.unreadable() ? 1 : 0;
        suiteFailures += p.unreadable() ? 0 : 1;
      }
      tests += cases.size();
      failures += suiteFailures;
      errors += suiteErrors;
      suites.add("  <testsuite name=\"" + xml(f.file()) + "\" tests=\"" + cases.size() + "\" failures=\""
          + suiteFailures + "\" errors=\"" + suiteErrors + "\" skipped=\"0\">\n" + String.join("", cases)
          + "  </testsuite>\n");
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.print("<testsuites name=\"kubeprint validate\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"" + errors + "\">\n" + String.join("", suites));
    out.println("</testsuites>");
  }

  private static String testcase(String file, String name, String body) {
    String open = "    <testcase classname=\"" + xml(file) + "\" name=\"" + xml(name) + "\"";
    return body.isEmpty() ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n";
  }

  static String xml(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#10;");
        default -> {
          // XML 1.0 has no way to carry other control characters
          if (c >= 0x20 || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  // ---- github ----

  private void github(boolean passed, PrintWriter out) {
    for (ReadProblem p : problems(false)) {
      String where = p.object().isEmpty() ? p.path() : p.path().isEmpty() ? p.object() : p.object() + " " + p.path();
      out.println("::error file=" + property(p.source()) + ",title=" + property("document " + p.document()) + "::"
          + data((where.isEmpty() ? "" : where + ": ") + p.problem()));
    }
    for (ReadProblem p : problems(true)) {
      out.println("::error file=" + property(p.source()) + ",title=unreadable::" + data(p.message()));
    }
    for (Violation v : violations) {
      String command = v.severity() == Severity.ERROR ? "error" : v.severity() == Severity.WARNING ? "warning"
          : "notice";
      String text = data((v.path().isEmpty() ? v.object() : v.object() + " " + v.path()) + ": " + v.message());
      String file = fileOf.get(v.object());
      if (file == null) {
        out.println("::" + command + " title=" + property(v.ruleId()) + "::" + text);
        continue;
      }
      for (String f : file.split(", ")) {
        out.println("::" + command + " file=" + property(f) + ",title=" + property(v.ruleId()) + "::" + text);
      }
    }
    out.println(summaryLine(passed));
  }

  /**
   * SARIF 2.1.0: the rules reported (id, summary, the upstream function they reproduce), and a result per
   * violation (level error, warning or note) and per document that is not an object (rule {@code wrong-shape}
   * or {@code unreadable}), located by file and, logically, by {@code Kind/name path}.
   */
  private void sarif(PrintWriter out) {
    Map<String, io.kubeprint.core.validation.Rule> catalogue = new LinkedHashMap<>();
    for (io.kubeprint.core.validation.Rule r : io.kubeprint.core.validation.Rules.all()) {
      catalogue.put(r.id(), r);
    }
    // The checks of --policy: PSS checks name the admission's function, kube-linter checks their kube-linter name.
    for (io.kubeprint.core.policy.Check c : io.kubeprint.core.policy.Check.values()) {
      catalogue.put(c.id(), io.kubeprint.core.validation.Rule.of(c.id(), c.upstream(), c.summary()));
    }
    catalogue.put(io.kubeprint.core.policy.Policy.UNUSED_WAIVER, io.kubeprint.core.validation.Rule.of(
        io.kubeprint.core.policy.Policy.UNUSED_WAIVER, "kubeprint", "a waiver waives some finding"));
    Set<String> used = new java.util.TreeSet<>();
    List<String> results = new ArrayList<>();
    for (ReadProblem p : problems(false)) {
      used.add("wrong-shape");
      String where = p.object().isEmpty() ? p.path() : p.path().isEmpty() ? p.object() : p.object() + " " + p.path();
      results.add(result("wrong-shape", "error", (where.isEmpty() ? "" : where + ": ") + p.problem(), p.source(),
          where));
    }
    for (ReadProblem p : problems(true)) {
      used.add("unreadable");
      results.add(result("unreadable", "error", p.message(), p.source(), ""));
    }
    for (Violation v : violations) {
      used.add(v.ruleId());
      String level = v.severity() == Severity.ERROR ? "error" : v.severity() == Severity.WARNING ? "warning" : "note";
      String where = v.path().isEmpty() ? v.object() : v.object() + " " + v.path();
      String file = fileOf.get(v.object());
      for (String f : file == null ? new String[] {null} : file.split(", ")) {
        results.add(result(v.ruleId(), level, where + ": " + v.message(), f, where));
      }
    }
    List<String> rules = new ArrayList<>();
    for (String id : used) {
      io.kubeprint.core.validation.Rule r = catalogue.get(id);
      String summary = r != null ? r.summary() : id.equals("wrong-shape")
          ? "a document is an object of the Kubernetes schema (no unknown field, no value of the wrong type)"
          : "the input is YAML or JSON and can be read";
      rules.add("{\"id\": " + quote(id) + ", \"shortDescription\": {\"text\": " + quote(summary) + "}"
          + (r != null ? ", \"properties\": {\"upstream\": " + quote(r.upstream()) + "}" : "") + "}");
    }
    out.println("{");
    out.println("  \"version\": \"2.1.0\",");
    out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
    out.println("  \"runs\": [{");
    out.println("    \"tool\": {\"driver\": {\"name\": \"kubeprint\", \"version\": " + quote(Main.version())
        + ", \"rules\": [" + (rules.isEmpty() ? "" : "\n      " + String.join(",\n      ", rules) + "\n    ") + "]}},");
    out.println("    \"results\": [" + (results.isEmpty() ? "]" : ""));
    for (int i = 0; i < results.size(); i++) {
      out.println("      " + results.get(i) + (i + 1 < results.size() ? "," : ""));
    }
    if (!results.isEmpty()) {
      out.println("    ]");
    }
    out.println("  }]");
    out.println("}");
  }

  private static String result(String rule, String level, String text, String file, String logical) {
    StringBuilder b = new StringBuilder("{\"ruleId\": ").append(quote(rule)).append(", \"level\": ").append(quote(level))
        .append(", \"message\": {\"text\": ").append(quote(text)).append("}");
    List<String> location = new ArrayList<>();
    if (file != null) {
      location.add("\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + quote(file.replace('\\', '/')) + "}}");
    }
    if (!logical.isEmpty()) {
      location.add("\"logicalLocations\": [{\"fullyQualifiedName\": " + quote(logical) + ", \"kind\": \"resource\"}]");
    }
    if (!location.isEmpty()) {
      b.append(", \"locations\": [{").append(String.join(", ", location)).append("}]");
    }
    return b.append("}").toString();
  }

  /** The message of a workflow command, escaped as the Actions runner reads it. */
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value of a workflow command, escaped as the Actions runner reads it. */
  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
