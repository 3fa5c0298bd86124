package io.kubeprint.test;

import java.util.ArrayList;
import java.util.List;

/**
 * Masks Secret values in YAML lines before they reach a failure message. A golden file may hold values
 * from any earlier render (or a hand edit), so both sides of a diff are masked, whatever the render mode.
 *
 * <p>Within each document ({@code ---} separates them) whose top level says {@code kind: Secret}, every
 * entry of the top-level {@code data:} and {@code stringData:} blocks keeps its key and shows
 * {@link #MASK} instead of its value; more deeply indented lines (block scalars) show only the mask; a
 * flow-style map ({@code data: {...}}) is masked whole. This is the block layout kubeprint's renderer writes.
 */
final class SecretLines {
  /** What a masked value prints as: the line {@code SecretMode.REDACTED} renders. */
  static final String MASK = "\"" + io.kubeprint.render.SecretMode.REDACTED_MARKER + "\"";

  private SecretLines() {}

  /** What each line prints as: its content without terminator, Secret values masked. */
  static List<String> shown(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || LineDiff.content(lines.get(i)).equals("---")) {
        document(lines.subList(start, i), out);
        if (i < lines.size()) {
          out.add("---");
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Whether any line of {@code shown} differs from its content in {@code lines}, i.e. something was masked. */
  static boolean masked(List<String> lines, List<String> shown) {
    for (int i = 0; i < lines.size(); i++) {
      if (!LineDiff.content(lines.get(i)).equals(shown.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static void document(List<String> lines, List<String> out) {
    boolean secret = false;
    for (String line : lines) {
      if (LineDiff.content(line).stripTrailing().equals("kind: Secret")) {
        secret = true;
      }
    }
    boolean inData = false;
    for (String line : lines) {
      String content = LineDiff.content(line);
      if (!secret || content.isBlank()) {
        out.add(content);
        continue;
      }
      int indent = indent(content);
      if (indent == 0) {
        String key = content.startsWith("data:") ? "data:" : content.startsWith("stringData:") ? "stringData:" : null;
        inData = key != null;
        boolean flow = key != null && !content.substring(key.length()).isBlank();
        out.add(flow ? key + " " + MASK : content);
      } else if (!inData) {
        out.add(content);
      } else if (indent == 2) {
        int colon = content.indexOf(':', 2);
        out.add(colon < 0 ? content.substring(0, 2) + MASK : content.substring(0, colon + 1) + " " + MASK);
      } else {
        out.add(content.substring(0, indent) + MASK);
      }
    }
  }

  private static int indent(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
