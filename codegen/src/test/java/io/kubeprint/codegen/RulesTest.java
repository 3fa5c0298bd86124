package io.kubeprint.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void should_name_a_mapper_in_lower_camel_case() {
    assertThat(Rules.methodName("ObjectMeta")).isEqualTo("objectMeta");
    assertThat(Rules.methodName("PersistentVolumeClaimVolumeSource")).isEqualTo("persistentVolumeClaimVolumeSource");
  }

  @Test
  void should_treat_an_acronym_as_one_word() {
    assertThat(Rules.methodName("PodDNSConfig")).isEqualTo("podDnsConfig");
    assertThat(Rules.methodName("PodDNSConfigOption")).isEqualTo("podDnsConfigOption");
    assertThat(Rules.methodName("HTTPGetAction")).isEqualTo("httpGetAction");
    assertThat(Rules.methodName("GRPCAction")).isEqualTo("grpcAction");
    assertThat(Rules.methodName("ClientIPConfig")).isEqualTo("clientIpConfig");
  }

  @Test
  void should_name_the_fabric8_setter_after_the_field_as_spelled() {
    assertThat(new Attribute("hostIP", Shape.SCALAR, "String", false).setter()).isEqualTo("setHostIP");
    assertThat(new Attribute("httpGet", Shape.OBJECT, "HTTPGetAction", false).setter()).isEqualTo("setHttpGet");
  }
}
