/**
 * The fluent front door of kubeprint: {@code import static io.kubeprint.dsl.Kube.*;}.
 *
 * <p>{@link io.kubeprint.dsl.Kube} only delegates to one small factory class per concept
 * ({@link io.kubeprint.dsl.Workloads}, {@link io.kubeprint.dsl.Containers}, {@link io.kubeprint.dsl.Services},
 * {@link io.kubeprint.dsl.Configs}, {@link io.kubeprint.dsl.CronJobs}, ...). Builders check at the call what
 * a caller can get wrong there (null arguments, blank names, negative counts, impossible ports, missing
 * ConfigMap or Secret keys) and produce the immutable values of {@code io.kubeprint.core}; the API server's
 * full rules live in {@code io.kubeprint.core.validation}.
 *
 * <p>Releases are values too: {@link io.kubeprint.dsl.BlueGreen} and its {@link io.kubeprint.dsl.ReleasePlan},
 * {@link io.kubeprint.dsl.Rollout} presets, {@link io.kubeprint.dsl.RollOnChange} (with
 * {@link io.kubeprint.dsl.ContentHash}) and {@link io.kubeprint.dsl.BundleSettings} (with
 * {@link io.kubeprint.dsl.CommonLabels}); see {@code docs/releases.md}.
 */
package io.kubeprint.dsl;
