package io.kubeprint.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Third-party YAML readers for checking rendered output: snakeyaml (YAML 1.1, its default resolver, as
 * kubectl's go-yaml reads scalars) and snakeyaml-engine (YAML 1.2, with the JSON schema it uses by default
 * and with the core schema), each reading every document of a stream into plain maps, lists and scalars.
 */
final class YamlReaders {
  /** Large enough for the scale tests' megabyte values and thousands of documents. */
  private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;

  private YamlReaders() {}

  /** Every document, read by snakeyaml as YAML 1.1. */
  static List<Object> yaml11(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(CODE_POINT_LIMIT);
    List<Object> out = new ArrayList<>();
    new Yaml(options).loadAll(yaml).forEach(out::add);
    return out;
  }

  /** Every document, read by snakeyaml-engine as YAML 1.2 with its default (JSON) schema. */
  static List<Object> yaml12(String yaml) {
    return yaml12(yaml, settings(yaml).build());
  }

  /** Every document, read by snakeyaml-engine as YAML 1.2 with the core schema. */
  static List<Object> yaml12Core(String yaml) {
    return yaml12(yaml, settings(yaml).setSchema(new CoreSchema()).build());
  }

  /**
   * snakeyaml-engine 2.10 fails with an {@link IndexOutOfBoundsException} when a surrogate pair (an emoji)
   * straddles the end of its 1024-character read buffer, as snakeyaml 2.3 did (kubeprint reads with snakeyaml
   * 2.5, which does not: {@code RoundTripFindingsTest}); a buffer holding the whole text has no such end.
   */
  private static LoadSettingsBuilder settings(String yaml) {
    return LoadSettings.builder().setCodePointLimit(CODE_POINT_LIMIT).setBufferSize(yaml.length() + 1);
  }

  private static List<Object> yaml12(String yaml, LoadSettings settings) {
    List<Object> out = new ArrayList<>();
    new Load(settings).loadAllFromString(yaml).forEach(out::add);
    return out;
  }

  /**
   * The node reached from {@code root} by {@code path}: a {@code String} step is a map key, an
   * {@code Integer} step a list index. Fails naming the step when the path leads nowhere.
   */
  static Object at(Object root, Object... path) {
    Object node = root;
    StringBuilder where = new StringBuilder();
    for (Object step : path) {
      where.append(step instanceof Integer ? "[" + step + "]" : "." + step);
      if (step instanceof Integer i && node instanceof List<?> list && i < list.size()) {
        node = list.get(i);
      } else if (step instanceof String key && node instanceof Map<?, ?> map && map.containsKey(key)) {
        node = map.get(key);
      } else {
        throw new AssertionError("nothing at " + where + " in " + root);
      }
    }
    return node;
  }
}
