package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An object node of a canonical tree, whose fields ({@link TreeFields}) the emitter reads by index. */
final class FieldsNode extends ObjectNode {
  private static final long serialVersionUID = 1L;

  private FieldsNode(TreeFields fields) {
    super(JsonNodeFactory.instance, fields);
  }

  /** An empty object whose keys iterate in sorted order, whatever order they are put in. */
  static FieldsNode sorted() {
    return new FieldsNode(TreeFields.sorted());
  }

  /** An empty object whose keys iterate in the order they are first put. */
  static FieldsNode inOrder() {
    return new FieldsNode(TreeFields.inOrder());
  }

  /** The fields, in iteration order. */
  TreeFields treeFields() {
    return (TreeFields) _children;
  }
}
