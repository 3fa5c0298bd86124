package io.kubeprint.core.crd;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A schema {@code pattern} as the API server reads it: Go's {@code regexp} (RE2 syntax; the OpenAPI text says
 * ECMA-262, but kube-openapi compiles with {@code regexp.Compile} and matches with {@code MatchString}, i.e.
 * anywhere in the value), translated to {@link java.util.regex}.
 *
 * <p>What the translation takes care of:
 * <ul>
 *   <li>RE2 refuses what Java accepts: look-ahead and look-behind, atomic groups, back-references
 *       ({@code \1}), possessive and nested quantifiers ({@code a*+}, {@code a**}), repeat counts above 1000,
 *       unknown escapes ({@code \h}, {@code \R}, {@code \Z}, {@code \e}, ...). Those are errors here too, as the
 *       API server refuses a CRD whose pattern does not compile.</li>
 *   <li>Same text, other meaning: {@code $} is the end of the text in Go (Java also matches before a final
 *       line break: translated to {@code \z}); {@code \s} is {@code [\t\n\f\r ]} (Java adds {@code \x0B});
 *       {@code \v} is the vertical tab (a class in Java); {@code .} stops only at {@code \n}
 *       ({@link Pattern#UNIX_LINES}); {@code (?i)} folds Unicode ({@link Pattern#UNICODE_CASE}); inside a
 *       class {@code [} and {@code &&} are literal, {@code [:alpha:]} is a POSIX class; a {@code {} that
 *       starts no repeat count is literal; octal escapes {@code \12}; {@code (?P<name>)} groups;
 *       {@code \pL} and {@code \p{Greek}} (Java's {@code \p{IsGreek}}).</li>
 * </ul>
 * What is left: Java backtracks where RE2 runs in linear time, so a pathological pattern can be slow on long
 * values; {@code \b} and {@code \w} are ASCII in both; the ungreedy flag {@code (?U)} has no Java counterpart
 * and is reported as not checkable.
 */
final class GoRegex {
  private static final Set<String> POSIX = Set.of("alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph",
      "lower", "print", "punct", "space", "upper", "word", "xdigit");

  /** A compiled pattern, or why not: {@code error} is Go's refusal, {@code unsupported} a kubeprint limit. */
  record Compiled(Pattern pattern, String error, String unsupported) {
    boolean matches(String value) {
      return pattern.matcher(value).find();
    }
  }

  private final String src;
  private int pos;
  private final StringBuilder out = new StringBuilder();
  private boolean multiline;
  private int groups;

  private GoRegex(String src) {
    this.src = src;
  }

  /** Compiles {@code pattern} with Go's meaning. */
  static Compiled compile(String pattern) {
    GoRegex t = new GoRegex(pattern);
    try {
      t.translate();
    } catch (Refused r) {
      return r.unsupported ? new Compiled(null, null, r.getMessage()) : new Compiled(null, r.getMessage(), null);
    }
    try {
      return new Compiled(Pattern.compile(t.out.toString(), Pattern.UNIX_LINES | Pattern.UNICODE_CASE), null, null);
    } catch (PatternSyntaxException e) {
      return new Compiled(null, e.getDescription().toLowerCase(Locale.ROOT), null);
    }
  }

  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean unsupported;

    Refused(String message, boolean unsupported) {
      super(message, null, false, false);
      this.unsupported = unsupported;
    }
  }

  private static Refused refuse(String message) {
    return new Refused(message, false);
  }

  private void translate() {
    int state = 0; // 0: after an atom, 1: after a repetition, 2: after a lazy repetition
    while (pos < src.length()) {
      char c = src.charAt(pos);
      int end = c == '{' ? repeatEnd() : -1;
      boolean repetition = c == '*' || c == '+' || c == '?' || end >= 0;
      if (repetition) {
        if (state == 1 && c == '?') {
          out.append('?');
          pos++;
          state = 2;
          continue;
        }
        if (state != 0) {
          throw refuse("invalid nested repetition operator: "
              + src.substring(Math.max(0, pos - 1), end >= 0 ? end : pos + 1));
        }
        if (end >= 0) {
          checkRepeatCount(src.substring(pos + 1, end - 1));
          out.append(src, pos, end);
          pos = end;
        } else {
          out.append(c);
          pos++;
        }
        state = 1;
        continue;
      }
      state = 0;
      switch (c) {
        case '\\' -> escape(false);
        case '[' -> charClass();
        case '(' -> group();
        case '$' -> {
          out.append(multiline ? "$" : "\\z");
          pos++;
        }
        case '{' -> {
          out.append("\\{");
          pos++;
        }
        default -> {
          out.append(c);
          pos++;
        }
      }
    }
  }

  /** The index after a {@code {n}}, {@code {n,}} or {@code {n,m}} at {@link #pos}, or -1 when it is literal. */
  private int repeatEnd() {
    int i = pos + 1;
    int digits = 0;
    while (i < src.length() && Character.isDigit(src.charAt(i)) && src.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (digits == 0 || i >= src.length()) {
      return -1;
    }
    if (src.charAt(i) == ',') {
      i++;
      while (i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '9') {
        i++;
      }
    }
    return i < src.length() && src.charAt(i) == '}' ? i + 1 : -1;
  }

  private static void checkRepeatCount(String inner) {
    for (String n : inner.split(",", -1)) {
      if (!n.isEmpty() && (n.length() > 4 || Integer.parseInt(n) > 1000)) {
        throw refuse("invalid repeat count: {" + inner + "}");
      }
    }
    String[] parts = inner.split(",", -1);
    if (parts.length == 2 && !parts[1].isEmpty() && Integer.parseInt(parts[1]) < Integer.parseInt(parts[0])) {
      throw refuse("invalid repeat count: {" + inner + "}");
    }
  }

  private void group() {
    if (!src.startsWith("(?", pos)) {
      out.append('(');
      pos++;
      return;
    }
    if (src.startsWith("(?P<", pos) || (src.startsWith("(?<", pos) && !src.startsWith("(?<=", pos)
        && !src.startsWith("(?<!", pos))) {
      int start = src.indexOf('<', pos) + 1;
      int end = src.indexOf('>', start);
      if (end < 0) {
        throw refuse("invalid named capture: " + src.substring(pos));
      }
      String name = src.substring(start, end);
      if (name.isEmpty() || !name.chars().allMatch(ch -> ch == '_' || ch < 128 && Character.isLetterOrDigit(ch))) {
        throw refuse("invalid named capture: " + src.substring(pos, end + 1));
      }
      out.append("(?<g").append(++groups).append('>');
      pos = end + 1;
      return;
    }
    int i = pos + 2;
    StringBuilder flags = new StringBuilder();
    while (i < src.length() && "imsU-".indexOf(src.charAt(i)) >= 0) {
      flags.append(src.charAt(i));
      i++;
    }
    if (i < src.length() && (src.charAt(i) == ')' || src.charAt(i) == ':')) {
      String f = flags.toString();
      if (f.indexOf('U') >= 0) {
        throw new Refused("the ungreedy flag (?U) has no java.util.regex counterpart", true);
      }
      if (f.endsWith("-") || f.chars().filter(ch -> ch == '-').count() > 1) {
        throw refuse("missing argument to repetition operator or invalid flags: " + src.substring(pos, i + 1));
      }
      int dash = f.indexOf('-');
      String on = dash < 0 ? f : f.substring(0, dash);
      if (on.indexOf('m') >= 0) {
        multiline = true;
      }
      out.append(src, pos, i + 1);
      pos = i + 1;
      return;
    }
    throw refuse("invalid or unsupported Perl syntax: " + src.substring(pos, Math.min(src.length(), pos + 3)));
  }

  private void charClass() {
    out.append('[');
    pos++;
    if (pos < src.length() && src.charAt(pos) == '^') {
      out.append('^');
      pos++;
    }
    boolean first = true;
    while (true) {
      if (pos >= src.length()) {
        throw refuse("missing closing ]: " + src);
      }
      char c = src.charAt(pos);
      if (c == ']' && !first) {
        out.append(']');
        pos++;
        return;
      }
      first = false;
      if (c == '[' && src.startsWith("[:", pos)) {
        int end = src.indexOf(":]", pos + 2);
        if (end > 0) {
          String name = src.substring(pos + 2, end);
          boolean negated = name.startsWith("^");
          String n = negated ? name.substring(1) : name;
          if (POSIX.contains(n)) {
            String java = n.equals("word") ? (negated ? "\\W" : "\\w")
                : (negated ? "\\P{" : "\\p{") + (n.equals("ascii") ? "ASCII"
                    : n.equals("xdigit") ? "XDigit" : Character.toUpperCase(n.charAt(0)) + n.substring(1)) + "}";
            out.append(java);
            pos = end + 2;
            continue;
          }
          throw refuse("invalid character class range: [:" + name + ":]");
        }
      }
      switch (c) {
        case '\\' -> escape(true);
        case '[', '&', ']' -> {
          out.append('\\').append(c);
          pos++;
        }
        default -> {
          out.append(c);
          pos++;
        }
      }
    }
  }

  private void escape(boolean inClass) {
    if (pos + 1 >= src.length()) {
      throw refuse("trailing backslash at end of expression");
    }
    char c = src.charAt(pos + 1);
    pos += 2;
    if (c >= 128 || !Character.isLetterOrDigit(c)) {
      out.append('\\').append(c);
      return;
    }
    switch (c) {
      case 'a' -> out.append("\\x07");
      case 'f', 't', 'n', 'r', 'd', 'D', 'w', 'W' -> out.append('\\').append(c);
      case 'v' -> out.append("\\x0B");
      case 's' -> out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
      case 'S' -> out.append("[^\\t\\n\\f\\r ]");
      case 'A', 'z', 'b', 'B' -> {
        if (inClass) {
          throw refuse("invalid escape sequence: \\" + c);
        }
        out.append('\\').append(c);
      }
      case 'x' -> hex();
      case 'p', 'P' -> unicodeClass(c == 'P');
      case 'Q' -> {
        int end = src.indexOf("\\E", pos);
        String lit = end < 0 ? src.substring(pos) : src.substring(pos, end);
        pos = end < 0 ? src.length() : end + 2;
        if (inClass) {
          lit.chars().forEach(ch -> out.append(ch < 128 && !Character.isLetterOrDigit(ch) ? "\\" : "").append((char) ch));
        } else {
          out.append(Pattern.quote(lit));
        }
      }
      case 'E' -> { /* a stray \E is ignored by Go */ }
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        if (c != '0' && (pos >= src.length() || src.charAt(pos) < '0' || src.charAt(pos) > '7')) {
          throw refuse("invalid escape sequence: \\" + c + " (back-references are not supported)");
        }
        int value = c - '0';
        for (int k = 0; k < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
          value = value * 8 + (src.charAt(pos) - '0');
          pos++;
        }
        out.append(String.format(Locale.ROOT, "\\x{%x}", value));
      }
      default -> throw refuse("invalid escape sequence: \\" + c);
    }
  }

  private void hex() {
    if (pos < src.length() && src.charAt(pos) == '{') {
      int end = src.indexOf('}', pos);
      String h = end < 0 ? "" : src.substring(pos + 1, end);
      if (h.isEmpty() || !h.chars().allMatch(GoRegex::isHex) || Long.parseLong(h.length() > 8 ? "FFFFFFFFF" : h, 16) > 0x10FFFF) {
        throw refuse("invalid escape sequence: \\x" + (end < 0 ? src.substring(pos) : src.substring(pos, end + 1)));
      }
      out.append("\\x{").append(h).append('}');
      pos = end + 1;
      return;
    }
    if (pos + 2 > src.length() || !isHex(src.charAt(pos)) || !isHex(src.charAt(pos + 1))) {
      throw refuse("invalid escape sequence: \\x" + src.substring(pos, Math.min(src.length(), pos + 2)));
    }
    out.append("\\x").append(src, pos, pos + 2);
    pos += 2;
  }

  private void unicodeClass(boolean negated) {
    if (pos >= src.length()) {
      throw refuse("invalid character class range: \\p");
    }
    String name;
    if (src.charAt(pos) == '{') {
      int end = src.indexOf('}', pos);
      if (end < 0) {
        throw refuse("invalid character class range: " + src.substring(pos - 2));
      }
      name = src.substring(pos + 1, end);
      pos = end + 1;
    } else {
      name = String.valueOf(src.charAt(pos));
      pos++;
    }
    if (name.startsWith("^")) {
      negated = !negated;
      name = name.substring(1);
    }
    if (name.isEmpty() || !name.chars().allMatch(ch -> ch < 128 && (Character.isLetter(ch) || ch == '_'))) {
      throw refuse("invalid character class range: \\p{" + name + "}");
    }
    String java = name.equals("Any") ? "\\x{0}-\\x{10FFFF}" : null;
    if (java != null) {
      out.append(negated ? "[^" + java + "]" : "[" + java + "]");
      return;
    }
    out.append(negated ? "\\P{Is" : "\\p{Is").append(name).append('}');
  }

  private static boolean isHex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
