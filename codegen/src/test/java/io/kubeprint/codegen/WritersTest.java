package io.kubeprint.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shape as each mapper writes it, on a small hand-made model. */
class WritersTest {
  private static final ModelType META = new ModelType("io.kubeprint.core.meta.ObjectMeta", "ObjectMeta", false,
      List.of(new Attribute("labels", Shape.STRING_MAP, "String", false)), "io.fabric8.kubernetes.api.model.ObjectMeta");
  private static final ModelType PORT = new ModelType("io.kubeprint.core.pod.ContainerPort", "ContainerPort", false,
      List.of(new Attribute("containerPort", Shape.SCALAR, "Integer", false)),
      "io.fabric8.kubernetes.api.model.ContainerPort");
  private static final ModelType CONTAINER = new ModelType("io.kubeprint.core.pod.Container", "Container", false,
      List.of(
          new Attribute("args", Shape.SCALAR_LIST, "String", false),
          new Attribute("ports", Shape.OBJECT_LIST, "ContainerPort", false),
          new Attribute("resources", Shape.OBJECT, "ContainerPort", true),
          new Attribute("port", Shape.INT_OR_STRING, "IntOrString", false),
          new Attribute("nodeAffinity", Shape.UNTYPED, "Fields", false)),
      "io.fabric8.kubernetes.api.model.Container");
  private static final ModelType TEMPLATE = new ModelType("io.kubeprint.core.pod.PodTemplateSpec", "PodTemplateSpec",
      false, List.of(new Attribute("metadata", Shape.DEFAULTED_OBJECT, "ObjectMeta", false)),
      "io.fabric8.kubernetes.api.model.PodTemplateSpec");
  private static final ModelType POD = new ModelType("io.kubeprint.core.workload.Pod", "Pod", true,
      List.of(new Attribute("metadata", Shape.DEFAULTED_OBJECT, "ObjectMeta", false)),
      "io.fabric8.kubernetes.api.model.Pod");
  private static final List<ModelType> MODEL = List.of(META, PORT, CONTAINER, TEMPLATE, POD);

  @Test
  void should_write_each_shape_to_the_tree_in_key_order() {
    String out = new ToTreeWriter().write(MODEL);

    // the model declares args, ports, resources, port, nodeAffinity; the tree's keys are put in sorted order
    assertThat(out).contains(
        "  static ObjectNode container(Container v) {\n"
            + "    ObjectNode f = object();\n"
            + "    if (!v.args().isEmpty()) {\n"
            + "      f.set(\"args\", scalars(v.args()));\n"
            + "    }\n"
            + "    var nodeAffinity = v.nodeAffinity();\n"
            + "    if (nodeAffinity.isPresent()) {\n"
            + "      f.set(\"nodeAffinity\", untyped(nodeAffinity.get().asMap()));\n"
            + "    }\n"
            + "    var port = v.port();\n"
            + "    if (port.isPresent()) {\n"
            + "      f.set(\"port\", intOrString(port.get()));\n"
            + "    }\n"
            + "    if (!v.ports().isEmpty()) {\n"
            + "      f.set(\"ports\", list(v.ports(), ToTree::containerPort));\n"
            + "    }\n"
            + "    var resources = v.resources();\n"
            + "    if (resources.isPresent() && !Empty.is(resources.get())) {\n"
            + "      f.set(\"resources\", ToTree.containerPort(resources.get()));\n"
            + "    }\n"
            + "    extra(f, v.extra());\n"
            + "    return f;\n"
            + "  }\n");
  }

  @Test
  void should_write_a_kinds_defaulted_object_always_and_a_nested_one_when_not_empty() {
    String out = new ToTreeWriter().write(MODEL);

    assertThat(out).contains("  static ObjectNode pod(Pod v) {\n"
        + "    ObjectNode f = object();\n"
        + "    f.set(\"metadata\", objectMeta(v.metadata()));\n");
    assertThat(out).contains("  static ObjectNode podTemplateSpec(PodTemplateSpec v) {\n"
        + "    ObjectNode f = object();\n"
        + "    if (!Empty.is(v.metadata())) {\n"
        + "      f.set(\"metadata\", objectMeta(v.metadata()));\n"
        + "    }\n");
  }

  @Test
  void should_write_each_shape_to_fabric8_with_only_the_imports_it_uses() {
    String out = new ToFabric8Writer().write(MODEL);

    assertThat(out).contains("import io.kubeprint.core.workload.Pod;\nimport java.util.ArrayList;\n"
        + "import java.util.LinkedHashMap;\n");
    assertThat(out).contains(
        "  static io.fabric8.kubernetes.api.model.Container container(Container v) {\n"
            + "    io.fabric8.kubernetes.api.model.Container f = new io.fabric8.kubernetes.api.model.Container();\n"
            + "    if (!v.args().isEmpty()) {\n"
            + "      f.setArgs(new ArrayList<>(v.args()));\n"
            + "    }\n"
            + "    if (!v.ports().isEmpty()) {\n"
            + "      f.setPorts(list(v.ports(), ToFabric8::containerPort));\n"
            + "    }\n"
            + "    v.resources().filter(x -> !Empty.is(x)).map(ToFabric8::containerPort).ifPresent(f::setResources);\n"
            + "    v.port().map(ToFabric8::intOrString).ifPresent(f::setPort);\n"
            + "    v.nodeAffinity().ifPresent(x -> f.setAdditionalProperty(\"nodeAffinity\", x.asMap()));\n"
            + "    v.extra().asMap().forEach(f::setAdditionalProperty);\n"
            + "    return f;\n"
            + "  }\n");
    assertThat(new ToFabric8Writer().write(List.of(PORT))).doesNotContain("import java.util");
  }

  @Test
  void should_read_each_shape_from_the_tree() {
    String out = new FromTreeWriter().write(MODEL);

    assertThat(out).contains(
        "  static Container container(Node n) {\n"
            + "    Container.Builder b = Container.builder();\n"
            + "    b.args(n.stringList(\"args\"));\n"
            + "    b.ports(n.list(\"ports\", FromTree::containerPort));\n"
            + "    n.object(\"resources\", FromTree::containerPort).filter(x -> !Empty.is(x)).ifPresent(b::resources);\n"
            + "    n.intOrString(\"port\").ifPresent(b::port);\n"
            + "    n.fields(\"nodeAffinity\").ifPresent(b::nodeAffinity);\n"
            + "    b.extra(n.rest());\n"
            + "    return b.build();\n"
            + "  }\n");
    assertThat(out).contains("    n.int32(\"containerPort\").ifPresent(b::containerPort);\n");
    assertThat(out).contains("    n.object(\"metadata\", FromTree::objectMeta).ifPresent(b::metadata);\n");
  }

  @Test
  void should_say_in_each_class_comment_that_it_is_generated_and_by_what() {
    for (MapperWriter w : List.of(new ToTreeWriter(), new ToFabric8Writer(), new FromTreeWriter())) {
      assertThat(w.write(MODEL))
          .startsWith("package io.kubeprint.render.internal;\n\n")
          .contains(" * <p>Generated by {@code io.kubeprint.codegen.Main} (module {@code codegen/})")
          .contains("abstract class " + w.className())
          .endsWith("  }\n}\n");
    }
  }
}
