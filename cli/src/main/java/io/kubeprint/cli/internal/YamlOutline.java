package io.kubeprint.cli.internal;

import io.kubeprint.render.internal.GoYaml;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The lines of a YAML stream that comments can hang on, and its comments: for each document, every mapping
 * entry and sequence item as an {@link Anchor} (its path, the line and column where it starts, the line a
 * line-end comment after it sits on, its last line), the lines of block scalars, and every comment with its
 * position. Entries of flow collections are anchors too: their comments find their place in the block style fmt
 * writes. Read from SnakeYAML's parser events with comments on, so a {@code #} inside a quoted string or a block
 * scalar is content, as YAML says. Lines and columns count from 0, columns in code points.
 */
final class YamlOutline {
  /** One comment: where its {@code #} stands, its text from {@code #} on (trailing blanks cut), alone on its line or not. */
  record Comment(int line, int column, String text, boolean fullLine) {}

  /**
   * A mapping entry (from its key) or a sequence item (from its {@code -}): its path of keys ({@code String}) and
   * indexes ({@code Integer}) from the document root; the line and column it starts at; the line a comment at the
   * end of its line belongs to (the line of a scalar's end, or of the key or dash of a block collection or block
   * scalar); the last line of its value.
   */
  static final class Anchor {
    final List<Object> path;
    final int headLine;
    final int headColumn;
    int inlineLine;
    int lastLine;

    Anchor(List<Object> path, int headLine, int headColumn) {
      this.path = path;
      this.headLine = headLine;
      this.headColumn = headColumn;
    }
  }

  /** One document: its position (from 1, as {@link GoYaml} counts), the line of its {@code ---} when explicit, its root's lines. */
  static final class Document {
    final int index;
    final int startLine;
    final boolean explicitStart;
    /** First and last line of a collection root; {@code -1} for a scalar (or empty) document. */
    int rootLine = -1;
    int rootLast = -1;
    final List<Anchor> anchors = new ArrayList<>();
    final Map<List<Object>, Anchor> byPath = new HashMap<>();

    Document(int index, int startLine, boolean explicitStart) {
      this.index = index;
      this.startLine = startLine;
      this.explicitStart = explicitStart;
    }

    boolean hasRoot() {
      return rootLine >= 0;
    }
  }

  final String[] lines;
  final List<Document> documents = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  /** Lines where a block scalar ({@code |} or {@code >}) starts. */
  final java.util.Set<Integer> blockHeaders = new java.util.HashSet<>();
  /** For each line that ends a block scalar, the indentation of its content: a line indented as much is content. */
  final Map<Integer, Integer> blockEnds = new HashMap<>();
  private final Map<Integer, Integer> commentColumnByLine = new HashMap<>();

  /** One open collection while walking the events. */
  private static final class Frame {
    final boolean mapping;
    final List<Object> path;
    final Anchor anchor;
    final boolean flow;
    final Mark start;
    /** Inside a complex (non-scalar) key, or under one: nothing is recorded. */
    final boolean ignored;
    boolean expectKey = true;
    Object key;
    int keyLine;
    int keyColumn;
    int index;
    int last = -1;

    Frame(boolean mapping, List<Object> path, Anchor anchor, boolean flow, Mark start, boolean ignored) {
      this.mapping = mapping;
      this.path = path;
      this.anchor = anchor;
      this.flow = flow;
      this.start = start;
      this.ignored = ignored;
    }
  }

  private YamlOutline(String text) {
    this.lines = text.split("\n", -1);
  }

  /**
   * The outline of {@code text}; throws SnakeYAML's {@link org.yaml.snakeyaml.error.YAMLException} for text it
   * cannot parse.
   */
  static YamlOutline of(String text) {
    YamlOutline o = new YamlOutline(text);
    o.walk(text);
    return o;
  }

  private void walk(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setAllowDuplicateKeys(true);
    Parser parser = new ParserImpl(new StreamReader(text), options);
    Deque<Frame> stack = new ArrayDeque<>();
    Document doc = null;
    int index = 0;
    while (parser.peekEvent() != null) {
      Event e = parser.getEvent();
      switch (e.getEventId()) {
        case DocumentStart -> {
          index++;
          doc = new Document(index, e.getStartMark().getLine(), ((DocumentStartEvent) e).getExplicit());
          documents.add(doc);
        }
        case Comment -> comment((CommentEvent) e);
        case Scalar, Alias, MappingStart, SequenceStart -> node(e, stack, doc);
        case MappingEnd, SequenceEnd -> end(e, stack, doc);
        default -> {
          if (e.getEventId() == Event.ID.StreamEnd) {
            return;
          }
        }
      }
    }
  }

  private void comment(CommentEvent e) {
    if (e.getCommentType() == CommentType.BLANK_LINE) {
      return;
    }
    int line = e.getStartMark().getLine();
    String l = lines[line];
    int at = charColumn(l, e.getStartMark().getColumn());
    if (at >= l.length() || l.charAt(at) != '#') {
      at = l.indexOf('#', Math.min(at, l.length()));
      if (at < 0) {
        return;
      }
    }
    String text = l.substring(at).stripTrailing();
    boolean fullLine = l.substring(0, at).isBlank();
    comments.add(new Comment(line, l.codePointCount(0, at), text, fullLine));
    commentColumnByLine.put(line, at);
  }

