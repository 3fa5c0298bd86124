package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Fabric8Test {

  @Test
  void should_turn_a_fabric8_object_of_another_kind_into_a_generic_object() {
    HasMetadata quota = new ResourceQuotaBuilder().withNewMetadata().withName("web").addToLabels("app", "web")
        .endMetadata().withNewSpec().addToHard("pods", new Quantity("10")).endSpec().build();
    KubeObject o = Fabric8.toKubeprint(quota);
    assertThat(o).isInstanceOf(GenericObject.class);
    assertThat(o.kind()).isEqualTo(Kind.of("v1", "ResourceQuota"));
    assertThat(o.metadata().labels()).containsEntry("app", "web");
    assertThat(o.extra().asMap()).containsEntry("spec", Map.of("hard", Map.of("pods", "10")));
    assertThat(Yaml.render(o)).isEqualTo("""
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          labels:
            app: web
          name: web
        spec:
          hard:
            pods: "10"
        """);
  }

  @Test
  void should_turn_a_fabric8_service_account_into_its_typed_value() {
    HasMetadata sa = new ServiceAccountBuilder().withNewMetadata().withName("web").addToLabels("app", "web")
        .endMetadata().withAutomountServiceAccountToken(false).addNewImagePullSecret("registry").build();
    KubeObject o = Fabric8.toKubeprint(sa);
    assertThat(o).isInstanceOf(io.kubeprint.core.account.ServiceAccount.class);
    assertThat(((io.kubeprint.core.account.ServiceAccount) o).automountServiceAccountToken()).contains(false);
    assertThat(Fabric8.toFabric8(o)).isEqualTo(sa);
    assertThat(Yaml.render(o)).isEqualTo("""
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          labels:
            app: web
          name: web
        automountServiceAccountToken: false
        imagePullSecrets:
        - name: registry
        """);

  }

  @Test
  void should_turn_a_fabric8_object_of_a_typed_kind_into_its_typed_value() {
    HasMetadata d = new DeploymentBuilder().withNewMetadata().withName("web").endMetadata()
        .withNewSpec().withReplicas(2).withNewSelector().addToMatchLabels("app", "web").endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
        .withNewSpec().addNewContainer().withName("web").withImage("nginx:1.27").endContainer().endSpec()
        .endTemplate().endSpec().build();
    KubeObject o = Fabric8.toKubeprint(d);
    assertThat(o).isInstanceOf(Deployment.class);
    assertThat(((Deployment) o).spec().replicas()).contains(2);
    assertThat(Bundle.of(o).validate()).isEmpty();
  }

  @Test
  void should_come_back_unchanged_from_fabric8() {
    GenericObject account = (GenericObject) Manifests.parse("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
        rules:
        - apiGroups: [""]
          resources: ["pods"]
          verbs: ["get"]
        """, "in.yaml").objects().get(0);
    HasMetadata f = Fabric8.toFabric8(account);
    assertThat(f).isInstanceOf(GenericKubernetesResource.class);
    assertThat(Fabric8.toKubeprint(f)).isEqualTo(account);
    assertThat(Fabric8.bundle(List.of(f)).objects()).containsExactly(account);
  }

  @Test
  void should_map_a_typed_ingress_to_the_fabric8_ingress_and_back() {
    KubeObject ingress = Manifests.parse("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: web
                    port:
                      name: http
        """, "in.yaml").objects().get(0);
    HasMetadata f = Fabric8.toFabric8(ingress);
    assertThat(f).isInstanceOf(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class);
    assertThat(Fabric8.toKubeprint(f)).isEqualTo(ingress);
  }

  @Test
  void should_refuse_a_fabric8_object_with_a_field_kubernetes_does_not_have() {
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setApiVersion("v1");
    r.setKind("ServiceAccount");
    r.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("web")
        .withAdditionalProperties(Map.of("lables", Map.of("a", "b"))).build());
    assertThatThrownBy(() -> Fabric8.toKubeprint(r)).isInstanceOf(ManifestReadException.class)
        .hasMessageContaining("metadata.lables");
  }
}
