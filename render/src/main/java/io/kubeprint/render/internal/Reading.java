package io.kubeprint.render.internal;

import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.ManifestReadException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads a YAML or JSON stream into model objects: parse, schema check, typed read. */
public final class Reading {
  private Reading() {}

  /** Every object in the stream, in order; {@code source} names the stream in errors. */
  public static List<KubeObject> read(Reader in, String source) {
    List<GoYaml.Document> docs;
    try {
      docs = GoYaml.parse(in);
    } catch (TreeException e) {
      throw new ManifestReadException(source, 0, e.path(), e.problem());
    }
    List<KubeObject> out = new ArrayList<>(docs.size());
    for (GoYaml.Document d : docs) {
      try {
        Kind kind = FromTree.kindOf(d.tree());
        Strict.check(d.tree(), kind);
        out.add(FromTree.read(d.tree()));
      } catch (TreeException e) {
        throw new ManifestReadException(source, d.index(), e.path(), e.problem());
      }
    }
    return out;
  }
}
