package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.csi;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.downwardApi;
import static io.kubeprint.dsl.Kube.emptyDir;
import static io.kubeprint.dsl.Kube.ephemeral;
import static io.kubeprint.dsl.Kube.files;
import static io.kubeprint.dsl.Kube.hostPath;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.job;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.memory;
import static io.kubeprint.dsl.Kube.nodeLabel;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.projected;
import static io.kubeprint.dsl.Kube.quantity;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.dsl.Kube.spreadAcross;
import static io.kubeprint.dsl.Kube.volume;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.dsl.AppArmorProfile;
import io.kubeprint.dsl.CompletionMode;
import io.kubeprint.dsl.DnsPolicy;
import io.kubeprint.dsl.DownwardFile;
import io.kubeprint.dsl.Hook;
import io.kubeprint.dsl.HostPathType;
import io.kubeprint.dsl.IpFamily;
import io.kubeprint.dsl.IpFamilyPolicy;
import io.kubeprint.dsl.PodFailureAction;
import io.kubeprint.dsl.PodFailureRule;
import io.kubeprint.dsl.Projection;
import io.kubeprint.dsl.Scheme;
import io.kubeprint.dsl.SeccompProfile;
import io.kubeprint.dsl.StorageMedium;
import io.kubeprint.dsl.TopologySpread;
import io.kubeprint.dsl.TrafficPolicy;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/typed-builders.md shows the typed builders of the common pod, volume, Service and Job fields beside exactly
 * the YAML they render (the API's fields and shapes), and each object is valid.
 */
class TypedBuildersDocTest {

  @Test
  void should_show_exactly_the_yaml_each_snippet_renders() throws IOException {
    Map<String, String> shown = DocPages.snippets(DocPages.page("typed-builders.md"));
    assertThat(shown).isEqualTo(Map.of("scheduling-and-containers", rendered(web()), "volumes", rendered(volumes()),
        "service", rendered(webService()), "job", rendered(train())));
  }

  @Test
  void should_show_only_java_this_test_compiles() throws IOException {
    List<String> missing = DocPages.javaLinesNotIn(DocPages.page("typed-builders.md"),
        DocPages.read(Path.of("src/test/java/io/kubeprint/examples/TypedBuildersDocTest.java")));
    assertThat(missing).isEmpty();
  }

  private static String rendered(KubeObject o) {
    assertThat(Validator.validate(o)).isEmpty();
    return Yaml.render(o);
  }

  static KubeObject web() {
    return deployment("web").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(80, "http")
            .preStop(Hook.sleep(Duration.ofSeconds(5)))
            .postStart(Hook.httpGet("/warm", "http").scheme(Scheme.HTTPS).header("X", "y"))
            .readinessProbe(httpGet("/healthz", "http").scheme(Scheme.HTTPS).header("Host", "web.example.com"))
            .seccompProfile(SeccompProfile.RUNTIME_DEFAULT)
            .appArmorProfile(AppArmorProfile.localhost("k8s-nginx"))
            .mount(hostPath("logs", "/var/log").type(HostPathType.DIRECTORY), "/var/log").readOnly()
            .mount(emptyDir("cache", StorageMedium.MEMORY, memory("1Gi")), "/cache").subPath("web"))
        .nodeAffinity().require(nodeLabel("kubernetes.io/arch").in("amd64"), nodeLabel("gpu").doesNotExist())
        .nodeAffinity().prefer(50, nodeLabel("disktype").in("ssd"))
        .antiAffinity().preferSpreadAcrossNodes(labels("app", "web"))
        .podAffinity().require(TopologySpread.ZONE, labels("app", "cache"))
        .topologySpread(spreadAcross(TopologySpread.ZONE).maxSkew(1))
        .topologySpread(spreadAcross(TopologySpread.NODE).maxSkew(2).scheduleAnyway().selecting(labels("app", "x")))
        .seccompProfile(SeccompProfile.RUNTIME_DEFAULT)
        .sysctl("net.core.somaxconn", "1024")
        .priorityClassName("high")
        .dnsPolicy(DnsPolicy.NONE).dnsNameserver("1.1.1.1").dnsSearch("svc.cluster.local")
        .dnsOption("ndots", "2").dnsOption("edns0")
        .hostAlias("10.0.0.5", "db.internal", "db")
        .runtimeClassName("gvisor")
        .automountServiceAccountToken(false)
        .build();
  }

  @Test
  void should_render_scheduling_security_dns_and_container_fields_in_the_api_shape() {
    assertThat(rendered(web())).isEqualTo("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - preference:
                      matchExpressions:
                      - key: disktype
                        operator: In
                        values:
                        - ssd
                    weight: 50
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - key: kubernetes.io/arch
                        operator: In
                        values:
                        - amd64
                      - key: gpu
                        operator: DoesNotExist
                podAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector:
                      matchLabels:
                        app: cache
                    topologyKey: topology.kubernetes.io/zone
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - podAffinityTerm:
                      labelSelector:
                        matchLabels:
                          app: web
                      topologyKey: kubernetes.io/hostname
                    weight: 100
              automountServiceAccountToken: false
              containers:
              - image: nginx:1.27
                lifecycle:
                  postStart:
                    httpGet:
                      httpHeaders:
                      - name: X
                        value: "y"
                      path: /warm
                      port: http
                      scheme: HTTPS
                  preStop:
                    sleep:
                      seconds: 5
                name: web
                ports:
                - containerPort: 80
                  name: http
                readinessProbe:
                  httpGet:
                    httpHeaders:
                    - name: Host
                      value: web.example.com
                    path: /healthz
                    port: http
                    scheme: HTTPS
                securityContext:
                  appArmorProfile:
                    localhostProfile: k8s-nginx
                    type: Localhost
                  seccompProfile:
                    type: RuntimeDefault
                volumeMounts:
                - mountPath: /var/log
                  name: logs
                  readOnly: true
                - mountPath: /cache
                  name: cache
                  subPath: web
              dnsConfig:
                nameservers:
                - 1.1.1.1
                options:
                - name: ndots
                  value: "2"
                - name: edns0
                searches:
                - svc.cluster.local
              dnsPolicy: None
              hostAliases:
              - hostnames:
                - db.internal
                - db
                ip: 10.0.0.5
              priorityClassName: high
              runtimeClassName: gvisor
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
                sysctls:
                - name: net.core.somaxconn
                  value: "1024"
              topologySpreadConstraints:
              - labelSelector:
                  matchLabels:
                    app: web
                maxSkew: 1
                topologyKey: topology.kubernetes.io/zone
                whenUnsatisfiable: DoNotSchedule
              - labelSelector:
                  matchLabels:
                    app: x
                maxSkew: 2
                topologyKey: kubernetes.io/hostname
                whenUnsatisfiable: ScheduleAnyway
              volumes:
              - hostPath:
                  path: /var/log
                  type: Directory
                name: logs
              - emptyDir:
                  medium: Memory
                  sizeLimit: 1Gi
                name: cache
        """);
  }

  static KubeObject volumes() {
    ConfigMap cm = configMap("settings").data("app.properties", "a=b").build();
    Secret tls = secret("tls").data("tls.crt", "x").data("tls.key", "y").build();
    return pod("p").container(container("c", "busybox:1.37")
        .mount(projected("config", Projection.configMap(cm), Projection.secret(tls, files().item("tls.crt", "tls.crt")),
            Projection.serviceAccountToken("token", "vault", Duration.ofHours(1)),
            Projection.downwardApi(DownwardFile.field("labels", "metadata.labels"))).defaultMode(0440), "/etc/config")
        .mount(downwardApi("info", DownwardFile.resource("cpu", "c", "limits.cpu").mode(0444)), "/info")
        .mount(csi("secrets", "secrets-store.csi.k8s.io").readOnly().attribute("secretProviderClass", "vault"),
            "/mnt/secrets")
        .mount(ephemeral("scratch", quantity("10Gi")).storageClass("fast"), "/scratch")
        .mount(volume("props", cm, files().item("app.properties", "conf/app.properties").defaultMode(0400)), "/props"))
        .build();
  }

  @Test
  void should_render_projected_downward_api_csi_ephemeral_and_item_volumes_in_the_api_shape() {
    assertThat(rendered(volumes())).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - image: busybox:1.37
            name: c
            volumeMounts:
            - mountPath: /etc/config
              name: config
            - mountPath: /info
              name: info
            - mountPath: /mnt/secrets
              name: secrets
            - mountPath: /scratch
              name: scratch
            - mountPath: /props
              name: props
          volumes:
          - name: config
            projected:
              defaultMode: 288
              sources:
              - configMap:
                  name: settings
              - secret:
                  items:
                  - key: tls.crt
                    path: tls.crt
                  name: tls
              - serviceAccountToken:
                  audience: vault
                  expirationSeconds: 3600
                  path: token
              - downwardAPI:
                  items:
                  - fieldRef:
                      fieldPath: metadata.labels
                    path: labels
          - downwardAPI:
              items:
              - mode: 292
                path: cpu
                resourceFieldRef:
                  containerName: c
                  resource: limits.cpu
            name: info
          - csi:
              driver: secrets-store.csi.k8s.io
              readOnly: true
              volumeAttributes:
                secretProviderClass: vault
            name: secrets
          - ephemeral:
              volumeClaimTemplate:
                spec:
                  accessModes:
                  - ReadWriteOnce
                  resources:
                    requests:
                      storage: 10Gi
                  storageClassName: fast
            name: scratch
          - configMap:
              defaultMode: 256
              items:
              - key: app.properties
                path: conf/app.properties
              name: settings
            name: props
        """);
  }

  static KubeObject webService() {
    return service("web").selector(labels("app", "web")).port(443, "https", "https")
        .appProtocol(443, "kubernetes.io/h2c")
        .annotation("service.beta.kubernetes.io/aws-load-balancer-type", "nlb")
        .internalTrafficPolicy(TrafficPolicy.LOCAL).ipFamilyPolicy(IpFamilyPolicy.PREFER_DUAL_STACK)
        .ipFamilies(IpFamily.IPV4).publishNotReadyAddresses().build();
  }

  @Test
  void should_render_service_traffic_ip_family_and_port_fields_in_the_api_shape() {
    assertThat(rendered(webService())).isEqualTo("""
        apiVersion: v1
        kind: Service
        metadata:
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-type: nlb
          name: web
        spec:
          internalTrafficPolicy: Local
          ipFamilies:
          - IPv4
          ipFamilyPolicy: PreferDualStack
          ports:
          - appProtocol: kubernetes.io/h2c
            name: https
            port: 443
            targetPort: https
          publishNotReadyAddresses: true
          selector:
            app: web
        """);
  }

  static KubeObject train() {
    return job("train").container(container("main", "trainer:1")).restartPolicy("Never")
        .completionMode(CompletionMode.INDEXED).completions(4)
        .podFailurePolicy(PodFailureRule.onExitCodes(PodFailureAction.FAIL_JOB, 42).inContainer("main"),
            PodFailureRule.onPodCondition(PodFailureAction.IGNORE, "DisruptionTarget"))
        .build();
  }

  @Test
  void should_render_job_completion_mode_and_pod_failure_policy_in_the_api_shape() {
    assertThat(rendered(train())).isEqualTo("""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: train
        spec:
          completionMode: Indexed
          completions: 4
          podFailurePolicy:
            rules:
            - action: FailJob
              onExitCodes:
                containerName: main
                operator: In
                values:
                - 42
            - action: Ignore
              onPodConditions:
              - status: "True"
                type: DisruptionTarget
          template:
            spec:
              containers:
              - image: trainer:1
                name: main
              restartPolicy: Never
        """);
  }
}
