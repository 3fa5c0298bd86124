package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} writes the typed builders of issue 15 item 5 where they build exactly the value read (probe
 * scheme and headers, volumes, mounts, affinity, topology spread, hooks, profiles, sysctls, DNS, host aliases,
 * Service traffic and IP family fields, Job completion mode and pod failure rules), keeps the escape hatch for
 * shapes they cannot say, and the code compiles and renders back byte for byte.
 */
class TypedImportTest {
  private static final Path RESOURCES = Path.of("src/test/resources/importer/typed");
  private static final RenderOptions AS_IS = RenderOptions.defaults().validate(false);

  @TempDir
  static Path work;

  private static String roundTrip(String name) {
    // GIVEN the manifest, imported
    Path file = RESOURCES.resolve(name + ".yaml");
    Bundle read = Manifests.read(file);
    JavaSource java = Importer.toJava(List.of(file),
        ImportOptions.defaults().packageName("typed." + name.replace('-', '_')).className("Imported"));
    // WHEN the code is compiled and run
    Bundle built = Javac.manifests(Javac.compile(work.resolve(name), List.of(java)), java);
    // THEN it builds the objects read, rendering the same bytes
    assertThat(built.objects()).containsExactlyElementsOf(read.objects());
    assertThat(Yaml.render(built, AS_IS)).isEqualTo(Yaml.render(read, AS_IS));
    return java.text();
  }

  @Test
  void should_write_pod_level_fields_with_the_typed_builders() {
    String java = roundTrip("pod-fields");

    assertThat(java).contains(
        ".nodeAffinity()", ".require(nodeLabel(\"kubernetes.io/arch\").in(\"amd64\"), nodeLabel(\"gpu\").doesNotExist())",
        ".prefer(50, nodeLabel(\"disktype\").in(\"ssd\"))",
        ".antiAffinity()", ".prefer(100, TopologySpread.NODE, labels(\"app\", \"web\"))",
        ".topologySpread(spreadAcross(TopologySpread.ZONE).selecting(labels(\"app\", \"web\")))",
        ".sysctl(\"net.core.somaxconn\", \"1024\")",
        ".dnsPolicy(DnsPolicy.NONE)", ".dnsNameserver(\"1.1.1.1\")", ".dnsOption(\"ndots\", \"2\")",
        ".hostAlias(\"10.0.0.5\", \"db.internal\")", ".priorityClassName(\"high\")",
        ".runtimeClassName(\"gvisor\")", ".automountServiceAccountToken(false)")
        .doesNotContain("podSpecExtra", "editPodSpec", "Affinity.builder", "PodSecurityContext.builder");
  }

  @Test
  void should_write_volumes_mounts_probes_hooks_and_profiles_with_the_typed_builders() {
    String java = roundTrip("pod-fields");

    assertThat(java).contains(
        ".volume(hostPath(\"logs\", \"/var/log\").type(HostPathType.DIRECTORY))",
        ".volume(emptyDir(\"cache\", StorageMedium.MEMORY, memory(\"1Gi\")))",
        ".volume(volume(\"props\", settings, files()", ".item(\"app.properties\", \"conf/app.properties\")",
        ".defaultMode(0400)", ".volume(projected(", "Projection.configMap(settings),",
        "Projection.serviceAccountToken(\"token\", \"vault\", Duration.ofHours(1))", ".defaultMode(0440)",
        ".volume(downwardApi(\"info\", DownwardFile.field(\"labels\", \"metadata.labels\")))",
        ".mount(\"logs\", \"/var/log\")", ".readOnly()", ".mount(\"cache\", \"/cache\")", ".subPath(\"web\")",
        ".scheme(Scheme.HTTPS)", ".header(\"Host\", \"web.example.com\")",
        ".preStop(Hook.sleep(Duration.ofSeconds(5)))",
        ".seccompProfile(SeccompProfile.RUNTIME_DEFAULT)")
        .doesNotContain("Volume.builder", "VolumeMount.builder", "Probe.builder", ".extra(\"lifecycle\"",
            "SecurityContext.builder");
  }

  @Test
  void should_write_service_and_job_fields_with_the_typed_builders() {
    String java = roundTrip("service-job");

    assertThat(java).contains(".internalTrafficPolicy(TrafficPolicy.LOCAL)",
        ".ipFamilyPolicy(IpFamilyPolicy.PREFER_DUAL_STACK)", ".ipFamilies(IpFamily.IPV4)",
        ".publishNotReadyAddresses()", ".appProtocol(443, \"kubernetes.io/h2c\")",
        ".completionMode(CompletionMode.INDEXED)",
        "PodFailureRule.onExitCodes(PodFailureAction.FAIL_JOB, 42).inContainer(\"main\")",
        "PodFailureRule.onPodCondition(PodFailureAction.IGNORE, \"DisruptionTarget\")")
        .doesNotContain("specExtra", "ServicePort.builder", "PodFailurePolicy.builder");
  }

  @Test
  void should_keep_the_escape_hatch_for_shapes_the_typed_builders_cannot_say() {
    String java = roundTrip("unusual");

    // a pod affinity by expressions, a tcpSocket hook and a CSI volume with readOnly: false
    assertThat(java).contains("Affinity.builder", ".extra(\"lifecycle\"", "Volume.builder")
        .doesNotContain(".podAffinity()", ".preStop(", "csi(\"logs\"");
  }

  private static final Pattern TYPED = Pattern.compile("\\.(nodeAffinity|podAffinity|antiAffinity|topologySpread"
      + "|preStop|postStart|seccompProfile|appArmorProfile|sysctl|dnsPolicy|dnsNameserver|dnsSearch|dnsOption"
      + "|hostAlias|priorityClassName|runtimeClassName|automountServiceAccountToken|subPath|readOnly|scheme|header"
      + "|host|internalTrafficPolicy|ipFamilyPolicy|ipFamilies|appProtocol|publishNotReadyAddresses|completionMode"
      + "|podFailurePolicy)\\(|\\b(hostPath|projected|downwardApi|csi|ephemeral|files)\\(|StorageMedium\\.");
  private static final Pattern HATCH = Pattern.compile("\\.(extra|podSpecExtra|specExtra|jobSpecExtra|editPodSpec)\\("
      + "|\\b(Affinity|PodSecurityContext|SecurityContext|Volume|VolumeMount|Probe|PodFailurePolicy|PodDNSConfig)"
      + "\\.builder\\(");

  @Test
  void should_count_corpus_documents_written_with_typed_forms_and_with_the_escape_hatch() {
    assumeTrue(Corpus.present(), "corpus absent");
    // GIVEN every document of the shared corpus, imported one file at a time
    int typed = 0;
    int hatch = 0;
    int files = 0;
    for (Path f : Corpus.files()) {
      String java = Importer.toJava(List.of(f), ImportOptions.defaults().packageName("count").className("C")
          .inlineSecrets(true)).text();
      files++;
      typed += TYPED.matcher(java).find() ? 1 : 0;
      hatch += HATCH.matcher(java).find() ? 1 : 0;
    }
    // THEN the figures are printed for the report, and the typed forms are used
    System.out.printf("corpus files=%d with typed builder forms=%d with escape hatch=%d%n", files, typed, hatch);
    assertThat(typed).isPositive();
  }
}
