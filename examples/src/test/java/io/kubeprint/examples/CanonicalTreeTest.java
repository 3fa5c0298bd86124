package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.internal.Canonical;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renderer's direct tree of the examples is the tree made through fabric8, key order included. */
class CanonicalTreeTest {

  @Test
  void should_build_the_chapter_app_as_fabric8_gives_it() {
    assertSameTrees(new Chap09().manifests().objects());
  }

  @Test
  void should_build_a_fleet_app_as_fabric8_gives_it() {
    assertSameTrees(Fleet.app(7));
  }

  private static void assertSameTrees(List<KubeObject> objects) {
    for (KubeObject o : objects) {
      for (SecretMode mode : SecretMode.values()) {
        ObjectNode direct = Canonical.tree(o, mode);
        ObjectNode fabric8 = Canonical.fabric8Tree(o, mode);
        assertThat(direct).as(o.displayName()).isEqualTo(fabric8);
        assertThat(direct.toString()).as(o.displayName()).isEqualTo(fabric8.toString());
      }
    }
  }
}
