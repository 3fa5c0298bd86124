package io.kubeprint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.service.Service;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** {@link Bundle#get(Class, String)}: the typed look-up by kind and name. */
class BundleGetTest {
  private static ConfigMap configMap(String namespace, String name) {
    ObjectMeta.Builder meta = ObjectMeta.builder().name(name);
    if (namespace != null) {
      meta.namespace(namespace);
    }
    return ConfigMap.builder().metadata(meta.build()).putData("k", "v").build();
  }

  private static final ConfigMap SETTINGS = configMap("shop", "settings");
  private static final ConfigMap HASHED = ConfigMap.builder().metadata(ObjectMeta.builder().name("api-settings-5adf1bf2be")
      .namespace("shop").putLabel(Bundle.HASHED_FROM_LABEL, "api-settings").build()).putData("k", "v").build();

  @Test
  void should_get_an_object_by_type_and_name_in_any_namespace() {
    Bundle b = Bundle.of(SETTINGS, HASHED);
    ConfigMap found = b.get(ConfigMap.class, "settings");
    assertThat(found).isSameAs(SETTINGS);
    assertThat(b.get(ConfigMap.class, "shop", "settings")).isSameAs(SETTINGS);
  }

  @Test
  void should_get_a_roll_on_change_copy_by_the_name_it_was_renamed_from() {
    Bundle b = Bundle.of(SETTINGS, HASHED);
    assertThat(b.get(ConfigMap.class, "api-settings")).isSameAs(HASHED);
    assertThat(b.get(ConfigMap.class, "api-settings-5adf1bf2be")).isSameAs(HASHED);
    assertThat(Bundle.baseName(HASHED)).isEqualTo("api-settings");
    assertThat(Bundle.qualifiedName(HASHED)).isEqualTo("ConfigMap/shop/api-settings-5adf1bf2be");
  }

  @Test
  void should_list_what_is_there_when_the_object_is_absent() {
    Bundle b = Bundle.of(SETTINGS, HASHED);
    assertThatThrownBy(() -> b.get(ConfigMap.class, "staging", "settings"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("bundle must hold ConfigMap/staging/settings (was not there); it holds ConfigMap/shop/settings,"
            + " ConfigMap/shop/api-settings-5adf1bf2be");
    assertThatThrownBy(() -> b.get(Service.class, "web")).isInstanceOf(NoSuchElementException.class)
        .hasMessage("bundle must hold Service/web (was not there); it holds no Service");
  }

  @Test
  void should_ask_for_the_namespace_when_several_namespaces_have_the_name() {
    Bundle b = Bundle.of(SETTINGS, configMap("staging", "settings"));
    assertThatThrownBy(() -> b.get(ConfigMap.class, "settings")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ConfigMap/settings must name one object (was ConfigMap/shop/settings, ConfigMap/staging/settings);"
            + " name the namespace: get(ConfigMap.class, namespace, \"settings\")");
    assertThat(b.get(ConfigMap.class, "staging", "settings").metadata().namespace()).hasValue("staging");
  }
}
