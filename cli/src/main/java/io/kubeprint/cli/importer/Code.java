package io.kubeprint.cli.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Java expressions as a small tree, printed flat when they fit in {@link #WIDTH} columns and broken
 * otherwise: builder chains one call per line, arguments on continuation lines, four spaces deeper each
 * level (the layout of the project's own examples).
 */
final class Code {
  static final int WIDTH = 110;

  private Code() {}

  /** A Java expression. */
  abstract static class Expr {
    /** The expression on one line, or {@code null} when it cannot be (a text block). */
    abstract String flat();

    /** Prints the expression at the printer's column; continuation lines are indented from {@code indent}. */
    abstract void print(Printer p, int indent);

    /** Whether printing flat at the printer's column leaves room for {@code trailing} more characters. */
    final boolean fits(Printer p, int trailing) {
      String f = flat();
      return f != null && p.column() + f.length() + trailing <= WIDTH;
    }

    @Override
    public String toString() {
      Printer p = new Printer();
      print(p, 0);
      return p.toString();
    }
  }

  /** Text as it is: a literal, a name, {@code Optional.empty()}. */
  static Expr atom(String text) {
    return new Atom(text);
  }

  /** A call {@code name(args)}; {@code name} may be qualified ({@code List.of}). */
  static Call call(String name, Expr... args) {
    return new Call(name, Arrays.asList(args), false);
  }

  /** A call {@code name(args)}. */
  static Call call(String name, List<? extends Expr> args) {
    return new Call(name, new ArrayList<>(args), false);
  }

  /** A call whose arguments go in pairs ({@code Map.of(k, v, k, v)}), kept together when broken. */
  static Call pairs(String name, List<? extends Expr> args) {
    return new Call(name, new ArrayList<>(args), true);
  }

  /** A call whose many short arguments, when broken, fill each continuation line ({@code bundle(a, b, ...)}). */
  static Call filled(String name, List<? extends Expr> args) {
    Call c = new Call(name, new ArrayList<>(args), false);
    c.fill = true;
    return c;
  }

  /** A chain {@code head.call().call()}. */
  static Chain chain(Expr head) {
    return new Chain(head);
  }

  /** A lambda {@code param -> body}. */
  static Expr lambda(String param, Expr body) {
    return new Lambda(param, body);
  }

  /** A string literal, as a text block when it spans lines and a text block can hold it exactly. */
  static Expr string(String s) {
    if (TextBlock.canHold(s)) {
      return new TextBlock(s);
    }
    return atom(quote(s));
  }

  /** The Java string literal of {@code s}, every character escaped that needs it (non-ASCII as {@code \}{@code uXXXX}). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (c < 0x7f) {
            b.append(c);
          } else {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Accumulates printed code, tracking the column. */
  static final class Printer {
    private final StringBuilder out = new StringBuilder();
    private int column;

    int column() {
      return column;
    }

    Printer write(String s) {
      out.append(s);
      int nl = s.lastIndexOf('\n');
      column = nl < 0 ? column + s.length() : s.length() - nl - 1;
      return this;
    }

    Printer newline(int indent) {
      out.append('\n');
      out.append(" ".repeat(indent));
      column = indent;
      return this;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  private static final class Atom extends Expr {
    private final String text;

    Atom(String text) {
      this.text = text;
    }

    @Override
    String flat() {
      return text;
    }

    @Override
    void print(Printer p, int indent) {
      p.write(text);
    }
  }

  /** A call {@code name(args)}. */
  static final class Call extends Expr {
    final String name;
    final List<Expr> args;
    private final boolean pairs;
    private boolean fill;

    Call(String name, List<Expr> args, boolean pairs) {
      this.name = name;
      this.args = args;
      this.pairs = pairs;
    }

    @Override
    String flat() {
      StringBuilder b = new StringBuilder(name).append('(');
      for (int i = 0; i < args.size(); i++) {
        String f = args.get(i).flat();
        if (f == null) {
          return null;
        }
        b.append(i == 0 ? "" : ", ").append(f);
      }
      return b.append(')').toString();
    }

    @Override
    void print(Printer p, int indent) {
      if (args.isEmpty() || fits(p, 2)) {
        p.write(flat());
        return;
      }
      p.write(name).write("(");
      if (args.size() == 1) {
        args.get(0).print(p, indent);
        p.write(")");
        return;
      }
      int inner = indent + 4;
      if (fill) {
        p.newline(inner);
        for (int i = 0; i < args.size(); i++) {
          String f = args.get(i).flat();
          String sep = i + 1 < args.size() ? "," : ")";
          if (p.column() > inner && p.column() + 1 + f.length() + sep.length() > WIDTH) {
            p.newline(inner);
          } else if (p.column() > inner) {
            p.write(" ");
          }
          p.write(f).write(sep);
        }
        return;
      }
      String leading = leadingFlat();
      Expr last = args.get(args.size() - 1);
      boolean simpleLeading = args.subList(0, args.size() - 1).stream().allMatch(a -> a instanceof Atom);
      if (!pairs && simpleLeading && leading != null && p.column() + leading.length() + 12 <= WIDTH
          && (last.flat() == null || last instanceof Call || last instanceof Chain)) {
        p.write(leading).write(", ");
        last.print(p, indent);
        p.write(")");
        return;
      }
      if (pairs) {
        for (int i = 0; i < args.size(); i += 2) {
          p.newline(inner);
          args.get(i).print(p, inner);
          p.write(", ");
          args.get(i + 1).print(p, inner);
          p.write(i + 2 < args.size() ? "," : ")");
        }
        return;
      }
      String joined = joinedFlat();
      if (joined != null && inner + joined.length() + 2 <= WIDTH) {
        p.newline(inner).write(joined).write(")");
        return;
      }
      for (int i = 0; i < args.size(); i++) {
        p.newline(inner);
        args.get(i).print(p, inner);
        p.write(i + 1 < args.size() ? "," : ")");
      }
    }

    /** The arguments but the last, flat and joined; null when one cannot be flat. */
    private String leadingFlat() {
      List<String> parts = new ArrayList<>();
      for (Expr a : args.subList(0, args.size() - 1)) {
        String f = a.flat();
        if (f == null) {
          return null;
        }
        parts.add(f);
      }
      return String.join(", ", parts);
    }

    private String joinedFlat() {
      List<String> parts = new ArrayList<>();
      for (Expr a : args) {
        String f = a.flat();
        if (f == null) {
          return null;
        }
        parts.add(f);
      }
      return String.join(", ", parts);
    }
  }

  /** A chain of calls on a head expression. */
  static final class Chain extends Expr {
    private final Expr head;
    private final List<Call> calls = new ArrayList<>();
    private boolean broken;

    Chain(Expr head) {
      this.head = head;
    }

    /** Appends {@code .name(args)}. */
    Chain then(String name, Expr... args) {
      calls.add(call(name, args));
      return this;
    }

    /** Appends {@code .name(args)}. */
    Chain then(String name, List<? extends Expr> args) {
      calls.add(call(name, args));
      return this;
    }

    /** Appends a prepared call. */
    Chain then(Call c) {
      calls.add(c);
      return this;
    }

    /** Prints one call per line even when the chain would fit on one. */
    Chain broken() {
      this.broken = true;
      return this;
    }

    boolean isEmpty() {
      return calls.isEmpty();
    }

    int size() {
      return calls.size();
    }

    @Override
    String flat() {
      String h = head.flat();
      if (h == null) {
        return null;
      }
      StringBuilder b = new StringBuilder(h);
      for (Call c : calls) {
        String f = c.flat();
        if (f == null) {
          return null;
        }
        b.append('.').append(f);
      }
      return b.toString();
    }

    @Override
    void print(Printer p, int indent) {
      if (!(broken && calls.size() > 1) && fits(p, 3)) {
        p.write(flat());
        return;
      }
      head.print(p, indent);
      int inner = indent + 4;
      for (Call c : calls) {
        p.newline(inner).write(".");
        c.print(p, inner);
      }
    }
  }

  private static final class Lambda extends Expr {
    private final String param;
    private final Expr body;

    Lambda(String param, Expr body) {
      this.param = param;
      this.body = body;
    }

    @Override
    String flat() {
      String b = body.flat();
      return b == null ? null : param + " -> " + b;
    }

    @Override
    void print(Printer p, int indent) {
      p.write(param).write(" -> ");
      body.print(p, indent);
    }
  }

  /**
   * A text block: for strings of several lines of printable ASCII without trailing blanks, the only strings
   * a text block reproduces without escapes that would hide the text.
   */
  private static final class TextBlock extends Expr {
    private final String text;

    TextBlock(String text) {
      this.text = text;
    }

    static boolean canHold(String s) {
      int nl = s.indexOf('\n');
      if (nl < 0 || nl == s.length() - 1) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          if (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
            return false;
          }
        } else if (c < 0x20 && c != '\t' || c >= 0x7f) {
          return false;
        }
      }
      char last = s.charAt(s.length() - 1);
      if (last == ' ' || last == '\t') {
        return false;
      }
      if (s.endsWith("\n")) {
        return true;
      }
      // Without a closing delimiter on its own line, one line must start at the margin, or the
      // indentation common to all lines would be stripped as incidental.
      for (String line : s.split("\n")) {
        if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t') {
          return true;
        }
      }
      return false;
    }

    @Override
    String flat() {
      return null;
    }

    @Override
    void print(Printer p, int indent) {
      int inner = indent + 4;
      p.write("\"\"\"");
      String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      String[] lines = body.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = escape(lines[i], !text.endsWith("\n") && i == lines.length - 1);
        if (line.isEmpty()) {
          p.write("\n");
        } else {
          p.newline(inner).write(line);
        }
        if (i == lines.length - 1 && !text.endsWith("\n")) {
          p.write("\"\"\"");
        }
      }
      if (text.endsWith("\n")) {
        p.newline(inner).write("\"\"\"");
      }
    }

    /** Escapes backslashes and every quote that could end or extend the block. */
    private static String escape(String line, boolean closesBlock) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          b.append("\\\\");
        } else if (c == '"' && (line.startsWith("\"\"", i + 1) || closesBlock && i == line.length() - 1)) {
          b.append("\\\"");
        } else {
          b.append(c);
        }
      }
      return b.toString();
    }
  }
}
