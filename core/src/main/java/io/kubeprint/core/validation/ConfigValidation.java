package io.kubeprint.core.validation;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Rules for ConfigMaps and Secrets: {@code ValidateConfigMap} and {@code ValidateSecret}
 * ({@code pkg/apis/core/validation}), after {@code SetDefaults_Secret} (no {@code type} is {@code Opaque}).
 * {@code stringData} has already been folded into {@code data}, as the API server does before validating.
 * No message ever shows a Secret value; keys are not secret and are shown.
 */
final class ConfigValidation {

  /** {@code IsConfigMapKey} on each {@code data} and {@code binaryData} key of a ConfigMap. */
  static final Rule CONFIG_MAP_KEY_SYNTAX = Rule.of("configmap-key-syntax", "ValidateConfigMap",
      "each ConfigMap `data` and `binaryData` key is at most 253 characters of letters, digits, '-', '_' and '.', and not '.' or '..'");
  /** A key may live in {@code data} or in {@code binaryData}, not both. */
  static final Rule CONFIG_MAP_KEY_DUPLICATE = Rule.of("configmap-key-duplicate", "ValidateConfigMap",
      "no key is in both `data` and `binaryData` of a ConfigMap");
  /** All values together fit in 1 MiB. */
  static final Rule CONFIG_MAP_SIZE = Rule.of("configmap-size", "ValidateConfigMap",
      "the `data` and `binaryData` values of a ConfigMap total at most 1048576 bytes");
  /** {@code IsConfigMapKey} on each {@code data} (and {@code stringData}) key of a Secret. */
  static final Rule SECRET_KEY_SYNTAX = Rule.of("secret-key-syntax", "ValidateSecret",
      "each Secret `data` and `stringData` key is at most 253 characters of letters, digits, '-', '_' and '.', and not '.' or '..'");
  /** All values together fit in 1 MiB. */
  static final Rule SECRET_SIZE = Rule.of("secret-size", "ValidateSecret",
      "the `data` values of a Secret total at most 1048576 bytes");
  /** The keys each built-in Secret type requires. */
  static final Rule SECRET_TYPE_KEYS = Rule.of("secret-type-keys", "ValidateSecret",
      "a Secret of a built-in type has its keys: `tls.crt` and `tls.key`; `.dockerconfigjson`; `.dockercfg`; `username` or `password`; a non-empty `ssh-privatekey`");
  /** Docker config Secrets hold a JSON object. */
  static final Rule SECRET_DOCKER_CONFIG_JSON = Rule.of("secret-docker-config-json", "ValidateSecret",
      "the `.dockerconfigjson` or `.dockercfg` value of a docker config Secret is a JSON object");
  /** A service account token Secret names its ServiceAccount. */
  static final Rule SECRET_SERVICE_ACCOUNT = Rule.of("secret-service-account-annotation", "ValidateSecret",
      "a `kubernetes.io/service-account-token` Secret has the annotation `kubernetes.io/service-account.name`");

  /** {@code core.MaxSecretSize}, which also bounds ConfigMaps. */
  static final int MAX_SIZE = 1024 * 1024;
  private static final String SERVICE_ACCOUNT_NAME = "kubernetes.io/service-account.name";

  private ConfigValidation() {}

