/**
 * Test support for kubeprint: AssertJ assertions for every kind, for bundles and containers
 * ({@link io.kubeprint.test.KubeAssertions}), and golden files compared byte for byte
 * ({@link io.kubeprint.test.GoldenFile}). Add {@code io.kubeprint:kubeprint-test} with test scope.
 */
package io.kubeprint.test;
