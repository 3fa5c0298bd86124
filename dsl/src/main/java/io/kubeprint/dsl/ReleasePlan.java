package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steps of a blue-green release, each as the manifests to apply: (1) the new colour deployed beside the
 * live one, (2) the Service switched to it, and, when asked, (3) the old colour scaled to zero.
 *
 * <pre>{@code
 * ReleasePlan plan = release.withImage(Color.GREEN, "app:1.5").plan()
 *     .scaleDownOld()
 *     .alongside(app);                  // the rest of the app: ConfigMaps, Secrets, ...
 * for (ReleasePlan.Step step : plan.steps()) {
 *   Yaml.writeDirectory(step.bundle(), out.resolve(step.name()));   // 1-deploy-green, 2-switch-to-green, ...
 * }
 * }</pre>
 *
 * <p>Each step's {@link Step#bundle()} is the whole app as it should be after the step, so it validates on
 * its own and applying it is idempotent ({@code kubectl apply -f 1-deploy-green/}, wait for
 * {@code kubectl rollout status deployment/web-green}, then step 2); consecutive steps differ exactly in the
 * step's {@link Step#changes()}. Rolling back after step 2 is applying step 1 again. Immutable; each method
 * returns a new plan.
 */
public final class ReleasePlan {
  private final BlueGreen from;
  private final boolean scaleDown;
  private final Bundle rest;

  private ReleasePlan(BlueGreen from, boolean scaleDown, Bundle rest) {
    this.from = from;
    this.scaleDown = scaleDown;
    this.rest = rest;
  }

  /** The plan releasing the idle colour of {@code from}; {@link BlueGreen#plan()} delegates here. */
  static ReleasePlan of(BlueGreen from) {
    return new ReleasePlan(Checks.notNull(from, "from"), false, Bundle.of());
  }

  /** This plan with a third step scaling the old colour to 0 replicas (its Deployment and ReplicaSets stay). */
  public ReleasePlan scaleDownOld() {
    return new ReleasePlan(from, true, rest);
  }

  /**
   * This plan with the rest of the app in every step, so that each step's bundle is complete (the ConfigMaps
   * and Secrets the pods read, other workloads). Objects of {@code app} with the kind, namespace and name of
   * one of the release's (the two Deployments, the Service) are replaced by the step's version, in place;
   * {@code app}'s externals are kept.
   */
  public ReleasePlan alongside(Bundle app) {
    return new ReleasePlan(from, scaleDown, Checks.notNull(app, "app"));
  }

  /** The release before the plan: traffic on the old colour. */
  public BlueGreen from() {
    return from;
  }

  /** The release after the switch: traffic on the new colour. */
  public BlueGreen to() {
    return from.switchTo(from.idle());
  }

  /** The steps, in order: two, or three with {@link #scaleDownOld()}. */
  public List<Step> steps() {
    Color oldColor = from.live();
    Color newColor = from.idle();
    Deployment next = from.deployment(newColor);
    if (next.spec().replicas().filter(r -> r == 0).isPresent()) {
      throw new IllegalStateException("the " + newColor.label() + " Deployment " + next.name()
          + " must run at least one replica before traffic switches to it (was 0)");
    }
    BlueGreen to = to();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(1, "1-deploy-" + newColor.label(),
        "deploy " + next.name() + " beside the live " + from.deployment(oldColor).name(),
        state(from.objects()), List.of(next)));
    steps.add(new Step(2, "2-switch-to-" + newColor.label(),
        "switch Service/" + to.service().name() + " to " + newColor.label(),
        state(to.objects()), List.of(to.service())));
    if (scaleDown) {
      Deployment old = from.deployment(oldColor);
      Deployment idle = old.withSpec(old.spec().withReplicas(0));
      List<KubeObject> objects = new ArrayList<>(to.objects());
      objects.set(objects.indexOf(old), idle);
      steps.add(new Step(3, "3-scale-down-" + oldColor.label(), "scale " + old.name() + " down to 0 replicas",
          state(objects), List.of(idle)));
    }
    return List.copyOf(steps);
  }

  /** The rest of the app with the release's objects in place (or appended when the rest lacks them). */
  private Bundle state(List<KubeObject> release) {
    List<KubeObject> out = new ArrayList<>();
    List<KubeObject> pending = new ArrayList<>(release);
    for (KubeObject o : rest.objects()) {
      KubeObject same = pending.stream().filter(r -> sameObject(r, o)).findFirst().orElse(null);
      if (same != null) {
        pending.remove(same);
        out.add(same);
      } else {
        out.add(o);
      }
    }
    out.addAll(pending);
    return rest.withObjects(out);
  }

  private static boolean sameObject(KubeObject a, KubeObject b) {
    return a.kind() == b.kind() && a.name().equals(b.name()) && a.metadata().namespace().equals(b.metadata().namespace());
  }

  /**
   * One step of a plan.
   *
   * @param number 1, 2 or 3
   * @param name a directory-friendly name: {@code 1-deploy-green}, {@code 2-switch-to-green},
   *     {@code 3-scale-down-blue}
   * @param description what the step does, e.g. {@code switch Service/webserver to green}
   * @param bundle the whole app after the step, to apply
   * @param changes the objects of {@code bundle} this step changes
   */
  public record Step(int number, String name, String description, Bundle bundle, List<KubeObject> changes) {
    public Step {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(bundle, "bundle == null");
      changes = List.copyOf(changes);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReleasePlan p && p.from.equals(from) && p.scaleDown == scaleDown && p.rest.equals(rest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, scaleDown, rest);
  }

  /** {@code ReleasePlan{webserver: blue -> green, scale down blue}}. */
  @Override
  public String toString() {
    return "ReleasePlan{" + from.name() + ": " + from.live().label() + " -> " + from.idle().label()
        + (scaleDown ? ", scale down " + from.live().label() : "") + "}";
  }
}
