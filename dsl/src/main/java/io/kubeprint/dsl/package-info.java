/**
 * The fluent front door of kubeprint: {@code import static io.kubeprint.dsl.Kube.*;}.
 *
 * <p>{@link io.kubeprint.dsl.Kube} only delegates to one small factory class per concept
 * ({@link io.kubeprint.dsl.Workloads}, {@link io.kubeprint.dsl.Containers}, {@link io.kubeprint.dsl.Services},
 * {@link io.kubeprint.dsl.Configs}, {@link io.kubeprint.dsl.CronJobs}, ...). Builders check at the call what
 * a caller can get wrong there (null arguments, blank names, negative counts, impossible ports, missing
 * ConfigMap or Secret keys) and produce the immutable values of {@code io.kubeprint.core}; the API server's
 * full rules live in {@code io.kubeprint.core.validation}.
 */
package io.kubeprint.dsl;
