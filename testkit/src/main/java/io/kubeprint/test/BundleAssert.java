package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Bundle}: validation as a whole ({@link #hasNoViolations()}, with the checks across
 * objects), its contents, its golden file, and navigation to one object:
 * {@code assertThat(app).hasNoViolations().deployment("webserver-blue").hasReplicas(3)}.
 *
 * <p>Objects are found by kind and name in the bundle under test, after its transforms: {@code deployment("api")}
 * finds {@code Deployment/shop/api} once {@code bundleWide().namespace("shop")} put it there, and an assertion
 * given an object ({@code service("api").selects(API)}, {@code .fromConfigMap(API_SETTINGS, "LOG_LEVEL")}) uses
 * the bundle's own version of it, namespaced or renamed by roll-on-change ({@code api-settings-5adf1bf2be} for
 * {@code api-settings}).
 */
public final class BundleAssert extends AbstractAssert<BundleAssert, Bundle> {

  BundleAssert(Bundle actual) {
    super(actual, BundleAssert.class);
  }

  private AssertionError failure(String expectation, String but, String found) {
    return Failure.of(info, Describe.bundle(actual), expectation, but, found);
  }

  /**
   * Verifies that the bundle is valid: no object breaks the API server's rules and the checks across objects
   * pass ({@link Bundle#validate()}); the failure lists every violation. Notices, which only say what could not
   * be checked (a custom resource without its CustomResourceDefinition), are not violations.
   */
  public BundleAssert hasNoViolations() {
    isNotNull();
    List<Violation> found = actual.validate().stream()
        .filter(v -> v.severity() != io.kubeprint.core.validation.Severity.NOTICE).toList();
    if (!found.isEmpty()) {
      throw failure("to have no violations", "but had " + found.size(), Describe.violations(found));
    }
    return this;
  }

  /**
   * Verifies that the bundle satisfies {@code policy}: {@link Policy#check(Bundle)} finds nothing at level
   * error. The failure lists every finding, warnings included:
   * {@code assertThat(bundle).satisfies(Policy.restricted())}.
   */
  public BundleAssert satisfies(Policy policy) {
    isNotNull();
    Objects.requireNonNull(policy, "policy == null");
    List<Violation> found = policy.check(actual);
    long errors = found.stream().filter(Violation::isError).count();
    if (errors > 0) {
      throw failure("to satisfy " + policy, "but had " + errors + " " + (errors == 1 ? "finding" : "findings")
          + " at level error", Describe.violations(found));
    }
    return this;
  }

  /** Verifies that validating the bundle reports a violation of rule {@code ruleId} at field {@code path} of any object. */
  public BundleAssert hasViolation(String path, String ruleId) {
    isNotNull();
    Violations.require(info, Describe.bundle(actual), actual.validate(), null, path, ruleId);
    return this;
  }

  /**
   * Verifies that validating the bundle reports a violation of rule {@code ruleId} at field {@code path} of
   * {@code object} ({@code Kind/name}): {@code hasViolation("Deployment/web", "spec.template.spec.containers", "containers-required")}.
   */
  public BundleAssert hasViolation(String object, String path, String ruleId) {
    isNotNull();
    Objects.requireNonNull(object, "object == null");
    Violations.require(info, Describe.bundle(actual), actual.validate(), object, path, ruleId);
    return this;
  }

  /** Verifies the number of objects. */
  public BundleAssert hasSize(int size) {
    isNotNull();
    if (actual.size() != size) {
      throw failure("to have " + size + (size == 1 ? " object" : " objects"), "but had", Describe.list(names()));
    }
    return this;
  }

