package io.kubeprint.cli.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubeprint.core.pod.Quantity;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The updates of a PersistentVolumeClaim the API server refuses ({@code ValidatePersistentVolumeClaimUpdate}): its
 * spec is immutable once created, but for {@code resources.requests.storage}, which may grow (of a bound claim),
 * and {@code volumeName}, which may be set once; the storage request never shrinks.
 */
final class ClaimUpdates {
  private static final String WHY = "a PersistentVolumeClaim's spec is immutable after creation except"
      + " resources.requests.storage, the API server refuses the change (delete and recreate)";

  private ClaimUpdates() {}

  /** Calls {@code refuse(path, why)} for each refused change from {@code before} to {@code after} (whole objects). */
  static void check(JsonNode before, JsonNode after, BiConsumer<String, String> refuse) {
    JsonNode a = before.get("spec");
    JsonNode b = after.get("spec");
    TreeSet<String> fields = new TreeSet<>();
    if (a != null) {
      a.fieldNames().forEachRemaining(fields::add);
    }
    if (b != null) {
      b.fieldNames().forEachRemaining(fields::add);
    }
    for (String f : fields) {
      JsonNode x = a == null ? null : a.get(f);
      JsonNode y = b == null ? null : b.get(f);
      if (f.equals("resources")) {
        resources(x, y, refuse);
      } else if (!Objects.equals(x, y) && !(f.equals("volumeName") && x == null)) {
        refuse.accept("spec." + f, WHY);
      }
    }
  }

  private static void resources(JsonNode a, JsonNode b, BiConsumer<String, String> refuse) {
    if (!Objects.equals(withoutStorageRequest(a), withoutStorageRequest(b))) {
      refuse.accept("spec.resources", WHY);
    }
    Quantity was = storage(a);
    Quantity now = storage(b);
    if (was != null && now != null && now.value().compareTo(was.value()) < 0) {
      refuse.accept("spec.resources.requests[storage]", "the API server refuses shrinking a claim's storage"
          + " request (was " + was + ", now " + now + ")");
    }
  }

  private static JsonNode withoutStorageRequest(JsonNode resources) {
    if (resources == null || !resources.isObject()) {
      return resources;
    }
    ObjectNode copy = ((ObjectNode) resources).deepCopy();
    JsonNode requests = copy.get("requests");
    if (requests instanceof ObjectNode r) {
      r.remove("storage");
      if (r.isEmpty()) {
        copy.remove("requests");
      }
    }
    return copy.isEmpty() ? null : copy;
  }

  private static Quantity storage(JsonNode resources) {
    JsonNode q = resources == null ? null : resources.path("requests").get("storage");
    if (q == null || !q.isValueNode()) {
      return null;
    }
    Quantity parsed = Quantity.of(q.asText());
    return parsed.isValid() ? parsed : null;
  }
}
