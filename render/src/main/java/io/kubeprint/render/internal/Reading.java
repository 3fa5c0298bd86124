package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.ReadProblem;
import io.kubeprint.render.ReadResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a YAML or JSON stream into model objects: parse, schema check, typed read, document by document. A
 * document of the wrong shape (an unknown field, a value of the wrong type, a kind kubeprint does not read)
 * is a {@link ReadProblem} and the stream is read on, as the API server refuses that object and takes the
 * others; text that is not YAML or JSON stops the stream with an {@linkplain ReadProblem#unreadable()
 * unreadable} problem. A {@code v1 List} (what {@code kubectl get -o yaml} and {@link io.kubeprint.render.Json}
 * write for many objects) contributes its items, as {@code kubectl apply} reads it.
 */
public final class Reading {
  private static final Set<String> LIST_FIELDS = Set.of("apiVersion", "kind", "metadata", "items");

  private Reading() {}

  /** Every object of the stream and every problem, in order; {@code source} names the stream in problems. */
  public static ReadResult read(Reader in, String source) {
    return read(in, source, false);
  }

  /**
   * As {@link #read(Reader, String)}; with {@code flowYamlAsYaml}, a stream that starts with <code>'{'</code> and is
   * YAML flow syntax rather than JSON (which kubectl refuses) is read as YAML.
   */
  public static ReadResult read(Reader in, String source, boolean flowYamlAsYaml) {
    return read(in, source, flowYamlAsYaml, new ArrayList<>());
  }

  /**
   * Where an object read from a stream stands in it: its document (from 1, empty documents counted, as in
   * problems) and, for an object of a {@code v1 List}, its position among the items, else {@code -1}.
   */
  public record Origin(int document, int item) {}

  /**
   * As {@link #read(Reader, String, boolean)}, adding to {@code origins} where each object read stands in the
   * stream, one entry per object in the order of {@link ReadResult#objects()}.
   */
  public static ReadResult read(Reader in, String source, boolean flowYamlAsYaml, List<Origin> origins) {
    GoYaml.Stream stream = GoYaml.parse(in, flowYamlAsYaml);
    List<KubeObject> objects = new ArrayList<>(stream.documents().size());
    List<ReadProblem> problems = new ArrayList<>();
    for (GoYaml.Document d : stream.documents()) {
      if (d.problem() != null) {
        problems.add(problem(source, d.index(), "", d.problem(), false));
        continue;
      }
      JsonNode tree = d.tree();
      if (isList(tree)) {
        JsonNode items;
        try {
          items = items(tree);
        } catch (TreeException e) {
          problems.add(problem(source, d.index(), "List/" + name(tree), e, false));
          continue;
        }
        for (int i = 0; i < items.size(); i++) {
          if (read(items.get(i), source, d.index(), "items[" + i + "]", objects, problems)) {
            origins.add(new Origin(d.index(), i));
          }
        }
      } else if (read(tree, source, d.index(), "", objects, problems)) {
        origins.add(new Origin(d.index(), -1));
      }
    }
    if (stream.unreadable() != null) {
      TreeException e = stream.unreadable();
      problems.add(problem(source, e.document(), "", e, true));
    }
    return new ReadResult(objects, problems);
  }

  /** A file read as {@link #read(Reader, String, boolean)} reads a stream; a file that cannot be read is unreadable. */
  public static ReadResult read(Path file, boolean flowYamlAsYaml) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), flowYamlAsYaml);
    } catch (IOException | java.io.UncheckedIOException e) {
      String why = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      return new ReadResult(List.of(), List.of(new ReadProblem(file.toString(), 0, "", "", "cannot be read: " + why,
          true)));
    }
  }

  /**
   * A file's text (or {@code null} when it cannot be read), what was read from it as {@link #read(Path, boolean)}
   * reads it, and where each object stood ({@link Origin}).
   */
  public record FileRead(String text, ReadResult result, List<Origin> origins) {}

  /** Reads {@code file} as {@link #read(Path, boolean)} does, keeping its text and the objects' origins. */
  public static FileRead readFile(Path file, boolean flowYamlAsYaml) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      String why = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      return new FileRead(null, new ReadResult(List.of(), List.of(new ReadProblem(file.toString(), 0, "", "",
          "cannot be read: " + why, true))), List.of());
    }
    List<Origin> origins = new ArrayList<>();
    ReadResult r = read(new java.io.StringReader(text), file.toString(), flowYamlAsYaml, origins);
    return new FileRead(text, r, List.copyOf(origins));
  }

  /**
   * Reads one object into {@code objects}, or, when it is of the wrong shape, every problem the schema check
   * finds in it (or the first the typed read meets) into {@code problems}; {@code under} prefixes paths inside a List.
   * Returns whether it read an object.
   */
  private static boolean read(JsonNode tree, String source, int document, String under, List<KubeObject> objects,
      List<ReadProblem> problems) {
    String object = objectName(tree);
    try {
      Kind kind = FromTree.kindOf(tree);
      List<io.kubeprint.core.validation.Violation> schema = Strict.problems(tree, kind);
      if (!schema.isEmpty()) {
        for (io.kubeprint.core.validation.Violation v : schema) {
          String path = under.isEmpty() ? v.path() : v.path().isEmpty() ? under : under + "." + v.path();
          problems.add(new ReadProblem(source, document, object, path, v.message(), false));
        }
        return false;
      }
      objects.add(FromTree.read(tree));
      return true;
    } catch (TreeException e) {
      problems.add(problem(source, document, object, under.isEmpty() ? e : e.under(under), false));
      return false;
    }
  }

  private static ReadProblem problem(String source, int document, String object, TreeException e, boolean unreadable) {
    return new ReadProblem(source, document, object, e.path(), e.problem(), unreadable);
  }

  /**
   * One object from its JSON tree, checked as a document is; {@code source} names it in errors. For trees that
   * come from elsewhere than a stream, such as fabric8 objects.
   */
  public static KubeObject object(JsonNode tree, String source) {
    List<KubeObject> objects = new ArrayList<>(1);
    List<ReadProblem> problems = new ArrayList<>();
    read(tree, source, 0, "", objects, problems);
    if (!problems.isEmpty()) {
      throw new io.kubeprint.render.ManifestReadException(problems);
    }
    return objects.get(0);
  }

  /** {@code Kind/name} as the document declares them, for naming it in a problem; empty without a kind. */
  private static String objectName(JsonNode tree) {
    JsonNode kind = tree.path("kind");
    if (!kind.isTextual() || kind.textValue().isEmpty()) {
      return "";
    }
    return kind.textValue() + "/" + name(tree);
  }

  private static String name(JsonNode tree) {
    JsonNode name = tree.path("metadata").path("name");
    return name.isTextual() ? name.textValue() : "";
  }

  private static boolean isList(JsonNode doc) {
    return doc.isObject() && "v1".equals(doc.path("apiVersion").textValue())
        && "List".equals(doc.path("kind").textValue());
  }

  private static JsonNode items(JsonNode list) {
    for (Iterator<String> it = list.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!LIST_FIELDS.contains(f)) {
        throw new TreeException(f, "unknown field \"" + f + "\": a v1 List has apiVersion, kind, metadata and items");
      }
    }
    JsonNode items = list.get("items");
    if (items == null || items.isNull()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!items.isArray()) {
      throw new TreeException("items", "must be a list (was " + Node.describe(items) + ")");
    }
    return items;
  }
}
