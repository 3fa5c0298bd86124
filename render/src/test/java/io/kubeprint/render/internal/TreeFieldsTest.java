package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link TreeFields} behaves as the TreeMap (sorted) or LinkedHashMap (in order) it replaces. */
class TreeFieldsTest {

  @Test
  void should_behave_as_a_tree_map_when_sorted_and_as_a_linked_hash_map_in_order() {
    Random random = new Random(16);
    for (int round = 0; round < 2_000; round++) {
      // GIVEN the same random puts, replacements and removals on both maps
      boolean sorted = round % 2 == 0;
      TreeFields fields = sorted ? TreeFields.sorted() : TreeFields.inOrder();
      Map<String, JsonNode> expected = sorted ? new TreeMap<>() : new LinkedHashMap<>();
      int operations = random.nextInt(30);
      for (int i = 0; i < operations; i++) {
        String key = "k" + random.nextInt(12);
        switch (random.nextInt(5)) {
          case 0 -> assertThat(fields.remove(key)).isEqualTo(expected.remove(key));
          case 1 -> {
            Iterator<Map.Entry<String, JsonNode>> a = fields.entrySet().iterator();
            Iterator<Map.Entry<String, JsonNode>> b = expected.entrySet().iterator();
            while (a.hasNext()) {
              boolean drop = a.next().getValue().intValue() % 3 == 0;
              b.next();
              if (drop) {
                a.remove();
                b.remove();
              }
            }
          }
          default -> {
            IntNode value = IntNode.valueOf(random.nextInt(100));
            assertThat(fields.put(key, value)).isEqualTo(expected.put(key, value));
          }
        }
      }
      // THEN they hold the same fields in the same order, by iteration and by index
      assertThat(new ArrayList<>(fields.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
      assertThat(fields).isEqualTo(expected).hasSameHashCodeAs(expected);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        keys.add(fields.key(i));
        assertThat(fields.value(i)).isEqualTo(expected.get(fields.key(i)));
      }
      assertThat(keys).containsExactlyElementsOf(expected.keySet());
      for (int k = 0; k < 12; k++) {
        assertThat(fields.get("k" + k)).isEqualTo(expected.get("k" + k));
        assertThat(fields.containsKey("k" + k)).isEqualTo(expected.containsKey("k" + k));
      }
    }
  }
}
