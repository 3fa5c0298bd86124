package io.kubeprint.dsl;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
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
    super(Secret.class, ObjectMeta.builder().name(Checks.notBlank(name, "name")).build(), Fields.none());
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

  /** Sets the {@code data} entry {@code key} to the UTF-8 bytes of {@code plaintext}. */
  public SecretBuilder data(String key, String plaintext) {
    return put(key, Bytes.utf8(Checks.notNull(plaintext, "plaintext")));
  }

  /** Sets the {@code data} entry {@code key} to {@code value} (copied). */
  public SecretBuilder data(String key, byte[] value) {
    return put(key, Bytes.of(Checks.notNull(value, "value")));
  }

  private SecretBuilder put(String key, Bytes value) {
    Checks.notBlank(key, "key");
    Map<String, Bytes> m = new LinkedHashMap<>(secret.data());
    m.put(key, value);
    secret = secret.withData(m);
    return this;
  }

  /** Sets {@code type}; absent means {@code Opaque}. The constants are on {@link Secret}, e.g. {@code Secret.TLS}. */
  public SecretBuilder type(String type) {
    secret = secret.withType(Checks.notBlank(type, "type"));
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
