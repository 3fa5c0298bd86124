package io.kubeprint.maven;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.ManifestReadException;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.ReadProblem;
import io.kubeprint.render.ReadResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates folders of YAML or JSON manifests as {@code kubeprint validate} does: each document read as kubectl
 * reads it, every object checked as the Kubernetes 1.32 API server would, and checks across objects reported as
 * warnings. One line per problem; errors fail the build, and so do warnings when {@code strict} is set. Notices
 * (what could not be checked) never fail it.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

  /** The folders (or files) to validate. Defaults to {@code src/main/k8s}, skipped with a note when missing. */
  @Parameter
  private List<File> directories;

  /**
   * Folders (or files) of CustomResourceDefinitions that custom resources in {@code directories} are checked
   * against, as {@code kubeprint validate --crds DIR} does; definitions among the manifests count too. Only the
   * definitions of these folders are read (other kinds there are ignored), and they are not validated
   * themselves. Defaults to none: a custom resource without its definition gets a notice that its body was not
   * checked.
   */
  @Parameter
  private List<File> crds;

  /** Whether warnings fail the build too. Defaults to false. */
  @Parameter(property = "kubeprint.strict", defaultValue = "false")
  private boolean strict;

  /** Skips the goal. Defaults to false. */
  @Parameter(property = "kubeprint.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kubeprint:validate skipped");
      return;
    }
    List<Path> paths = new ArrayList<>();
    if (directories == null || directories.isEmpty()) {
      Path fallback = basedir.toPath().resolve("src/main/k8s");
      if (!Files.exists(fallback)) {
        getLog().info("kubeprint:validate: no " + fallback + ", nothing to validate");
        return;
      }
      paths.add(fallback);
    } else {
      directories.forEach(d -> paths.add(d.toPath()));
    }
    List<KubeObject> definitions = new ArrayList<>();
    for (File dir : crds == null ? List.<File>of() : crds) {
      try {
        for (KubeObject o : Manifests.read(dir.toPath()).objects()) {
          if (o.kind().kindName().equals("CustomResourceDefinition")) {
            definitions.add(o);
          }
        }
      } catch (ManifestReadException e) {
        e.problems().forEach(p -> Problems.log(p, getLog()));
        throw new MojoFailureException("cannot read the CustomResourceDefinitions of " + dir + ": " + e.problem());
      }
    }
    ReadResult read;
    try {
      read = Manifests.readWithProblems(paths.toArray(new Path[0]));
    } catch (ManifestReadException e) {
      e.problems().forEach(p -> Problems.log(p, getLog()));
      throw new MojoFailureException("cannot read " + e.source() + ": " + e.problem());
    }
    read.problems().forEach(p -> Problems.log(p, getLog()));
    List<Violation> violations = new ArrayList<>(
        Validator.validate(Bundle.of(read.objects()), Severity.WARNING, definitions));
    violations.sort(null);
    violations.forEach(v -> Problems.log(v, getLog()));
    long errors = read.problems().size() + violations.stream().filter(Violation::isError).count();
    long warnings = violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    String summary = read.objects().size() + (read.objects().size() == 1 ? " object" : " objects") + " in "
        + String.join(", ", paths.stream().map(Path::toString).toList()) + ": "
        + Problems.count(errors, "error") + ", " + Problems.count(warnings, "warning");
    if (errors > 0 || (strict && warnings > 0)) {
      throw new MojoFailureException(summary + (errors == 0 ? " (strict)" : ""));
    }
    getLog().info(summary);
  }
}
