/**
 * The fluent front door of kubeprint: {@code import static io.kubeprint.dsl.Kube.*;}.
 *
 * <p>{@link io.kubeprint.dsl.Kube} only delegates to one small factory class per concept
 * ({@link io.kubeprint.dsl.Workloads}, {@link io.kubeprint.dsl.Containers}, {@link io.kubeprint.dsl.Services},
 * {@link io.kubeprint.dsl.Configs}, {@link io.kubeprint.dsl.CronJobs}, ...) and produce the immutable values of
 * {@code io.kubeprint.core}.
 *
 * <p><b>One rule for checks.</b> <em>Values</em> (a port number out of range, a negative replica count, a blank
 * name, an invalid or missing ConfigMap or Secret key, a target port name that is not an IANA service name, a bad
 * label, a malformed quantity or percentage) are not checked when a builder method is called: they land in the
 * object, and validation ({@code Bundle.validate()}, {@code requireValid()}, rendering) reports every violation
 * at once, each as {@code Kind/name path: message [rule]} with the API server's field path. <em>Typed references
 * that can never be right</em> (an Ingress route to a port the Service does not have, a Service targetPort name
 * the selected pods do not declare, an autoscaler on a kind without a scale subresource, a Secret of the wrong
 * type) are refused at once with an {@link io.kubeprint.core.validation.ManifestValidationException} carrying
 * violations of the same shape. API misuse (a null argument, a method called out of order) stays a
 * {@link NullPointerException} or {@link IllegalStateException}; what cannot land in a field at all (a
 * {@link java.time.Duration} with a fraction of a second or beyond the field's range) and the wrapper values
 * ({@link io.kubeprint.dsl.Cpu}, {@link io.kubeprint.dsl.Memory}), which belong to no object yet, are
 * {@link IllegalArgumentException}s naming the parameter.
 *
 * <p>Releases are values too: {@link io.kubeprint.dsl.BlueGreen} and its {@link io.kubeprint.dsl.ReleasePlan},
 * {@link io.kubeprint.dsl.Rollout} presets, {@link io.kubeprint.dsl.RollOnChange} (with
 * {@link io.kubeprint.dsl.ContentHash}) and {@link io.kubeprint.dsl.BundleSettings} (with
 * {@link io.kubeprint.dsl.CommonLabels}); see {@code docs/releases.md}.
 */
package io.kubeprint.dsl;