  /**
   * Verifies that the objects are exactly these, named as {@code diff} names them, in any order:
   * {@code Kind/name} for an object without a namespace, {@code Kind/namespace/name} for one with a namespace;
   * {@code Kind/name} also matches an object of that name in any namespace, and a name matches a copy
   * roll-on-change renamed from it: {@code hasObjects("ConfigMap/shop/api-settings", "Deployment/api")}. The failure
   * lists the objects as {@code Kind/namespace/name}.
   */
  public BundleAssert hasObjects(String... names) {
    isNotNull();
    List<String> expected = new ArrayList<>(Arrays.asList(names));
    List<KubeObject> unmatched = new ArrayList<>(actual.objects());
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      Objects.requireNonNull(e, "names[] == null");
      String name = e.substring(e.lastIndexOf('/') + 1);
      List<KubeObject> candidates = unmatched.stream().filter(o -> InBundle.isNamed(o, e)).toList();
      KubeObject match = candidates.stream().filter(o -> o.name().equals(name)).findFirst()
          .orElse(candidates.isEmpty() ? null : candidates.get(0));
      if (match == null) {
        missing.add(e);
      } else {
        unmatched.remove(match);
      }
    }
    if (!missing.isEmpty() || !unmatched.isEmpty()) {
      expected.sort(null);
      List<String> found = names();
      found.sort(null);
      throw failure("to have exactly objects " + Describe.list(expected), "but had", Describe.list(found)
          + (missing.isEmpty() ? "" : "\nmissing: " + Describe.list(missing))
          + (unmatched.isEmpty() ? "" : "\nnot expected: " + Describe.list(unmatched.stream().map(Bundle::qualifiedName)
              .sorted().toList())));
    }
    return this;
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (KubeObject o : actual.objects()) {
      out.add(Bundle.qualifiedName(o));
    }
    return out;
  }

  /**
   * Assertions on the Deployment named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public DeploymentAssert deployment(String name) {
    return navigate(Kind.DEPLOYMENT, Optional.empty(), name, Deployment.class, DeploymentAssert::new);
  }

  /** Assertions on the Deployment named {@code name} (or renamed from it) in {@code namespace}. */
  public DeploymentAssert deployment(String namespace, String name) {
    return navigate(Kind.DEPLOYMENT, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, Deployment.class,
        DeploymentAssert::new);
  }

  /**
   * Assertions on the ReplicaSet named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public ReplicaSetAssert replicaSet(String name) {
    return navigate(Kind.REPLICA_SET, Optional.empty(), name, ReplicaSet.class, ReplicaSetAssert::new);
  }

  /** Assertions on the ReplicaSet named {@code name} (or renamed from it) in {@code namespace}. */
  public ReplicaSetAssert replicaSet(String namespace, String name) {
    return navigate(Kind.REPLICA_SET, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, ReplicaSet.class,
        ReplicaSetAssert::new);
  }

  /**
   * Assertions on the Pod named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public PodAssert pod(String name) {
    return navigate(Kind.POD, Optional.empty(), name, Pod.class, PodAssert::new);
  }

  /** Assertions on the Pod named {@code name} (or renamed from it) in {@code namespace}. */
  public PodAssert pod(String namespace, String name) {
    return navigate(Kind.POD, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, Pod.class,
        PodAssert::new);
  }

  /**
   * Assertions on the PodTemplate named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public PodTemplateAssert podTemplate(String name) {
    return navigate(Kind.POD_TEMPLATE, Optional.empty(), name, PodTemplate.class, PodTemplateAssert::new);
  }

  /** Assertions on the PodTemplate named {@code name} (or renamed from it) in {@code namespace}. */
  public PodTemplateAssert podTemplate(String namespace, String name) {
    return navigate(Kind.POD_TEMPLATE, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, PodTemplate.class,
        PodTemplateAssert::new);
  }

  /**
   * Assertions on the Service named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public ServiceAssert service(String name) {
    return navigate(Kind.SERVICE, Optional.empty(), name, Service.class, ServiceAssert::new);
  }

  /** Assertions on the Service named {@code name} (or renamed from it) in {@code namespace}. */
  public ServiceAssert service(String namespace, String name) {
    return navigate(Kind.SERVICE, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, Service.class,
        ServiceAssert::new);
  }

  /**
   * Assertions on the ConfigMap named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public ConfigMapAssert configMap(String name) {
    return navigate(Kind.CONFIG_MAP, Optional.empty(), name, ConfigMap.class, ConfigMapAssert::new);
  }

  /** Assertions on the ConfigMap named {@code name} (or renamed from it) in {@code namespace}. */
  public ConfigMapAssert configMap(String namespace, String name) {
    return navigate(Kind.CONFIG_MAP, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, ConfigMap.class,
        ConfigMapAssert::new);
  }

  /**
   * Assertions on the Secret named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public SecretAssert secret(String name) {
    return navigate(Kind.SECRET, Optional.empty(), name, Secret.class, SecretAssert::new);
  }

  /** Assertions on the Secret named {@code name} (or renamed from it) in {@code namespace}. */
  public SecretAssert secret(String namespace, String name) {
    return navigate(Kind.SECRET, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, Secret.class,
        SecretAssert::new);
  }

  /**
   * Assertions on the CronJob named {@code name} in any namespace (or renamed from it by roll-on-change); fails
   * when the bundle has none, or one in each of several namespaces. Objects passed to its assertions are looked
   * up in the bundle the same way.
   */
  public CronJobAssert cronJob(String name) {
    return navigate(Kind.CRON_JOB, Optional.empty(), name, CronJob.class, CronJobAssert::new);
  }

  /** Assertions on the ServiceAccount named {@code name}; fails when the bundle has none. */
  public ServiceAccountAssert serviceAccount(String name) {
    return navigate(Kind.SERVICE_ACCOUNT, name, ServiceAccount.class, ServiceAccountAssert::new);
  }

  /** Assertions on the PersistentVolumeClaim named {@code name}; fails when the bundle has none. */
  public ClaimAssert claim(String name) {
    return navigate(Kind.PERSISTENT_VOLUME_CLAIM, name, PersistentVolumeClaim.class, ClaimAssert::new);
  }

  /** Assertions on the Ingress named {@code name}; fails when the bundle has none. */
  public IngressAssert ingress(String name) {
    return navigate(Kind.INGRESS, name, Ingress.class, IngressAssert::new);
  }

  /** Assertions on the NetworkPolicy named {@code name}; fails when the bundle has none. */
  public NetworkPolicyAssert networkPolicy(String name) {
    return navigate(Kind.NETWORK_POLICY, name, NetworkPolicy.class, NetworkPolicyAssert::new);
  }

  /** Assertions on the Job named {@code name}; fails when the bundle has none. */
  public JobAssert job(String name) {
    return navigate(Kind.JOB, name, Job.class, JobAssert::new);
  }

  /** Assertions on the StatefulSet named {@code name}; fails when the bundle has none. */
  public StatefulSetAssert statefulSet(String name) {
    return navigate(Kind.STATEFUL_SET, name, StatefulSet.class, StatefulSetAssert::new);
  }

  /** Assertions on the DaemonSet named {@code name}; fails when the bundle has none. */
  public DaemonSetAssert daemonSet(String name) {
    return navigate(Kind.DAEMON_SET, name, DaemonSet.class, DaemonSetAssert::new);
  }

  /** Assertions on the HorizontalPodAutoscaler ({@code autoscaling/v2}) named {@code name}; fails when the bundle has none. */
  public AutoscalerAssert autoscaler(String name) {
    return navigate(Kind.HORIZONTAL_POD_AUTOSCALER, name, HorizontalPodAutoscaler.class, AutoscalerAssert::new);
  }

  /** Assertions on the PodDisruptionBudget named {@code name}; fails when the bundle has none. */
  public DisruptionBudgetAssert disruptionBudget(String name) {
    return navigate(Kind.POD_DISRUPTION_BUDGET, name, PodDisruptionBudget.class, DisruptionBudgetAssert::new);
  }

  /** Assertions on the CronJob named {@code name} (or renamed from it) in {@code namespace}. */
  public CronJobAssert cronJob(String namespace, String name) {
    return navigate(Kind.CRON_JOB, Optional.of(Objects.requireNonNull(namespace, "namespace == null")), name, CronJob.class,
        CronJobAssert::new);
  }

  private <T extends KubeObject, A extends AbstractKubeObjectAssert<A, T>> A navigate(Kind kind, String name,
      Class<T> type, Function<T, A> assertion) {
    return navigate(kind, Optional.empty(), name, type, assertion);
  }

  private <T extends KubeObject, A extends AbstractKubeObjectAssert<A, T>> A navigate(Kind kind,
      Optional<String> namespace, String name, Class<T> type, Function<T, A> assertion) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    List<KubeObject> found = InBundle.named(actual, kind, namespace, name);
    String wanted = kind.kindName() + "/" + namespace.map(n -> n + "/").orElse("") + name;
    if (found.size() != 1) {
      TreeSet<String> names = new TreeSet<>();
      for (T o : actual.all(type)) {
        names.add(o.metadata().namespace().map(n -> n + "/").orElse("") + o.name());
      }
      throw failure("to contain " + (found.isEmpty() ? "" : "exactly one ") + wanted,
          "but had " + kind.kindName() + "s", Describe.list(names));
    }
    A next = assertion.apply(type.cast(found.get(0)));
    next.info.description(info.description());
    next.bundle = actual;
    return next;
  }

  /** Renders the bundle as YAML (apply order, Secret values redacted) and compares it with the golden file at {@code file}. */
  public BundleAssert matchesGoldenFile(Path file) {
    return matchesGoldenFile(GoldenFile.of(file));
  }

  /** Renders the bundle as YAML (apply order, Secret values redacted) and compares it with the golden file at {@code file}. */
  public BundleAssert matchesGoldenFile(String file) {
    return matchesGoldenFile(GoldenFile.of(file));
  }

  /** Renders the bundle as {@code golden} says and compares it with that file; see {@link GoldenFile}. */
  public BundleAssert matchesGoldenFile(GoldenFile golden) {
    isNotNull();
    Objects.requireNonNull(golden, "golden == null");
    golden.check(Describe.bundle(actual), golden.render(actual), info);
    return this;
  }
}
