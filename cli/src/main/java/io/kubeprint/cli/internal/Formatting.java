package io.kubeprint.cli.internal;

import io.kubeprint.cli.internal.YamlOutline.Anchor;
import io.kubeprint.cli.internal.YamlOutline.Comment;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import io.kubeprint.render.internal.GoYaml;
import io.kubeprint.render.internal.Reading;
import io.kubeprint.render.internal.TrailingBlanks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What {@code kubeprint fmt} writes for YAML files: the canonical rendering of their objects ({@link Yaml#render}:
 * apply order, sorted keys, block style) with the comments of the files kept where they belong. A comment is
 * attached to what it describes in the input, then written at the same place in the output:
 *
 * <ul>
 *   <li>comments at the top of a file, down to the last blank line before the first document (or all before a
 *       first {@code ---}), are the file's head comment and stay at the top, followed by a blank line;
 *   <li>comments above a document (after the previous document, before or after its {@code ---}) move with it
 *       when documents are put in apply order;
 *   <li>comments on their own lines above a key or list item stay above it, indented as it is, when keys are
 *       sorted; comments at the end of a line stay at the end of the line of the key or item they follow, and
 *       lines continuing such a comment (aligned under it) stay under it;
 *   <li>comments on their own lines after the last entry of a block, indented deeper than what follows (such as a
 *       commented-out list item), stay after that entry, at the same depth relative to it;
 *   <li>comments after the last document, not indented, stay at the end of the file.
 * </ul>
 *
 * <p>A {@code #} in a quoted string or a block scalar is content, not a comment. Lists keep their order, so items
 * are found again by position; entries of flow collections ({@code [..]}, <code>{..}</code>) keep their comments
 * in the block style fmt writes; the items of a {@code v1 List} become documents of their own, taking the comments
 * above them, and a Secret's {@code stringData} entries take theirs into {@code data}. What fmt refuses, naming the
 * file and line, is a comment on a value the canonical form leaves out (a null or empty field), or after a
 * {@code ...} document end (text kubectl never reads). The output formatted again is the same text.
 */
public final class Formatting {
  /** One YAML file to format: its name (for messages), its text, the objects read from it and where each stood. */
  public record Source(String name, String text, List<KubeObject> objects, List<Reading.Origin> origins) {
    /** Checks that there is one origin per object. */
    public Source {
      if (objects.size() != origins.size()) {
        throw new IllegalArgumentException("one origin per object: " + objects.size() + " != " + origins.size());
      }
      objects = List.copyOf(objects);
      origins = List.copyOf(origins);
    }
  }

  /**
   * The formatted text, or, when {@code refusals} is not empty, why it cannot be written: one message per
   * comment fmt cannot place, {@code FILE:LINE: ...}, and {@code text} is then empty.
   */
  public record Outcome(String text, List<String> refusals) {
    /** Copies the refusals. */
    public Outcome {
      refusals = List.copyOf(refusals);
    }
  }

  private enum Where { FILE_HEAD, FILE_TAIL, DOC_HEAD, BEFORE, INLINE, CONTINUED, AFTER }

  /** A comment attached to a place: an output document (by object) and a path in it, as the kind of place says. */
  private record Target(Where where, KubeObject object, List<Object> path, int delta, Comment comment) {}

  /** A comment attached to a document of the input, before the document is matched to its object. */
  private record Attached(Where where, YamlOutline.Document doc, List<Object> path, int delta, Comment comment) {}

  /** What goes between two output lines, and in which order. */
  private static final class Gap {
    final List<String[]> after = new ArrayList<>(); // {column, text}
    final List<String> head = new ArrayList<>();
    final List<Object[]> before = new ArrayList<>(); // {anchor column, text}
  }

  private Formatting() {}

  /**
   * The formatted text of the objects of {@code sources} (one file, or several printed as one stream) with their
   * comments, or the comments that cannot be kept.
   */
  public static Outcome yaml(List<Source> sources, RenderOptions options) {
    List<KubeObject> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(s.objects()));
    Bundle bundle = Bundle.of(all);
    String rendered = Yaml.render(bundle, options);
    if (sources.stream().noneMatch(s -> s.text().indexOf('#') >= 0)) {
      return new Outcome(rendered, List.of());
    }
    List<String> refusals = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (Source s : sources) {
      if (s.text().indexOf('#') >= 0) {
        attach(s, targets, refusals);
      }
    }
    if (!refusals.isEmpty()) {
      return new Outcome("", refusals);
    }
    if (targets.isEmpty()) {
      return new Outcome(rendered, List.of());
    }
    return place(Yaml.ordered(bundle), rendered, targets, sources);
  }

  /** Whether YAML {@code text} holds a comment ({@code #} in a string or a block scalar is content, not one). */
  public static boolean hasComments(String text) {
    if (text.indexOf('#') < 0) {
      return false;
    }
    try {
      return !YamlOutline.of(GoYaml.afterDocumentEnds(TrailingBlanks.asGoYamlReadsThem(text))).comments.isEmpty();
    } catch (YAMLException e) {
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------- attaching

  private static void attach(Source s, List<Target> targets, List<String> refusals) {
    String text = s.text().startsWith("\uFEFF") ? s.text().substring(1) : s.text();
    String tabsRead = TrailingBlanks.asGoYamlReadsThem(text);
    String prepared = GoYaml.afterDocumentEnds(tabsRead);
    YamlOutline in;
    try {
      in = YamlOutline.of(prepared);
    } catch (YAMLException e) {
      int line = e instanceof MarkedYAMLException m && m.getProblemMark() != null ? m.getProblemMark().getLine() + 1 : 1;
      refusals.add(s.name() + ":" + line + ": fmt cannot read the comments of this file: "
          + (e instanceof MarkedYAMLException m ? m.getProblem() : e.getMessage()));
      return;
    }
    if (!prepared.equals(tabsRead)) {
      String[] before = tabsRead.split("\n", -1);
      for (int i = 0; i < before.length && i < in.lines.length; i++) {
        if (before[i].contains("#") && !before[i].equals(in.lines[i])) {
          Comment c = new Comment(i, before[i].indexOf('#'), before[i].substring(before[i].indexOf('#')).strip(), true);
          refusals.add(refusal(s.name(), c, "it follows a '...' document end, where kubectl reads nothing up to the"
              + " next '---'"));
        }
      }
    }
    List<Attached> attached = new ArrayList<>();
    attachComments(in, attached);
    // in the order of the file, which is the order of comments that land at one place
    attached.sort(Comparator.comparingInt((Attached a) -> a.comment().line()).thenComparingInt(a -> a.comment().column()));
    for (Attached a : attached) {
      resolve(s, a, targets, refusals);
    }
  }

  private static void attachComments(YamlOutline in, List<Attached> out) {
    List<YamlOutline.Document> docs = in.documents.stream().filter(YamlOutline.Document::hasRoot).toList();
    List<Comment> head = new ArrayList<>();
    Attached lastInline = null;
    int lastLine = -1;
    for (Comment c : in.comments) {
      if (c.fullLine() && lastInline != null && lastLine == c.line() - 1
          && c.column() == lastInline.comment().column()) {
        // a comment continued on the next line, aligned under the line-end comment it continues
        out.add(new Attached(Where.CONTINUED, lastInline.doc(), lastInline.path(), 0, c));
        lastLine = c.line();
        continue;
      }
      lastInline = null;
      YamlOutline.Document d = null;
      YamlOutline.Document prev = null;
      YamlOutline.Document next = null;
      for (YamlOutline.Document doc : docs) {
        if (doc.rootLine <= c.line() && c.line() <= doc.rootLast) {
          d = doc;
        } else if (doc.rootLast < c.line()) {
          prev = doc;
        } else if (next == null && doc.rootLine > c.line()) {
          next = doc;
        }
      }
      if (d != null) {
        Attached a = inDocument(d, c);
        out.add(a);
        if (a.where() == Where.INLINE) {
          lastInline = a;
          lastLine = c.line();
        }
      } else if (prev == null) {
        head.add(c);
      } else {
        YamlOutline.Document after = prev;
        boolean onOrAfterSeparator = in.documents.stream().anyMatch(x -> x.explicitStart
            && x.startLine > after.rootLast && x.startLine <= c.line());
        Anchor p = c.column() > 0 && !onOrAfterSeparator ? lastAtOrLeftOf(prev, Integer.MAX_VALUE, c.column()) : null;
        if (p != null) {
          out.add(new Attached(Where.AFTER, prev, p.path, c.column() - p.headColumn, c));
        } else if (next != null) {
          out.add(new Attached(Where.DOC_HEAD, next, List.of(), 0, c));
        } else {
          out.add(new Attached(Where.FILE_TAIL, null, List.of(), 0, c));
        }
      }
    }
    if (head.isEmpty()) {
      return;
    }
    if (docs.isEmpty()) {
      head.forEach(c -> out.add(new Attached(Where.FILE_HEAD, null, List.of(), 0, c)));
      return;
    }
    YamlOutline.Document first = docs.get(0);
    int split;
    if (first.explicitStart) {
      split = first.startLine;
    } else {
      split = -1;
      for (int l = head.get(0).line() + 1; l < first.rootLine; l++) {
        if (in.blank(l)) {
          split = l;
        }
      }
    }
    for (Comment c : head) {
      out.add(new Attached(c.line() < split ? Where.FILE_HEAD : Where.DOC_HEAD, first, List.of(), 0, c));
    }
  }

  /** A comment within the lines of a document's root. */
  private static Attached inDocument(YamlOutline.Document d, Comment c) {
    if (!c.fullLine()) {
      Anchor deepest = null;
      for (Anchor a : d.anchors) {
        if (a.inlineLine == c.line() && (deepest == null || a.path.size() >= deepest.path.size())) {
          deepest = a;
        }
      }
      if (deepest != null) {
        return new Attached(Where.INLINE, d, deepest.path, 0, c);
      }
    }
    Anchor next = null;
    for (Anchor a : d.anchors) {
      if (a.headLine > c.line()) {
        next = a;
        break;
      }
    }
    if (next != null && c.column() <= next.headColumn) {
      return new Attached(Where.BEFORE, d, next.path, 0, c);
    }
    Anchor p = lastAtOrLeftOf(d, c.line(), c.column());
    if (p != null) {
      return new Attached(Where.AFTER, d, p.path, c.column() - p.headColumn, c);
    }
    return next != null ? new Attached(Where.BEFORE, d, next.path, 0, c)
        : new Attached(Where.AFTER, d, List.of(), c.column(), c);
  }

  /** The last anchor of {@code d} that starts before {@code line} at or left of {@code column}, or {@code null}. */
  private static Anchor lastAtOrLeftOf(YamlOutline.Document d, int line, int column) {
    Anchor found = null;
    for (Anchor a : d.anchors) {
      if (a.headLine < line && a.headColumn <= column) {
        found = a;
      }
    }
    return found;
  }

  /** Matches an input document to the object (or, for a v1 List, the item's object) the comment goes with. */
  private static void resolve(Source s, Attached a, List<Target> targets, List<String> refusals) {
    if (a.where() == Where.FILE_HEAD || a.where() == Where.FILE_TAIL) {
      targets.add(new Target(a.where(), null, List.of(), 0, a.comment()));
      return;
    }
    List<Integer> objects = new ArrayList<>();
    for (int i = 0; i < s.origins().size(); i++) {
      if (s.origins().get(i).document() == a.doc().index) {
        objects.add(i);
      }
    }
    if (objects.isEmpty()) {
      refusals.add(refusal(s.name(), a.comment(), "it is in a document fmt leaves out (a v1 List without items)"));
      return;
    }
    int first = objects.get(0);
    if (s.origins().get(first).item() < 0) {
      targets.add(new Target(a.where(), s.objects().get(first), a.path(), a.delta(), a.comment()));
      return;
    }
    List<Object> path = a.path();
    if (path.size() >= 2 && "items".equals(path.get(0)) && path.get(1) instanceof Integer item) {
      for (int i : objects) {
        if (s.origins().get(i).item() == item) {
          KubeObject o = s.objects().get(i);
          List<Object> rest = path.subList(2, path.size());
          if (!rest.isEmpty()) {
            targets.add(new Target(a.where(), o, List.copyOf(rest), a.delta(), a.comment()));
          } else if (a.where() == Where.AFTER) {
            targets.add(new Target(Where.AFTER, o, List.of(), a.delta(), a.comment()));
          } else {
            targets.add(new Target(Where.DOC_HEAD, o, List.of(), 0, a.comment()));
          }
          return;
        }
      }
    }
    // the List's own fields, or what stands above it: with its first item
    targets.add(new Target(Where.DOC_HEAD, s.objects().get(first), List.of(), 0, a.comment()));
  }

  // ----------------------------------------------------------------------------------------------- placing

  private static Outcome place(List<KubeObject> ordered, String rendered, List<Target> targets, List<Source> sources) {
    YamlOutline out = YamlOutline.of(rendered);
    List<YamlOutline.Document> docs = out.documents.stream().filter(YamlOutline.Document::hasRoot).toList();
    if (docs.size() != ordered.size()) {
      throw new IllegalStateException("rendered " + docs.size() + " documents for " + ordered.size() + " objects");
    }
    Map<KubeObject, YamlOutline.Document> docOf = new IdentityHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      docOf.put(ordered.get(i), docs.get(i));
    }
    Map<Integer, Gap> gaps = new HashMap<>();
    Map<Integer, StringBuilder> inline = new HashMap<>();
    Map<Integer, List<String>> continued = new HashMap<>();
    List<Comment> head = new ArrayList<>();
    List<Comment> tail = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    for (Target t : targets) {
      Comment c = t.comment();
      switch (t.where()) {
        case FILE_HEAD -> head.add(c);
        case FILE_TAIL -> tail.add(c);
        case DOC_HEAD -> gap(gaps, docOf.get(t.object()).rootLine).head.add(c.text());
        default -> {
          YamlOutline.Document d = docOf.get(t.object());
          if (t.where() == Where.AFTER && t.path().isEmpty()) {
            gap(gaps, d.rootLast + 1).after.add(new String[] {String.valueOf(afterColumn(out, d.rootLast, t.delta())),
                c.text()});
            continue;
          }
          Anchor a = find(d, t.path());
          if (a == null) {
            refusals.add(refusal(sourceOf(sources, t.object()), c, "it is on " + fieldPath(t.path())
                + ", which fmt leaves out (a null or empty value, or one the object does not keep); move it or"
                + " delete it"));
            continue;
          }
          switch (t.where()) {
            case BEFORE -> gap(gaps, a.headLine).before.add(new Object[] {a.headColumn, c.text()});
            case INLINE -> inline.computeIfAbsent(a.inlineLine, k -> new StringBuilder()).append(' ').append(c.text());
            case CONTINUED -> continued.computeIfAbsent(a.inlineLine, k -> new ArrayList<>()).add(c.text());
            default -> gap(gaps, a.lastLine + 1).after.add(
                new String[] {String.valueOf(afterColumn(out, a.lastLine, a.headColumn + t.delta())), c.text()});
          }
        }
      }
    }
    if (!refusals.isEmpty()) {
      return new Outcome("", refusals);
    }
    StringBuilder b = new StringBuilder(rendered.length() + 64 * targets.size());
    writeHead(b, head);
    if (!head.isEmpty() && !docs.isEmpty()) {
      b.append('\n');
    }
    String[] lines = out.lines;
    int n = rendered.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i <= n; i++) {
      Gap g = gaps.get(i);
      if (g != null) {
        g.after.sort(Comparator.comparingInt((String[] x) -> -Integer.parseInt(x[0])));
        for (String[] x : g.after) {
          b.append(" ".repeat(Integer.parseInt(x[0]))).append(x[1]).append('\n');
        }
        for (String h : g.head) {
          b.append(h).append('\n');
        }
        g.before.sort(Comparator.comparingInt((Object[] x) -> (Integer) x[0]));
        String indent = i < n ? " ".repeat(out.indentation(i)) : "";
        for (Object[] x : g.before) {
          b.append(indent).append(x[1]).append('\n');
        }
      }
      if (i < n) {
        b.append(lines[i]);
        StringBuilder suffix = inline.get(i);
        List<String> more = continued.getOrDefault(i, List.of());
        if (suffix != null) {
          b.append(suffix);
          if (out.blockHeaders.contains(i)) {
            // lines below a block scalar's header are its content: the continuation stays on the line
            more.forEach(m -> b.append(' ').append(m));
            more = List.of();
          }
        }
        b.append('\n');
        int column = lines[i].codePointCount(0, lines[i].length()) + 1;
        for (String m : more) {
          b.append(" ".repeat(column)).append(m).append('\n');
        }
      }
    }
    for (Comment c : tail) {
      b.append(c.text()).append('\n');
    }
    return new Outcome(b.toString(), List.of());
  }

  /** The head comment lines, one blank line kept where the input had blank lines between them. */
  private static void writeHead(StringBuilder b, List<Comment> head) {
    Comment previous = null;
    for (Comment c : head) {
      if (previous != null && c.line() > previous.line() + 1) {
        b.append('\n');
      }
      b.append(c.text()).append('\n');
      previous = c;
    }
  }

  /**
   * The column of a comment after the entry ending on {@code lastLine}, at least 1 (column 0 would put it above the
   * next document) and, after a block scalar, left of its content, which a line indented as much would continue.
   */
  private static int afterColumn(YamlOutline out, int lastLine, int column) {
    Integer content = out.blockEnds.get(lastLine);
    int c = content == null ? column : Math.min(column, content - 1);
    return Math.max(1, c);
  }

  private static Anchor find(YamlOutline.Document d, List<Object> path) {
    Anchor a = d.byPath.get(path);
    if (a == null && !path.isEmpty() && "stringData".equals(path.get(0))) {
      // a Secret's stringData is read into data, where the canonical form writes it
      List<Object> data = new ArrayList<>(path);
      data.set(0, "data");
      a = d.byPath.get(data);
    }
    return a;
  }

  private static Gap gap(Map<Integer, Gap> gaps, int line) {
    return gaps.computeIfAbsent(line, k -> new Gap());
  }

  private static String sourceOf(List<Source> sources, KubeObject o) {
    for (Source s : sources) {
      for (KubeObject x : s.objects()) {
        if (x == o) {
          return s.name();
        }
      }
    }
    return sources.get(0).name();
  }

  private static String refusal(String file, Comment c, String why) {
    return file + ":" + (c.line() + 1) + ": fmt cannot keep the comment \"" + abbreviated(c.text()) + "\": " + why;
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** A path as the API server writes field paths: {@code spec.containers[0].image}. */
  static String fieldPath(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        b.append('[').append(i).append(']');
      } else {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(p);
      }
    }
    return b.toString();
  }
}
