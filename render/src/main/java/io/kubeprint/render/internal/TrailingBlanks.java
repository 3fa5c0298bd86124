package io.kubeprint.render.internal;

import java.util.regex.Pattern;

/**
 * Tabs at the end of a line, as go-yaml v2 reads them and SnakeYAML does not. go-yaml's scanner skips a tab
 * between tokens wherever a simple key cannot start ({@code yaml_parser_scan_to_next_token}): after a scalar,
 * after the {@code :} of a key, after {@code ---}; SnakeYAML skips only spaces there and refuses the tab ("found
 * character '\t' that cannot start any token"). So a manifest whose lines end in tabs, which kubectl reads, is
 * handed to SnakeYAML with those tabs made spaces, which read the same and keep every column.
 *
 * <p>Left as they are: tabs inside a block scalar ({@code |} or {@code >}, where they are content), on a line
 * that holds nothing else, after a {@code -} or {@code ?} indicator (where go-yaml refuses them too), and after a
 * backslash (a double-quoted scalar's escape).
 */
public final class TrailingBlanks {
  /** A block scalar header at the end of a line (a comment stripped): {@code |}, {@code >-}, {@code |2+}. */
  private static final Pattern BLOCK_HEADER = Pattern.compile("(?:^|.*[ \\t])[|>][0-9+-]*");
  private static final Pattern COMMENT = Pattern.compile("[ \\t]+#.*$");

  private TrailingBlanks() {}

  /** {@code text} with the trailing tabs go-yaml skips turned into spaces. */
  public static String asGoYamlReadsThem(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int blockParent = -1; // indentation of the line that opened a block scalar, or -1 outside one
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(start, end);
      int contentEnd = line.length();
      while (contentEnd > 0 && (line.charAt(contentEnd - 1) == '\n' || line.charAt(contentEnd - 1) == '\r')) {
        contentEnd--;
      }
      String content = line.substring(0, contentEnd);
      String blanksStripped = stripTrailingBlanks(content);
      int indent = indentation(content);
      if (blockParent >= 0 && (blanksStripped.isEmpty() || indent > blockParent)) {
        out.append(line); // block scalar content: tabs are text
      } else {
        blockParent = -1;
        out.append(fixed(content, blanksStripped)).append(line, contentEnd, line.length());
        String code = COMMENT.matcher(blanksStripped).replaceFirst("");
        if (!blanksStripped.isEmpty() && BLOCK_HEADER.matcher(code).matches()) {
          blockParent = indent;
        }
      }
      start = end;
    }
    return out.toString();
  }

  private static String fixed(String content, String blanksStripped) {
    if (blanksStripped.isEmpty() || blanksStripped.length() == content.length()) {
      return content;
    }
    char last = blanksStripped.charAt(blanksStripped.length() - 1);
    boolean indicator = (last == '-' || last == '?')
        && (blanksStripped.length() == 1 || isBlank(blanksStripped.charAt(blanksStripped.length() - 2)));
    if (indicator || last == '\\') {
      return content;
    }
    return blanksStripped + content.substring(blanksStripped.length()).replace('\t', ' ');
  }

  private static String stripTrailingBlanks(String s) {
    int end = s.length();
    while (end > 0 && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static int indentation(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
