package io.kubeprint.render.internal;

import io.kubeprint.core.meta.Fields;

/** What the generated direct writer ({@code ToYamlGenerated}) shares: how it stops. */
abstract class YamlSupport {
  /**
   * Thrown, without a stack trace, when the text cannot take a value as the tree's writer would: the object is
   * then written through its tree. Never seen by callers of {@link ToYaml#write}.
   */
  static final RuntimeException NOT_DIRECT = new NotDirect();

  private static final class NotDirect extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotDirect() {
      super("not written directly", null, false, false);
    }
  }

  /** Untyped fields of a value ({@code extra()}) sit among its typed ones in the tree: those go through the tree. */
  static void direct(Fields extra) {
    if (!extra.isEmpty()) {
      throw NOT_DIRECT;
    }
  }
}
