package io.kubeprint.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the doc tests read off a page of docs/: its YAML snippets by name and its Java blocks. */
final class DocPages {
  /** A YAML block named by the comment above it: {@code <!-- snippet: NAME -->}. */
  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([a-z-]+) -->\n```yaml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVA = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  private DocPages() {}

  /** A file of the repository, as UTF-8 (paths relative to the examples module). */
  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The page {@code docs/NAME}. */
  static String page(String name) throws IOException {
    return read(Path.of("..", "docs", name));
  }

  /** The page's named YAML snippets, in page order. */
  static Map<String, String> snippets(String page) {
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher m = SNIPPET.matcher(page);
    while (m.find()) {
      shown.put(m.group(1), m.group(2));
    }
    return shown;
  }

  /** The non-blank lines of the page's Java blocks that {@code sources} does not contain, stripped. */
  static List<String> javaLinesNotIn(String page, String sources) {
    List<String> missing = new ArrayList<>();
    Matcher m = JAVA.matcher(page);
    while (m.find()) {
      for (String line : m.group(1).split("\n")) {
        if (!line.isBlank() && !sources.contains(line.strip())) {
          missing.add(line.strip());
        }
      }
    }
    return missing;
  }
}
