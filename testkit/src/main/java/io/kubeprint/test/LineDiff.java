package io.kubeprint.test;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff written as a unified diff ({@code --- golden}, {@code +++ actual}, {@code @@} hunks with
 * context), GNU diff's layout: a hunk range {@code -start,count}, the count left out when it is 1, the start
 * one before the hunk when the count is 0; changes closer than twice the context joined in one hunk; deletions
 * before insertions; {@code \ No newline at end of file} after a last line without one.
 *
 * <p>The common lines come from Myers' O(ND) algorithm in its linear-space form ("An O(ND) Difference
 * Algorithm and Its Variations", 1986, section 4b): find the middle snake of an optimal path, recurse on
 * both sides. The edit script is therefore minimal.
 */
final class LineDiff {
  private enum Type { EQUAL, DELETE, INSERT }

  /** One step of the edit script: the line at {@code a} (DELETE, EQUAL) or {@code b} (INSERT); both cursors kept. */
  private record Op(Type type, int a, int b) {}

  private LineDiff() {}

  /** The text split after each {@code \n}, terminators kept; a last line without one stays as it is. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** The line without its terminator ({@code \n} or {@code \r\n}). */
  static String content(String line) {
    if (line.endsWith("\r\n")) {
      return line.substring(0, line.length() - 2);
    }
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }

  /**
   * Index pairs {@code (i, j)} with {@code a[i].equals(b[j])}, strictly increasing in both, as many as
   * possible: a longest common subsequence.
   */
  static List<int[]> common(List<String> a, List<String> b) {
    List<int[]> out = new ArrayList<>();
    common(a, 0, a.size(), b, 0, b.size(), out);
    return out;
  }

  private static void common(List<String> a, int aLo, int aHi, List<String> b, int bLo, int bHi, List<int[]> out) {
    while (aLo < aHi && bLo < bHi && a.get(aLo).equals(b.get(bLo))) {
      out.add(new int[] {aLo++, bLo++});
    }
    int suffix = 0;
    while (aLo < aHi - suffix && bLo < bHi - suffix && a.get(aHi - suffix - 1).equals(b.get(bHi - suffix - 1))) {
      suffix++;
    }
    int aEnd = aHi - suffix;
    int bEnd = bHi - suffix;
    if (aLo < aEnd && bLo < bEnd) {
      // Both sides are non-empty and differ at both ends, so an optimal path has at least two edits and the
      // middle snake splits the box into two strictly smaller ones.
      int[] snake = middleSnake(a, aLo, aEnd, b, bLo, bEnd);
      common(a, aLo, snake[0], b, bLo, snake[1], out);
      for (int x = snake[0], y = snake[1]; x < snake[2]; x++, y++) {
        out.add(new int[] {x, y});
      }
      common(a, snake[2], aEnd, b, snake[3], bEnd, out);
    }
    for (int i = 0; i < suffix; i++) {
      out.add(new int[] {aEnd + i, bEnd + i});
    }
  }

