package io.kubeprint.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static String diff(String a, String b) {
    List<String> la = LineDiff.lines(a);
    List<String> lb = LineDiff.lines(b);
    return LineDiff.unified(la, lb, SecretLines.shown(la), SecretLines.shown(lb), 3);
  }

  private static String numbered(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append("line ").append(i).append('\n');
    }
    return s.toString();
  }

  @Test
  void should_be_empty_for_equal_texts() {
    assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void should_show_one_change_with_three_lines_of_context() {
    String golden = numbered(1, 10);
    String actual = golden.replace("line 5\n", "line five\n");
    assertThat(diff(golden, actual)).isEqualTo("--- golden\n+++ actual\n@@ -2,7 +2,7 @@\n"
        + " line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n");
  }

  @Test
  void should_join_changes_at_most_six_lines_apart_in_one_hunk() {
    String golden = numbered(1, 20);
    String actual = golden.replace("line 3\n", "line three\n").replace("line 10\n", "line ten\n");
    assertThat(diff(golden, actual)).isEqualTo("--- golden\n+++ actual\n@@ -1,13 +1,13 @@\n"
        + " line 1\n line 2\n-line 3\n+line three\n line 4\n line 5\n line 6\n line 7\n line 8\n line 9\n"
        + "-line 10\n+line ten\n line 11\n line 12\n line 13\n");
  }

  @Test
  void should_split_changes_seven_lines_apart_into_two_hunks() {
    String golden = numbered(1, 20);
    String actual = golden.replace("line 3\n", "line three\n").replace("line 11\n", "line eleven\n");
    assertThat(diff(golden, actual)).isEqualTo("--- golden\n+++ actual\n"
        + "@@ -1,6 +1,6 @@\n line 1\n line 2\n-line 3\n+line three\n line 4\n line 5\n line 6\n"
        + "@@ -8,7 +8,7 @@\n line 8\n line 9\n line 10\n-line 11\n+line eleven\n line 12\n line 13\n line 14\n");
  }

  @Test
  void should_write_ranges_as_gnu_diff_does_for_empty_and_single_line_sides() {
    assertThat(diff("", "a\nb\n")).isEqualTo("--- golden\n+++ actual\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    assertThat(diff("a\n", "")).isEqualTo("--- golden\n+++ actual\n@@ -1 +0,0 @@\n-a\n");
    assertThat(diff("a\nb\n", "a\nx\nb\n")).isEqualTo("--- golden\n+++ actual\n@@ -1,2 +1,3 @@\n a\n+x\n b\n");
  }

  @Test
  void should_mark_a_last_line_without_newline() {
    assertThat(diff("a\nb", "a\nb\n")).isEqualTo("--- golden\n+++ actual\n@@ -1,2 +1,2 @@\n a\n-b\n"
        + "\\ No newline at end of file\n+b\n");
  }

  @Test
  void should_show_line_ending_changes_as_changed_lines() {
    assertThat(diff("a\r\nb\r\n", "a\nb\n")).isEqualTo("--- golden\n+++ actual\n@@ -1,2 +1,2 @@\n-a\n-b\n+a\n+b\n");
  }

  @Test
  void should_find_a_longest_common_subsequence_and_a_script_rebuilding_the_actual_text() {
    Random random = new Random(20240601);
    for (int round = 0; round < 2200; round++) {
      int max = round < 2000 ? 25 : 300;
      List<String> a = randomLines(random, max);
      List<String> b = randomLines(random, max);
      List<int[]> common = LineDiff.common(a, b);
      // the pairs are matching lines, strictly increasing on both sides
      int pi = -1;
      int pj = -1;
      for (int[] m : common) {
        assertThat(a.get(m[0])).isEqualTo(b.get(m[1]));
        assertThat(m[0]).isGreaterThan(pi);
        assertThat(m[1]).isGreaterThan(pj);
        pi = m[0];
        pj = m[1];
      }
      // and as many as dynamic programming finds: the script is minimal
      assertThat(common).as("round %d: %s vs %s", round, a, b).hasSize(lcsLength(a, b));
      // and applying the diff's +/- lines to the golden text gives the actual text
      assertThat(apply(a, b)).isEqualTo(b);
    }
  }

  @Test
  void should_diff_a_large_file_with_scattered_changes() {
    // GIVEN 20000 lines with every 1000th changed
    String golden = numbered(1, 20_000);
    String actual = golden;
    for (int i = 500; i <= 20_000; i += 1000) {
      actual = actual.replace("line " + i + "\n", "changed " + i + "\n");
    }
    // THEN there is one hunk per change
    String diff = diff(golden, actual);
    assertThat(diff.split("\n@@ ", -1)).hasSize(21);
    assertThat(diff).contains("@@ -497,7 +497,7 @@\n line 497\n line 498\n line 499\n-line 500\n+changed 500\n");
  }

  private static List<String> randomLines(Random random, int max) {
    int n = random.nextInt(max);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("l" + random.nextInt(4) + "\n");
    }
    return out;
  }

  private static int lcsLength(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }

  /** Rebuilds the actual lines from the golden lines and a diff with all lines as context. */
  private static List<String> apply(List<String> a, List<String> b) {
    String diff = LineDiff.unified(a, b, strip(a), strip(b), 1_000);
    List<String> out = new ArrayList<>();
    if (diff.isEmpty()) {
      return new ArrayList<>(a);
    }
    for (String line : diff.split("\n")) {
      if (line.startsWith("---") || line.startsWith("+++") || line.startsWith("@@")) {
        continue;
      }
      if (line.startsWith(" ") || line.startsWith("+")) {
        out.add(line.substring(1) + "\n");
      }
    }
    return out;
  }

  private static List<String> strip(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(LineDiff.content(l));
    }
    return out;
  }
}
