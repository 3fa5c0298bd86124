package io.kubeprint.core.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every kubeprint value.
 *
 * <p>Generated implementations stay package-private (users see {@code Deployment}, never
 * {@code ImmutableDeployment}); each value declares a nested {@code Builder} and a {@code builder()}
 * factory, and gets {@code with*} copy methods through its generated {@code With*} interface. Redacted
 * attributes print as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "****",
    jdkOnly = true,
    typeWith = "With*",
    depluralize = true,
    depluralizeDictionary = {"data:data", "binaryData:binaryData", "search:searches", "extra:extra",
        "status:status"})
public @interface KubeStyle {}
