package io.kubeprint.render.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.SecretMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON tree of an object: the tree Jackson makes of its fabric8 object, without nulls (none inside
 * untyped {@code extra()} fields either, where a null means the same as absent) and without empty typed
 * lists or maps; an empty top-level {@code spec} or {@code template} is left out too, while an empty object
 * in {@code extra()} stays, as its presence may matter. Every object's keys are sorted, and the top level is
 * ordered {@code apiVersion}, {@code kind}, {@code metadata}, then the rest sorted. Every renderer (YAML,
 * JSON, directory) writes this tree, which {@link #tree} builds straight from the model; the YAML emitter writes
 * the text of a typed object's tree without making it ({@link ToYaml}) when it can.
 */
public final class Canonical {
  /** The reference path's mapper, made when {@link #fabric8Tree} is first used (the renderer does not use it). */
  private static final class Reference {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
      MAPPER.setSerializationInclusion(JsonInclude.Include.NON_NULL);
      JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
      MAPPER.configOverride(List.class).setInclude(nonEmpty);
      MAPPER.configOverride(Collection.class).setInclude(nonEmpty);
      MAPPER.configOverride(Map.class).setInclude(nonEmpty);
      MAPPER.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
  }

  private Canonical() {}

  /** The canonical tree of {@code o}, built directly from the model ({@link ToTree}). */
  public static ObjectNode tree(KubeObject o, SecretMode mode) {
    return ordered(o, ToTree.object(o, mode));
  }

  /**
   * The canonical tree of {@code o} made the way the design describes it: {@code o} mapped to its fabric8
   * object ({@link ToFabric8}, the fabric8 interoperability mapping), serialized by Jackson, every object's
   * keys sorted. {@link #tree} gives the same tree without the fabric8 object (ToTreeTest checks it); this one
   * stays as the reference.
   */
  public static ObjectNode fabric8Tree(KubeObject o, SecretMode mode) {
    JsonNode raw = Reference.MAPPER.valueToTree(ToFabric8.object(o, mode));
    return ordered(o, (ObjectNode) sorted(raw));
  }

  /** The top level: {@code apiVersion}, {@code kind}, {@code metadata}, then the fields of {@code raw} in its order. */
  private static ObjectNode ordered(KubeObject o, ObjectNode raw) {
    FieldsNode out = FieldsNode.inOrder();
    TreeFields top = out.treeFields();
    top.appendNew("apiVersion", TextNode.valueOf(o.apiVersion()));
    top.appendNew("kind", TextNode.valueOf(o.kind().kindName()));
    JsonNode meta = raw.get("metadata");
    if (meta != null) {
      top.appendNew("metadata", meta);
    }
    // the keys of raw are distinct and those three are skipped, so each is new to the top level
    if (raw instanceof FieldsNode n) {
      TreeFields fields = n.treeFields();
      for (int i = 0; i < fields.size(); i++) {
        if (isKept(fields.key(i), fields.value(i))) {
          top.appendNew(fields.key(i), fields.value(i));
        }
      }
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (isKept(e.getKey(), e.getValue())) {
        top.appendNew(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** Whether a top-level field of the raw tree follows the three {@link #ordered} places first: it is none of them, nor empty. */
  private static boolean isKept(String k, JsonNode v) {
    boolean emptySpec = (k.equals("spec") || k.equals("template")) && v.isObject() && v.isEmpty();
    return !k.equals("apiVersion") && !k.equals("kind") && !k.equals("metadata") && !v.isNull() && !emptySpec;
  }

  private static JsonNode sorted(JsonNode n) {
    if (n.isObject()) {
      List<String> keys = new ArrayList<>(n.size());
      n.fieldNames().forEachRemaining(keys::add);
      Collections.sort(keys);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (String k : keys) {
        if (!n.get(k).isNull()) {
          out.set(k, sorted(n.get(k)));
        }
      }
      return out;
    }
    if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) n).set(i, sorted(n.get(i)));
      }
      return n;
    }
    return n;
  }

}
