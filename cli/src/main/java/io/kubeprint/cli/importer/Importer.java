package io.kubeprint.cli.importer;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Manifests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns manifests into one Java source file: a class implementing {@link io.kubeprint.core.ManifestSource}
 * whose {@code manifests()} builds the same objects with the DSL ({@code io.kubeprint.dsl.Kube}), so a folder
 * of YAML becomes code to edit from then on.
 *
 * <p>The code is idiomatic where the input allows: one method per object, {@code fromConfigMap(projectid,
 * "project.id")} where an env var reads a key of a ConfigMap (or Secret) of the same input and namespace,
 * {@code selecting(blue)} where a Service's selector is a workload's pod labels, a Deployment's selector left
 * to default when it equals the pod labels, {@code .sidecar(..)} for restartable init containers, literal
 * values otherwise. What the DSL has no method for is written through the core builders, {@code .extra(..)},
 * {@code editPodSpec(..)} or withers, so that the class builds values equal to the ones read: rendering its
 * bundle and reading the YAML back gives the input's model.
 *
 * <p>The generated bundle renders: every object the input refers to but does not hold (a ConfigMap, a Secret, a
 * ServiceAccount, ...) is declared with {@code .withExternal(..)}, and when kubeprint's checks across objects
 * still find problems that no declaration answers (two objects of one name, Services selecting no pod of the
 * input, overlapping selectors: a folder of examples rather than one application), the bundle reports them as
 * warnings ({@code .withCrossObjectChecks(CrossObjectChecks.WARNING)}, with a comment counting them by rule),
 * as {@code kubeprint validate} does for the files.
 *
 * <p>Secret values stay out of the source unless {@link ImportOptions#inlineSecrets(boolean)}: the code reads
 * each from an environment variable ({@code APIKEY_ID} for key {@code id} of Secret {@code apikey}), or from
 * the file named by that variable with {@code _FILE} appended, and its comments say so.
 *
 * <pre>{@code
 * JavaSource java = Importer.toJava(List.of(Path.of("k8s")), ImportOptions.defaults().className("Shop"));
 * Files.writeString(Path.of("src/main/java", java.path()), java.text());
 * }</pre>
 */
public final class Importer {
  private Importer() {}

  /**
   * The Java source building the objects of these files and directories (directories contribute their
   * {@code .yaml}, {@code .yml} and {@code .json} files, as {@link Manifests#files(Path...)} finds them).
   * Throws {@link io.kubeprint.render.ManifestReadException} when a file cannot be read.
   */
  public static JavaSource toJava(List<Path> paths, ImportOptions options) {
    Objects.requireNonNull(paths, "paths == null");
    Objects.requireNonNull(options, "options == null");
    List<Path> files = Manifests.files(paths.toArray(new Path[0]));
    List<Entry> entries = Generator.entries(files, Manifests::read);
    List<String> inputs = new ArrayList<>();
    for (Path p : paths) {
      inputs.add(p.toString().replace('\\', '/'));
    }
    return new Generator(entries, inputs, options).generate();
  }

  /** The Java source building the objects of {@code bundle}, in its order. */
  public static JavaSource toJava(Bundle bundle, ImportOptions options) {
    Objects.requireNonNull(bundle, "bundle == null");
    Objects.requireNonNull(options, "options == null");
    List<Entry> entries = new ArrayList<>();
    for (KubeObject o : bundle.objects()) {
      entries.add(new Entry(o, null));
    }
    return new Generator(entries, List.of(), options, bundle.externals()).generate();
  }
}
