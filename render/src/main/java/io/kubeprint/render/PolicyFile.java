package io.kubeprint.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kubeprint.core.policy.Check;
import io.kubeprint.core.policy.Level;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.policy.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project file {@code kubeprint.yaml}: which {@link Policy} a project gates its manifests on.
 *
 * <pre>{@code
 * policy:
 *   profile: restricted              # baseline | restricted | recommended | none, or a list of them
 *   namespaceLabels: true            # check pods at their Namespace's pod-security.kubernetes.io level (default true)
 *   checks:                          # per-check levels: off | warning | error
 *     latest-tag: error
 *     no-read-only-root-fs: warning
 *   waivers:                         # checks that do not apply to an object, and why
 *     - check: pss-run-as-non-root
 *       object: Deployment/legacy    # Kind/name, or * for every object
 *       reason: the image runs as root until the 2.0 release
 * }</pre>
 *
 * <p>Every mistake is reported at once with the key at fault ({@code kubeprint.yaml: policy.checks.latest-tags:
 * no such check}).
 */
public final class PolicyFile {
  /** The file's usual name. */
  public static final String FILE_NAME = "kubeprint.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> POLICY_KEYS = Set.of("profile", "namespaceLabels", "checks", "waivers");
  private static final Set<String> WAIVER_KEYS = Set.of("check", "object", "reason");

  private PolicyFile() {}

  /**
   * The policy {@code file} describes.
   *
   * @throws IllegalArgumentException naming the file and each key at fault when the file is not a valid project file
   * @throws UncheckedIOException when it cannot be read
   */
  public static Policy read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * The policy a project file's text describes; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException naming {@code source} and each key at fault
   */
  public static Policy parse(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": is not YAML: " + e.getOriginalMessage());
    }
    Problems problems = new Problems(source);
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new IllegalArgumentException(source + ": is empty; it needs a policy: section");
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(source + ": must be a mapping with a policy: section");
    }
    unknownKeys(root, "", Set.of("policy"), problems);
    JsonNode p = root.get("policy");
    if (p == null || !p.isObject()) {
      problems.add("policy", "must be a mapping (profile, checks, waivers)");
      throw problems.exception();
    }
    unknownKeys(p, "policy.", POLICY_KEYS, problems);
    Policy policy = Policy.none();
    JsonNode profile = p.get("profile");
    if (profile != null) {
      List<JsonNode> names = profile.isArray() ? iterable(profile) : List.of(profile);
      boolean first = true;
      for (int i = 0; i < names.size(); i++) {
        JsonNode n = names.get(i);
        String at = profile.isArray() ? "policy.profile[" + i + "]" : "policy.profile";
        try {
          Policy named = Policy.named(n.isTextual() ? n.asText() : n.toString());
          policy = first ? named : policy.and(named);
          first = false;
        } catch (IllegalArgumentException e) {
          problems.add(at, e.getMessage());
        }
      }
    }
    JsonNode labels = p.get("namespaceLabels");
    if (labels != null) {
      if (!labels.isBoolean()) {
        problems.add("policy.namespaceLabels", "must be true or false (was " + labels + ")");
      } else if (!labels.asBoolean()) {
        policy = policy.ignoringNamespaceLabels();
      }
    }
    JsonNode checks = p.get("checks");
    if (checks != null) {
      if (!checks.isObject()) {
        problems.add("policy.checks", "must map check ids to off, warning or error");
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String at = "policy.checks." + e.getKey();
          if (Check.byId(e.getKey()).isEmpty()) {
            problems.add(at, "no such check (checks: " + String.join(", ", Check.ids()) + ")");
            continue;
          }
          try {
            JsonNode v = e.getValue();
            // YAML 1.1 reads an unquoted off as false: take it for the level it was written as.
            policy = policy.with(e.getKey(), v.isBoolean() && !v.asBoolean() ? Level.OFF
                : Level.parse(v.isTextual() ? v.asText() : v.toString()));
          } catch (IllegalArgumentException x) {
            problems.add(at, x.getMessage());
          }
        }
      }
    }
    JsonNode waivers = p.get("waivers");
    if (waivers != null) {
      if (!waivers.isArray()) {
        problems.add("policy.waivers", "must be a list of {check, object, reason}");
      } else {
        List<JsonNode> list = iterable(waivers);
        for (int i = 0; i < list.size(); i++) {
          JsonNode w = list.get(i);
          String at = "policy.waivers[" + i + "]";
          if (!w.isObject()) {
            problems.add(at, "must be a mapping {check, object, reason}");
            continue;
          }
          unknownKeys(w, at + ".", WAIVER_KEYS, problems);
          String check = text(w, "check", at, problems);
          String object = text(w, "object", at, problems);
          String reason = text(w, "reason", at, problems);
          if (check != null && object != null && reason != null) {
            try {
              policy = policy.waive(Waiver.of(check, object, reason));
            } catch (IllegalArgumentException x) {
              problems.add(at, x.getMessage());
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    return policy;
  }

  private static String text(JsonNode w, String key, String at, Problems problems) {
    JsonNode v = w.get(key);
    if (v == null || !v.isTextual()) {
      problems.add(at + "." + key, v == null ? "is required" : "must be a string (was " + v + ")");
      return null;
    }
    return v.asText();
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> out = new java.util.ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static void unknownKeys(JsonNode node, String prefix, Set<String> known, Problems problems) {
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        problems.add(prefix + k, "unknown key (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    });
  }

  /** Every problem of one file. */
  private static final class Problems {
    private final String source;
    private final List<String> lines = new java.util.ArrayList<>();

    Problems(String source) {
      this.source = source;
    }

    void add(String key, String message) {
      lines.add(source + ": " + key + ": " + message);
    }

    boolean isEmpty() {
      return lines.isEmpty();
    }

    IllegalArgumentException exception() {
      return new IllegalArgumentException(String.join("\n", lines));
    }
  }
}
