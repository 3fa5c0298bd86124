package io.kubeprint.core.policy;

import static io.kubeprint.core.policy.PodSecurityTest.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kube-linter checks: for each a bundle that fails it (with the finding's line) and one that passes. */
class BestPracticesTest {

  /** The object of this kind, metadata and body (JSON with single quotes), read as kubeprint reads a manifest. */
  static KubeObject generic(String apiVersion, String kind, String name, String namespace, String body) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    if (namespace != null) {
      m.put("namespace", namespace);
    }
    return TinyJson.read(apiVersion, kind, m, TinyJson.object(body));
  }

  /** A StatefulSet of {@code replicas} pods labelled app=db, with this pod spec. */
  static KubeObject statefulSet(int replicas, String spec) {
    return generic("apps/v1", "StatefulSet", "db", null, "{'spec':{'replicas':" + replicas
        + ",'serviceName':'db','selector':{'matchLabels':{'app':'db'}},'template':{'metadata':{'labels':{'app':'db'}},"
        + "'spec':" + spec + "}}}");
  }

  static final String OK_CONTAINER = "{'name':'c','image':'nginx:1.27'}";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("latest-tag", List.of(job("{}", "{'containers':[{'name':'c','image':'nginx:latest'}]}")),
            "Job/j spec.template.spec.containers[0].image: must name a tag other than latest (was \"nginx:latest\")"),
        Arguments.of("latest-tag", List.of(job("{}", "{'containers':[{'name':'c','image':'registry:5000/app'}]}")),
            "Job/j spec.template.spec.containers[0].image: must name a tag other than latest (was \"registry:5000/app\")"),
        Arguments.of("latest-tag", List.of(job("{}", "{'containers':[{'name':'c','image':'nginx@sha256:abc'}]}")), null),
        Arguments.of("no-read-only-root-fs", List.of(job("{}", "{'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem: container \"c\" must have a"
                + " read-only root file system (set readOnlyRootFilesystem: true)"),
        Arguments.of("no-read-only-root-fs", List.of(job("{}",
            "{'containers':[{'name':'c','securityContext':{'readOnlyRootFilesystem':true}}]}")), null),
        Arguments.of("run-as-non-root", List.of(job("{}", "{'containers':[{'name':'c','securityContext':{'runAsUser':0}}]}")),
            "Job/j spec.template.spec.containers[0].securityContext.runAsNonRoot: container \"c\" must run as non-root"
                + " (set runAsNonRoot: true, or runAsUser above 0, on the pod or the container) (was runAsUser 0)"),
        Arguments.of("run-as-non-root", List.of(job("{}", "{'securityContext':{'runAsUser':1000},'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("privileged-container", List.of(job("{}", "{'containers':[{'name':'c','securityContext':{'privileged':true}}]}")),
            "Job/j spec.template.spec.containers[0].securityContext.privileged: container \"c\" must not be privileged (was true)"),
        Arguments.of("privileged-container", List.of(job("{}", "{'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("privilege-escalation-container", List.of(job("{}",
                "{'containers':[{'name':'c','securityContext':{'capabilities':{'add':['SYS_ADMIN']}}}]}")),
            "Job/j spec.template.spec.containers[0].securityContext.capabilities.add: container \"c\" must not allow"
                + " privilege escalation (it adds the SYS_ADMIN capability)"),
        Arguments.of("privilege-escalation-container", List.of(job("{}",
            "{'containers':[{'name':'c','securityContext':{'allowPrivilegeEscalation':false}}]}")), null),
        Arguments.of("unset-cpu-requirements", List.of(job("{}",
                "{'containers':[{'name':'c','resources':{'requests':{'cpu':'100m'}}}]}")),
            "Job/j spec.template.spec.containers[0].resources.limits[cpu]: container \"c\" must set a CPU limit above 0"),
        Arguments.of("unset-cpu-requirements", List.of(job("{}",
            "{'containers':[{'name':'c','resources':{'requests':{'cpu':'100m'},'limits':{'cpu':'1'}}}]}")), null),
        Arguments.of("unset-memory-requirements", List.of(job("{}",
                "{'containers':[{'name':'c','resources':{'requests':{'memory':'0'},'limits':{'memory':'1Gi'}}}]}")),
            "Job/j spec.template.spec.containers[0].resources.requests[memory]: container \"c\" must set a memory request above 0"),
        Arguments.of("unset-memory-requirements", List.of(job("{}",
            "{'containers':[{'name':'c','resources':{'requests':{'memory':'64Mi'},'limits':{'memory':'1Gi'}}}]}")), null),
        Arguments.of("host-network", List.of(job("{}", "{'hostNetwork':true,'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.hostNetwork: must not share the host's network namespace (was true)"),
        Arguments.of("host-network", List.of(job("{}", "{'hostNetwork':false,'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("host-pid", List.of(job("{}", "{'hostPID':true,'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.hostPID: must not share the host's process ID namespace (was true)"),
        Arguments.of("host-pid", List.of(job("{}", "{'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("host-ipc", List.of(job("{}", "{'hostIPC':true,'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.hostIPC: must not share the host's IPC namespace (was true)"),
        Arguments.of("host-ipc", List.of(job("{}", "{'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("docker-sock", List.of(job("{}", "{'containers':[{'name':'c','volumeMounts':[{'name':'s',"
                + "'mountPath':'/var/run/docker.sock'}]}],'volumes':[{'name':'s','hostPath':{'path':'/var/run/docker.sock'}}]}")),
            "Job/j spec.template.spec.containers[0].volumeMounts[0]: container \"c\" must not mount the Docker socket"
                + " (was \"/var/run/docker.sock\")"),
        Arguments.of("docker-sock", List.of(job("{}", "{'containers':[{'name':'c','volumeMounts':[{'name':'s',"
            + "'mountPath':'/data'}]}],'volumes':[{'name':'s','hostPath':{'path':'/data'}}]}")), null),
        Arguments.of("sensitive-host-mounts", List.of(job("{}", "{'containers':[{'name':'c','volumeMounts':[{'name':'s',"
                + "'mountPath':'/host'}]}],'volumes':[{'name':'s','hostPath':{'path':'/etc'}}]}")),
            "Job/j spec.template.spec.containers[0].volumeMounts[0]: container \"c\" must not mount a sensitive host"
                + " directory (was \"/etc\")"),
        Arguments.of("sensitive-host-mounts", List.of(job("{}", "{'containers':[{'name':'c','volumeMounts':[{'name':'s',"
            + "'mountPath':'/host'}]}],'volumes':[{'name':'s','hostPath':{'path':'/etc/ssl'}}]}")), null),
        Arguments.of("writable-host-mount", List.of(job("{}", "{'containers':[{'name':'c','volumeMounts':[{'name':'s',"
                + "'mountPath':'/host'}]}],'volumes':[{'name':'s','hostPath':{'path':'/data'}}]}")),
            "Job/j spec.template.spec.containers[0].volumeMounts[0].readOnly: container \"c\" must mount host path"
                + " \"/data\" read-only"),
        Arguments.of("writable-host-mount", List.of(job("{}", "{'containers':[{'name':'c','volumeMounts':[{'name':'s',"
            + "'mountPath':'/host','readOnly':true}]}],'volumes':[{'name':'s','hostPath':{'path':'/data'}}]}")), null),
        Arguments.of("drop-net-raw-capability", List.of(job("{}",
                "{'containers':[{'name':'c','securityContext':{'capabilities':{'drop':['CHOWN']}}}]}")),
            "Job/j spec.template.spec.containers[0].securityContext.capabilities.drop: container \"c\" must drop NET_RAW"
                + " or ALL (was [CHOWN])"),
        Arguments.of("drop-net-raw-capability", List.of(job("{}",
            "{'containers':[{'name':'c','securityContext':{'capabilities':{'drop':['ALL']}}}]}")), null),
        Arguments.of("env-var-secret", List.of(job("{}", "{'containers':[{'name':'c','env':[{'name':'DB_SECRET',"
                + "'value':'hunter2'}]}]}")),
            "Job/j spec.template.spec.containers[0].env[0].value: must not hold a secret in plain text; read it with"
                + " valueFrom.secretKeyRef or mount the Secret (variable DB_SECRET, value redacted)"),
        Arguments.of("env-var-secret", List.of(job("{}", "{'containers':[{'name':'c','env':[{'name':'DB_SECRET',"
            + "'valueFrom':{'secretKeyRef':{'name':'db','key':'p'}}}]}]}")), null),
        Arguments.of("duplicate-env-var", List.of(job("{}", "{'containers':[{'name':'c','env':[{'name':'A','value':'1'},"
                + "{'name':'A','value':'2'}]}]}")),
            "Job/j spec.template.spec.containers[0].env[1].name: must be unique in container \"c\" (was \"A\" again)"),
        Arguments.of("duplicate-env-var", List.of(job("{}", "{'containers':[{'name':'c','env':[{'name':'A','value':'1'}]}]}")), null),
        Arguments.of("deprecated-service-account-field", List.of(job("{}", "{'serviceAccount':'old','containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.serviceAccount: must not be set; set serviceAccountName instead (was \"old\")"),
        Arguments.of("deprecated-service-account-field", List.of(job("{}", "{'serviceAccountName':'new','containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("ssh-port", List.of(job("{}", "{'containers':[{'name':'c','ports':[{'containerPort':22}]}]}")),
            "Job/j spec.template.spec.containers[0].ports[0].containerPort: container \"c\" must not expose the SSH port (was 22/TCP)"),
        Arguments.of("ssh-port", List.of(job("{}", "{'containers':[{'name':'c','ports':[{'containerPort':22,'protocol':'UDP'}]}]}")), null),
        Arguments.of("unsafe-sysctls", List.of(job("{}", "{'securityContext':{'sysctls':[{'name':'net.core.somaxconn','value':'1'}]},"
                + "'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.securityContext.sysctls[0].name: must not be an unsafe sysctl (kernel.msg*,"
                + " kernel.sem, kernel.shm*, fs.mqueue.*, net.*) (was \"net.core.somaxconn\")"),
        Arguments.of("unsafe-sysctls", List.of(job("{}", "{'securityContext':{'sysctls':[{'name':'kernel.pid_max','value':'1'}]},"
            + "'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("liveness-port", List.of(job("{}", "{'containers':[{'name':'c','ports':[{'name':'http','containerPort':80}],"
                + "'livenessProbe':{'httpGet':{'port':'web'}}}]}")),
            "Job/j spec.template.spec.containers[0].livenessProbe.httpGet.port: must be a port of container \"c\" (was \"web\")"),
        Arguments.of("liveness-port", List.of(job("{}", "{'containers':[{'name':'c','ports':[{'name':'http','containerPort':80}],"
            + "'livenessProbe':{'httpGet':{'port':'http'}}}]}")), null),
        Arguments.of("readiness-port", List.of(job("{}", "{'containers':[{'name':'c','ports':[{'containerPort':80}],"
                + "'readinessProbe':{'tcpSocket':{'port':8080}}}]}")),
            "Job/j spec.template.spec.containers[0].readinessProbe.tcpSocket.port: must be a port of container \"c\" (was 8080)"),
        Arguments.of("readiness-port", List.of(job("{}", "{'containers':[{'name':'c','ports':[{'containerPort':80}],"
            + "'readinessProbe':{'tcpSocket':{'port':80}}}]}")), null),
        Arguments.of("startup-port", List.of(job("{}", "{'containers':[{'name':'c','startupProbe':{'grpc':{'port':9000}}}]}")),
            "Job/j spec.template.spec.containers[0].startupProbe.grpc.port: must be a port of container \"c\" (was 9000)"),
        Arguments.of("startup-port", List.of(job("{}", "{'containers':[{'name':'c','startupProbe':{'exec':{'command':['true']}}}]}")), null),
        Arguments.of("no-liveness-probe", List.of(job("{}", "{'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.containers[0].livenessProbe: container \"c\" must have a liveness probe"),
        Arguments.of("no-liveness-probe", List.of(job("{}", "{'containers':[{'name':'c','livenessProbe':{'exec':{'command':['true']}}}]}")), null),
        Arguments.of("no-readiness-probe", List.of(job("{}", "{'containers':[" + OK_CONTAINER + "]}")),
            "Job/j spec.template.spec.containers[0].readinessProbe: container \"c\" must have a readiness probe"),
        Arguments.of("no-readiness-probe", List.of(job("{}", "{'containers':[{'name':'c','readinessProbe':{'exec':{'command':['true']}}}]}")), null),
        Arguments.of("no-anti-affinity", List.of(statefulSet(3, "{'containers':[" + OK_CONTAINER + "]}")),
            "StatefulSet/db spec.template.spec.affinity.podAntiAffinity: must spread the 3 replicas with a pod anti-affinity"
                + " term on topologyKey kubernetes.io/hostname that selects the pods"),
        Arguments.of("no-anti-affinity", List.of(statefulSet(3, "{'affinity':{'podAntiAffinity':{"
            + "'preferredDuringSchedulingIgnoredDuringExecution':[{'weight':100,'podAffinityTerm':{'topologyKey':"
            + "'kubernetes.io/hostname','labelSelector':{'matchLabels':{'app':'db'}}}}]}},'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("no-anti-affinity", List.of(statefulSet(1, "{'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("pdb-max-unavailable", List.of(generic("policy/v1", "PodDisruptionBudget", "db", null,
                "{'spec':{'maxUnavailable':0,'selector':{'matchLabels':{'app':'db'}}}}")),
            "PodDisruptionBudget/db spec.maxUnavailable: must be above 0, else no pod can ever be evicted (was 0)"),
        Arguments.of("pdb-max-unavailable", List.of(generic("policy/v1", "PodDisruptionBudget", "db", null,
            "{'spec':{'maxUnavailable':1,'selector':{'matchLabels':{'app':'db'}}}}")), null),
        Arguments.of("pdb-min-available", List.of(statefulSet(2, "{'containers':[" + OK_CONTAINER + "]}"),
                generic("policy/v1", "PodDisruptionBudget", "db", null, "{'spec':{'minAvailable':'100%','selector':{'matchLabels':{'app':'db'}}}}")),
            "PodDisruptionBudget/db spec.minAvailable: must be below the 2 replicas of StatefulSet/db, else no pod can be"
                + " evicted (was 100%)"),
        Arguments.of("pdb-min-available", List.of(statefulSet(3, "{'containers':[" + OK_CONTAINER + "]}"),
            generic("policy/v1", "PodDisruptionBudget", "db", null, "{'spec':{'minAvailable':2,'selector':{'matchLabels':{'app':'db'}}}}")), null),
        Arguments.of("pdb-unhealthy-pod-eviction-policy", List.of(generic("policy/v1", "PodDisruptionBudget", "db", null,
                "{'spec':{'maxUnavailable':1}}")),
            "PodDisruptionBudget/db spec.unhealthyPodEvictionPolicy: must be set (AlwaysAllow lets unhealthy pods be evicted)"),
        Arguments.of("pdb-unhealthy-pod-eviction-policy", List.of(generic("policy/v1", "PodDisruptionBudget", "db", null,
            "{'spec':{'maxUnavailable':1,'unhealthyPodEvictionPolicy':'AlwaysAllow'}}")), null),
        Arguments.of("non-isolated-pod", List.of(statefulSet(1, "{'containers':[" + OK_CONTAINER + "]}")),
            "StatefulSet/db spec.template: must be selected by a NetworkPolicy of its namespace (none selects labels {app=db})"),
        Arguments.of("non-isolated-pod", List.of(statefulSet(1, "{'containers':[" + OK_CONTAINER + "]}"),
            generic("networking.k8s.io/v1", "NetworkPolicy", "deny", null, "{'spec':{'podSelector':{}}}")), null),
        Arguments.of("dangling-service", List.of(service("web", Map.of("app", "web"))),
            "Service/web spec.selector: must select the pods of a workload in the bundle (was app=web)"),
        Arguments.of("dangling-service", List.of(service("db", Map.of("app", "db")),
            statefulSet(1, "{'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("mismatching-selector", List.of(generic("apps/v1", "DaemonSet", "d", null,
            "{'spec':{'selector':{'matchLabels':{'app':'d'}},'template':{'metadata':{'labels':{'app':'d'}},"
                + "'spec':{'containers':[" + OK_CONTAINER + "]}}}}")), null),
        Arguments.of("no-extensions-v1beta", List.of(generic("extensions/v1beta1", "Ingress", "i", null, "{}")),
            "Ingress/i apiVersion: no matches for kind \"Ingress\" in version \"extensions/v1beta1\""),
        Arguments.of("no-extensions-v1beta", List.of(generic("networking.k8s.io/v1", "Ingress", "i", null,
            "{'spec':{'defaultBackend':{'service':{'name':'s','port':{'number':80}}}}}")), null),
        Arguments.of("non-existent-service-account", List.of(job("{}", "{'serviceAccountName':'robot','containers':["
                + OK_CONTAINER + "]}"), generic("v1", "ServiceAccount", "other", null, "{}")),
            "Job/j spec.template.spec.serviceAccountName: "),
        Arguments.of("non-existent-service-account", List.of(job("{}", "{'serviceAccountName':'robot','containers':["
            + OK_CONTAINER + "]}"), generic("v1", "ServiceAccount", "robot", null, "{}")), null),
        Arguments.of("dangling-hpa", List.of(generic("autoscaling/v2", "HorizontalPodAutoscaler", "h", null,
                "{'spec':{'scaleTargetRef':{'apiVersion':'apps/v1','kind':'StatefulSet','name':'nope'},'maxReplicas':3}}"),
                statefulSet(1, "{'containers':[" + OK_CONTAINER + "]}")),
            "HorizontalPodAutoscaler/h spec.scaleTargetRef"),
        Arguments.of("dangling-hpa", List.of(generic("autoscaling/v2", "HorizontalPodAutoscaler", "h", null,
            "{'spec':{'scaleTargetRef':{'apiVersion':'apps/v1','kind':'StatefulSet','name':'db'},'maxReplicas':3}}"),
            statefulSet(1, "{'containers':[" + OK_CONTAINER + "]}")), null),
        Arguments.of("invalid-target-ports", List.of(deployment("Not_Valid", Map.of("app", "web"))),
            "Deployment/web spec.template.spec.containers[0].ports[0].name"),
        Arguments.of("invalid-target-ports", List.of(deployment("http", Map.of("app", "web"))), null),
        Arguments.of("mismatching-selector", List.of(deployment("http", Map.of("app", "other"))),
            "Deployment/web spec.template.metadata.labels: must be matched by spec.selector"),
        Arguments.of("mismatching-selector", List.of(deployment("http", Map.of("app", "web"))), null));
  }

  /** A typed Deployment of pods labelled app=web, its container port named {@code portName}. */
  static Deployment deployment(String portName, Map<String, String> selector) {
    return Deployment.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(DeploymentSpec.builder().selector(LabelSelector.builder().putAllMatchLabels(selector).build())
            .template(PodTemplateSpec.builder().metadata(ObjectMeta.builder().putLabel("app", "web").build())
                .spec(PodSpec.builder().addContainer(Container.builder().name("c").image("nginx:1.27")
                    .addPort(ContainerPort.builder().name(portName).containerPort(80).build()).build()).build())
                .build())
            .build())
        .build();
  }

  static Service service(String name, Map<String, String> selector) {
    return Service.builder().metadata(ObjectMeta.builder().name(name).build())
        .spec(ServiceSpec.builder().putAllSelector(selector)
            .addPort(ServicePort.builder().port(80).build()).build())
        .build();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void should_report_a_failing_case_and_admit_a_passing_one(String check, List<KubeObject> objects, String expected) {
    // WHEN only this check runs
    List<Violation> found = Policy.none().with(check, Level.ERROR).check(Bundle.of(objects));
    // THEN
    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).extracting(Violation::toString).singleElement().asString()
          .startsWith(expected).endsWith("[" + check + "]");
    }
  }
}
