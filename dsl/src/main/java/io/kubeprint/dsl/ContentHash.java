package io.kubeprint.dsl;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of a ConfigMap's or Secret's data, computed from one canonical byte form so that the same data
 * gives the same hash on every machine, whatever order the keys were added in.
 *
 * <p><b>Canonical bytes.</b> Every entry (ConfigMap {@code data} and {@code binaryData}, Secret {@code data})
 * in ascending order of its key's UTF-8 bytes (unsigned, byte by byte), each written as:
 * <pre>
 *   u32(length of key) key  tag  u32(length of value) value
 * </pre>
 * where {@code u32} is a 4-byte big-endian unsigned length, the key and a {@code data} string are their UTF-8
 * bytes, a {@code binaryData} or Secret value its raw bytes (not base64), and {@code tag} one byte:
 * {@code 'D'} (0x44) for a ConfigMap {@code data} entry, {@code 'B'} (0x42) for a ConfigMap
 * {@code binaryData} entry or a Secret entry. Nothing else (name, labels, {@code type}, {@code immutable})
 * takes part. The hash is the lower-case hex SHA-256 of those bytes; the name suffix is its first 10
 * characters (kustomize's suffix length).
 *
 * <p>A Secret's hash reveals nothing usable about a high-entropy value, but a guessable one (a short PIN, a
 * dictionary word) could be confirmed by hashing candidates: roll such Secrets some other way.
 */
public final class ContentHash {
  /** The number of hex characters of the hash in a name suffix. */
  public static final int SUFFIX_LENGTH = 10;

  private static final byte DATA = 'D';
  private static final byte BINARY = 'B';

  private ContentHash() {}

  /** The lower-case hex SHA-256 (64 characters) of {@code configMap}'s canonical bytes. */
  public static String sha256(ConfigMap configMap) {
    return sha256(canonicalBytes(Checks.notNull(configMap, "configMap")));
  }

  /** The lower-case hex SHA-256 (64 characters) of {@code secret}'s canonical bytes; never the values. */
  public static String sha256(Secret secret) {
    return sha256(canonicalBytes(Checks.notNull(secret, "secret")));
  }

  /** The first {@value #SUFFIX_LENGTH} characters of {@link #sha256(ConfigMap)}: {@code projectid-<suffix>}. */
  public static String suffix(ConfigMap configMap) {
    return sha256(configMap).substring(0, SUFFIX_LENGTH);
  }

  /** The first {@value #SUFFIX_LENGTH} characters of {@link #sha256(Secret)}. */
  public static String suffix(Secret secret) {
    return sha256(secret).substring(0, SUFFIX_LENGTH);
  }

  static byte[] canonicalBytes(ConfigMap configMap) {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, String> e : configMap.data().entrySet()) {
      entries.add(new Entry(utf8(e.getKey()), DATA, utf8(e.getValue())));
    }
    for (Map.Entry<String, Bytes> e : configMap.binaryData().entrySet()) {
      entries.add(new Entry(utf8(e.getKey()), BINARY, e.getValue().toByteArray()));
    }
    return canonical(entries);
  }

  static byte[] canonicalBytes(Secret secret) {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, Bytes> e : secret.data().entrySet()) {
      entries.add(new Entry(utf8(e.getKey()), BINARY, e.getValue().toByteArray()));
    }
    return canonical(entries);
  }

  private record Entry(byte[] key, byte tag, byte[] value) {}

  private static byte[] canonical(List<Entry> entries) {
    entries.sort((a, b) -> {
      int c = Arrays.compareUnsigned(a.key, b.key);
      return c != 0 ? c : Byte.compare(a.tag, b.tag);
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Entry e : entries) {
      lengthPrefixed(out, e.key);
      out.write(e.tag);
      lengthPrefixed(out, e.value);
    }
    return out.toByteArray();
  }

  private static void lengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
    int n = bytes.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.write(bytes, 0, n);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
