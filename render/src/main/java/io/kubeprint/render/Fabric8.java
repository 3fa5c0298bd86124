package io.kubeprint.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.internal.Reading;
import io.kubeprint.render.internal.ToFabric8;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Interoperability with fabric8's kubernetes-model: objects built with fabric8 (or read by its client) join a
 * {@link Bundle}, and kubeprint objects become fabric8 ones, losslessly both ways.
 *
 * <pre>{@code
 * Ingress ingress = new IngressBuilder().withNewMetadata().withName("web").endMetadata()...build();
 * Bundle app = Bundle.of(web, service).plus(Fabric8.toKubeprint(ingress));   // a GenericObject
 * HasMetadata f = Fabric8.toFabric8(web);                                    // a fabric8 Deployment
 * }</pre>
 *
 * A fabric8 object of a typed kind (Deployment, Service, ...) becomes that typed value; any other becomes a
 * {@link io.kubeprint.core.meta.GenericObject}. It is read as a manifest is, so a field Kubernetes 1.32 does
 * not have is refused.
 */
public final class Fabric8 {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private Fabric8() {}

  /**
   * The kubeprint value of a fabric8 object.
   *
   * @throws ManifestReadException when the object does not fit the Kubernetes schema, naming the field
   */
  public static KubeObject toKubeprint(HasMetadata object) {
    Objects.requireNonNull(object, "object == null");
    JsonNode tree = MAPPER.valueToTree(object);
    String name = object.getMetadata() == null ? "" : object.getMetadata().getName();
    return Reading.object(tree, "fabric8 " + object.getKind() + "/" + (name == null ? "" : name));
  }

  /** A bundle of fabric8 objects, in the order given. */
  public static Bundle bundle(Collection<? extends HasMetadata> objects) {
    Objects.requireNonNull(objects, "objects == null");
    List<KubeObject> out = new ArrayList<>(objects.size());
    for (HasMetadata o : objects) {
      out.add(toKubeprint(o));
    }
    return Bundle.of(out);
  }

  /**
   * The fabric8 object of a kubeprint value: the fabric8 class of a typed kind, or a
   * {@code GenericKubernetesResource} for other kinds; Secret values base64-encoded as in a manifest.
   */
  public static HasMetadata toFabric8(KubeObject object) {
    Objects.requireNonNull(object, "object == null");
    return ToFabric8.object(object, SecretMode.BASE64);
  }
}