  private void node(Event e, Deque<Frame> stack, Document doc) {
    Frame top = stack.peek();
    boolean collection = e instanceof CollectionStartEvent;
    if (top == null) {
      if (collection) {
        doc.rootLine = e.getStartMark().getLine();
        stack.push(new Frame(e instanceof MappingStartEvent, List.of(), null, ((CollectionStartEvent) e).isFlow(),
            e.getStartMark(), false));
      }
      return;
    }
    if (top.ignored) {
      if (collection) {
        stack.push(new Frame(e instanceof MappingStartEvent, top.path, null, false, e.getStartMark(), true));
      }
      return;
    }
    if (top.mapping && top.expectKey) {
      top.expectKey = false;
      top.key = e instanceof ScalarEvent s ? s.getValue() : null;
      top.keyLine = e.getStartMark().getLine();
      top.keyColumn = e.getStartMark().getColumn();
      if (collection) {
        stack.push(new Frame(e instanceof MappingStartEvent, top.path, null, false, e.getStartMark(), true));
      }
      return;
    }
    List<Object> path = new ArrayList<>(top.path);
    boolean usable = !top.mapping || top.key != null;
    path.add(top.mapping ? top.key : (Object) top.index);
    Anchor a;
    if (top.mapping) {
      a = new Anchor(List.copyOf(usable ? path : List.of()), top.keyLine, top.keyColumn);
    } else {
      int[] dash = top.flow ? new int[] {e.getStartMark().getLine(), e.getStartMark().getColumn()}
          : dash(e.getStartMark());
      a = new Anchor(List.copyOf(path), dash[0], dash[1]);
    }
    if (collection) {
      boolean flow = ((CollectionStartEvent) e).isFlow();
      stack.push(new Frame(e instanceof MappingStartEvent, a.path, a, flow, e.getStartMark(), !usable));
    } else {
      int last = Math.max(a.headLine, lastLine(e.getEndMark()));
      boolean block = e instanceof ScalarEvent s
          && (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
          || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
      a.lastLine = last;
      a.inlineLine = block ? e.getStartMark().getLine() : last;
      if (block) {
        blockHeaders.add(e.getStartMark().getLine());
        int indent = Integer.MAX_VALUE;
        for (int l = e.getStartMark().getLine() + 1; l <= last; l++) {
          if (!blank(l)) {
            indent = Math.min(indent, indentation(l));
          }
        }
        blockEnds.merge(last, indent, Math::min);
      }
      top.last = Math.max(top.last, last);
      advance(top);
    }
    if (usable && !top.ignored) {
      doc.anchors.add(a);
      doc.byPath.putIfAbsent(a.path, a);
    }
  }

  private void end(Event e, Deque<Frame> stack, Document doc) {
    Frame f = stack.pop();
    if (f.ignored && f.anchor == null) {
      return; // a complex key (its value follows) or a collection inside one
    }
    int last = f.flow ? e.getEndMark().getLine() : Math.max(f.last, f.start.getLine());
    Frame parent = stack.peek();
    if (f.anchor != null) {
      f.anchor.lastLine = last;
      // a line-end comment goes with the key of a block collection, and of a flow one that opens on its line
      f.anchor.inlineLine = f.flow && f.start.getLine() == last ? last
          : f.flow ? f.start.getLine() : f.anchor.headLine;
    }
    if (parent == null) {
      doc.rootLast = last;
      return;
    }
    parent.last = Math.max(parent.last, last);
    advance(parent);
  }

  private static void advance(Frame f) {
    if (f.mapping) {
      f.expectKey = true;
    } else {
      f.index++;
    }
  }

  /**
   * The last line a scalar (or flow collection) ending at {@code end} has content on: a block scalar's end is
   * at the start of the line after it.
   */
  private int lastLine(Mark end) {
    int line = end.getLine();
    if (line > 0 && (line >= lines.length || lines[line].substring(0, charColumn(lines[line], end.getColumn())).isBlank())) {
      return line - 1;
    }
    return line;
  }

  /**
   * Where the {@code -} of a block sequence item that starts at {@code item} stands: the text before the item back
   * to it holds only blanks, line breaks and comments.
   */
  private int[] dash(Mark item) {
    int line = item.getLine();
    int at = charColumn(lines[line], item.getColumn()) - 1;
    while (line >= 0) {
      String l = lines[line];
      while (at >= 0 && (l.charAt(at) == ' ' || l.charAt(at) == '\t' || l.charAt(at) == '\r')) {
        at--;
      }
      if (at >= 0) {
        if (l.charAt(at) == '-') {
          return new int[] {line, l.codePointCount(0, at)};
        }
        break;
      }
      line--;
      if (line >= 0) {
        Integer comment = commentColumnByLine.get(line);
        at = (comment == null ? lines[line].length() : comment) - 1;
      }
    }
    return new int[] {item.getLine(), Math.max(0, item.getColumn() - 2)};
  }

  /** The char offset in {@code line} of a code point column. */
  private static int charColumn(String line, int column) {
    int cps = line.codePointCount(0, line.length());
    return column >= cps ? line.length() + (column - cps) : line.offsetByCodePoints(0, column);
  }

  /** The indentation (leading spaces) of a line. */
  int indentation(int line) {
    String l = lines[line];
    int i = 0;
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Whether a line holds only blanks. */
  boolean blank(int line) {
    return line >= lines.length || lines[line].isBlank();
  }
}