  /** {@code ValidateConfigMap}. */
  static void configMap(ConfigMap c, Violations v) {
    MetaValidation.objectMeta(c.metadata(), FieldPath.of("metadata"), v);
    long total = 0;
    FieldPath data = FieldPath.of("data");
    for (Map.Entry<String, String> e : c.data().entrySet()) {
      String key = e.getKey();
      for (String msg : Syntax.isConfigMapKey(key)) {
        v.add(CONFIG_MAP_KEY_SYNTAX, data.key(key), msg + " (was \"" + key + "\")");
      }
      if (c.binaryData().containsKey(key)) {
        v.add(CONFIG_MAP_KEY_DUPLICATE, data.key(key),
            "must not also be a key of binaryData (was \"" + key + "\" in both)");
      }
      total += e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    FieldPath binary = FieldPath.of("binaryData");
    for (Map.Entry<String, Bytes> e : c.binaryData().entrySet()) {
      for (String msg : Syntax.isConfigMapKey(e.getKey())) {
        v.add(CONFIG_MAP_KEY_SYNTAX, binary.key(e.getKey()), msg + " (was \"" + e.getKey() + "\")");
      }
      total += e.getValue().size();
    }
    if (total > MAX_SIZE) {
      // Upstream reports this on the whole object (an empty path).
      v.add(CONFIG_MAP_SIZE, FieldPath.root(),
          "data and binaryData must have at most " + MAX_SIZE + " bytes in total (was " + total + " bytes)");
    }
  }

  /** {@code ValidateSecret}. */
  static void secret(Secret s, Violations v) {
    MetaValidation.objectMeta(s.metadata(), FieldPath.of("metadata"), v);
    FieldPath data = FieldPath.of("data");
    Map<String, Bytes> values = s.data();
    long total = 0;
    for (Map.Entry<String, Bytes> e : values.entrySet()) {
      for (String msg : Syntax.isConfigMapKey(e.getKey())) {
        v.add(SECRET_KEY_SYNTAX, data.key(e.getKey()), msg + " (was \"" + e.getKey() + "\")");
      }
      total += e.getValue().size();
    }
    if (total > MAX_SIZE) {
      v.add(SECRET_SIZE, data, "must have at most " + MAX_SIZE + " bytes in total (was " + total + " bytes)");
    }
    String type = s.type().filter(t -> !t.isEmpty()).orElse(Secret.OPAQUE);
    switch (type) {
      case "kubernetes.io/service-account-token" -> {
        String account = s.metadata().annotations().get(SERVICE_ACCOUNT_NAME);
        if (account == null || account.isEmpty()) {
          v.add(SECRET_SERVICE_ACCOUNT, FieldPath.of("metadata", "annotations").key(SERVICE_ACCOUNT_NAME),
              "is required for a Secret of type " + type);
        }
      }
      case "kubernetes.io/dockercfg" -> dockerConfig(values, ".dockercfg", type, data, v);
      case Secret.DOCKER_CONFIG_JSON -> dockerConfig(values, ".dockerconfigjson", type, data, v);
      case Secret.BASIC_AUTH -> {
        if (!values.containsKey("username") && !values.containsKey("password")) {
          v.add(SECRET_TYPE_KEYS, data.key("username"), "is required (or password) for a Secret of type " + type);
          v.add(SECRET_TYPE_KEYS, data.key("password"), "is required (or username) for a Secret of type " + type);
        }
      }
      case Secret.SSH_AUTH -> {
        Bytes key = values.get("ssh-privatekey");
        if (key == null || key.size() == 0) {
          v.add(SECRET_TYPE_KEYS, data.key("ssh-privatekey"), "is required and non-empty for a Secret of type " + type
              + (key == null ? "" : " (was empty)"));
        }
      }
      case Secret.TLS -> {
        for (String required : new String[] {"tls.crt", "tls.key"}) {
          if (!values.containsKey(required)) {
            v.add(SECRET_TYPE_KEYS, data.key(required), "is required for a Secret of type " + type);
          }
        }
      }
      default -> { }
    }
  }

  /** The required key of a docker config Secret, holding JSON that decodes into an object. */
  private static void dockerConfig(Map<String, Bytes> values, String key, String type, FieldPath data, Violations v) {
    Bytes value = values.get(key);
    if (value == null) {
      v.add(SECRET_TYPE_KEYS, data.key(key), "is required for a Secret of type " + type);
    } else if (!isJsonObjectOrNull(value.toByteArray())) {
      v.add(SECRET_DOCKER_CONFIG_JSON, data.key(key), "must be a JSON object (value redacted)");
    }
  }

  /**
   * Whether Go's {@code json.Unmarshal} into a {@code map[string]interface{}} succeeds: the bytes are one JSON
   * value, an object or {@code null}, with nothing but whitespace around it, nested at most 10000 deep, and with
   * every number within a float64's range.
   */
  static boolean isJsonObjectOrNull(byte[] in) {
    JsonScanner scan = new JsonScanner(in);
    int first = scan.skipSpace();
    if (!scan.value()) {
      return false;
    }
    scan.skipSpace();
    if (scan.pos != in.length) {
      return false;
    }
    return first == '{' || first == 'n';
  }

  /** A JSON syntax checker with Go's grammar; it walks containers without recursion. */
  private static final class JsonScanner {
    private static final int MAX_DEPTH = 10000;
    private final byte[] in;
    private int pos;

    JsonScanner(byte[] in) {
      this.in = in;
    }

    int skipSpace() {
      while (pos < in.length && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\n' || in[pos] == '\r')) {
        pos++;
      }
      return pos < in.length ? in[pos] : -1;
    }

    /** One value; containers are tracked on a stack of '{' and '['. */
    boolean value() {
      Deque<Byte> stack = new ArrayDeque<>();
      while (true) {
        int c = skipSpace();
        if (c == '{' || c == '[') {
          if (stack.size() >= MAX_DEPTH) {
            return false;
          }
          pos++;
          stack.push((byte) c);
          int next = skipSpace();
          if (next == (c == '{' ? '}' : ']')) {
            pos++;
            stack.pop();
          } else if (c == '{' && !key()) {
            return false;
          } else {
            continue;
          }
        } else if (!scalar(c)) {
          return false;
        }
        // After a value: close containers or move to the next element.
        while (true) {
          if (stack.isEmpty()) {
            return true;
          }
          int d = skipSpace();
          byte top = stack.peek();
          if (d == ',') {
            pos++;
            if (top == '{' && !key()) {
              return false;
            }
            break;
          }
          if ((top == '{' && d == '}') || (top == '[' && d == ']')) {
            pos++;
            stack.pop();
            continue;
          }
          return false;
        }
      }
    }

    /** An object key and its colon. */
    private boolean key() {
      if (skipSpace() != '"' || !string()) {
        return false;
      }
      if (skipSpace() != ':') {
        return false;
      }
      pos++;
      return true;
    }

    private boolean scalar(int c) {
      switch (c) {
        case '"':
          return string();
        case 't':
          return literal("true");
        case 'f':
          return literal("false");
        case 'n':
          return literal("null");
        default:
          return c == '-' || (c >= '0' && c <= '9') ? number() : false;
      }
    }

    private boolean literal(String word) {
      for (int i = 0; i < word.length(); i++) {
        if (pos + i >= in.length || in[pos + i] != word.charAt(i)) {
          return false;
        }
      }
      pos += word.length();
      return true;
    }

    private boolean string() {
      pos++; // opening quote
      while (pos < in.length) {
        int b = in[pos] & 0xff;
        if (b == '"') {
          pos++;
          return true;
        }
        if (b < 0x20) {
          return false;
        }
        if (b == '\\') {
          pos++;
          if (pos >= in.length) {
            return false;
          }
          int e = in[pos];
          if (e == 'u') {
            for (int i = 1; i <= 4; i++) {
              if (pos + i >= in.length || Character.digit(in[pos + i], 16) < 0) {
                return false;
              }
            }
            pos += 4;
          } else if ("\"\\/bfnrt".indexOf(e) < 0) {
            return false;
          }
        }
        pos++;
      }
      return false;
    }

    private boolean number() {
      int start = pos;
      if (in[pos] == '-') {
        pos++;
      }
      if (pos >= in.length) {
        return false;
      }
      if (in[pos] == '0') {
        pos++;
      } else if (in[pos] >= '1' && in[pos] <= '9') {
        digits();
      } else {
        return false;
      }
      if (pos < in.length && in[pos] == '.') {
        pos++;
        if (digits() == 0) {
          return false;
        }
      }
      if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
        pos++;
        if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
          pos++;
        }
        if (digits() == 0) {
          return false;
        }
      }
      double d = Double.parseDouble(new String(in, start, pos - start, StandardCharsets.US_ASCII));
      return !Double.isInfinite(d);
    }

    private int digits() {
      int n = 0;
      while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
        pos++;
        n++;
      }
      return n;
    }
  }
}
