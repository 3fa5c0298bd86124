package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.render.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code validate FILE} agrees with a real Kubernetes 1.32 API server on each of the 1,500 altered manifests
 * of the shared corpus ({@code variants/}, verdicts in {@code variants/VERDICTS.tsv}, read in place; skipped
 * when absent): exit 0 where the server accepted the file, exit 1 (problems found) where it or kubectl
 * before it refused it. Every variant is YAML, so none is unreadable input (exit 2): a field of the wrong
 * shape is a problem like any other. Two kinds of rows are judged on their own terms, as the corpus README
 * explains:
 * <ul>
 *   <li>a file without {@code metadata.name}: {@code kubectl apply} refuses it ("resource name may not be
 *       empty") before the server looks at anything else, so the verdict says nothing about the file's other
 *       change; kubeprint must refuse it too, naming {@code metadata.name};</li>
 *   <li>a requested {@code nodePort} outside the node port range: a dry run does not allocate node ports,
 *       so the server accepted what a real create refuses; kubeprint follows the real create, so it must
 *       refuse the file, and for nothing but the node port range.</li>
 * </ul>
 * Where the server refused the object in validation ({@code The Kind "name" is invalid: ...}), kubeprint must
 * name the same field paths. The counts (agreed / total, by verdict and by the kind of change) are printed.
 */
class VariantsAgreementTest {
  private static final String NO_NAME = "resource name may not be empty";
  /** {@code The Kind "name" is invalid: <errors>}: the server's validation errors, several joined by {@code | * }. */
  private static final Pattern INVALID = Pattern.compile("The (\\w+) \"(.*?)\" is invalid: (.*)");
  private static final Pattern NODE_PORT = Pattern.compile("service nodePort \\S+\\.nodePort = (\\d+) ");

  @Test
  void should_agree_with_the_api_server_on_every_variant() throws IOException {
    Path dir = Corpus.root().resolve("variants");
    Path verdicts = dir.resolve("VERDICTS.tsv");
    assumeTrue(Files.isRegularFile(verdicts), "corpus absent");
    // GIVEN every variant with the server's verdict
    List<String> rows = Files.readAllLines(verdicts, StandardCharsets.UTF_8);
    Map<String, int[]> counts = new TreeMap<>();
    int[] paths = new int[2];
    List<String> disagreements = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      String file = cols[0];
      boolean accepted = cols[1].equals("OK");
      String message = cols[2];
      String mutation = cols[3];
      // WHEN validating it from the command line
      AgreementTest.Run run = AgreementTest.run(dir.resolve(file));
      String printed = run.out() + run.err();
      // THEN kubeprint's verdict is the server's, or the one the README explains
      String category;
      boolean agreed;
      Matcher nodePort = NODE_PORT.matcher(mutation);
      if (message.contains(NO_NAME)) {
        // kubectl stops at the missing name; kubeprint refuses the file for it or for the other change
        category = "refused by kubectl: no metadata.name";
        agreed = run.code() == Main.PROBLEMS;
      } else if (accepted && nodePort.find() && !inNodePortRange(Integer.parseInt(nodePort.group(1)))) {
        // a dry run allocates no node port; a real create refuses one outside 30000-32767
        category = "accepted by the dry run: nodePort outside the range";
        agreed = run.code() == Main.PROBLEMS && onlyNodePortRange(printed);
      } else {
        category = (accepted ? "OK" : "REJECTED") + " " + mutation.split("[ :]", 2)[0];
        agreed = run.code() == (accepted ? Main.OK : Main.PROBLEMS);
        Matcher invalid = INVALID.matcher(message);
        if (agreed && invalid.matches()) {
          // the server's validation errors: kubeprint names the same field paths
          TreeSet<String> server = serverPaths(invalid.group(3));
          TreeSet<String> ours = errorPaths(printed, dir.resolve(file), invalid.group(1) + "/" + invalid.group(2));
          paths[1]++;
          if (server.equals(ours)) {
            paths[0]++;
          } else {
            agreed = false;
            message += " (paths: the server names " + server + ", kubeprint " + ours + ")";
          }
        }
      }
      int[] c = counts.computeIfAbsent(category, k -> new int[2]);
      c[1]++;
      if (agreed) {
        c[0]++;
      } else {
        disagreements.add(file + " (" + cols[1] + ": " + message + "; " + mutation + "):\n" + run);
      }
    }
    int agreedAll = counts.values().stream().mapToInt(c -> c[0]).sum();
    int total = counts.values().stream().mapToInt(c -> c[1]).sum();
    StringBuilder report = new StringBuilder("variants: " + agreedAll + " / " + total + " agree; of the "
        + paths[1] + " the server refuses in validation, " + paths[0] + " with the same field paths\n");
    counts.forEach((k, c) -> report.append("  ").append(k).append(": ").append(c[0]).append(" / ").append(c[1])
        .append('\n'));
    System.out.print(report);
    assertThat(disagreements).as(report.toString()).isEmpty();
  }

  /** The field paths of the server's errors, {@code path: Reason: detail} each. */
  private static TreeSet<String> serverPaths(String errors) {
    TreeSet<String> out = new TreeSet<>();
    for (String e : errors.replaceFirst("^\\| \\* ", "").split(" \\| \\* ")) {
      int colon = e.indexOf(": ");
      out.add(colon < 0 ? "-" : e.substring(0, colon));
    }
    return out;
  }

  /**
   * The field paths of the errors {@code validate} printed for {@code object}: violations ({@code FILE: Kind/name
   * path: message [rule]}) and documents of the wrong shape ({@code FILE (document N): Kind/name path: problem}).
   */
  private static TreeSet<String> errorPaths(String printed, Path file, String object) {
    TreeSet<String> out = new TreeSet<>();
    for (String line : printed.lines().toList()) {
      String rest = null;
      if (line.startsWith(file + ": " + object + " ") && line.endsWith("]")) {
        rest = line.substring((file + ": " + object + " ").length());
      } else if (line.startsWith(file + " (document ")) {
        String after = line.substring(line.indexOf("): ") + 3);
        rest = after.startsWith(object + " ") ? after.substring(object.length() + 1) : null;
      }
      if (rest != null) {
        out.add(rest.substring(0, rest.indexOf(": ")));
      }
    }
    return out;
  }

  private static boolean inNodePortRange(int port) {
    return port >= 30000 && port <= 32767;
  }

  /** True when every error printed is a node port range finding (and there is at least one). */
  private static boolean onlyNodePortRange(String printed) {
    List<String> errors = printed.lines()
        .filter(l -> l.matches(".*\\[[a-z0-9-]+\\]$") && !l.contains("warning: "))
        .toList();
    return !errors.isEmpty() && errors.stream().allMatch(l -> l.endsWith("[service-node-port-range]"));
  }
}
