package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.claim;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.secretRef;
import static io.kubeprint.dsl.Kube.serviceAccount;
import static io.kubeprint.dsl.Kube.volume;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.render.Yaml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The examples of {@code docs/accounts-and-storage.md}, compiled: a test checks that the page shows this code and
 * exactly the YAML each {@link #snippets() snippet} renders.
 */
public final class AccountsAndStorage {
  private AccountsAndStorage() {}

  /** The registry credentials the account pulls images with (a docker config Secret). */
  static final Secret REGISTRY = secret("registry").type(Secret.DOCKER_CONFIG_JSON)
      .data(".dockerconfigjson", "{\"auths\":{}}").build();

  /** The account the web pods run as. */
  static final ServiceAccount WEB_ACCOUNT = serviceAccount("web")
      .automountToken(false)                                   // no API token in the pods
      .imagePullSecret(REGISTRY)                               // a Secret of type kubernetes.io/dockerconfigjson
      .awsRole("arn:aws:iam::123456789012:role/web")           // EKS: the pods assume this IAM role
      .build();

  /** The claim the database keeps its files in. */
  static final PersistentVolumeClaim DATA = claim("data")
      .storage("10Gi")
      .readWriteOnce()
      .storageClass("fast-ssd")
      .build();

  /** The database's account; its pull secret named, not given as a value. */
  static final ServiceAccount DB_ACCOUNT = serviceAccount("db").automountToken(false)
      .imagePullSecret(secretRef("registry")).build();

  /** A database running as its own account, mounting the claim. */
  static Deployment db() {
    Volume data = volume(DATA);                                // the volume "data", claiming "data"
    return deployment("db").podLabels(labels("app", "db"))
        .serviceAccount(DB_ACCOUNT)                            // spec.template.spec.serviceAccountName: db
        .volume(data)
        .container(container("postgres", "postgres:17").mount(data, "/var/lib/postgresql/data"))
        .build();
  }

  /** Everything of the page in one bundle: it validates, references included. */
  static Bundle app() {
    return bundle(REGISTRY, WEB_ACCOUNT, DB_ACCOUNT, DATA, db());
  }

  /** The YAML of each snippet of the page, by name. */
  public static Map<String, String> snippets() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("service-account", Yaml.render(WEB_ACCOUNT));
    s.put("claim", Yaml.render(DATA));
    s.put("deployment", Yaml.render(db()));
    return s;
  }

  /** Prints the snippets, to paste into the page. */
  public static void main(String[] args) {
    snippets().forEach((name, yaml) -> System.out.print("# " + name + "\n" + yaml));
  }
}
