package io.kubeprint.render.yaml;

import java.io.IOException;
import java.io.Writer;

/**
 * Finishes the escaping of double-quoted scalars where snakeyaml's emitter would write something not every
 * reader reads back:
 *
 * <ul>
 *   <li>U+2028 and U+2029, which the emitter escapes as {@code \L} and {@code \P}: YAML 1.2 defines them,
 *       but snakeyaml-engine does not read them;
 *   <li>unpaired surrogates, which the emitter merges with the next character into a wrong code point.
 * </ul>
 *
 * <p>{@link #encode} replaces each such character, and the {@link #MARK} itself, with the mark followed by
 * the character's four lower-case hex digits before the emitter sees it; this writer turns every mark and
 * its four digits into a {@code \}{@code uXXXX} escape, which YAML 1.1 and 1.2 readers all understand. The
 * mark is U+FDD0, a Unicode non-character that the emitter writes as itself inside double quotes. It reaches
 * this writer only from {@link #encode}, which every scalar passes through (keys and values), so the writer
 * needs no knowledge of YAML syntax.
 */
final class EscapingWriter extends Writer {
  /** Introduces an encoded character: U+FDD0, a non-character. */
  static final char MARK = '\uFDD0';

  private static final int DIGITS = 4;
  private static final String HEX = "0123456789abcdef";

  private final Writer out;
  /** Hex digits seen after a mark, or -1 outside a mark. */
  private int digitsSeen = -1;

  EscapingWriter(Writer out) {
    this.out = out;
  }

  /** Whether {@code value} holds a character that {@link #encode} must replace. */
  static boolean needsEncoding(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (mustEncode(value, i)) {
        return true;
      }
    }
    return false;
  }

  /** {@code value} with the characters described above replaced by a mark and four hex digits. */
  static String encode(String value) {
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (mustEncode(value, i)) {
        b.append(MARK);
        for (int shift = 12; shift >= 0; shift -= 4) {
          b.append(HEX.charAt((c >> shift) & 0xF));
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean mustEncode(String value, int i) {
    char c = value.charAt(i);
    if (c == '\u2028' || c == '\u2029' || c == MARK) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    return false;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    write(new String(cbuf, off, len), 0, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = str.charAt(i);
      if (digitsSeen >= 0) {
        if (HEX.indexOf(c) < 0) {
          throw new IllegalStateException(
              "mark must be followed by " + DIGITS + " hex digits (was " + (int) c + ")");
        }
        out.write(c);
        digitsSeen = digitsSeen + 1 == DIGITS ? -1 : digitsSeen + 1;
        start = i + 1;
      } else if (c == MARK) {
        out.write(str, start, i - start);
        out.write("\\u");
        digitsSeen = 0;
        start = i + 1;
      }
    }
    out.write(str, start, end - start);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
