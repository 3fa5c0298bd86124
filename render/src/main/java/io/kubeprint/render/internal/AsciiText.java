package io.kubeprint.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text of ASCII characters kept as bytes, one per character, which is at once its UTF-8 encoding: what
 * {@link BlockYaml} writes its documents into. Appending a string copies its bytes ({@link #append(String)} is
 * only given strings {@link BlockYaml} has checked to be printable ASCII, and the writer's own punctuation), so a
 * document goes to an {@link OutputStream} as it is, with no character array, encoder or intermediate string,
 * and to a {@link Writer} through one reused character array.
 */
final class AsciiText {
  private static final byte[] SPACES = new byte[256];

  static {
    Arrays.fill(SPACES, (byte) ' ');
  }

  private byte[] bytes;
  private int length;
  /** The characters given to a {@link Writer}, reused. */
  private char[] chars = new char[0];

  AsciiText(int capacity) {
    bytes = new byte[capacity];
  }

  int length() {
    return length;
  }

  /** Drops what follows the first {@code n} characters. */
  void setLength(int n) {
    if (n < 0 || n > length) {
      throw new IndexOutOfBoundsException("length " + n + " of " + length);
    }
    length = n;
  }

  /** Appends {@code s}, whose characters are all ASCII. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies one byte per char: exactly ASCII's
  AsciiText append(String s) {
    int n = s.length();
    ensure(n);
    s.getBytes(0, n, bytes, length);
    length += n;
    return this;
  }

  /** Appends {@code n} bytes of ASCII text from {@code from}, starting at {@code at}. */
  AsciiText append(byte[] from, int at, int n) {
    ensure(n);
    System.arraycopy(from, at, bytes, length, n);
    length += n;
    return this;
  }

  /** Copies the text into {@code to} from position {@code at}. */
  void copyTo(byte[] to, int at) {
    System.arraycopy(bytes, 0, to, at, length);
  }

  /** Appends the ASCII character {@code c}. */
  AsciiText append(char c) {
    ensure(1);
    bytes[length++] = (byte) c;
    return this;
  }

  /** Appends {@code v} in decimal, as {@link Long#toString(long)} writes it. */
  AsciiText append(long v) {
    if (v == Long.MIN_VALUE) {
      return append(Long.toString(v));
    }
    ensure(20);
    if (v < 0) {
      bytes[length++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long rest = v / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int at = length + digits;
    length = at;
    do {
      bytes[--at] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    } while (v > 0);
    return this;
  }

  /** Appends {@code n} spaces. */
  AsciiText spaces(int n) {
    ensure(n);
    for (int left = n; left > 0; ) {
      int chunk = Math.min(left, SPACES.length);
      System.arraycopy(SPACES, 0, bytes, length, chunk);
      length += chunk;
      left -= chunk;
    }
    return this;
  }

  /** Writes the text to {@code out} and empties it. */
  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
    length = 0;
  }

  /** Writes the text to {@code out} and empties it. */
  void writeTo(Writer out) throws IOException {
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    for (int i = 0; i < length; i++) {
      chars[i] = (char) bytes[i];
    }
    out.write(chars, 0, length);
    length = 0;
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.US_ASCII);
  }

  private void ensure(int more) {
    if (bytes.length - length < more) {
      bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
    }
  }
}
