package io.kubeprint.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelReaderTest {
  private static final ClassLoader LOADER = ModelReaderTest.class.getClassLoader();
  private static final List<Path> CLASS_PATH = List.of(
      Main.locate(LOADER, Rules.KUBE_OBJECT),
      Main.locate(LOADER, "org.immutables.value.Value"),
      Main.locate(LOADER, "io.kubeprint.codegen.fixture.unset.Service"));
  private static List<ModelType> model;

  @BeforeAll
  static void read_the_core_model() {
    model = new ModelReader(CLASS_PATH, LOADER).read();
  }

  private static ModelType type(String simpleName) {
    return new MapperWriter.Model(model).get(simpleName);
  }

  private static Attribute attribute(String type, String name) {
    return type(type).attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void should_read_every_type_the_kinds_reach_in_the_order_of_the_rules() {
    assertThat(model).extracting(ModelType::simpleName).containsExactlyElementsOf(Rules.ORDER);
  }

  @Test
  void should_leave_the_hand_mapped_kinds_out() {
    assertThat(model).extracting(ModelType::simpleName).doesNotContain("ConfigMap", "Secret", "GenericObject");
  }

  @Test
  void should_read_attributes_in_declaration_order_without_extra() {
    assertThat(type("Container").attributes()).extracting(Attribute::name).containsExactly(
        "name", "image", "imagePullPolicy", "command", "args", "workingDir", "ports", "env", "envFrom", "resources",
        "livenessProbe", "readinessProbe", "startupProbe", "volumeMounts", "securityContext", "restartPolicy");
  }

  @Test
  void should_read_each_declaration_as_its_shape() {
    assertThat(attribute("ContainerPort", "containerPort")).isEqualTo(new Attribute("containerPort", Shape.SCALAR, "Integer", false));
    assertThat(attribute("Probe", "terminationGracePeriodSeconds").element()).isEqualTo("Long");
    assertThat(attribute("Container", "ports")).isEqualTo(new Attribute("ports", Shape.OBJECT_LIST, "ContainerPort", false));
    assertThat(attribute("Container", "command").shape()).isEqualTo(Shape.SCALAR_LIST);
    assertThat(attribute("PodSecurityContext", "supplementalGroups")).isEqualTo(
        new Attribute("supplementalGroups", Shape.SCALAR_LIST, "Long", false));
    assertThat(attribute("ServicePort", "targetPort").shape()).isEqualTo(Shape.INT_OR_STRING);
    assertThat(attribute("EmptyDirVolumeSource", "sizeLimit").shape()).isEqualTo(Shape.QUANTITY);
    assertThat(attribute("ResourceRequirements", "limits").shape()).isEqualTo(Shape.QUANTITY_MAP);
    assertThat(attribute("ObjectMeta", "labels").shape()).isEqualTo(Shape.STRING_MAP);
    assertThat(attribute("Affinity", "nodeAffinity").shape()).isEqualTo(Shape.UNTYPED);
    assertThat(attribute("PodFailurePolicy", "rules").shape()).isEqualTo(Shape.UNTYPED_LIST);
    assertThat(attribute("PodTemplateSpec", "spec")).isEqualTo(new Attribute("spec", Shape.DEFAULTED_OBJECT, "PodSpec", false));
  }

  @Test
  void should_mark_the_attributes_whose_empty_value_means_absent() {
    assertThat(attribute("Container", "resources").emptyMeansAbsent()).isTrue();
    assertThat(attribute("Container", "securityContext").emptyMeansAbsent()).isTrue();
    assertThat(attribute("PodSpec", "securityContext").emptyMeansAbsent()).isTrue();
    assertThat(attribute("DeploymentSpec", "strategy").emptyMeansAbsent()).isTrue();
    assertThat(attribute("Volume", "emptyDir").emptyMeansAbsent()).isFalse();
  }

  @Test
  void should_tell_kinds_from_their_parts() {
    assertThat(type("Deployment").kind()).isTrue();
    assertThat(type("DeploymentSpec").kind()).isFalse();
  }

  @Test
  void should_find_the_fabric8_class_in_the_first_package_that_has_it() {
    assertThat(type("Pod").fabric8()).isEqualTo("io.fabric8.kubernetes.api.model.Pod");
    assertThat(type("Deployment").fabric8()).isEqualTo("io.fabric8.kubernetes.api.model.apps.Deployment");
    assertThat(type("CronJob").fabric8()).isEqualTo("io.fabric8.kubernetes.api.model.batch.v1.CronJob");
  }

  @Test
  void should_stop_at_an_attribute_it_has_no_rule_for() {
    ModelReader reader = reader("io.kubeprint.codegen.fixture.unmapped", List.of(), Set.of());

    assertThatThrownBy(reader::read).hasMessage(
        "Pod.timeout(): the generator has no rule for java.util.Optional<java.time.Duration>"
            + " (see Shape for the declarations it maps)");
  }

  @Test
  void should_stop_at_a_field_the_fabric8_class_cannot_set() {
    ModelReader reader = reader("io.kubeprint.codegen.fixture.unset", List.of(), Set.of());

    assertThatThrownBy(reader::read).hasMessage(
        "io.fabric8.kubernetes.api.model.Service has no setColour for Service.colour");
  }

  @Test
  void should_stop_at_an_order_naming_a_type_no_kind_reaches() {
    ModelReader reader = reader("io.kubeprint.core.meta", List.of("ObjectMeta", "Probe"), Set.of());

    assertThatThrownBy(reader::read).hasMessage("Rules.ORDER lists Probe, which no kind of the model reaches");
  }

  @Test
  void should_stop_at_an_empty_means_absent_rule_naming_no_optional_object() {
    ModelReader reader = reader("io.kubeprint.core.meta", List.of(), Set.of("ObjectMeta.labels"));

    assertThatThrownBy(reader::read).hasMessage(
        "Rules.EMPTY_MEANS_ABSENT names ObjectMeta.labels, which is not an Optional model attribute of the model");
  }

  @Test
  void should_append_a_type_the_order_does_not_list() {
    List<ModelType> read = reader("io.kubeprint.core.meta", List.of(), Set.of()).read();

    assertThat(read).extracting(ModelType::simpleName).containsExactly("Namespace", "ObjectMeta");
  }

  private static ModelReader reader(String pkg, List<String> order, Set<String> emptyMeansAbsent) {
    List<String> packages = pkg.equals("io.kubeprint.core.meta") ? List.of(pkg) : List.of(pkg, "io.kubeprint.core.meta");
    return new ModelReader(CLASS_PATH, LOADER, packages, order, emptyMeansAbsent);
  }
}
