package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.daemonSet;
import static io.kubeprint.dsl.Kube.job;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.statefulSet;
import static io.kubeprint.dsl.Kube.tolerationExists;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.dsl.StatefulSetBuilder;
import io.kubeprint.render.Yaml;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The examples of {@code docs/workloads.md}, compiled: a test checks that the page shows this code and exactly
 * the YAML each {@link #snippets() snippet} renders.
 */
public final class WorkloadKinds {
  private WorkloadKinds() {}

  /** A one-off database migration: retried twice, deleted an hour after it finishes. */
  static Job migrate() {
    return job("migrate")
        .container(container("migrate", "registry.example.com/shop/migrate:1.4").args("--to", "latest"))
        .backoffLimit(2)                              // the API server's default is 6
        .ttlAfterFinished(Duration.ofHours(1))        // deleted an hour after it finishes
        .activeDeadline(Duration.ofMinutes(10))
        .build();
  }

  /** Ten frames rendered three at a time, each pod knowing its index. */
  static Job renderFrames() {
    return job("render-frames")
        .container(container("render", "registry.example.com/render:2.0"))
        .indexed(10)                                  // completionMode: Indexed, completions: 10
        .parallelism(3)
        .restartPolicy("Never")
        .build();
  }

  /** A replicated database: three pods db-0, db-1, db-2, each with its own 10Gi claim. */
  static StatefulSetBuilder database() {
    return statefulSet("db")                          // serviceName: db
        .replicas(3)
        .podLabels(labels("app", "db"))
        .container(container("db", "postgres:16")
            .port(5432, "postgres")
            .mount("data", "/var/lib/postgresql/data"))
        .volumeClaim("data", "10Gi");                 // one PersistentVolumeClaim per pod: data-db-0, ...
  }

  /** The database and the headless Service that gives its pods their DNS names. */
  static Bundle databaseWithService() {
    StatefulSetBuilder db = database();
    StatefulSet set = db.build();
    Service headless = db.headlessService().build();  // clusterIP: None, selecting app=db, port postgres
    return bundle(headless, set);
  }

  /** A log agent on every node, replaced on at most two nodes at a time. */
  static DaemonSet logAgent() {
    return daemonSet("log-agent")
        .podLabels(labels("app", "log-agent"))
        .container(container("agent", "fluent/fluent-bit:3.1"))
        .toleration(tolerationExists("node-role.kubernetes.io/control-plane", "NoSchedule"))
        .rollingUpdate(2)                             // maxUnavailable: 2, maxSurge: 0
        .build();
  }

  /** A node proxy that is never missing from a node: the new pod starts before the old one stops. */
  static DaemonSet nodeProxy() {
    return daemonSet("node-proxy")
        .podLabels(labels("app", "node-proxy"))
        .container(container("proxy", "envoyproxy/envoy:v1.31.0"))
        .surgeUpdate(1)                               // maxSurge: 1, maxUnavailable: 0
        .build();
  }

  /** Each YAML block of {@code docs/workloads.md}, by the name its {@code <!-- snippet: name -->} marker gives. */
  public static Map<String, String> snippets() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("migrate", Yaml.render(migrate()));
    s.put("render-frames", Yaml.render(renderFrames()));
    s.put("database", Yaml.render(databaseWithService()));
    s.put("log-agent", Yaml.render(logAgent()));
    s.put("node-proxy", Yaml.render(nodeProxy()));
    return s;
  }

  public static void main(String[] args) {
    snippets().forEach((name, yaml) -> System.out.print("# " + name + "\n" + yaml));
  }
}
