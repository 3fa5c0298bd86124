package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.ManifestReadException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a YAML or JSON stream into model objects: parse, schema check, typed read. A {@code v1 List} (what
 * {@code kubectl get -o yaml} and {@link io.kubeprint.render.Json} write for many objects) contributes its
 * items, as {@code kubectl apply} reads it.
 */
public final class Reading {
  private static final Set<String> LIST_FIELDS = Set.of("apiVersion", "kind", "metadata", "items");

  private Reading() {}

  /** Every object in the stream, in order; {@code source} names the stream in errors. */
  public static List<KubeObject> read(Reader in, String source) {
    List<GoYaml.Document> docs;
    try {
      docs = GoYaml.parse(in);
    } catch (TreeException e) {
      throw new ManifestReadException(source, e.document(), e.path(), e.problem());
    }
    List<KubeObject> out = new ArrayList<>(docs.size());
    for (GoYaml.Document d : docs) {
      try {
        if (isList(d.tree())) {
          JsonNode items = items(d.tree());
          for (int i = 0; i < items.size(); i++) {
            try {
              out.add(object(items.get(i)));
            } catch (TreeException e) {
              throw e.under("items[" + i + "]");
            }
          }
        } else {
          out.add(object(d.tree()));
        }
      } catch (TreeException e) {
        throw new ManifestReadException(source, d.index(), e.path(), e.problem());
      }
    }
    return out;
  }

  /**
   * One object from its JSON tree, checked as a document is; {@code source} names it in errors. For trees that
   * come from elsewhere than a stream, such as fabric8 objects.
   */
  public static KubeObject object(JsonNode tree, String source) {
    try {
      return object(tree);
    } catch (TreeException e) {
      throw new ManifestReadException(source, 0, e.path(), e.problem());
    }
  }

  private static KubeObject object(JsonNode tree) {
    Kind kind = FromTree.kindOf(tree);
    Strict.check(tree, kind);
    return FromTree.read(tree);
  }

  private static boolean isList(JsonNode doc) {
    return doc.isObject() && "v1".equals(doc.path("apiVersion").textValue())
        && "List".equals(doc.path("kind").textValue());
  }

  private static JsonNode items(JsonNode list) {
    for (Iterator<String> it = list.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!LIST_FIELDS.contains(f)) {
        throw new TreeException(f, "unknown field \"" + f + "\": a v1 List has apiVersion, kind, metadata and items");
      }
    }
    JsonNode items = list.get("items");
    if (items == null || items.isNull()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!items.isArray()) {
      throw new TreeException("items", "must be a list (was " + Node.describe(items) + ")");
    }
    return items;
  }
}