  /**
   * The middle snake {@code {x, y, u, v}} (absolute indexes) of an optimal path through the box: a
   * diagonal run from {@code (x, y)} to {@code (u, v)}, found by running the greedy search forward from the
   * top-left corner and backward (on the reversed sequences) from the bottom-right until the two meet.
   */
  private static int[] middleSnake(List<String> a, int aLo, int aHi, List<String> b, int bLo, int bHi) {
    int n = aHi - aLo;
    int m = bHi - bLo;
    int delta = n - m;
    boolean odd = (delta & 1) != 0;
    int max = (n + m + 1) / 2;
    int offset = max + 1;
    int[] forward = new int[2 * max + 3];  // furthest x on diagonal k = x - y, from the start
    int[] backward = new int[2 * max + 3]; // furthest x' on diagonal k' = x' - y' of the reversed sequences
    for (int d = 0; d <= max; d++) {
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
            ? forward[offset + k + 1]
            : forward[offset + k - 1] + 1;
        int y = x - k;
        int x0 = x;
        int y0 = y;
        while (x < n && y < m && a.get(aLo + x).equals(b.get(bLo + y))) {
          x++;
          y++;
        }
        forward[offset + k] = x;
        int reversed = delta - k;
        if (odd && reversed >= -(d - 1) && reversed <= d - 1 && x + backward[offset + reversed] >= n) {
          return new int[] {aLo + x0, bLo + y0, aLo + x, bLo + y};
        }
      }
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
            ? backward[offset + k + 1]
            : backward[offset + k - 1] + 1;
        int y = x - k;
        int x0 = x;
        int y0 = y;
        while (x < n && y < m && a.get(aHi - 1 - x).equals(b.get(bHi - 1 - y))) {
          x++;
          y++;
        }
        backward[offset + k] = x;
        int straight = delta - k;
        if (!odd && straight >= -d && straight <= d && x + forward[offset + straight] >= n) {
          return new int[] {aLo + n - x, bLo + m - y, aLo + n - x0, bLo + m - y0};
        }
      }
    }
    throw new IllegalStateException("the forward and backward searches did not meet");
  }

  /**
   * The unified diff from {@code a} (the golden text) to {@code b} (the actual text), or the empty string
   * when they are equal. Lines are compared with their terminators; {@code shownA} and {@code shownB} are
   * what each line prints as (same sizes as the line lists), so that a caller can mask parts of lines.
   */
  static String unified(List<String> a, List<String> b, List<String> shownA, List<String> shownB, int context) {
    List<Op> ops = script(a, b);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).type() == Type.EQUAL) {
        i++;
        continue;
      }
      int start = Math.max(0, i - context);
      int end = i + 1;
      int j = i + 1;
      while (j < ops.size()) {
        if (ops.get(j).type() != Type.EQUAL) {
          end = ++j;
          continue;
        }
        int run = 0;
        while (j + run < ops.size() && ops.get(j + run).type() == Type.EQUAL) {
          run++;
        }
        if (j + run < ops.size() && run <= 2 * context) {
          j += run;
          continue;
        }
        break;
      }
      int stop = Math.min(ops.size(), end + context);
      if (out.length() == 0) {
        out.append("--- golden\n+++ actual\n");
      }
      hunk(ops.subList(start, stop), a, b, shownA, shownB, out);
      i = stop;
    }
    return out.toString();
  }

  private static List<Op> script(List<String> a, List<String> b) {
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int[] match : common(a, b)) {
      for (; i < match[0]; i++) {
        ops.add(new Op(Type.DELETE, i, j));
      }
      for (; j < match[1]; j++) {
        ops.add(new Op(Type.INSERT, i, j));
      }
      ops.add(new Op(Type.EQUAL, i++, j++));
    }
    for (; i < a.size(); i++) {
      ops.add(new Op(Type.DELETE, i, j));
    }
    for (; j < b.size(); j++) {
      ops.add(new Op(Type.INSERT, i, j));
    }
    return ops;
  }

  private static void hunk(List<Op> ops, List<String> a, List<String> b, List<String> shownA, List<String> shownB,
      StringBuilder out) {
    int aCount = 0;
    int bCount = 0;
    for (Op op : ops) {
      if (op.type() != Type.INSERT) {
        aCount++;
      }
      if (op.type() != Type.DELETE) {
        bCount++;
      }
    }
    out.append("@@ -").append(range(ops.get(0).a(), aCount)).append(" +").append(range(ops.get(0).b(), bCount))
        .append(" @@\n");
    for (Op op : ops) {
      switch (op.type()) {
        case EQUAL -> line(' ', a.get(op.a()), shownA.get(op.a()), out);
        case DELETE -> line('-', a.get(op.a()), shownA.get(op.a()), out);
        case INSERT -> line('+', b.get(op.b()), shownB.get(op.b()), out);
      }
    }
  }

  private static void line(char mark, String raw, String shown, StringBuilder out) {
    out.append(mark).append(shown).append('\n');
    if (!raw.endsWith("\n")) {
      out.append("\\ No newline at end of file\n");
    }
  }

  private static String range(int start, int count) {
    if (count == 0) {
      return start + ",0";
    }
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }
}
