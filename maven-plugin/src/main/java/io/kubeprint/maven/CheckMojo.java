package io.kubeprint.maven;

import io.kubeprint.render.ManifestReadException;
import io.kubeprint.render.Manifests;
import io.kubeprint.cli.diff.Change;
import io.kubeprint.cli.diff.ManifestDiff;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build when a committed folder of manifests is not what {@code kubeprint:render} writes: the GitOps
 * "manifests are up to date" gate. The source is rendered into {@code target/kubeprint-check} and compared with
 * the folder as {@code kubeprint diff} compares them, field by field (formatting and key order never count); each
 * difference is logged, one line per field path, Secret values redacted.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractMojo {

  /** The ManifestSource class the folder is rendered from. Required. */
  @Parameter(property = "kubeprint.source", required = true)
  private String source;

  /** The committed folder. Defaults to {@code src/main/k8s}. */
  @Parameter(property = "kubeprint.directory", defaultValue = "${project.basedir}/src/main/k8s")
  private File directory;

  /** Whether the committed folder holds Secret values redacted ({@code ****}). Defaults to false. */
  @Parameter(property = "kubeprint.redactSecrets", defaultValue = "false")
  private boolean redactSecrets;

  /**
   * Settings for the ManifestSource, as the command line's {@code render --set KEY=VALUE} gives them: the class
   * is made with its public constructor taking {@code Map<String, String>}, given these (sorted by key,
   * unmodifiable), e.g. {@code <set><env>prod</env></set>}. Defaults to none, which a no-argument constructor
   * does too; settings for a class without the Map constructor fail the build.
   */
  @Parameter
  private Map<String, String> set;

  /** Skips the goal. Defaults to false. */
  @Parameter(property = "kubeprint.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.build.directory}/kubeprint-check", readonly = true, required = true)
  private File renderDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kubeprint:check skipped");
      return;
    }
    Path committed = directory.toPath();
    if (!Files.isDirectory(committed)) {
      throw new MojoFailureException(committed + " does not exist; run mvn kubeprint:render and copy "
          + renderDirectory.toPath().getParent().resolve("kubeprint") + " to it");
    }
    Path rendered = renderDirectory.toPath();
    Sources.withBundle(source, RenderMojo.runtimeClasspath(project), set, getLog(),
        bundle -> Sources.write(bundle, rendered, null, redactSecrets));
    ManifestDiff diff;
    try {
      diff = ManifestDiff.between(Manifests.read(committed), Manifests.read(rendered));
    } catch (ManifestReadException e) {
      e.problems().forEach(p -> Problems.log(p, getLog()));
      throw new MojoFailureException("cannot read " + e.source() + ": " + e.problem());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    }
    if (diff.isEmpty()) {
      getLog().info(committed + " is up to date with " + source);
      return;
    }
    for (Change c : diff.changes()) {
      getLog().error(c.toString());
    }
    throw new MojoFailureException(committed + " is not what " + source + " renders ("
        + Problems.count(diff.changes().size(), "difference") + "); run mvn kubeprint:render and copy "
        + project.getBuild().getDirectory() + File.separator + "kubeprint to " + committed);
  }
}
