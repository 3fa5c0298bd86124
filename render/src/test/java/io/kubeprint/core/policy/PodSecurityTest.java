package io.kubeprint.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Pod Security Standards checks, case by case, with the forbidden reason and detail the 1.32 PodSecurity
 * admission prints for the same pod (the cases follow the admission's own tests in
 * staging/src/k8s.io/pod-security-admission/policy/check_*_test.go). Pods are written as the pod template of a
 * Job given as JSON and read as kubeprint reads a manifest, so the checks read what the API server decodes.
 */
class PodSecurityTest {

  /** A Job whose pod template has this metadata and spec (JSON with single quotes). */
  static KubeObject job(String metadata, String spec) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("metadata", TinyJson.object(metadata));
    template.put("spec", TinyJson.object(spec));
    return TinyJson.read("batch/v1", "Job", Map.of("name", "j"), Map.of("spec", Map.of("template", template)));
  }

  static List<Violation> run(String check, String metadata, String spec) {
    return Policy.none().with(check, Level.ERROR).check(Bundle.of(job(metadata, spec)));
  }

  static Stream<Arguments> failing() {
    return Stream.of(
        Arguments.of("pss-host-namespaces", "{}",
            "{'hostNetwork':true,'hostIPC':true,'hostPID':true,'containers':[{'name':'a'}]}",
            "spec.template.spec.hostNetwork", "host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)"),
        Arguments.of("pss-host-namespaces", "{}", "{'hostPID':true,'containers':[{'name':'a'}]}",
            "spec.template.spec.hostPID", "host namespaces (hostPID=true)"),
        Arguments.of("pss-privileged", "{}", "{'containers':[{'name':'a','securityContext':{'privileged':true}},"
                + "{'name':'b','securityContext':{'privileged':false}},{'name':'c','securityContext':{'privileged':true}}]}",
            "spec.template.spec.containers[0].securityContext.privileged",
            "privileged (containers \"a\", \"c\" must not set securityContext.privileged=true)"),
        Arguments.of("pss-privileged", "{}", "{'containers':[{'name':'x','securityContext':{'privileged':true}}],"
                + "'initContainers':[{'name':'i','securityContext':{'privileged':true}}]}",
            "spec.template.spec.initContainers[0].securityContext.privileged",
            "privileged (containers \"i\", \"x\" must not set securityContext.privileged=true)"),
        Arguments.of("pss-capabilities-baseline", "{}",
            "{'containers':[{'name':'a','securityContext':{'capabilities':{'add':['FOO','BAR']}}},"
                + "{'name':'b','securityContext':{'capabilities':{'add':['BAR','BAZ','CHOWN']}}},"
                + "{'name':'c','securityContext':{'capabilities':{'add':['CHOWN']}}}]}",
            "spec.template.spec.containers[0].securityContext.capabilities.add[0]",
            "non-default capabilities (containers \"a\", \"b\" must not include \"BAR\", \"BAZ\", \"FOO\" in"
                + " securityContext.capabilities.add)"),
        Arguments.of("pss-host-path-volumes", "{}", "{'containers':[{'name':'a'}],'volumes':[{'name':'a','hostPath':{'path':'/'}},"
                + "{'name':'b','emptyDir':{}},{'name':'c','hostPath':{'path':'/x'}}]}",
            "spec.template.spec.volumes[0].hostPath", "hostPath volumes (volumes \"a\", \"c\")"),
        Arguments.of("pss-host-ports", "{}", "{'containers':[{'name':'a','ports':[{'containerPort':1,'hostPort':0},"
                + "{'containerPort':2,'hostPort':20}]},{'name':'b','ports':[{'containerPort':3,'hostPort':10},"
                + "{'containerPort':4,'hostPort':20}]}]}",
            "spec.template.spec.containers[0].ports[1].hostPort", "hostPort (containers \"a\", \"b\" use hostPorts 10, 20)"),
        Arguments.of("pss-host-ports", "{}", "{'containers':[{'name':'a','ports':[{'containerPort':80,'hostPort':80}]}]}",
            "spec.template.spec.containers[0].ports[0].hostPort", "hostPort (container \"a\" uses hostPort 80)"),
        Arguments.of("pss-app-armor-profile", "{}",
            "{'securityContext':{'appArmorProfile':{'type':'Unconfined'}},'containers':[{'name':'a'}]}",
            "spec.template.spec.securityContext.appArmorProfile.type",
            "forbidden AppArmor profile (pod must not set AppArmor profile type to \"Unconfined\")"),
        Arguments.of("pss-app-armor-profile", "{}", "{'securityContext':{'appArmorProfile':{'type':'RuntimeDefault'}},"
                + "'containers':[{'name':'foo','securityContext':{'appArmorProfile':{'type':'Unconfined'}}}]}",
            "spec.template.spec.containers[0].securityContext.appArmorProfile.type",
            "forbidden AppArmor profile (container \"foo\" must not set AppArmor profile type to \"Unconfined\")"),
        Arguments.of("pss-app-armor-profile", "{'annotations':{"
                + "'container.apparmor.security.beta.kubernetes.io/':'bogus',"
                + "'container.apparmor.security.beta.kubernetes.io/a':'',"
                + "'container.apparmor.security.beta.kubernetes.io/b':'runtime/default',"
                + "'container.apparmor.security.beta.kubernetes.io/c':'localhost/',"
                + "'container.apparmor.security.beta.kubernetes.io/d':'localhost/foo',"
                + "'container.apparmor.security.beta.kubernetes.io/e':'unconfined',"
                + "'container.apparmor.security.beta.kubernetes.io/f':'unknown'}}", "{'containers':[{'name':'a'}]}",
            "spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/]",
            "forbidden AppArmor profiles (annotations must not set AppArmor profile type to"
                + " \"container.apparmor.security.beta.kubernetes.io/=\"bogus\"\","
                + " \"container.apparmor.security.beta.kubernetes.io/e=\"unconfined\"\","
                + " \"container.apparmor.security.beta.kubernetes.io/f=\"unknown\"\")"),
        Arguments.of("pss-se-linux-options", "{}",
            "{'securityContext':{'seLinuxOptions':{'type':'foo','user':'bar','role':'baz'}},'containers':["
                + "{'name':'a','securityContext':{'seLinuxOptions':{'type':'container_t'}}},"
                + "{'name':'b','securityContext':{'seLinuxOptions':{'type':'bar'}}},"
                + "{'name':'c','securityContext':{'seLinuxOptions':{'user':'x'}}}]}",
            "spec.template.spec.securityContext.seLinuxOptions",
            "seLinuxOptions (pod and containers \"b\", \"c\" set forbidden securityContext.seLinuxOptions: types"
                + " \"bar\", \"foo\"; user may not be set; role may not be set)"),
        Arguments.of("pss-se-linux-options", "{}",
            "{'containers':[{'name':'a','securityContext':{'seLinuxOptions':{'role':'r'}}}]}",
            "spec.template.spec.containers[0].securityContext.seLinuxOptions",
            "seLinuxOptions (container \"a\" set forbidden securityContext.seLinuxOptions: )"),
        Arguments.of("pss-proc-mount", "{}", "{'containers':[{'name':'a','securityContext':{'procMount':'Unmasked'}},"
                + "{'name':'b','securityContext':{'procMount':'Default'}},{'name':'c','securityContext':{'procMount':'Unmasked'}}]}",
            "spec.template.spec.containers[0].securityContext.procMount",
            "procMount (containers \"a\", \"c\" must not set securityContext.procMount to \"Unmasked\")"),
        Arguments.of("pss-seccomp-profile-baseline", "{}", "{'securityContext':{'seccompProfile':{'type':'Unconfined'}},"
                + "'containers':[{'name':'a'},{'name':'b','securityContext':{'seccompProfile':{'type':'Unconfined'}}}]}",
            "spec.template.spec.securityContext.seccompProfile.type",
            "seccompProfile (pod and container \"b\" must not set securityContext.seccompProfile.type to \"Unconfined\")"),
        Arguments.of("pss-sysctls", "{}", "{'securityContext':{'sysctls':[{'name':'a','value':'1'},{'name':'b','value':'1'},"
                + "{'name':'net.ipv4.tcp_rmem','value':'4096 87380 16777216'}]},'containers':[{'name':'a'}]}",
            "spec.template.spec.securityContext.sysctls[0].name", "forbidden sysctls (a, b)"),
        Arguments.of("pss-windows-host-process", "{}", "{'securityContext':{'windowsOptions':{'hostProcess':true}},"
                + "'containers':[{'name':'a','securityContext':{'windowsOptions':{'hostProcess':true}}},{'name':'b'}]}",
            "spec.template.spec.securityContext.windowsOptions.hostProcess",
            "hostProcess (pod and container \"a\" must not set securityContext.windowsOptions.hostProcess=true)"),
        Arguments.of("pss-restricted-volumes", "{}", "{'containers':[{'name':'a'}],'volumes':["
                + "{'name':'a','hostPath':{'path':'/'}},{'name':'b','configMap':{'name':'c'}},"
                + "{'name':'c','nfs':{'server':'s','path':'/'}},{'name':'d'}]}",
            "spec.template.spec.volumes[0].hostPath",
            "restricted volume types (volumes \"a\", \"c\", \"d\" use restricted volume types \"hostPath\", \"nfs\", \"unknown\")"),
        Arguments.of("pss-restricted-volumes", "{}", "{'containers':[{'name':'a'}],'volumes':[{'name':'a','cephfs':{'monitors':['m']}}]}",
            "spec.template.spec.volumes[0].cephfs",
            "restricted volume types (volume \"a\" uses restricted volume type \"cephfs\")"),
        Arguments.of("pss-allow-privilege-escalation", "{}", "{'containers':[{'name':'a'},"
                + "{'name':'b','securityContext':{'allowPrivilegeEscalation':false}},"
                + "{'name':'c','securityContext':{'allowPrivilegeEscalation':true}}]}",
            "spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation",
            "allowPrivilegeEscalation != false (containers \"a\", \"c\" must set securityContext.allowPrivilegeEscalation=false)"),
        Arguments.of("pss-run-as-non-root", "{}", "{'containers':[{'name':'a'},{'name':'b','securityContext':{'runAsNonRoot':true}}]}",
            "spec.template.spec.securityContext.runAsNonRoot",
            "runAsNonRoot != true (pod or container \"a\" must set securityContext.runAsNonRoot=true)"),
        Arguments.of("pss-run-as-non-root", "{}", "{'securityContext':{'runAsNonRoot':false},'containers':[{'name':'a'},"
                + "{'name':'c','securityContext':{'runAsNonRoot':false}}]}",
            "spec.template.spec.securityContext.runAsNonRoot",
            "runAsNonRoot != true (pod and container \"c\" must not set securityContext.runAsNonRoot=false)"),
        Arguments.of("pss-run-as-user", "{}", "{'securityContext':{'runAsUser':0},'containers':["
                + "{'name':'a','securityContext':{'runAsUser':0}},{'name':'b','securityContext':{'runAsUser':1000}}]}",
            "spec.template.spec.securityContext.runAsUser", "runAsUser=0 (pod and container \"a\" must not set runAsUser=0)"),
        Arguments.of("pss-seccomp-profile-restricted", "{}", "{'containers':[{'name':'a'},{'name':'b'}]}",
            "spec.template.spec.securityContext.seccompProfile.type",
            "seccompProfile (pod or containers \"a\", \"b\" must set securityContext.seccompProfile.type to"
                + " \"RuntimeDefault\" or \"Localhost\")"),
        Arguments.of("pss-seccomp-profile-restricted", "{}", "{'securityContext':{'seccompProfile':{'type':'RuntimeDefault'}},"
                + "'containers':[{'name':'a'},{'name':'b','securityContext':{'seccompProfile':{'type':'Unconfined'}}}]}",
            "spec.template.spec.containers[1].securityContext.seccompProfile.type",
            "seccompProfile (container \"b\" must not set securityContext.seccompProfile.type to \"Unconfined\")"),
        Arguments.of("pss-capabilities-restricted", "{}", "{'containers':[{'name':'a'},"
                + "{'name':'b','securityContext':{'capabilities':{'drop':['ALL'],'add':['NET_BIND_SERVICE','CHOWN']}}},"
                + "{'name':'c','securityContext':{'capabilities':{'drop':['ALL']}}}]}",
            "spec.template.spec.containers[0].securityContext.capabilities.drop",
            "unrestricted capabilities (container \"a\" must set securityContext.capabilities.drop=[\"ALL\"];"
                + " container \"b\" must not include \"CHOWN\" in securityContext.capabilities.add)"));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("failing")
  void should_report_what_the_admission_forbids_with_its_reason_and_detail(String check, String metadata, String spec,
      String path, String message) {
    // WHEN
    List<Violation> found = run(check, metadata, spec);
    // THEN
    assertThat(found).extracting(Violation::toString)
        .containsExactly("Job/j " + path + ": " + message + " [" + check + "]");
  }

  static Stream<Arguments> passing() {
    return Stream.of(
        Arguments.of("pss-host-namespaces", "{}", "{'hostNetwork':false,'hostPID':false,'containers':[{'name':'a'}]}"),
        Arguments.of("pss-privileged", "{}", "{'containers':[{'name':'a','securityContext':{'privileged':false}}]}"),
        Arguments.of("pss-capabilities-baseline", "{}",
            "{'containers':[{'name':'a','securityContext':{'capabilities':{'add':['NET_BIND_SERVICE','CHOWN','SYS_CHROOT'],"
                + "'drop':['ALL']}}}]}"),
        Arguments.of("pss-host-path-volumes", "{}", "{'containers':[{'name':'a'}],'volumes':[{'name':'a','emptyDir':{}}]}"),
        Arguments.of("pss-host-ports", "{}", "{'containers':[{'name':'a','ports':[{'containerPort':80,'hostPort':0}]}]}"),
        Arguments.of("pss-app-armor-profile", "{'annotations':{'container.apparmor.security.beta.kubernetes.io/a':'localhost/foo'}}",
            "{'securityContext':{'appArmorProfile':{'type':'RuntimeDefault'}},"
                + "'containers':[{'name':'a','securityContext':{'appArmorProfile':{'type':'Localhost','localhostProfile':'p'}}}]}"),
        Arguments.of("pss-se-linux-options", "{}", "{'securityContext':{'seLinuxOptions':{'type':'container_init_t','level':'s0'}},"
            + "'containers':[{'name':'a','securityContext':{'seLinuxOptions':{'type':'container_kvm_t'}}}]}"),
        Arguments.of("pss-proc-mount", "{}", "{'containers':[{'name':'a','securityContext':{'procMount':'Default'}}]}"),
        Arguments.of("pss-seccomp-profile-baseline", "{}", "{'securityContext':{'seccompProfile':{'type':'Localhost',"
            + "'localhostProfile':'p'}},'containers':[{'name':'a'}]}"),
        Arguments.of("pss-sysctls", "{}", "{'securityContext':{'sysctls':[{'name':'net.ipv4.tcp_wmem','value':'1'},"
            + "{'name':'kernel.shm_rmid_forced','value':'1'},{'name':'net.ipv4.ip_local_reserved_ports','value':'1'}]},"
            + "'containers':[{'name':'a'}]}"),
        Arguments.of("pss-windows-host-process", "{}",
            "{'containers':[{'name':'a','securityContext':{'windowsOptions':{'hostProcess':false}}}]}"),
        Arguments.of("pss-restricted-volumes", "{}", "{'containers':[{'name':'a'}],'volumes':[{'name':'a','configMap':{}},"
            + "{'name':'b','csi':{'driver':'d'}},{'name':'c','downwardAPI':{}},{'name':'d','emptyDir':{}},"
            + "{'name':'e','ephemeral':{}},{'name':'f','persistentVolumeClaim':{'claimName':'c'}},{'name':'g','projected':{}},"
            + "{'name':'h','secret':{}},{'name':'i','image':{'reference':'r'}}]}"),
        Arguments.of("pss-allow-privilege-escalation", "{}",
            "{'containers':[{'name':'a','securityContext':{'allowPrivilegeEscalation':false}}]}"),
        Arguments.of("pss-allow-privilege-escalation", "{}", "{'os':{'name':'windows'},'containers':[{'name':'a'}]}"),
        Arguments.of("pss-run-as-non-root", "{}", "{'securityContext':{'runAsNonRoot':true},'containers':[{'name':'a'}]}"),
        Arguments.of("pss-run-as-user", "{}", "{'securityContext':{'runAsUser':1000},'containers':[{'name':'a'}]}"),
        Arguments.of("pss-seccomp-profile-restricted", "{}",
            "{'securityContext':{'seccompProfile':{'type':'RuntimeDefault'}},'containers':[{'name':'a'}]}"),
        Arguments.of("pss-seccomp-profile-restricted", "{}", "{'os':{'name':'windows'},'containers':[{'name':'a'}]}"),
        Arguments.of("pss-capabilities-restricted", "{}", "{'containers':[{'name':'a','securityContext':{'capabilities':"
            + "{'drop':['ALL'],'add':['NET_BIND_SERVICE']}}}]}"),
        Arguments.of("pss-capabilities-restricted", "{}", "{'os':{'name':'windows'},'containers':[{'name':'a'}]}"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("passing")
  void should_admit_what_the_admission_allows(String check, String metadata, String spec) {
    assertThat(run(check, metadata, spec)).isEmpty();
  }

  @Test
  void should_have_every_pod_security_check_of_kubernetes_1_32() {
    // GIVEN the check ids of k8s.io/pod-security-admission/policy at 1.32, by level
    List<String> baseline = List.of("hostNamespaces", "privileged", "capabilities_baseline", "hostPathVolumes",
        "hostPorts", "appArmorProfile", "seLinuxOptions", "procMount", "seccompProfile_baseline", "sysctls",
        "windowsHostProcess");
    List<String> restricted = List.of("restrictedVolumes", "allowPrivilegeEscalation", "runAsNonRoot", "runAsUser",
        "seccompProfile_restricted", "capabilities_restricted");
    // THEN each is a check of its family, and nothing else is
    assertThat(Stream.of(Check.values()).filter(c -> c.family() == Check.Family.PSS_BASELINE)
        .map(c -> c.upstream().substring(0, c.upstream().indexOf(':')))).containsExactlyElementsOf(baseline);
    assertThat(Stream.of(Check.values()).filter(c -> c.family() == Check.Family.PSS_RESTRICTED)
        .map(c -> c.upstream().substring(0, c.upstream().indexOf(':')))).containsExactlyElementsOf(restricted);
    // AND the profiles run what the admission runs at each level
    assertThat(Policy.baseline().enabled()).hasSize(11).allMatch(c -> c.family() == Check.Family.PSS_BASELINE);
    assertThat(Policy.restricted().enabled()).hasSize(14)
        .doesNotContain(Check.PSS_CAPABILITIES_BASELINE, Check.PSS_SECCOMP_PROFILE_BASELINE, Check.PSS_HOST_PATH_VOLUMES);
  }

  @Test
  void should_check_ephemeral_containers_as_the_admission_does() {
    List<Violation> found = run("pss-privileged", "{}", "{'containers':[{'name':'a'}],"
        + "'ephemeralContainers':[{'name':'debug','securityContext':{'privileged':true}}]}");
    assertThat(found).extracting(Violation::message)
        .containsExactly("privileged (container \"debug\" must not set securityContext.privileged=true)");
  }

  @Test
  void should_report_every_failing_check_of_a_root_pod_at_restricted() {
    // GIVEN a pod that runs as root with nothing hardened
    KubeObject j = job("{}", "{'containers':[{'name':'web','image':'nginx:1.27'}]}");
    // WHEN
    List<Violation> found = Policy.restricted().check(Bundle.of(j));
    // THEN the four restricted checks such a pod fails, as the admission lists them
    assertThat(found).extracting(Violation::ruleId).containsExactlyInAnyOrder("pss-allow-privilege-escalation",
        "pss-capabilities-restricted", "pss-run-as-non-root", "pss-seccomp-profile-restricted");
    assertThat(Policy.baseline().check(Bundle.of(j))).isEmpty();
  }
}
