package io.kubeprint.cli.importer;

import io.kubeprint.core.meta.KubeObject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** One imported object: where it came from, the Java name it gets, and the objects its code refers to. */
final class Entry {
  final KubeObject object;
  final String source;
  String id;
  final Set<Entry> deps = new LinkedHashSet<>();

  Entry(KubeObject object, String source) {
    this.object = object;
    this.source = source;
  }

  Optional<String> namespace() {
    return object.metadata().namespace();
  }
}
