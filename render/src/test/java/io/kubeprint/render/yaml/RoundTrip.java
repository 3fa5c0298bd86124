package io.kubeprint.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.Yaml;

/** Writes with {@link KubeYamlFactory} and reads back with a YAML 1.1, a YAML 1.2 and the Jackson reader. */
final class RoundTrip {
  static final ObjectMapper MAPPER = KubeYamlFactory.mapper();

  private RoundTrip() {}

  /** {@code node} as YAML text. */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document read by snakeyaml (YAML 1.1, its default resolver). */
  static Object readYaml11(String yaml) {
    return new Yaml().load(yaml);
  }

  /** The document read by snakeyaml-engine (YAML 1.2, core schema). */
  static Object readYaml12(String yaml) {
    return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
  }

  /** The document read by Jackson's YAML parser on the same factory. */
  static JsonNode readJackson(String yaml) {
    try {
      return MAPPER.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code value}, written as a map value and as a map key, reads back unchanged. */
  static void assertReadsBack(String value) {
    ObjectNode asValue = MAPPER.createObjectNode().put("k", value);
    String yaml = write(asValue);
    assertThat(readYaml11(yaml)).as("YAML 1.1 value of %s", yaml).isEqualTo(Map.of("k", value));
    assertThat(readYaml12(yaml)).as("YAML 1.2 value of %s", yaml).isEqualTo(Map.of("k", value));
    assertThat(readJackson(yaml)).as("Jackson value of %s", yaml).isEqualTo(asValue);

    ObjectNode asKey = MAPPER.createObjectNode().put(value, "v");
    String keyYaml = write(asKey);
    assertThat(readYaml11(keyYaml)).as("YAML 1.1 key of %s", keyYaml).isEqualTo(Map.of(value, "v"));
    assertThat(readYaml12(keyYaml)).as("YAML 1.2 key of %s", keyYaml).isEqualTo(Map.of(value, "v"));
    assertThat(readJackson(keyYaml)).as("Jackson key of %s", keyYaml).isEqualTo(asKey);
  }
}
