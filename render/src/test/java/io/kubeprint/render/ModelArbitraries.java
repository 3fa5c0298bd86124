package io.kubeprint.render;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.ExecAction;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.TCPSocketAction;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.validation.Syntax;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.DaemonSetUpdateStrategy;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.RollingUpdateDaemonSet;
import io.kubeprint.core.workload.RollingUpdateStatefulSetStrategy;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubeprint.core.workload.StatefulSetSpec;
import io.kubeprint.core.workload.StatefulSetUpdateStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for property tests: strings that YAML readers misread when written carelessly, and valid
 * model objects (ConfigMaps, Secrets, Services, Deployments, Pods, CronJobs, Jobs, StatefulSets, DaemonSets) built
 * with the core builders.
 * Every generator is made of jqwik combinators, so failures shrink. Objects are valid by construction
 * (upstream rules, Kubernetes 1.32), not filtered: a property checks {@link Validator#validate(KubeObject)}
 * finds nothing in them, so a rule the generators break shows as a failing example.
 */
public final class ModelArbitraries {
  private ModelArbitraries() {}

  // ---------------------------------------------------------------- strings YAML misreads

  /** Words YAML 1.1 or 1.2 resolves to booleans or null; used in random letter case. */
  private static final List<String> WORDS = List.of(
      "y", "yes", "n", "no", "on", "off", "true", "false", "null", "nan", "inf");

  /** Whole scalars that resolve to another type, or break plain syntax, in YAML 1.1 or 1.2. */
  private static final List<String> SPECIAL = List.of(
      "", "~", "NULL", "0644", "08", "09", "0x1F", "0X1f", "0o17", "0b101", "1_000", "+1", "-1", "+0", "-0",
      "1e3", "1E-3", "-1e+3", "1.5", ".5", "-.5", "+.5", "1.", "1_0.5", ".inf", "-.Inf", "+.INF", ".nan",
      ".NaN", "1:20", "-1:20", "190:20:30.15", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
      "2001-12-14 21:59:43.10 -5", "2002-1-2", "=", "<<", "${X}", "${HOME:-/root}", "-", "--", "---", "...",
      "- x", "? x", ": x", "key: value", "a #b", "#c", "&anchor", "*alias", "!tag", "!!str", "|", ">",
      "'", "\"", "%YAML", "@at", "`tick", "[a, b]", "{a: b}", ",", "\\", "\\n", "x:", "a:b", "*/5 * * * *",
      "nginx:1.27", "--port=8080", "10.0.0.1", "1.2.3");

  /** Pieces that change how a scalar reads: spaces, comments, indicators, line breaks, tabs. */
  private static final List<String> FRAGMENTS = List.of(
      " ", "  ", ": ", " #", "#", ":", "- ", "? ", "\t", "\n", "\n\n", "\r\n", "\r", "---", "...", "'", "\"",
      "\\", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`", "|-", ">+");

  /** Characters YAML cannot print but carries escaped, and invisible ones: C0, DEL, C1, separators, BOM. */
  private static final List<String> CONTROLS = List.of(
      "\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0080",
      "\u0085", "\u009f", "\u00a0", "\u00ad", "\u200b", "\u200d", "\u2028", "\u2029", "\u202e", "\u3000",
      "\ufeff", "\ufdd0", "\ufffe", "\uffff");

  /** Non-ASCII text: accents, CJK, right-to-left, combining marks, emoji and emoji sequences. */
  private static final List<String> UNICODE = List.of(
      "é", "ß", "Ω", "日本語", "עברית", "مرحبا", "e\u0301", "🚀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "☃", "𝄞", "\ud83d\ude00");

  /** A word of {@link #WORDS} in a random letter case: {@code yEs}, {@code ON}, {@code False}. */
  public static Arbitrary<String> randomCaseWords() {
    return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.integers().between(0, 31))
        .as((word, mask) -> {
          StringBuilder b = new StringBuilder(word.length());
          for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append((mask >> i & 1) == 1 ? Character.toUpperCase(c) : c);
          }
          return b.toString();
        });
  }

  /** Numbers in the spellings YAML 1.1 and 1.2 resolve: octal, hex, underscores, signs, exponents, times. */
  public static Arbitrary<String> numberLike() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 99_999);
    return Arbitraries.oneOf(
        n.map(i -> "0" + Integer.toOctalString(i)),
        n.map(i -> "0" + i),
        n.map(i -> "0x" + Integer.toHexString(i)),
        n.map(i -> "0o" + Integer.toOctalString(i)),
        n.map(i -> String.format(Locale.ROOT, "%,d", i).replace(',', '_')),
        n.map(i -> "+" + i),
        n.map(i -> "-" + i),
        Combinators.combine(n, Arbitraries.integers().between(-20, 20)).as((i, e) -> i + "e" + e),
        n.map(i -> "." + i),
        n.map(i -> i + "."),
        Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(0, 59))
            .as((h, m) -> h + ":" + String.format(Locale.ROOT, "%02d", m)),
        Combinators.combine(Arbitraries.integers().between(1000, 2999), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 31)).as((y, m, d) -> y + "-" + m + "-" + d),
        Combinators.combine(Arbitraries.integers().between(1000, 2999), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 31))
            .as((y, m, d) -> String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d)));
  }

  /**
   * Numbers with underscores put anywhere ({@code -_1}, {@code 0_x1F}, {@code 1e1_0}): go-yaml drops them
   * all before resolving a scalar that starts with a sign or a digit.
   */
  public static Arbitrary<String> underscoredNumbers() {
    return Combinators.combine(numberLike(), Arbitraries.integers().between(0, 12).list().ofMinSize(1).ofMaxSize(2))
        .as((number, positions) -> {
          StringBuilder b = new StringBuilder(number);
          for (int p : positions) {
            b.insert(Math.min(p, b.length()), '_');
          }
          return b.toString();
        });
  }

  /** One piece of a tricky string. */
  private static Arbitrary<String> piece() {
    Arbitrary<String> bmpText = Arbitraries.strings()
        .withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff').ofMaxLength(4);
    Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(SPECIAL)),
        Tuple.of(2, randomCaseWords()),
        Tuple.of(2, numberLike()),
        Tuple.of(1, underscoredNumbers()),
        Tuple.of(4, Arbitraries.of(FRAGMENTS)),
        Tuple.of(2, Arbitraries.of(CONTROLS)),
        Tuple.of(2, Arbitraries.of(UNICODE)),
        Tuple.of(4, Arbitraries.strings().alpha().numeric().withChars("-._/:=").ofMaxLength(8)),
        Tuple.of(1, bmpText),
        Tuple.of(1, supplementary));
  }

  /**
   * Strings YAML misreads when written carelessly: booleans in every spelling and case, null, numbers
   * (0644, 08, 0x1F, 0o17, 1_000, +1, 1e3, .5, .inf, .nan, 1:20), timestamps, leading and trailing spaces,
   * {@code ": "} and {@code " #"}, leading indicators, document markers, non-ASCII text and emoji, control
   * characters, and multi-line text with indentation, blank lines, trailing spaces and line breaks at either
   * end. Valid Unicode: no unpaired surrogates (Kubernetes strings are UTF-8).
   */
  public static Arbitrary<String> trickyStrings() {
    Arbitrary<String> joined = piece().list().ofMaxSize(6).map(parts -> String.join("", parts));
    Arbitrary<String> line = Arbitraries.frequencyOf(
        Tuple.of(3, joined),
        Tuple.of(1, Arbitraries.of("", " ", "  indented", "trailing ", "\ttab", "# not a comment")));
    Arbitrary<String> multiLine = Combinators.combine(
            Arbitraries.of("", "\n", " ", "  "), line.list().ofMinSize(2).ofMaxSize(5),
            Arbitraries.of("", "\n", "\n\n", " ", "\r\n"))
        .as((before, lines, after) -> before + String.join("\n", lines) + after);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(SPECIAL)),
        Tuple.of(2, randomCaseWords()),
        Tuple.of(1, numberLike()),
        Tuple.of(1, underscoredNumbers()),
        Tuple.of(6, joined),
        Tuple.of(3, multiLine));
  }

  // ---------------------------------------------------------------- names and metadata

  /** A DNS-1123 (and DNS-1035) label: a lower-case letter, then letters, digits and inner dashes. */
  public static Arbitrary<String> dnsLabel(int maxLength) {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> middle = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
        .ofMaxLength(Math.max(0, maxLength - 2));
    Arbitrary<Character> last = Arbitraries.chars().range('a', 'z').numeric();
    return Combinators.combine(first, middle, last, Arbitraries.of(false, true))
        .as((f, m, l, shortName) -> shortName ? String.valueOf(f) : f + m + l);
  }

  /** Object names: DNS-1123 labels, so valid for every kind (DNS-1035 for Services too). */
  public static Arbitrary<String> names() {
    return dnsLabel(20);
  }

  /** A label key: an optional DNS subdomain prefix and {@code /}, then a qualified name part. */
  public static Arbitrary<String> labelKeys() {
    Arbitrary<String> part = Combinators.combine(Arbitraries.chars().alpha().numeric(),
            Arbitraries.strings().alpha().numeric().withChars("-_.").ofMaxLength(10),
            Arbitraries.chars().alpha().numeric(), Arbitraries.of(false, true))
        .as((f, m, l, one) -> one ? String.valueOf(f) : f + m + l);
    Arbitrary<Optional<String>> prefix = Arbitraries.of("app.kubernetes.io", "example.com", "team-a.example.org")
        .optional(0.4);
    Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(3, part), Tuple.of(1, yamlish()
        .filter(v -> !v.isEmpty() && Syntax.isValidLabelValue(v).isEmpty())));
    return Combinators.combine(prefix, name).as((p, n) -> p.map(x -> x + "/").orElse("") + n);
  }

  /** Words and numbers YAML reads as another type, from which valid keys and values of each kind are kept. */
  private static Arbitrary<String> yamlish() {
    return Arbitraries.oneOf(randomCaseWords(), numberLike(), underscoredNumbers(), Arbitraries.of(SPECIAL));
  }

  /**
   * A label value: empty, or at most 63 of {@code [-A-Za-z0-9_.]} starting and ending alphanumeric, often
   * one YAML reads as another type ({@code true}, {@code on}, {@code 0644}, {@code 1e3}, {@code 2001-12-14}).
   */
  public static Arbitrary<String> labelValues() {
    Arbitrary<String> plain = Combinators.combine(Arbitraries.chars().alpha().numeric(),
            Arbitraries.strings().alpha().numeric().withChars("-_.").ofMaxLength(12),
            Arbitraries.chars().alpha().numeric(), Arbitraries.of(false, true))
        .as((f, m, l, one) -> one ? String.valueOf(f) : f + m + l);
    Arbitrary<String> yamlish = yamlish().filter(v -> Syntax.isValidLabelValue(v).isEmpty());
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(4, plain), Tuple.of(3, yamlish));
  }

  /** Labels: up to four valid keys and values. */
  public static Arbitrary<Map<String, String>> labels(int minSize) {
    return Arbitraries.maps(labelKeys(), labelValues()).ofMinSize(minSize).ofMaxSize(4);
  }

  /** Annotations: valid keys, any (tricky) values. */
  public static Arbitrary<Map<String, String>> annotations() {
    return Arbitraries.maps(labelKeys(), trickyStrings()).ofMaxSize(3);
  }

  /** Metadata with a name, maybe a namespace, labels and annotations. */
  public static Arbitrary<ObjectMeta> metadata() {
    return Combinators.combine(names(), dnsLabel(12).optional(0.3), labels(0), annotations())
        .as((name, ns, labels, annotations) -> ObjectMeta.builder().name(name).namespace(ns)
            .putAllLabels(labels).putAllAnnotations(annotations).build());
  }

  /**
   * A ConfigMap or Secret key: {@code [-._a-zA-Z0-9]+}, never {@code .} or starting with {@code ..}; often one
   * YAML reads as another type when plain ({@code on}, {@code 0644}, {@code -_1}, {@code .5}).
   */
  public static Arbitrary<String> configKeys() {
    Arbitrary<String> random = Combinators.combine(Arbitraries.chars().alpha().numeric().with('_', '-'),
            Arbitraries.strings().alpha().numeric().withChars("-._").ofMaxLength(15))
        .as((f, rest) -> f + rest);
    return Arbitraries.frequencyOf(Tuple.of(3, random),
        Tuple.of(1, yamlish().filter(k -> Syntax.isConfigMapKey(k).isEmpty())));
  }

  // ---------------------------------------------------------------- ConfigMaps and Secrets

  /** ConfigMaps with tricky {@code data} values, random {@code binaryData} under other keys, maybe immutable. */
  public static Arbitrary<ConfigMap> configMaps() {
    Arbitrary<Map<String, String>> data = Arbitraries.maps(configKeys(), trickyStrings()).ofMaxSize(5);
    Arbitrary<Map<String, Bytes>> binary = Arbitraries.maps(configKeys(), bytes(32)).ofMaxSize(2);
    return Combinators.combine(metadata(), data, binary, Arbitraries.of(true, false).optional(0.3))
        .as((meta, d, b, immutable) -> {
          Map<String, Bytes> onlyBinary = new LinkedHashMap<>(b);
          onlyBinary.keySet().removeAll(d.keySet());
          return ConfigMap.builder().metadata(meta).putAllData(d).putAllBinaryData(onlyBinary)
              .immutable(immutable).build();
        });
  }

  /** Random bytes, up to {@code maxSize} of them. */
  public static Arbitrary<Bytes> bytes(int maxSize) {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize).map(Bytes::of);
  }

  /** Opaque Secrets (type given or left to the default) of random bytes. */
  public static Arbitrary<Secret> secrets() {
    return Combinators.combine(metadata(), Arbitraries.maps(configKeys(), bytes(48)).ofMaxSize(4),
            Arbitraries.just(Secret.OPAQUE).optional(0.5), Arbitraries.of(true, false).optional(0.2))
        .as((meta, data, type, immutable) -> Secret.builder().metadata(meta).putAllData(data).type(type)
            .immutable(immutable).build());
  }

  // ---------------------------------------------------------------- Services

  /** A port name: an IANA service name of at most 15 lower-case letters and digits with a letter first. */
  public static Arbitrary<String> portNames() {
    return Combinators.combine(Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(8))
        .as((f, rest) -> f + rest);
  }

  public static Arbitrary<Integer> portNumbers() {
    return Arbitraries.integers().between(1, 65535);
  }

  /** Services selecting pods by labels, with one to three ports (named when several, as upstream requires). */
  public static Arbitrary<Service> services() {
    Arbitrary<IntOrString> target = Arbitraries.oneOf(portNumbers().map(IntOrString::of),
        portNames().map(IntOrString::of));
    Arbitrary<ServicePort> port = Combinators.combine(portNumbers(), target.optional(0.7),
            Arbitraries.of("TCP", "UDP", "SCTP").optional(0.3),
            Arbitraries.of("http", "kubernetes.io/h2c").optional(0.2))
        .as((p, t, proto, app) -> ServicePort.builder().port(p).targetPort(t).protocol(proto).appProtocol(app).build());
    Arbitrary<List<ServicePort>> ports = port.list().ofMinSize(1).ofMaxSize(3)
        .uniqueElements(p -> p.port().orElseThrow())
        .map(list -> {
          if (list.size() == 1) {
            return list;
          }
          List<ServicePort> named = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            named.add(ServicePort.builder().from(list.get(i)).name("port-" + i).build());
          }
          return named;
        });
    Arbitrary<String> type = Arbitraries.of("ClusterIP", "NodePort", "LoadBalancer");
    return Combinators.combine(metadata(), labels(1), ports, type.optional(0.5),
            Arbitraries.of("None", "ClientIP").optional(0.3))
        .as((meta, selector, p, t, affinity) -> Service.builder().metadata(meta)
            .spec(ServiceSpec.builder().type(t).putAllSelector(selector).ports(p).sessionAffinity(affinity).build())
            .build());
  }

  // ---------------------------------------------------------------- containers and pod specs

  /** Requests at most their limits: cpu in millicores, memory in Mi, each given or not. */
  public static Arbitrary<ResourceRequirements> resources() {
    Arbitrary<Integer> amount = Arbitraries.integers().between(1, 4000);
    return Combinators.combine(amount, amount, amount, amount, Arbitraries.integers().between(0, 3))
        .as((cpuRequest, cpuExtra, memRequest, memExtra, which) -> {
          ResourceRequirements.Builder b = ResourceRequirements.builder();
          b.putRequest("cpu", Quantity.parse(cpuRequest % 1000 == 0 ? cpuRequest / 1000 + "" : cpuRequest + "m"));
          b.putRequest("memory", Quantity.parse(memRequest + "Mi"));
          if (which % 2 == 1) {
            b.putLimit("cpu", Quantity.parse((cpuRequest + cpuExtra) + "m"));
          }
          if (which >= 2) {
            b.putLimit("memory", Quantity.parse((memRequest + memExtra) + "Mi"));
          }
          return b.build();
        });
  }

  /** A probe with one handler (exec, httpGet or tcpSocket) on a port number or name, and random timings. */
  public static Arbitrary<Probe> probes(boolean liveness) {
    Arbitrary<IntOrString> port = Arbitraries.oneOf(portNumbers().map(IntOrString::of),
        portNames().map(IntOrString::of));
    Arbitrary<Probe> handler = Arbitraries.oneOf(
        trickyStrings().list().ofMinSize(1).ofMaxSize(3)
            .map(cmd -> Probe.builder().exec(ExecAction.builder().addAllCommand(cmd).build()).build()),
        Combinators.combine(Arbitraries.of("/", "/healthz", "/ready?full=1", "/a b"), port,
                Arbitraries.of("HTTP", "HTTPS").optional(0.3))
            .as((path, p, scheme) -> Probe.builder()
                .httpGet(HTTPGetAction.builder().path(path).port(p).scheme(scheme).build()).build()),
        port.map(p -> Probe.builder().tcpSocket(TCPSocketAction.builder().port(p).build()).build()));
    Arbitrary<Optional<Integer>> seconds = Arbitraries.integers().between(0, 600).optional(0.4);
    Arbitrary<Optional<Integer>> positive = Arbitraries.integers().between(1, 10).optional(0.4);
    return Combinators.combine(handler, seconds, positive, seconds, positive, positive)
        .as((h, delay, timeout, period, success, failure) -> Probe.builder().from(h).initialDelaySeconds(delay)
            .timeoutSeconds(timeout).periodSeconds(period).successThreshold(liveness ? success.map(s -> 1) : success)
            .failureThreshold(failure).build());
  }

  /**
   * Environment variables: unique names (C identifiers, or any printable ASCII but {@code =} as Kubernetes
   * 1.32 allows, often YAML-tricky), tricky values or a {@code valueFrom} source.
   */
  public static Arbitrary<List<EnvVar>> env() {
    Arbitrary<String> identifier = Combinators.combine(Arbitraries.chars().range('A', 'Z').with('_'),
            Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('_').ofMaxLength(10))
        .as((f, rest) -> f + rest);
    Arbitrary<String> relaxed = Arbitraries.oneOf(yamlish(),
            Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(8))
        .filter(n -> Syntax.isRelaxedEnvVarName(n).isEmpty());
    Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(3, identifier), Tuple.of(1, relaxed));
    Arbitrary<EnvVarSource> source = Arbitraries.oneOf(
        Combinators.combine(names(), configKeys(), Arbitraries.of(true, false).optional(0.5))
            .as((n, k, opt) -> EnvVarSource.builder()
                .configMapKeyRef(ConfigMapKeySelector.builder().name(n).key(k).optional(opt).build()).build()),
        Combinators.combine(names(), configKeys())
            .as((n, k) -> EnvVarSource.builder().secretKeyRef(SecretKeySelector.builder().name(n).key(k).build())
                .build()),
        Arbitraries.of("metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName")
            .map(f -> EnvVarSource.builder()
                .fieldRef(ObjectFieldSelector.builder().apiVersion("v1").fieldPath(f).build()).build()));
    Arbitrary<EnvVar> valueOrSource = Arbitraries.frequencyOf(
        Tuple.of(4, trickyStrings().map(v -> EnvVar.builder().value(v).build())),
        Tuple.of(1, source.map(s -> EnvVar.builder().valueFrom(s).build())));
    return Combinators.combine(name, valueOrSource).as((n, e) -> e.withName(n))
        .list().ofMaxSize(4).uniqueElements(e -> e.name().orElseThrow());
  }

  /** Volumes of a pod: unique names, each an emptyDir, a ConfigMap or a Secret. */
  public static Arbitrary<List<Volume>> volumes() {
    Arbitrary<Volume> source = Arbitraries.oneOf(
        Arbitraries.of("", "Memory").map(m -> Volume.builder().emptyDir(m.isEmpty()
            ? EmptyDirVolumeSource.builder().build()
            : EmptyDirVolumeSource.builder().medium(m).sizeLimit(Quantity.parse("64Mi")).build()).build()),
        Combinators.combine(names(), Arbitraries.of(0644, 0400, 0755).optional(0.5))
            .as((n, mode) -> Volume.builder()
                .configMap(ConfigMapVolumeSource.builder().name(n).defaultMode(mode).build()).build()),
        Combinators.combine(names(), Arbitraries.of(true, false).optional(0.5))
            .as((n, opt) -> Volume.builder()
                .secret(SecretVolumeSource.builder().secretName(n).optional(opt).build()).build()));
    return Combinators.combine(dnsLabel(12), source).as((n, v) -> v.withName(n))
        .list().ofMaxSize(3).uniqueElements(v -> v.name().orElseThrow());
  }

  /**
   * A container named {@code name} mounting some of {@code volumes}: image, tricky command and args, env,
   * ports with unique names, resources, probes, and untyped fields kept in {@code extra()}.
   */
  public static Arbitrary<Container> containers(String name, List<Volume> volumes) {
    Arbitrary<String> image = Arbitraries.of("nginx", "nginx:1.27", "gcr.io/x/y:blue", "busybox@sha256:"
        + "a".repeat(64), "registry.example.com:5000/team/app:1.0.0-rc.1");
    Arbitrary<List<ContainerPort>> ports = Combinators.combine(portNumbers(), portNames().optional(0.5),
            Arbitraries.of("TCP", "UDP").optional(0.3))
        .as((p, n, proto) -> ContainerPort.builder().containerPort(p).name(n).protocol(proto).build())
        .list().ofMaxSize(3)
        .uniqueElements(p -> p.name().orElse("#" + p.containerPort().orElseThrow()));
    Arbitrary<List<String>> strings = trickyStrings().list().ofMaxSize(3);
    Arbitrary<List<VolumeMount>> mounts = Arbitraries.subsetOf(volumes).map(chosen -> volumes.stream()
        .filter(chosen::contains)
        .map(v -> VolumeMount.builder().name(v.name().orElseThrow()).mountPath("/mnt/" + v.name().orElseThrow())
            .readOnly(v.secret().isPresent() ? Optional.of(true) : Optional.empty()).build())
        .collect(Collectors.toList()));
    Arbitrary<Fields> extra = Combinators.combine(Arbitraries.of(true, false).optional(0.2),
            Arbitraries.of("/dev/termination-log", "/tmp/on", "0644").optional(0.2))
        .as((stdin, path) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          stdin.ifPresent(s -> m.put("stdin", s));
          path.ifPresent(p -> m.put("terminationMessagePath", p));
          return Fields.of(m);
        });
    return container(name, image, strings, strings, env(), ports, resources().optional(0.5),
        probes(true).optional(0.3), probes(false).optional(0.3), mounts,
        Arbitraries.of("Always", "IfNotPresent", "Never").optional(0.3), extra);
  }

  /** A pod spec of one to three containers, volumes they mount, and {@code restartPolicy} from {@code policies}. */
  public static Arbitrary<PodSpec> podSpecs(List<String> policies) {
    return volumes().flatMap(volumes -> {
      Arbitrary<List<Container>> containers = Arbitraries.integers().between(1, 3).flatMap(n -> {
        List<Arbitrary<Container>> each = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          each.add(containers(i == 0 ? "main" : "side-" + i, volumes));
        }
        return Combinators.combine(each).as(list -> list);
      });
      Arbitrary<Fields> extra = Arbitraries.of(Fields.none(), Fields.of("enableServiceLinks", false),
          Fields.of("shareProcessNamespace", true));
      return Combinators.combine(containers, Arbitraries.of(policies).optional(0.6),
              Arbitraries.longs().between(0, 3600).optional(0.3), Arbitraries.of("default", "app-runner").optional(0.3),
              Arbitraries.maps(Arbitraries.of("disktype", "kubernetes.io/os"), Arbitraries.of("ssd", "linux", "true"))
                  .ofMaxSize(2),
              extra)
          .as((c, policy, grace, account, nodeSelector, x) -> PodSpec.builder().containers(c).volumes(volumes)
              .restartPolicy(policy).terminationGracePeriodSeconds(grace).serviceAccountName(account)
              .putAllNodeSelector(nodeSelector).extra(x).build());
    });
  }

  // ---------------------------------------------------------------- workloads

  public static Arbitrary<Pod> pods() {
    return Combinators.combine(metadata(), podSpecs(List.of("Always", "OnFailure", "Never")))
        .as((meta, spec) -> Pod.builder().metadata(meta).spec(spec).build());
  }

  /** Deployments whose selector is some of the template's labels (at least one). */
  public static Arbitrary<Deployment> deployments() {
    Arbitrary<Map<String, String>> templateLabels = labels(1);
    return Combinators.combine(metadata(), templateLabels, annotations(), podSpecs(List.of("Always")),
            Arbitraries.integers().between(0, 20).optional(0.7), Arbitraries.integers().between(0, 10).optional(0.3),
            Arbitraries.integers().between(0, 30).optional(0.3))
        .as((meta, podLabels, podAnnotations, spec, replicas, history, minReady) -> {
          Map<String, String> selector = new LinkedHashMap<>();
          podLabels.entrySet().stream().limit(Math.max(1, podLabels.size() / 2))
              .forEach(e -> selector.put(e.getKey(), e.getValue()));
          return Deployment.builder().metadata(meta)
              .spec(DeploymentSpec.builder().replicas(replicas).revisionHistoryLimit(history)
                  .minReadySeconds(minReady)
                  .selector(LabelSelector.builder().putAllMatchLabels(selector).build())
                  .template(PodTemplateSpec.builder()
                      .metadata(ObjectMeta.builder().putAllLabels(podLabels).putAllAnnotations(podAnnotations).build())
                      .spec(spec).build())
                  .build())
              .build();
        });
  }

  /** CronJobs with a valid schedule, pods that restart OnFailure or Never, and random history limits. */
  public static Arbitrary<CronJob> cronJobs() {
    Arbitrary<String> schedule = Arbitraries.of("*/5 * * * *", "0 3 * * 1-5", "@daily", "@hourly", "30 2 1 * *",
        "0 0 * * 0");
    return Combinators.combine(metadata(), schedule, podSpecs(List.of("OnFailure", "Never")),
            Arbitraries.of("Allow", "Forbid", "Replace").optional(0.5), Arbitraries.of("Etc/UTC", "Europe/Paris")
                .optional(0.3), Arbitraries.integers().between(0, 10).optional(0.3),
            Arbitraries.integers().between(0, 6).optional(0.3), Arbitraries.of(true, false).optional(0.2))
        .as((meta, cron, spec, concurrency, zone, successful, backoff, suspend) -> {
          PodSpec withPolicy = spec.restartPolicy().isPresent() ? spec : spec.withRestartPolicy("OnFailure");
          return CronJob.builder().metadata(meta)
              .spec(CronJobSpec.builder().schedule(cron).timeZone(zone).concurrencyPolicy(concurrency)
                  .successfulJobsHistoryLimit(successful).suspend(suspend)
                  .jobTemplate(JobTemplateSpec.builder()
                      .spec(JobSpec.builder().backoffLimit(backoff)
                          .template(PodTemplateSpec.builder().spec(withPolicy).build())
                          .build())
                      .build())
                  .build())
              .build();
        });
  }

  /** A DNS label, the name every workload kind accepts (a StatefulSet's pods take it as their hostname prefix). */
  private static Arbitrary<String> labelNames() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .flatMap(head -> Arbitraries.of("", "-0", "-db", "-agent").map(tail -> head + tail));
  }

  /** Jobs with pods that restart OnFailure or Never, random counts and limits; the selector left to the server. */
  public static Arbitrary<Job> jobs() {
    return Combinators.combine(metadata(), labelNames(), podSpecs(List.of("OnFailure", "Never")),
            Arbitraries.integers().between(0, 6).optional(0.5), Arbitraries.integers().between(0, 5).optional(0.3),
            Arbitraries.integers().between(1, 5).optional(0.3), Arbitraries.integers().between(0, 86400).optional(0.3),
            Arbitraries.of(Fields.none(), Fields.of("suspend", true)))
        .as((meta, name, spec, backoff, parallelism, completions, ttl, extra) -> {
          PodSpec withPolicy = spec.restartPolicy().isPresent() ? spec : spec.withRestartPolicy("Never");
          return Job.builder().metadata(meta.withName(name))
              .spec(JobSpec.builder().backoffLimit(backoff).parallelism(parallelism).completions(completions)
                  .ttlSecondsAfterFinished(ttl).extra(extra)
                  .template(PodTemplateSpec.builder().spec(withPolicy).build()).build())
              .build();
        });
  }

  /** StatefulSets selecting their pod labels, with claim templates, a strategy and a retention policy. */
  public static Arbitrary<StatefulSet> statefulSets() {
    Arbitrary<StatefulSetUpdateStrategy> strategy = Arbitraries.oneOf(
        Arbitraries.just(StatefulSetUpdateStrategy.builder().type("OnDelete").build()),
        Arbitraries.integers().between(0, 3).map(p -> StatefulSetUpdateStrategy.builder().type("RollingUpdate")
            .rollingUpdate(RollingUpdateStatefulSetStrategy.builder().partition(p).build()).build()));
    Arbitrary<List<Fields>> claims = Arbitraries.of("data", "logs", "wal").set().ofMaxSize(2).map(names -> {
      List<Fields> out = new ArrayList<>();
      for (String n : names) {
        out.add(Fields.of(Map.of("metadata", Map.of("name", n), "spec", Map.of("accessModes",
            List.of("ReadWriteOnce"), "resources", Map.of("requests", Map.of("storage", "1Gi"))))));
      }
      return out;
    });
    return Combinators.combine(metadata(), labelNames(), labels(1), podSpecs(List.of("Always")),
            Arbitraries.integers().between(0, 5).optional(0.7), strategy.optional(0.5), claims,
            Combinators.combine(Arbitraries.of("OrderedReady", "Parallel").optional(0.3),
                Arbitraries.of("Retain", "Delete").optional(0.3)).as(Tuple::of))
        .as((meta, name, podLabels, spec, replicas, update, templates, policies) -> StatefulSet.builder()
            .metadata(meta.withName(name))
            .spec(StatefulSetSpec.builder().replicas(replicas).serviceName(name).podManagementPolicy(policies.get1())
                .updateStrategy(update).volumeClaimTemplates(templates)
                .persistentVolumeClaimRetentionPolicy(policies.get2().map(r -> StatefulSetPersistentVolumeClaimRetentionPolicy
                    .builder().whenDeleted(r).build()))
                .selector(LabelSelector.builder().putAllMatchLabels(podLabels).build())
                .template(PodTemplateSpec.builder().metadata(ObjectMeta.builder().putAllLabels(podLabels).build())
                    .spec(spec).build())
                .build())
            .build());
  }

  /** DaemonSets selecting their pod labels, rolling one bound at a time or on delete. */
  public static Arbitrary<DaemonSet> daemonSets() {
    Arbitrary<DaemonSetUpdateStrategy> strategy = Arbitraries.oneOf(
        Arbitraries.just(DaemonSetUpdateStrategy.builder().type("OnDelete").build()),
        Arbitraries.integers().between(1, 3).map(n -> DaemonSetUpdateStrategy.builder().type("RollingUpdate")
            .rollingUpdate(RollingUpdateDaemonSet.builder().maxUnavailable(IntOrString.of(n))
                .maxSurge(IntOrString.of(0)).build()).build()),
        Arbitraries.of("10%", "50%").map(p -> DaemonSetUpdateStrategy.builder().type("RollingUpdate")
            .rollingUpdate(RollingUpdateDaemonSet.builder().maxUnavailable(IntOrString.of(p)).build()).build()));
    return Combinators.combine(metadata(), labels(1), podSpecs(List.of("Always")), strategy.optional(0.6),
            Arbitraries.integers().between(0, 30).optional(0.3))
        .as((meta, podLabels, spec, update, minReady) -> DaemonSet.builder().metadata(meta)
            .spec(DaemonSetSpec.builder().updateStrategy(update).minReadySeconds(minReady)
                .selector(LabelSelector.builder().putAllMatchLabels(podLabels).build())
                .template(PodTemplateSpec.builder().metadata(ObjectMeta.builder().putAllLabels(podLabels).build())
                    .spec(spec).build())
                .build())
            .build());
  }

  /** Ingresses with one to three rules of one to three paths to Service ports, TLS and a class, each given or not. */
  public static Arbitrary<io.kubeprint.core.networking.Ingress> ingresses() {
    Arbitrary<io.kubeprint.core.networking.ServiceBackendPort> port = Arbitraries.oneOf(
        portNames().map(n -> io.kubeprint.core.networking.ServiceBackendPort.builder().name(n).build()),
        portNumbers().map(n -> io.kubeprint.core.networking.ServiceBackendPort.builder().number(n).build()));
    Arbitrary<io.kubeprint.core.networking.IngressBackend> backend = Combinators.combine(
            Arbitraries.of("web", "api", "shop-front"), port)
        .as((name, p) -> io.kubeprint.core.networking.IngressBackend.builder()
            .service(io.kubeprint.core.networking.IngressServiceBackend.builder().name(name).port(p).build()).build());
    Arbitrary<io.kubeprint.core.networking.HTTPIngressPath> path = Combinators.combine(
            Arbitraries.of("/", "/api", "/v1/items", "/static/"), Arbitraries.of("Exact", "Prefix",
                "ImplementationSpecific"), backend)
        .as((p, t, b) -> io.kubeprint.core.networking.HTTPIngressPath.builder().path(p).pathType(t).backend(b)
            .build());
    Arbitrary<String> host = Arbitraries.of("shop.example.com", "*.example.com", "api.shop.example.com");
    Arbitrary<io.kubeprint.core.networking.IngressRule> rule = Combinators.combine(host.optional(0.8),
            path.list().ofMinSize(1).ofMaxSize(3))
        .as((h, ps) -> io.kubeprint.core.networking.IngressRule.builder().host(h)
            .http(io.kubeprint.core.networking.HTTPIngressRuleValue.builder().paths(ps).build()).build());
    Arbitrary<io.kubeprint.core.networking.IngressTLS> tls = Combinators.combine(host.list().ofMaxSize(2),
            Arbitraries.of("shop-cert", "wildcard-cert").optional(0.9))
        .as((hs, secret) -> io.kubeprint.core.networking.IngressTLS.builder().hosts(hs).secretName(secret).build());
    return Combinators.combine(metadata(), rule.list().ofMinSize(1).ofMaxSize(3), tls.list().ofMaxSize(2),
            Arbitraries.of("nginx", "traefik").optional(0.5), backend.optional(0.3))
        .as((meta, rules, t, cls, def) -> io.kubeprint.core.networking.Ingress.builder().metadata(meta)
            .spec(io.kubeprint.core.networking.IngressSpec.builder().rules(rules).tls(t).ingressClassName(cls)
                .defaultBackend(def).build())
            .build());
  }

  /** NetworkPolicies with random pod selectors, ingress and egress rules of pods, namespaces and IP blocks, and ports. */
  public static Arbitrary<io.kubeprint.core.networking.NetworkPolicy> networkPolicies() {
    Arbitrary<io.kubeprint.core.meta.LabelSelector> selector = labels(0).map(
        l -> io.kubeprint.core.meta.LabelSelector.builder().matchLabels(l).build());
    Arbitrary<io.kubeprint.core.networking.NetworkPolicyPeer> peer = Arbitraries.oneOf(
        selector.map(s -> io.kubeprint.core.networking.NetworkPolicyPeer.builder().podSelector(s).build()),
        Combinators.combine(selector, selector).as((ns, pods) -> io.kubeprint.core.networking.NetworkPolicyPeer
            .builder().namespaceSelector(ns).podSelector(pods).build()),
        Arbitraries.of("10.0.0.0/8", "192.168.0.0/16", "2001:db8::/32").map(c -> io.kubeprint.core.networking
            .NetworkPolicyPeer.builder().ipBlock(io.kubeprint.core.networking.IPBlock.builder().cidr(c).build())
            .build()));
    Arbitrary<io.kubeprint.core.networking.NetworkPolicyPort> port = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(1, 60000), Arbitraries.integers().between(0, 5000)
                .optional(0.3), Arbitraries.of("TCP", "UDP", "SCTP").optional(0.5))
            .as((n, extra, proto) -> io.kubeprint.core.networking.NetworkPolicyPort.builder().port(IntOrString.of(n))
                .endPort(extra.map(e -> n + e)).protocol(proto).build()),
        portNames().map(n -> io.kubeprint.core.networking.NetworkPolicyPort.builder().port(IntOrString.of(n)).build()));
    Arbitrary<io.kubeprint.core.networking.NetworkPolicyIngressRule> in = Combinators.combine(
            port.list().ofMaxSize(2), peer.list().ofMaxSize(2))
        .as((ps, from) -> io.kubeprint.core.networking.NetworkPolicyIngressRule.builder().ports(ps).from(from)
            .build());
    Arbitrary<io.kubeprint.core.networking.NetworkPolicyEgressRule> out = Combinators.combine(
            port.list().ofMaxSize(2), peer.list().ofMaxSize(2))
        .as((ps, to) -> io.kubeprint.core.networking.NetworkPolicyEgressRule.builder().ports(ps).to(to).build());
    return Combinators.combine(metadata(), selector, in.list().ofMaxSize(2), out.list().ofMaxSize(2),
            Arbitraries.of(List.of("Ingress"), List.of("Egress"), List.of("Ingress", "Egress")).optional(0.7))
        .as((meta, pods, ins, outs, types) -> io.kubeprint.core.networking.NetworkPolicy.builder().metadata(meta)
            .spec(io.kubeprint.core.networking.NetworkPolicySpec.builder().podSelector(pods).ingress(ins)
                .egress(outs).policyTypes(types.orElse(List.of())).build())
            .build());
  }

  /** One valid object of any of the generated kinds. */
  /** ServiceAccounts: an automount flag, image pull secrets, an IAM role annotation at times. */
  public static Arbitrary<io.kubeprint.core.account.ServiceAccount> serviceAccounts() {
    return Combinators.combine(metadata(), Arbitraries.of(true, false).optional(0.5),
            names().list().ofMaxSize(2).uniqueElements())
        .as((meta, automount, pullSecrets) -> io.kubeprint.core.account.ServiceAccount.builder().metadata(meta)
            .automountServiceAccountToken(automount)
            .imagePullSecrets(pullSecrets.stream()
                .map(n -> io.kubeprint.core.pod.LocalObjectReference.builder().name(n).build()).toList())
            .build());
  }

  /** PersistentVolumeClaims: access modes, a storage request (and limit), a class, a mode, a data source. */
  public static Arbitrary<io.kubeprint.core.storage.PersistentVolumeClaim> claims() {
    Arbitrary<List<String>> modes = Arbitraries.oneOf(Arbitraries.just(List.of("ReadWriteOncePod")),
        Arbitraries.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany").list().ofMinSize(1).ofMaxSize(3)
            .uniqueElements());
    Arbitrary<String> sizes = Arbitraries.of("1Gi", "10Gi", "500M", "1Ti", "10737418240", "2.5Gi");
    return Combinators.combine(metadata(), modes, sizes, sizes.optional(0.2),
            Arbitraries.of("", "standard", "fast-ssd", "csi.example.com").optional(0.5),
            Arbitraries.of("Filesystem", "Block").optional(0.3), names().optional(0.2))
        .as((meta, m, request, limit, storageClass, mode, snapshot) -> {
          io.kubeprint.core.storage.VolumeResourceRequirements.Builder r =
              io.kubeprint.core.storage.VolumeResourceRequirements.builder()
                  .putRequest("storage", io.kubeprint.core.pod.Quantity.of(request));
          limit.ifPresent(l -> r.putLimit("storage", io.kubeprint.core.pod.Quantity.of(l)));
          return io.kubeprint.core.storage.PersistentVolumeClaim.builder().metadata(meta)
              .spec(io.kubeprint.core.storage.PersistentVolumeClaimSpec.builder().accessModes(m)
                  .resources(r.build()).storageClassName(storageClass).volumeMode(mode)
                  .dataSource(snapshot.map(n -> io.kubeprint.core.storage.TypedLocalObjectReference.builder()
                      .apiGroup("snapshot.storage.k8s.io").kind("VolumeSnapshot").name(n).build()))
                  .build())
              .build();
        });
  }

  public static Arbitrary<KubeObject> objects() {
    return Arbitraries.oneOf(configMaps(), secrets(), services(), deployments(), pods(), cronJobs(), jobs(),
        statefulSets(), daemonSets(), serviceAccounts(), claims(), ingresses(), networkPolicies());
  }

  /** One to {@code maxSize} valid objects, each of any kind, no two of one kind, namespace and name. */
  public static Arbitrary<List<KubeObject>> objectLists(int maxSize) {
    return objects().list().ofMinSize(1).ofMaxSize(maxSize)
        .uniqueElements(o -> List.of(o.kind(), o.metadata().namespace().orElse(""), o.name()));
  }

  /** Combines the many parts of a container; jqwik's combinators take at most eight arbitraries each. */
  private static Arbitrary<Container> container(String name, Arbitrary<String> image,
      Arbitrary<List<String>> command, Arbitrary<List<String>> args, Arbitrary<List<EnvVar>> env,
      Arbitrary<List<ContainerPort>> ports, Arbitrary<Optional<ResourceRequirements>> resources,
      Arbitrary<Optional<Probe>> liveness, Arbitrary<Optional<Probe>> readiness, Arbitrary<List<VolumeMount>> mounts,
      Arbitrary<Optional<String>> pullPolicy, Arbitrary<Fields> extra) {
    Arbitrary<Container> first = Combinators.combine(image, command, args, env, ports, resources)
        .as((i, c, a, e, p, r) -> Container.builder().name(name).image(i).command(c).args(a).env(e).ports(p)
            .resources(r).build());
    return Combinators.combine(first, liveness, readiness, mounts, pullPolicy, extra)
        .as((c, l, r, m, pp, x) -> Container.builder().from(c).livenessProbe(l).readinessProbe(r).volumeMounts(m)
            .imagePullPolicy(pp).extra(x).build());
  }
}
