package io.kubeprint.core.crd;

/**
 * The {@code email} format: Go's {@code net/mail.ParseAddress} succeeds with a non-empty address (strfmt
 * {@code IsEmail}). One RFC 5322 address: {@code local@domain}, or a display name and {@code <local@domain>};
 * the local part a dot-atom or a quoted string, the domain a dot-atom or a {@code [domain literal]}; comments
 * and folding white space between the tokens. Encoded-word display names are taken as plain atoms.
 */
final class GoMail {
  private final String s;
  private int pos;

  private GoMail(String s) {
    this.s = s;
  }

  static boolean isAddress(String value) {
    GoMail p = new GoMail(value);
    try {
      p.skipSpace();
      if (p.pos >= p.s.length()) {
        return false;
      }
      int start = p.pos;
      boolean ok;
      if (p.tryAddrSpec()) {
        ok = true;
      } else {
        p.pos = start;
        ok = p.nameAddr();
      }
      if (!ok || !p.skipCfws()) {
        return false;
      }
      return p.pos == p.s.length();
    } catch (IndexOutOfBoundsException e) {
      return false;
    }
  }

  private boolean tryAddrSpec() {
    int start = pos;
    if (!addrSpec()) {
      pos = start;
      return false;
    }
    int after = pos;
    if (!skipCfws() || pos != s.length()) {
      // an addr-spec followed by more is parsed again as a display name (Go does the same)
      pos = start;
      return false;
    }
    pos = after;
    return true;
  }

  private boolean nameAddr() {
    // display-name: one or more words (atoms, which may contain dots here, or quoted strings)
    if (peek() != '<') {
      int words = 0;
      while (pos < s.length() && peek() != '<') {
        if (!skipCfws()) {
          return false;
        }
        if (pos >= s.length() || peek() == '<') {
          break;
        }
        if (peek() == '"') {
          if (!quoted()) {
            return false;
          }
        } else if (!atom(true)) {
          return false;
        }
        words++;
      }
      if (words == 0) {
        return false;
      }
    }
    if (!skipCfws() || pos >= s.length() || peek() != '<') {
      return false;
    }
    pos++;
    if (!addrSpec()) {
      return false;
    }
    skipCfws();
    if (pos >= s.length() || peek() != '>') {
      return false;
    }
    pos++;
    return true;
  }

  private boolean addrSpec() {
    if (!skipCfws()) {
      return false;
    }
    if (pos < s.length() && peek() == '"') {
      if (!quoted()) {
        return false;
      }
    } else if (!dotAtom()) {
      return false;
    }
    if (pos >= s.length() || peek() != '@') {
      return false;
    }
    pos++;
    skipSpace();
    if (pos >= s.length()) {
      return false;
    }
    if (peek() == '[') {
      int close = s.indexOf(']', pos);
      if (close < 0) {
        return false;
      }
      for (int i = pos + 1; i < close; i++) {
        char c = s.charAt(i);
        if (c == '[' || c == '\\' || c <= ' ' || c == 0x7f) {
          return false;
        }
      }
      pos = close + 1;
      return true;
    }
    return dotAtom();
  }

  private boolean dotAtom() {
    int start = pos;
    if (!atom(true)) {
      return false;
    }
    String a = s.substring(start, pos);
    return !a.startsWith(".") && !a.endsWith(".") && !a.contains("..");
  }

  private boolean atom(boolean dot) {
    int start = pos;
    while (pos < s.length() && isAtext(s.charAt(pos), dot)) {
      pos++;
    }
    return pos > start;
  }

  private static boolean isAtext(char c, boolean dot) {
    if (c == '.') {
      return dot;
    }
    if ("()<>[]:;@\\,\"".indexOf(c) >= 0) {
      return false;
    }
    return c >= '!' && c <= '~' || c >= 0x80;
  }

  private boolean quoted() {
    pos++; // opening quote
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return true;
      }
      if (c == '\\') {
        pos++;
        if (pos >= s.length()) {
          return false;
        }
        char e = s.charAt(pos);
        if (!(e >= ' ' && e <= '~' || e == '\t' || e >= 0x80)) {
          return false;
        }
      } else if (!(c >= ' ' && c <= '~' || c == '\t' || c >= 0x80)) {
        return false;
      }
      pos++;
    }
    return false;
  }

  private char peek() {
    return s.charAt(pos);
  }

  private void skipSpace() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

  /** Skips white space and (nested) comments; false for an unclosed comment. */
  private boolean skipCfws() {
    skipSpace();
    while (pos < s.length() && peek() == '(') {
      int depth = 0;
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '\\') {
          pos++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth == 0) {
            break;
          }
        }
      }
      if (depth != 0) {
        return false;
      }
      skipSpace();
    }
    return true;
  }
}
