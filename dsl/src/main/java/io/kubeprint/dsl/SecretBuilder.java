package io.kubeprint.dsl;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link Secret}: {@code secret("apikey").data("id", "client-1234").data("key", "s3cr3t").build()}.
 *
 * <p>Plaintext goes in; values are held as bytes, printed as {@code ****} and base64-encoded only by the
 * renderer. No message of this builder contains a value. {@code type} stays absent ({@code Opaque}) unless set,
 * directly or by one of the typed shapes ({@link #tls}, {@link #basicAuth}, {@link #dockerConfigJson},
 * {@link #sshAuth}).
 */
public final class SecretBuilder extends ObjectBuilder<SecretBuilder, Secret> {
  private Secret secret;

  SecretBuilder(String name) {
    super(Secret.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.secret = Secret.builder().build();
  }

  SecretBuilder(Secret existing) {
    super(Secret.class, Checks.notNull(existing, "secret").metadata(), existing.extra());
    this.secret = existing;
  }

  @Override
  SecretBuilder self() {
    return this;
  }

  /**
   * Sets the {@code data} entry {@code key} to the UTF-8 bytes of {@code plaintext}; the renderer base64-encodes
   * them. A value that already looks base64-encoded (base64 characters only, a length that is a multiple of 4, at
   * least 8 characters) and decodes to printable text would be encoded twice: a warning on the logger
   * {@value #LOGGER} names the Secret and the key, never the value; call {@link #dataBase64(String, String)} for
   * such a value.
   */
  public SecretBuilder data(String key, String plaintext) {
    Checks.notNull(plaintext, "plaintext");
    if (looksBase64OfText(plaintext)) {
      System.getLogger(LOGGER).log(System.Logger.Level.WARNING, "Secret/" + metadata.name().orElse("") + " data."
          + key + ": looks base64-encoded and decodes to printable text (value redacted); it will be encoded"
          + " again: use dataBase64(\"" + key + "\", ..) if it is encoded already");
    }
    return put(key, Bytes.utf8(plaintext));
  }

  /** The logger {@link #data(String, String)} warns on. */
  public static final String LOGGER = "io.kubeprint.dsl.SecretBuilder";

  /**
   * Sets the {@code data} entry {@code key} to the bytes {@code base64} encodes (standard alphabet, with padding,
   * as {@code data:} in a manifest holds them): {@code .dataBase64("password", "czNjcjN0")} renders
   * {@code password: czNjcjN0}.
   *
   * @throws IllegalArgumentException when {@code base64} is not base64, naming the key, never the value
   */
  public SecretBuilder dataBase64(String key, String base64) {
    Checks.notNull(base64, "base64");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("base64 for key " + key + " of Secret/" + metadata.name().orElse("")
          + " must be base64 (value redacted)", null);
    }
    return put(key, Bytes.of(bytes));
  }

  /** Whether {@code value} is base64 of at least 6 bytes (8 characters) that decode to printable UTF-8 text. */
  static boolean looksBase64OfText(String value) {
    if (value.length() < 8 || value.length() % 4 != 0 || !value.matches("[A-Za-z0-9+/]+={0,2}")) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
    return text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || c >= 0x20 && c != 0x7f
        && !Character.isISOControl(c));
  }

  /** Sets the {@code data} entry {@code key} to {@code value} (copied). */
  public SecretBuilder data(String key, byte[] value) {
    return put(key, Bytes.of(Checks.notNull(value, "value")));
  }

  private SecretBuilder put(String key, Bytes value) {
    Checks.notNull(key, "key");
    Map<String, Bytes> m = new LinkedHashMap<>(secret.data());
    m.put(key, value);
    secret = secret.withData(m);
    return this;
  }

  /** Sets {@code type}; absent means {@code Opaque}. The constants are on {@link Secret}, e.g. {@code Secret.TLS}. */
  public SecretBuilder type(String type) {
    secret = secret.withType(Checks.notNull(type, "type"));
    return this;
  }

  /** A TLS Secret: {@code type: kubernetes.io/tls} with {@code tls.crt} and {@code tls.key} (PEM text). */
  public SecretBuilder tls(String certificatePem, String privateKeyPem) {
    Checks.notNull(certificatePem, "certificatePem");
    Checks.notNull(privateKeyPem, "privateKeyPem");
    return type(Secret.TLS).data("tls.crt", certificatePem).data("tls.key", privateKeyPem);
  }

  /** A basic-auth Secret: {@code type: kubernetes.io/basic-auth} with {@code username} and {@code password}. */
  public SecretBuilder basicAuth(String username, String password) {
    Checks.notNull(username, "username");
    Checks.notNull(password, "password");
    return type(Secret.BASIC_AUTH).data("username", username).data("password", password);
  }

  /** An image-pull Secret: {@code type: kubernetes.io/dockerconfigjson} with {@code .dockerconfigjson}. */
  public SecretBuilder dockerConfigJson(String json) {
    Checks.notNull(json, "json");
    return type(Secret.DOCKER_CONFIG_JSON).data(".dockerconfigjson", json);
  }

  /** An SSH Secret: {@code type: kubernetes.io/ssh-auth} with {@code ssh-privatekey}. */
  public SecretBuilder sshAuth(String privateKey) {
    Checks.notNull(privateKey, "privateKey");
    return type(Secret.SSH_AUTH).data("ssh-privatekey", privateKey);
  }

  /** Sets {@code immutable: true}: the data can never change (absent by default, meaning mutable). */
  public SecretBuilder immutable() {
    secret = secret.withImmutable(true);
    return this;
  }

  @Override
  public Secret build() {
    return secret.withMetadata(metadata).withExtra(extra);
  }
}
