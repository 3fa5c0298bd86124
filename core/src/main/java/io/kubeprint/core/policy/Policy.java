package io.kubeprint.core.policy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.PodTemplateView;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Pod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which checks a team gates its manifests on, and how hard: a level ({@link Level#OFF}, {@link Level#WARNING},
 * {@link Level#ERROR}) per {@link Check}, plus {@link Waiver}s. Immutable; every {@code with}/{@code waive}
 * returns a copy.
 *
 * <pre>{@code
 * List<Violation> findings = Policy.restricted().check(bundle);
 * Policy team = Policy.restricted().and(Policy.recommended())
 *     .with("no-read-only-root-fs", Level.WARNING)
 *     .waive("latest-tag", "Deployment/canary", "tracks the nightly image on purpose");
 * }</pre>
 *
 * <p>Findings are {@link Violation}s like validation's: {@code Kind/name}, field path, check id, message. The Pod
 * Security Standards checks print the PodSecurity admission's own reason and detail, e.g.
 * {@code Deployment/web spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation:
 * allowPrivilegeEscalation != false (container "web" must set securityContext.allowPrivilegeEscalation=false)
 * [pss-allow-privilege-escalation]}: one finding per check and pod template, as the admission prints one line
 * per check, at the first field at fault.
 *
 * <p><b>Namespace labels.</b> A Namespace of the bundle labelled {@code pod-security.kubernetes.io/enforce} or
 * {@code pod-security.kubernetes.io/warn} with {@code baseline} or {@code restricted} also gets its pods checked
 * at that level, whatever this policy says, as the cluster will: for {@code enforce} a Pod's findings are errors
 * (the admission refuses the Pod) and a workload's warnings (the admission only warns about templates), for
 * {@code warn} all are warnings. {@link #ignoringNamespaceLabels()} turns this off.
 */
public final class Policy {
  /** The annotation prefix of kube-linter's per-object waivers: {@code ignore-check.kube-linter.io/<check>}. */
  public static final String IGNORE_CHECK_PREFIX = "ignore-check.kube-linter.io/";
  /** kube-linter's annotation waiving every check for an object. */
  public static final String IGNORE_ALL = "kube-linter.io/ignore-all";
  /** The id of the finding that reports a waiver that waived nothing. */
  public static final String UNUSED_WAIVER = "unused-waiver";

  static final String ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
  static final String WARN_LABEL = "pod-security.kubernetes.io/warn";

  private final String name;
  private final Map<Check, Level> levels;
  private final List<Waiver> waivers;
  private final boolean namespaceLabels;

  private Policy(String name, Map<Check, Level> levels, List<Waiver> waivers, boolean namespaceLabels) {
    this.name = name;
    EnumMap<Check, Level> copy = new EnumMap<>(Check.class);
    for (Check c : Check.values()) {
      copy.put(c, levels.getOrDefault(c, Level.OFF));
    }
    this.levels = Collections.unmodifiableMap(copy);
    this.waivers = List.copyOf(waivers);
    this.namespaceLabels = namespaceLabels;
  }

  private static Policy of(String name, Set<Check> on) {
    Map<Check, Level> m = new EnumMap<>(Check.class);
    on.forEach(c -> m.put(c, Level.ERROR));
    return new Policy(name, m, List.of(), true);
  }

  /** No check at all (namespace labels still apply). */
  public static Policy none() {
    return of("none", Set.of());
  }

  /** The checks of the Pod Security Standards at a level, as the admission runs them for that level. */
  private static Set<Check> podSecurity(String level) {
    Set<Check> out = EnumSet.noneOf(Check.class);
    for (Check c : Check.values()) {
      if (c.family() == Check.Family.PSS_BASELINE) {
        out.add(c);
      }
      if (level.equals("restricted") && c.family() == Check.Family.PSS_RESTRICTED) {
        out.add(c);
      }
    }
    if (level.equals("restricted")) {
      // At restricted the admission runs capabilities_restricted, seccompProfile_restricted and restrictedVolumes
      // instead of their baseline counterparts (Overlap / OverrideCheckIDs in policy/registry.go).
      out.remove(Check.PSS_CAPABILITIES_BASELINE);
      out.remove(Check.PSS_SECCOMP_PROFILE_BASELINE);
      out.remove(Check.PSS_HOST_PATH_VOLUMES);
    }
    return out;
  }

  /**
   * The Pod Security Standards at level {@code baseline}, version {@code latest} of Kubernetes 1.32: the eleven
   * baseline checks of the PodSecurity admission, each an error.
   */
  public static Policy baseline() {
    return of("baseline", podSecurity("baseline"));
  }

  /**
   * The Pod Security Standards at level {@code restricted}, version {@code latest} of Kubernetes 1.32: what the
   * PodSecurity admission checks at that level (the baseline checks, with the restricted forms of capabilities,
   * seccomp and volumes, plus allowPrivilegeEscalation, runAsNonRoot and runAsUser), each an error.
   */
  public static Policy restricted() {
    return of("restricted", podSecurity("restricted"));
  }

  /** kube-linter's default checks (those of its {@code defaultchecks} list that apply to manifests), each an error. */
  public static Policy recommended() {
    Set<Check> on = EnumSet.noneOf(Check.class);
    for (Check c : Check.values()) {
      if (c.family() == Check.Family.KUBE_LINTER) {
        on.add(c);
      }
    }
    return of("recommended", on);
  }

  /**
   * The profile of this name: {@code none}, {@code baseline}, {@code restricted} or {@code recommended}.
   *
   * @throws IllegalArgumentException for another name
   */
  public static Policy named(String profile) {
    return switch (profile) {
      case "none" -> none();
      case "baseline" -> baseline();
      case "restricted" -> restricted();
      case "recommended" -> recommended();
      default -> throw new IllegalArgumentException(
          "profile must be baseline, restricted, recommended or none (was \"" + profile + "\")");
    };
  }

  /** The profile's name, or {@code custom} once changed. */
  public String name() {
    return name;
  }

  /** The level of {@code check}. */
  public Level level(Check check) {
    return levels.get(Objects.requireNonNull(check, "check == null"));
  }

  /** Every check with its level, in {@link Check} order. */
  public Map<Check, Level> levels() {
    return levels;
  }

  /** The checks that run (not {@link Level#OFF}). */
  public Set<Check> enabled() {
    Set<Check> out = EnumSet.noneOf(Check.class);
    levels.forEach((c, l) -> {
      if (l != Level.OFF) {
        out.add(c);
      }
    });
    return out;
  }

  /** The policy-level waivers. */
  public List<Waiver> waivers() {
    return waivers;
  }

  /** Whether Namespaces' {@code pod-security.kubernetes.io} labels add checks (see the class comment). */
  public boolean honoursNamespaceLabels() {
    return namespaceLabels;
  }

  /** This policy with {@code check} at {@code level}. */
  public Policy with(Check check, Level level) {
    Objects.requireNonNull(check, "check == null");
    Objects.requireNonNull(level, "level == null");
    Map<Check, Level> m = new EnumMap<>(levels);
    m.put(check, level);
    return new Policy("custom", m, waivers, namespaceLabels);
  }

  /**
   * This policy with the check of id {@code checkId} at {@code level}: {@code with("latest-tag", Level.WARNING)}.
   *
   * @throws IllegalArgumentException when no check has that id
   */
  public Policy with(String checkId, Level level) {
    Objects.requireNonNull(checkId, "checkId == null");
    Check c = Check.byId(checkId).orElseThrow(() -> new IllegalArgumentException(
        "no such check \"" + checkId + "\" (checks: " + String.join(", ", Check.ids()) + ")"));
    return with(c, level);
  }

  /** This policy and {@code other}: each check at the higher of the two levels, the waivers of both. */
  public Policy and(Policy other) {
    Map<Check, Level> m = new EnumMap<>(Check.class);
    for (Check c : Check.values()) {
      Level a = levels.get(c);
      Level b = other.levels.get(c);
      m.put(c, a.compareTo(b) >= 0 ? a : b);
    }
    List<Waiver> w = new ArrayList<>(waivers);
    other.waivers.stream().filter(x -> !w.contains(x)).forEach(w::add);
    return new Policy(name + "+" + other.name, m, w, namespaceLabels && other.namespaceLabels);
  }

  /** This policy with one more waiver: {@code check} does not apply to {@code object} ({@code Kind/name} or {@code *}). */
  public Policy waive(String check, String object, String reason) {
    return waive(Waiver.of(check, object, reason));
  }

  /** This policy with one more waiver. */
  public Policy waive(Waiver waiver) {
    Objects.requireNonNull(waiver, "waiver == null");
    List<Waiver> w = new ArrayList<>(waivers);
    w.add(waiver);
    return new Policy(name, levels, w, namespaceLabels);
  }

  /** This policy without the checks the {@code pod-security.kubernetes.io} labels of Namespaces would add. */
  public Policy ignoringNamespaceLabels() {
    return new Policy(name, levels, waivers, false);
  }

  /** The findings of this policy in {@code objects}, as for {@link #check(Bundle)} of a bundle of them. */
  public List<Violation> check(KubeObject... objects) {
    return check(Bundle.of(objects));
  }

  /**
   * Runs every enabled check over {@code bundle}: the findings not waived, with the severity of their check's
   * level, plus a warning for each waiver that waived nothing; sorted like validation's violations.
   */
  public List<Violation> check(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle == null");
    List<KubeObject> objects = bundle.objects();
    List<PodTemplateView> pods = new ArrayList<>();
    for (KubeObject o : objects) {
      PodTemplateView.of(o).ifPresent(pods::add);
    }
    Set<Check> enabled = enabled();
    List<Finding> found = new ArrayList<>();
    BestPractices.Sink sink = (check, object, path, message) ->
        found.add(new Finding(check, object, object.displayName(), path.toString(), message, severity(check)));
    for (PodTemplateView p : pods) {
      for (Check c : enabled) {
        if (c.isPodSecurity()) {
          PodSecurity.Result r = PodSecurity.run(c, p);
          if (r != null) {
            sink.add(c, p.owner(), r.path(), r.message());
          }
        }
      }
      BestPractices.pods(p, enabled, sink);
    }
    BestPractices.pdbs(objects, pods, enabled, sink);
    BestPractices.isolation(objects, pods, enabled, sink);
    reused(bundle, objects, enabled, found);
    if (namespaceLabels) {
      namespaceLabelled(objects, pods, found);
    }
    return waive(objects, found);
  }

  private Severity severity(Check c) {
    return levels.get(c).severity();
  }

  /** A finding before waivers: {@code object} is null for a reused validation rule naming only {@code Kind/name}. */
  private record Finding(Check check, KubeObject object, String objectName, String path, String message,
      Severity severity) {}

  /** The kube-linter checks kubeprint's validation already makes: its violations of those rules, under the check's id. */
  private void reused(Bundle bundle, List<KubeObject> objects, Set<Check> enabled, List<Finding> found) {
    Map<String, Check> byRule = new HashMap<>();
    for (Check c : enabled) {
      c.reuses().forEach(r -> byRule.put(r, c));
    }
    if (byRule.isEmpty()) {
      return;
    }
    for (Violation v : Validator.validate(bundle)) {
      Check c = byRule.get(v.ruleId());
      if (c == null || c == Check.NO_EXTENSIONS_V1BETA && !v.message().contains("\"extensions/v1beta1\"")
          && !v.message().contains("\"networking.k8s.io/v1beta1\"")) {
        continue;
      }
      found.add(new Finding(c, null, v.object(), v.path(), v.message(), severity(c)));
    }
  }

  /** The checks the {@code pod-security.kubernetes.io/enforce} and {@code warn} labels of Namespaces ask for. */
  private void namespaceLabelled(List<KubeObject> objects, List<PodTemplateView> pods, List<Finding> found) {
    Set<String> already = new HashSet<>();
    found.forEach(f -> already.add(f.objectName + " " + f.path + " " + f.check.id()));
    for (KubeObject o : objects) {
      if (!(o instanceof Namespace ns)) {
        continue;
      }
      for (String label : List.of(ENFORCE_LABEL, WARN_LABEL)) {
        String level = ns.metadata().labels().get(label);
        if (!"baseline".equals(level) && !"restricted".equals(level)) {
          continue;
        }
        for (PodTemplateView p : pods) {
          if (!p.owner().metadata().namespace().orElse("").equals(ns.name())) {
            continue;
          }
          Severity s = label.equals(ENFORCE_LABEL) && p.owner() instanceof Pod ? Severity.ERROR : Severity.WARNING;
          for (Check c : podSecurity(level)) {
            PodSecurity.Result r = PodSecurity.run(c, p);
            if (r != null && already.add(p.owner().displayName() + " " + r.path() + " " + c.id())) {
              found.add(new Finding(c, p.owner(), p.owner().displayName(), r.path().toString(), r.message()
                  + "; namespace " + ns.name() + " is labelled " + label + "=" + level, s));
            }
          }
        }
      }
    }
  }

  /** Drops the waived findings and reports the waivers that waived nothing. */
  private List<Violation> waive(List<KubeObject> objects, List<Finding> found) {
    Map<String, List<KubeObject>> byName = new LinkedHashMap<>();
    for (KubeObject o : objects) {
      byName.computeIfAbsent(o.displayName(), k -> new ArrayList<>()).add(o);
    }
    Set<Waiver> usedWaivers = new HashSet<>();
    Map<KubeObject, Set<String>> usedAnnotations = new IdentityHashMap<>();
    List<Violation> out = new ArrayList<>();
    for (Finding f : found) {
      List<KubeObject> owners = f.object != null ? List.of(f.object) : byName.getOrDefault(f.objectName, List.of());
      boolean waived = false;
      for (KubeObject o : owners) {
        Map<String, String> annotations = o.metadata().annotations();
        if (annotations.containsKey(IGNORE_CHECK_PREFIX + f.check.id())) {
          usedAnnotations.computeIfAbsent(o, k -> new HashSet<>()).add(f.check.id());
          waived = true;
        } else if (annotations.containsKey(IGNORE_ALL)) {
          waived = true;
        }
      }
      for (Waiver w : waivers) {
        if (w.covers(f.check.id(), f.objectName)) {
          usedWaivers.add(w);
          waived = true;
        }
      }
      if (!waived) {
        out.add(new Violation(f.objectName, f.path, f.check.id(), f.message, f.severity));
      }
    }
    Set<Check> enabled = enabled();
    for (KubeObject o : objects) {
      for (String key : o.metadata().annotations().keySet()) {
        if (!key.startsWith(IGNORE_CHECK_PREFIX)) {
          continue;
        }
        String id = key.substring(IGNORE_CHECK_PREFIX.length());
        Optional<Check> c = Check.byId(id);
        // Annotations for checks kubeprint does not have, or that this policy does not run, are kube-linter's own.
        if (c.isPresent() && enabled.contains(c.get()) && !usedAnnotations.getOrDefault(o, Set.of()).contains(id)) {
          out.add(new Violation(o.displayName(), FieldPath.of("metadata", "annotations").key(key).toString(),
              UNUSED_WAIVER, "waives nothing: check " + id + " finds nothing to waive in this object", Severity.WARNING));
        }
      }
    }
    for (Waiver w : waivers) {
      if (!usedWaivers.contains(w) && enabled.contains(Check.byId(w.check()).orElseThrow())) {
        out.add(new Violation(w.object(), "", UNUSED_WAIVER, "waives nothing: check " + w.check()
            + " finds nothing to waive in " + (w.object().equals("*") ? "any object" : w.object())
            + " (reason given: " + w.reason() + ")", Severity.WARNING));
      }
    }
    Collections.sort(out);
    return out;
  }

  /** {@code Policy{restricted, 17 checks, 0 waivers}}. */
  @Override
  public String toString() {
    return "Policy{" + name + ", " + enabled().size() + " checks, " + waivers.size() + " waivers}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policy p && p.levels.equals(levels) && p.waivers.equals(waivers)
        && p.namespaceLabels == namespaceLabels;
  }

  @Override
  public int hashCode() {
    return Objects.hash(levels, waivers, namespaceLabels);
  }
}
