package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericValidationTest {

  private static GenericObject object(String apiVersion, String kind, String name, Map<String, ?> body) {
    return GenericObject.of(apiVersion, kind).metadata(ObjectMeta.builder().name(name).build())
        .extra(Fields.of(body)).build();
  }

  private static List<String> lines(GenericObject o) {
    return Validator.validate(o).stream().map(Violation::toString).toList();
  }

  @Test
  void should_accept_a_served_kind_with_valid_metadata() {
    assertThat(lines(object("rbac.authorization.k8s.io/v1", "Role", "reader", Map.of("rules", List.of())))).isEmpty();
  }

  @Test
  void should_refuse_a_removed_api_version_naming_the_one_to_use() {
    assertThat(lines(object("policy/v1beta1", "PodDisruptionBudget", "web", Map.of()))).containsExactly(
        "PodDisruptionBudget/web apiVersion: no matches for kind \"PodDisruptionBudget\" in version \"policy/v1beta1\":"
            + " removed in Kubernetes 1.25; use apiVersion policy/v1 instead [api-version-removed]");
  }

  @Test
  void should_refuse_an_alpha_version_naming_the_served_one() {
    assertThat(lines(object("admissionregistration.k8s.io/v1alpha1", "ValidatingAdmissionPolicy", "p", Map.of())))
        .containsExactly("ValidatingAdmissionPolicy/p apiVersion: no matches for kind \"ValidatingAdmissionPolicy\" in"
            + " version \"admissionregistration.k8s.io/v1alpha1\": an alpha API that a default Kubernetes 1.32 API server"
            + " does not serve (a cluster enables it with --runtime-config); ValidatingAdmissionPolicy is served as"
            + " admissionregistration.k8s.io/v1 [api-version-not-served]");
  }

  @Test
  void should_refuse_a_configuration_file_kind() {
    assertThat(lines(object("audit.k8s.io/v1", "Policy", "p", Map.of()))).singleElement().asString()
        .endsWith("a configuration file that a Kubernetes component reads from disk, not an object an API server serves [not-an-api-object]");
  }

  @Test
  void should_check_a_name_by_the_rule_of_its_kind() {
    // RBAC names are path segments: colons are fine, a slash is not
    assertThat(lines(object("rbac.authorization.k8s.io/v1", "ClusterRole", "system:aggregate-to-edit", Map.of()))).isEmpty();
    assertThat(lines(object("rbac.authorization.k8s.io/v1", "ClusterRole", "a/b", Map.of()))).containsExactly(
        "ClusterRole/a/b metadata.name: may not contain '/' (was \"a/b\") [name-syntax]");
    // everything else is a DNS-1123 subdomain
    assertThat(lines(object("v1", "LimitRange", "Web", Map.of()))).singleElement().asString()
        .startsWith("LimitRange/Web metadata.name: a lowercase RFC 1123 subdomain");
  }

  @Test
  void should_warn_about_a_namespace_on_a_cluster_scoped_object() {
    GenericObject o = GenericObject.of("storage.k8s.io/v1", "StorageClass")
        .metadata(ObjectMeta.builder().name("fast").namespace("default").build()).build();
    assertThat(lines(o)).containsExactly("warning: StorageClass/fast metadata.namespace: is ignored: a StorageClass is"
        + " cluster-scoped, the API server clears it (was \"default\") [namespace-on-cluster-scoped]");
  }

  @Test
  void should_give_a_custom_resource_without_its_definition_a_notice_that_never_fails() {
    GenericObject tab = object("stable.example.com/v1", "CronTab", "nightly", Map.of("spec", Map.of("image", "x")));
    List<Violation> v = Bundle.of(tab).validate();
    assertThat(v).extracting(Violation::toString).containsExactly("notice: CronTab/nightly: body not checked: no"
        + " CustomResourceDefinition for CronTab in stable.example.com/v1 in the input (give it, or validate --crds DIR)"
        + " [custom-resource-not-checked]");
    assertThat(v).noneMatch(Violation::isError);
  }

  @Test
  void should_refuse_a_limit_range_limit_without_a_type() {
    GenericObject o = object("v1", "LimitRange", "cpu", Map.of("spec", Map.of("limits",
        List.of(Map.of("max", Map.of("cpu", "1")), Map.of("type", "Node")))));
    assertThat(lines(o)).containsExactly(
        "LimitRange/cpu spec.limits[0].type: name part must be non-empty (was \"\") [limit-range-type]",
        "LimitRange/cpu spec.limits[0].type: name part must consist of alphanumeric characters, '-', '_' or '.', and"
            + " must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex"
            + " used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') (was \"\") [limit-range-type]",
        "LimitRange/cpu spec.limits[1].type: must be a standard limit type or fully qualified (was \"Node\") [limit-range-type]");
  }

  @Test
  void should_refuse_a_quota_scope_newer_than_1_32() {
    GenericObject o = object("v1", "ResourceQuota", "gold", Map.of("spec", Map.of("scopeSelector", Map.of(
        "matchExpressions", List.of(Map.of("operator", "In", "scopeName", "VolumeAttributesClass"))))));
    assertThat(lines(o)).singleElement().asString().startsWith(
        "ResourceQuota/gold spec.scopeSelector.matchExpressions.scopeName: must be a supported scope:");
  }

  @Test
  void should_require_the_not_found_action_of_a_param_ref() {
    GenericObject o = object("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding", "b",
        Map.of("spec", Map.of("policyName", "p", "paramRef", Map.of("name", "x"))));
    assertThat(lines(o)).containsExactly("ValidatingAdmissionPolicyBinding/b spec.paramRef.parameterNotFoundAction:"
        + " is required: Allow or Deny [param-not-found-action]");
  }

  @Test
  void should_not_build_a_typed_kind_as_a_generic_object() {
    assertThatThrownBy(() -> GenericObject.of("v1", "Pod").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("v1 Pod is a typed kind");
    assertThatThrownBy(() -> GenericObject.of("v1", "ServiceAccount").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("v1 ServiceAccount is a typed kind");
    assertThatThrownBy(() -> GenericObject.of("v1", "ConfigMap").extra(Fields.of("metadata", Map.of())).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
