package io.kubeprint.dsl;

import java.util.List;
import java.util.Map;

/**
 * One requirement on a node's labels ({@code matchExpressions[]} of a {@code nodeSelectorTerm}):
 * {@code nodeLabel("kubernetes.io/arch").in("amd64", "arm64")}, {@code nodeLabel("gpu").exists()},
 * {@code nodeLabel("cores").gt(8)}. Immutable; the validator checks the key's syntax and the values the
 * operator needs, at the API server's path.
 */
public final class NodeMatch {
  private final String key;
  private final String operator;
  private final List<String> values;

  private NodeMatch(String key, String operator, List<String> values) {
    this.key = key;
    this.operator = operator;
    this.values = values;
  }

  /** The label key a requirement is about; pick the operator next. */
  public static Key key(String key) {
    return new Key(Checks.notBlank(key, "key"));
  }

  /** The label key of a node requirement, waiting for its operator. */
  public static final class Key {
    private final String key;

    private Key(String key) {
      this.key = key;
    }

    /** {@code operator: In}: the label has one of {@code values}. */
    public NodeMatch in(String... values) {
      return new NodeMatch(key, "In", Checks.strings(values, "values"));
    }

    /** {@code operator: NotIn}: the label is absent or has none of {@code values}. */
    public NodeMatch notIn(String... values) {
      return new NodeMatch(key, "NotIn", Checks.strings(values, "values"));
    }

    /** {@code operator: Exists}: the node has the label, whatever its value. */
    public NodeMatch exists() {
      return new NodeMatch(key, "Exists", List.of());
    }

    /** {@code operator: DoesNotExist}: the node does not have the label. */
    public NodeMatch doesNotExist() {
      return new NodeMatch(key, "DoesNotExist", List.of());
    }

    /** {@code operator: Gt}: the label's value, read as an integer, is greater than {@code value}. */
    public NodeMatch gt(long value) {
      return new NodeMatch(key, "Gt", List.of(Long.toString(value)));
    }

    /** {@code operator: Lt}: the label's value, read as an integer, is less than {@code value}. */
    public NodeMatch lt(long value) {
      return new NodeMatch(key, "Lt", List.of(Long.toString(value)));
    }
  }

  /** The API's shape: {@code {key, operator, values}} ({@code values} left out when empty). */
  Map<String, Object> toMap() {
    return Raw.map("key", key, "operator", operator, "values", values.isEmpty() ? null : values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeMatch m && m.key.equals(key) && m.operator.equals(operator) && m.values.equals(values);
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  /** {@code key operator values}, e.g. {@code kubernetes.io/arch In [amd64]}. */
  @Override
  public String toString() {
    return key + " " + operator + (values.isEmpty() ? "" : " " + values);
  }
}
