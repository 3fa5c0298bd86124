package io.kubeprint.render;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.render.internal.Emitter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Streams objects as one multi-document YAML stream, one at a time and in the order written, for output too
 * large to hold as a {@link io.kubeprint.core.Bundle}: objects generated on the fly are written and dropped.
 * The text is what {@link Yaml#write(io.kubeprint.core.Bundle, java.io.Writer, RenderOptions)} writes for a bundle
 * of the same objects when they come in {@link Yaml#APPLY_ORDER}; the order is the caller's to keep. So are
 * the checks across objects: with {@link RenderOptions#validate()} each object is validated alone (the API
 * server's rules) before it is written; validate related objects together as a bundle first.
 *
 * <pre>{@code
 * try (YamlWriter w = Yaml.writer(out, RenderOptions.defaults())) {
 *   for (int i : order) {
 *     w.write(configMap(i));
 *   }
 * }
 * }</pre>
 */
public final class YamlWriter implements Closeable {
  private final Emitter emitter;
  private final RenderOptions options;
  private long documents;

  YamlWriter(Emitter emitter, RenderOptions options) {
    this.emitter = emitter;
    this.options = Objects.requireNonNull(options, "options == null");
  }

  /**
   * Writes {@code object} as the next document, after validating it alone when the options say so.
   *
   * @throws ManifestValidationException listing every error when validating and {@code object} is invalid;
   *     nothing is written then
   * @throws UncheckedIOException when the writer fails
   */
  public void write(KubeObject object) {
    Objects.requireNonNull(object, "object == null");
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(options.problems(object));
    }
    try {
      emitter.write(object, options.secrets());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    documents++;
  }

  /** The number of documents written so far. */
  public long documents() {
    return documents;
  }

  /** Ends the stream and flushes the writer, leaving it open. */
  @Override
  public void close() {
    try {
      emitter.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
