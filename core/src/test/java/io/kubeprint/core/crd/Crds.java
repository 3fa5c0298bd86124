package io.kubeprint.core.crd;

import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.validation.Violations;
import java.util.List;
import java.util.Map;

/** Test data: CRDs and custom resources of group {@code stable.example.com}, kind {@code CronTab}. */
final class Crds {
  private Crds() {}

  /** A CRD {@code crontabs.stable.example.com} whose version v1 has {@code openAPIV3Schema} = {@code schema}. */
  static Map<String, Object> crd(String schema) {
    return TestJson.object("""
        {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
         "metadata": {"name": "crontabs.stable.example.com"},
         "spec": {"group": "stable.example.com", "scope": "Namespaced",
                  "names": {"plural": "crontabs", "singular": "crontab", "kind": "CronTab"},
                  "versions": [{"name": "v1", "served": true, "storage": true,
                                "schema": {"openAPIV3Schema": %s}}]}}
        """.formatted(schema));
  }

  /** A CRD whose spec has the single property {@code x} with schema {@code x}. */
  static Map<String, Object> crdWithField(String x) {
    return crd("{'type': 'object', 'properties': {'spec': {'type': 'object', 'properties': {'x': " + x + "}}}}");
  }

  /** A CronTab named {@code my-cron} with {@code spec} = {@code spec}. */
  static Map<String, Object> cronTab(String spec) {
    return TestJson.object("{'apiVersion': 'stable.example.com/v1', 'kind': 'CronTab',"
        + " 'metadata': {'name': 'my-cron'}, 'spec': " + spec + "}");
  }

  /** The violations of {@code object} against {@code crds}, each as {@code path: message [rule]}. */
  static List<String> check(CustomResourceDefinitions crds, Map<String, Object> object) {
    Violations v = new Violations("CronTab/my-cron");
    crds.check(object, v);
    return lines(v.list());
  }

  static List<String> lines(List<Violation> list) {
    return list.stream().sorted().map(x -> (x.severity().name().equals("WARNING") ? "warning: " : "")
        + x.path() + ": " + x.message() + " [" + x.ruleId() + "]").toList();
  }
}
