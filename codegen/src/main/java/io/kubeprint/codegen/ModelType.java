package io.kubeprint.codegen;

import java.util.List;

/**
 * A core model type the mappers handle: an {@code @Value.Immutable} interface with Kubernetes field names and an
 * {@code extra()} of untyped fields.
 *
 * @param qualifiedName e.g. {@code io.kubeprint.core.pod.Container}
 * @param simpleName e.g. {@code Container}
 * @param kind whether it is a kind (it implements {@code KubeObject}): its defaulted objects are always written
 * @param attributes its typed attributes in declaration order, without {@code extra()}
 * @param fabric8 the fabric8 class it maps to
 */
record ModelType(String qualifiedName, String simpleName, boolean kind, List<Attribute> attributes, String fabric8) {

  /** The mapper method's name ({@link Rules#methodName}). */
  String method() {
    return Rules.methodName(simpleName);
  }
}
