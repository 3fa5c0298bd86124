package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tree nodes for kubeprint's small values, shared by the direct mapping: each as Jackson makes it of the
 * fabric8 value {@link Fabric8Support} maps it to (an {@code IntOrString} is a number or a string, a
 * quantity its text), objects whose keys stay sorted, and untyped values without null fields.
 */
abstract class TreeSupport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Jackson's mapper, for decimals only: made when first needed, so that a tree of the common kinds loads none of it. */
  private static final class Decimals {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** An empty object whose keys iterate in sorted order, whatever order they are put in. */
  static ObjectNode object() {
    return FieldsNode.sorted();
  }

  static JsonNode intOrString(IntOrString v) {
    return v.isInt() ? IntNode.valueOf(v.intValue()) : TextNode.valueOf(v.strValue());
  }

  static JsonNode quantity(Quantity q) {
    return TextNode.valueOf(q.toString());
  }

  static ObjectNode quantities(Map<String, Quantity> in) {
    ObjectNode out = object();
    in.forEach((k, q) -> out.set(k, quantity(q)));
    return out;
  }

  static ObjectNode strings(Map<String, String> in) {
    ObjectNode out = object();
    in.forEach((k, v) -> out.set(k, TextNode.valueOf(v)));
    return out;
  }

  /** A list of strings, whole numbers or booleans. */
  static ArrayNode scalars(List<?> in) {
    ArrayNode out = NODES.arrayNode(in.size());
    for (Object v : in) {
      out.add(untyped(v));
    }
    return out;
  }

  static <A> ArrayNode list(List<A> in, Function<A, ? extends JsonNode> f) {
    ArrayNode out = NODES.arrayNode(in.size());
    for (A a : in) {
      out.add(f.apply(a));
    }
    return out;
  }

  static ArrayNode fieldsList(List<Fields> in) {
    ArrayNode out = NODES.arrayNode(in.size());
    for (Fields f : in) {
      out.add(untyped(f.asMap()));
    }
    return out;
  }

  /** Puts the untyped fields beside the typed ones in {@code f}; a null field is left out, as absent. */
  static void extra(ObjectNode f, Fields extra) {
    if (extra.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Object> e : extra.asMap().entrySet()) {
      if (e.getValue() != null) {
        f.set(e.getKey(), untyped(e.getValue()));
      }
    }
  }

  /**
   * The node of a JSON-shaped value ({@link Fields}' types, and the Integer of a typed list): null fields of
   * maps are left out, nulls in lists kept.
   */
  static JsonNode untyped(Object v) {
    if (v == null) {
      return NullNode.getInstance();
    }
    if (v instanceof String s) {
      return TextNode.valueOf(s);
    }
    if (v instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    if (v instanceof Long l) {
      return LongNode.valueOf(l);
    }
    if (v instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (v instanceof BigInteger b) {
      return BigIntegerNode.valueOf(b);
    }
    if (v instanceof BigDecimal) {
      return Decimals.MAPPER.valueToTree(v);
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode out = object();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() != null) {
          out.set((String) e.getKey(), untyped(e.getValue()));
        }
      }
      return out;
    }
    if (v instanceof List<?> l) {
      return scalars(l);
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
  }
}
