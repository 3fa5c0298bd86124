package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static io.kubeprint.core.validation.CrossObjectFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerSpec;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.VolumeResourceRequirements;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.disruption.PodDisruptionBudgetSpec;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * References into the kinds kubeprint does not type resolve in the bundle — ServiceAccounts, claims, scale
 * targets, PodDisruptionBudget selectors, RBAC roles and subjects — and are not judged when the
 * bundle holds no object of the kind referred to. Each table row: what it shows, the bundle, the lines found.
 */
class BundleReferencesTest {
  private static final Map<String, String> WEB = Map.of("app", "web");

  /** One row of a table. */
  record Case(String behaviour, Bundle bundle, List<String> expected) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static Case valid(String behaviour, KubeObject... objects) {
    return new Case(behaviour, Bundle.of(objects), List.of());
  }

  private static Case invalid(String behaviour, String expected, KubeObject... objects) {
    return new Case(behaviour, Bundle.of(objects), List.of(expected));
  }

  // ---- fixtures ----

  private static ObjectMeta in(String namespace, String name) {
    return namespace.isEmpty() ? meta(name) : meta(namespace, name);
  }

  /** An object of a kind kubeprint does not type, with top-level fields given as key, value, key, value... */
  private static GenericObject generic(String apiVersion, String kind, ObjectMeta meta, Object... fields) {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      extra.put((String) fields[i], fields[i + 1]);
    }
    return GenericObject.of(apiVersion, kind).metadata(meta).extra(Fields.of(extra)).build();
  }

  private static ServiceAccount serviceAccount(String namespace, String name) {
    return ServiceAccount.builder().metadata(in(namespace, name)).build();
  }

  private static PersistentVolumeClaim claim(String namespace, String name) {
    return PersistentVolumeClaim.builder().metadata(in(namespace, name)).spec(PersistentVolumeClaimSpec.builder()
        .addAccessMode("ReadWriteOnce").resources(VolumeResourceRequirements.builder()
            .putRequest("storage", Quantity.of("1Gi")).build()).build()).build();
  }

  private static Deployment web(String namespace, PodSpec spec) {
    return deployment(in(namespace, "web"), WEB, spec);
  }

  private static Deployment runningAs(String namespace, String serviceAccount) {
    return web(namespace, spec(container("web")).withServiceAccountName(serviceAccount));
  }

  private static Volume claimed(String claim) {
    return Volume.builder().name("data")
        .persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder().claimName(claim).build()).build();
  }

  private static Pod app(String namespace, String claim) {
    return Pod.builder().metadata(in(namespace, "app")).spec(spec(container("app")).withVolumes(claimed(claim)))
        .build();
  }

  /**
   * A pod template with these labels and one container; spec fields as key, value, key, value...: a
   * {@code serviceAccountName}, {@code restartPolicy} or {@code volumes} (of {@link #claimVolume}) typed, others
   * kept in the spec's {@code extra()}.
   */
  private static PodTemplateSpec podTemplate(Map<String, String> labels, Object... specFields) {
    PodSpec spec = spec(container("c"));
    for (int i = 0; i < specFields.length; i += 2) {
      String field = (String) specFields[i];
      Object value = specFields[i + 1];
      spec = switch (field) {
        case "serviceAccountName" -> spec.withServiceAccountName((String) value);
        case "restartPolicy" -> spec.withRestartPolicy((String) value);
        case "volumes" -> spec.withVolumes((List<Volume>) value);
        default -> spec.withExtra(spec.extra().with(field, value));
      };
    }
    return template(labels, spec);
  }

  private static StatefulSet statefulSet(String namespace, String name, PodTemplateSpec template,
      String... claimTemplates) {
    List<Fields> templates = new ArrayList<>();
    for (String t : claimTemplates) {
      templates.add(Fields.of("metadata", Map.of("name", t)));
    }
    return StatefulSet.builder().metadata(in(namespace, name)).spec(StatefulSetSpec.builder().serviceName(name)
        .selector(LabelSelector.builder().matchLabels(Map.of("app", name)).build()).template(template)
        .volumeClaimTemplates(templates).build()).build();
  }

  private static Volume claimVolume(String claim) {
    return claimed(claim);
  }

  // ---- ServiceAccounts ----

  static Stream<Case> serviceAccounts() {
    PodTemplateSpec dbPods = podTemplate(Map.of("app", "db"), "serviceAccountName", "db-sa");
    return Stream.of(
        valid("a ServiceAccount of the bundle", serviceAccount("", "builder"), runningAs("", "builder")),
        valid("no ServiceAccount in the bundle: not judged", runningAs("", "builder")),
        valid("default is made by the cluster", serviceAccount("", "builder"), runningAs("", "default")),
        valid("a ServiceAccount without namespace may be applied into the pod's",
            serviceAccount("", "builder"), runningAs("prod", "builder")),
        valid("the ServiceAccount of the pod's namespace among others",
            serviceAccount("ci", "builder"), serviceAccount("prod", "builder"), runningAs("prod", "builder")),
        invalid("a misspelled name gets a did-you-mean",
            "Deployment/web spec.template.spec.serviceAccountName: must name a ServiceAccount in the bundle"
                + " (was \"bulder\"); did you mean \"builder\"? [service-account-not-found]",
            serviceAccount("", "builder"), runningAs("", "bulder")),
        invalid("a ServiceAccount of another namespace does not count",
            "Deployment/web spec.template.spec.serviceAccountName: must name a ServiceAccount in the bundle"
                + " (was \"builder\"); ServiceAccount/builder is in namespace \"ci\" [service-account-not-found]",
            serviceAccount("ci", "builder"), runningAs("prod", "builder")),
        invalid("the deprecated serviceAccount field is checked where it is written",
            "Deployment/web spec.template.spec.serviceAccount: must name a ServiceAccount in the bundle"
                + " (was \"legacy\") [service-account-not-found]",
            serviceAccount("", "builder"),
            web("", spec(container("web")).withExtra(Fields.of("serviceAccount", "legacy")))),
        invalid("the pods of a Pod",
            "Pod/p spec.serviceAccountName: must name a ServiceAccount in the bundle (was \"runner\")"
                + " [service-account-not-found]",
            serviceAccount("", "builder"), Pod.builder().metadata(meta("p"))
                .spec(spec(container("c")).withServiceAccountName("runner")).build()),
        invalid("the pods of a CronJob",
            "CronJob/nightly spec.jobTemplate.spec.template.spec.serviceAccountName: must name a ServiceAccount"
                + " in the bundle (was \"runner\") [service-account-not-found]",
            serviceAccount("", "builder"), CronJob.builder().metadata(meta("nightly")).spec(CronJobSpec.builder()
                .schedule("0 3 * * *").jobTemplate(JobTemplateSpec.builder().spec(JobSpec.builder()
                    .template(template(Map.of(), spec(container("c")).withRestartPolicy("OnFailure")
                        .withServiceAccountName("runner"))).build()).build()).build()).build()),
        valid("the pods of a StatefulSet", serviceAccount("", "db-sa"), statefulSet("", "db", dbPods)),
        invalid("the pods of a StatefulSet naming a missing ServiceAccount",
            "StatefulSet/db spec.template.spec.serviceAccountName: must name a ServiceAccount in the bundle"
                + " (was \"db-sa\") [service-account-not-found]",
            serviceAccount("", "builder"), statefulSet("", "db", dbPods)),
        invalid("the pods of a DaemonSet",
            "DaemonSet/agent spec.template.spec.serviceAccountName: must name a ServiceAccount in the bundle"
                + " (was \"agnet\"); did you mean \"agent\"? [service-account-not-found]",
            serviceAccount("", "agent"), DaemonSet.builder().metadata(meta("agent")).spec(DaemonSetSpec.builder()
                .selector(LabelSelector.builder().matchLabels(Map.of("app", "agent")).build())
                .template(podTemplate(Map.of("app", "agent"), "serviceAccountName", "agnet")).build()).build()),
        invalid("the pods of a Job, by the deprecated field",
            "Job/migrate spec.template.spec.serviceAccount: must name a ServiceAccount in the bundle"
                + " (was \"migrator\") [service-account-not-found]",
            serviceAccount("", "builder"), Job.builder().metadata(meta("migrate")).spec(JobSpec.builder()
                .template(podTemplate(Map.of(), "restartPolicy", "Never", "serviceAccount", "migrator")).build())
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serviceAccounts")
  void should_resolve_a_pods_service_account_when_the_bundle_has_service_accounts(Case c) {
    assertThat(check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  // ---- claims ----

  static Stream<Case> claims() {
    return Stream.of(
        valid("a PersistentVolumeClaim of the bundle", claim("", "data"), app("", "data")),
        valid("no PersistentVolumeClaim in the bundle: not judged", app("", "data")),
        valid("a claim a StatefulSet makes for its pods",
            claim("", "other"), statefulSet("", "db", podTemplate(Map.of("app", "db")), "data"), app("", "data-db-0")),
        invalid("a misspelled name gets a did-you-mean",
            "Pod/app spec.volumes[0].persistentVolumeClaim.claimName: must name a PersistentVolumeClaim in the"
                + " bundle (was \"date\"); did you mean \"data\"? [claim-not-found]",
            claim("", "data"), app("", "date")),
        invalid("a claim of another namespace does not count",
            "Pod/app spec.volumes[0].persistentVolumeClaim.claimName: must name a PersistentVolumeClaim in the"
                + " bundle (was \"data\"); PersistentVolumeClaim/data is in namespace \"a\" [claim-not-found]",
            claim("a", "data"), app("b", "data")),
        invalid("a StatefulSet's claim needs an ordinal",
            "Pod/app spec.volumes[0].persistentVolumeClaim.claimName: must name a PersistentVolumeClaim in the"
                + " bundle (was \"data-db-x\") [claim-not-found]",
            claim("", "other"), statefulSet("", "db", podTemplate(Map.of("app", "db")), "data"), app("", "data-db-x")),
        invalid("a StatefulSet's claims are in its namespace",
            "Pod/app spec.volumes[0].persistentVolumeClaim.claimName: must name a PersistentVolumeClaim in the"
                + " bundle (was \"data-db-0\") [claim-not-found]",
            claim("b", "other"), statefulSet("a", "db", podTemplate(Map.of("app", "db")), "data"),
            app("b", "data-db-0")),
        invalid("the pods of a Job",
            "Job/backup spec.template.spec.volumes[0].persistentVolumeClaim.claimName: must name a"
                + " PersistentVolumeClaim in the bundle (was \"dumps\") [claim-not-found]",
            claim("", "data"), Job.builder().metadata(meta("backup")).spec(JobSpec.builder().template(
                podTemplate(Map.of(), "restartPolicy", "Never", "volumes", List.of(claimVolume("dumps")))).build())
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("claims")
  void should_resolve_a_claimed_volume_when_the_bundle_has_claims(Case c) {
    assertThat(check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  // ---- HorizontalPodAutoscaler ----

  /** A typed autoscaler for {@code autoscaling/v2}, an untyped one for {@code autoscaling/v1}. */
  private static KubeObject autoscaler(String apiVersion, String namespace, String targetApiVersion,
      String kind, String name) {
    if (apiVersion.equals("autoscaling/v2")) {
      return HorizontalPodAutoscaler.builder().metadata(in(namespace, "web"))
          .spec(HorizontalPodAutoscalerSpec.builder().minReplicas(1).maxReplicas(5)
              .scaleTargetRef(CrossVersionObjectReference.builder().apiVersion(targetApiVersion).kind(kind).name(name)
                  .build())
              .build())
          .build();
    }
    return generic(apiVersion, "HorizontalPodAutoscaler", in(namespace, "web"), "spec", Map.of("minReplicas", 1,
        "maxReplicas", 5, "scaleTargetRef", Map.of("apiVersion", targetApiVersion, "kind", kind, "name", name)));
  }

  static Stream<Case> scaleTargets() {
    Deployment web = deployment("web", WEB, container("web"));
    StatefulSet db = statefulSet("", "db", podTemplate(Map.of("app", "db")));
    return Stream.of(
        valid("a Deployment of the bundle", web, autoscaler("autoscaling/v2", "", "apps/v1", "Deployment", "web")),
        valid("no object of the target's kind in the bundle: not judged", web,
            autoscaler("autoscaling/v2", "", "apps/v1", "StatefulSet", "db")),
        valid("the target's kind is its API group and kind, whatever the version", web,
            autoscaler("autoscaling/v2", "", "apps/v1beta1", "Deployment", "web")),
        valid("a StatefulSet of the bundle, from autoscaling/v1", db,
            autoscaler("autoscaling/v1", "", "apps/v1", "StatefulSet", "db")),
        invalid("a misspelled target gets a did-you-mean",
            "HorizontalPodAutoscaler/web spec.scaleTargetRef.name: must name a Deployment in the bundle"
                + " (was \"wbe\"); did you mean \"web\"? [scale-target-not-found]",
            web, autoscaler("autoscaling/v2", "", "apps/v1", "Deployment", "wbe")),
        invalid("a missing StatefulSet, from autoscaling/v1",
            "HorizontalPodAutoscaler/web spec.scaleTargetRef.name: must name a StatefulSet in the bundle"
                + " (was \"cache\") [scale-target-not-found]",
            db, autoscaler("autoscaling/v1", "", "apps/v1", "StatefulSet", "cache")),
        invalid("a target of another namespace does not count",
            "HorizontalPodAutoscaler/web spec.scaleTargetRef.name: must name a Deployment in the bundle"
                + " (was \"web\"); Deployment/web is in namespace \"a\" [scale-target-not-found]",
            deployment(in("a", "web"), WEB, spec(container("web"))),
            autoscaler("autoscaling/v2", "b", "apps/v1", "Deployment", "web")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scaleTargets")
  void should_resolve_an_autoscalers_scale_target_when_the_bundle_has_its_kind(Case c) {
    assertThat(check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  // ---- PodDisruptionBudget ----

  private static PodDisruptionBudget budget(String namespace, Map<String, Object> selector) {
    return PodDisruptionBudget.builder().metadata(in(namespace, "web"))
        .spec(PodDisruptionBudgetSpec.builder().maxUnavailable(IntOrString.of(1))
            .selector(Selectors.fromJson(selector).orElseThrow()).build())
        .build();
  }

  private static Map<String, Object> matchLabels(Map<String, String> labels) {
    return Map.of("matchLabels", labels);
  }

  private static Map<String, Object> expression(String key, String operator, String... values) {
    return values.length == 0 ? Map.of("key", key, "operator", operator)
        : Map.of("key", key, "operator", operator, "values", List.of(values));
  }

  static Stream<Case> disruptionBudgets() {
    Map<String, String> front = Map.of("app", "web", "tier", "front");
    Deployment web = deployment("web", front, container("web"));
    return Stream.of(
        valid("the pods of a Deployment", web, budget("", matchLabels(WEB))),
        valid("no object with pods in the bundle: not judged", CrossObjectFixtures.configMap("web"),
            budget("", matchLabels(WEB))),
        valid("an In requirement", web, budget("", Map.of("matchExpressions",
            List.of(expression("app", "In", "api", "web"))))),
        valid("a NotIn requirement", web, budget("", Map.of("matchExpressions",
            List.of(expression("tier", "NotIn", "db"))))),
        valid("the pods of a StatefulSet", statefulSet("", "db", podTemplate(Map.of("app", "db"))),
            budget("", matchLabels(Map.of("app", "db")))),
        valid("a label the StatefulSet controller adds matches any value",
            statefulSet("", "db", podTemplate(Map.of("app", "db"))),
            budget("", matchLabels(Map.of("app", "db", "statefulset.kubernetes.io/pod-name", "db-0")))),
        invalid("the closest pods when none match",
            "PodDisruptionBudget/web spec.selector: must select the pods of a workload in the bundle"
                + " (was app=web,tier=db); closest: Deployment/web with pod labels app=web,tier=front"
                + " [pdb-selects-no-pods]",
            web, budget("", matchLabels(Map.of("app", "web", "tier", "db")))),
        invalid("a requirement no pod meets",
            "PodDisruptionBudget/web spec.selector: must select the pods of a workload in the bundle"
                + " (was app,tier notin (front)) [pdb-selects-no-pods]",
            web, budget("", Map.of("matchExpressions", List.of(expression("app", "Exists"),
                expression("tier", "NotIn", "front"))))),
        invalid("pods of another namespace do not count",
            "PodDisruptionBudget/web spec.selector: must select the pods of a workload in the bundle"
                + " (was app=web); Deployment/web in namespace \"a\" has these labels [pdb-selects-no-pods]",
            deployment(in("a", "web"), WEB, spec(container("web"))), budget("b", matchLabels(WEB))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disruptionBudgets")
  void should_select_pods_with_a_disruption_budget_when_the_bundle_has_pods(Case c) {
    assertThat(check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  // ---- RBAC ----

  private static final String RBAC = "rbac.authorization.k8s.io/v1";

  private static GenericObject role(String namespace, String name) {
    return generic(RBAC, "Role", in(namespace, name), "rules", List.of());
  }

  private static GenericObject clusterRole(String name) {
    return generic(RBAC, "ClusterRole", meta(name), "rules", List.of());
  }

  private static Map<String, Object> roleRef(String kind, String name) {
    return Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", kind, "name", name);
  }

  private static Map<String, Object> subject(String kind, String name, String namespace) {
    return namespace.isEmpty() ? Map.of("kind", kind, "name", name)
        : Map.of("kind", kind, "name", name, "namespace", namespace);
  }

  private static GenericObject roleBinding(String namespace, Map<String, Object> roleRef, Object... subjects) {
    return generic(RBAC, "RoleBinding", in(namespace, "deploy"), "roleRef", roleRef, "subjects", List.of(subjects));
  }

  private static GenericObject clusterRoleBinding(Map<String, Object> roleRef, Object... subjects) {
    return generic(RBAC, "ClusterRoleBinding", meta("read-all"), "roleRef", roleRef, "subjects", List.of(subjects));
  }

  static Stream<Case> bindings() {
    Map<String, Object> user = subject("User", "jane", "");
    return Stream.of(
        valid("a Role of the binding's namespace and a ServiceAccount of the bundle", role("dev", "pod-reader"),
            serviceAccount("dev", "ci"), roleBinding("dev", roleRef("Role", "pod-reader"),
                subject("ServiceAccount", "ci", "dev"))),
        valid("no Role in the bundle: not judged", roleBinding("dev", roleRef("Role", "pod-reader"), user)),
        valid("a ClusterRole of the bundle from a RoleBinding", clusterRole("secret-reader"),
            roleBinding("dev", roleRef("ClusterRole", "secret-reader"), user)),
        valid("the built-in ClusterRoles", clusterRole("secret-reader"),
            clusterRoleBinding(roleRef("ClusterRole", "view"), user),
            roleBinding("dev", roleRef("ClusterRole", "system:auth-delegator"), user)),
        valid("no ServiceAccount in the bundle: subjects not judged", role("dev", "pod-reader"),
            roleBinding("dev", roleRef("Role", "pod-reader"), subject("ServiceAccount", "ci", "dev"))),
        valid("users, groups and the default ServiceAccount", serviceAccount("dev", "ci"),
            clusterRoleBinding(roleRef("ClusterRole", "view"), user, subject("Group", "devs", ""),
                subject("ServiceAccount", "default", "prod"))),
        invalid("a misspelled Role gets a did-you-mean",
            "RoleBinding/deploy roleRef.name: must name a Role in the bundle (was \"pod-reder\");"
                + " did you mean \"pod-reader\"? [role-ref-not-found]",
            role("dev", "pod-reader"), roleBinding("dev", roleRef("Role", "pod-reder"), user)),
        invalid("a Role of another namespace does not count",
            "RoleBinding/deploy roleRef.name: must name a Role in the bundle (was \"pod-reader\");"
                + " Role/pod-reader is in namespace \"prod\" [role-ref-not-found]",
            role("prod", "pod-reader"), roleBinding("dev", roleRef("Role", "pod-reader"), user)),
        invalid("a misspelled built-in ClusterRole gets a did-you-mean",
            "ClusterRoleBinding/read-all roleRef.name: must name a ClusterRole in the bundle or a built-in one"
                + " (was \"veiw\"); did you mean \"view\"? [role-ref-not-found]",
            clusterRole("secret-reader"), clusterRoleBinding(roleRef("ClusterRole", "veiw"), user)),
        invalid("a ServiceAccount subject in the subject's namespace",
            "RoleBinding/deploy subjects[1].name: must name a ServiceAccount in the bundle (was \"deployer\");"
                + " ServiceAccount/deployer is in namespace \"prod\" [subject-not-found]",
            serviceAccount("prod", "deployer"), roleBinding("dev", roleRef("ClusterRole", "edit"), user,
                subject("ServiceAccount", "deployer", "ci"))),
        invalid("a ServiceAccount subject without namespace is in the binding's",
            "RoleBinding/deploy subjects[0].name: must name a ServiceAccount in the bundle (was \"deployer\");"
                + " ServiceAccount/deployer is in namespace \"prod\" [subject-not-found]",
            serviceAccount("prod", "deployer"), roleBinding("dev", roleRef("ClusterRole", "edit"),
                subject("ServiceAccount", "deployer", ""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bindings")
  void should_resolve_a_bindings_role_and_service_accounts_when_the_bundle_has_them(Case c) {
    assertThat(check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  // ---- severity ----

  @Test
  void should_report_references_into_other_kinds_as_warnings_for_files() {
    // GIVEN a bundle read from files whose pod names a ServiceAccount it does not hold
    Bundle b = Bundle.of(serviceAccount("", "builder"), runningAs("", "bulder"));
    // WHEN validated as the command line validates files
    List<String> found = Validator.validate(b, Severity.WARNING).stream().map(Violation::toString).toList();
    // THEN the finding is a warning
    assertThat(found).containsExactly("warning: Deployment/web spec.template.spec.serviceAccountName: must name a"
        + " ServiceAccount in the bundle (was \"bulder\"); did you mean \"builder\"? [service-account-not-found]");
  }
}
