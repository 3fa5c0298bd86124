package io.kubeprint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Renders a {@link io.kubeprint.core.ManifestSource} class of the project, in the Maven process on the project's
 * runtime class path: the bundle is validated (every error is logged and fails the build, nothing is written) and
 * written to {@code outputDirectory}, one file per object and a {@code kustomization.yaml}, or to one file when
 * {@code singleFile} is set.
 *
 * <pre>{@code
 * <configuration>
 *   <source>com.example.MyApp</source>
 * </configuration>
 * }</pre>
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RenderMojo extends AbstractMojo {

  /** The ManifestSource class to render, with a public no-argument constructor or one taking the {@code set} settings. Required. */
  @Parameter(property = "kubeprint.source", required = true)
  private String source;

  /** Where the files are written. Defaults to {@code target/kubeprint}. */
  @Parameter(property = "kubeprint.outputDirectory", defaultValue = "${project.build.directory}/kubeprint")
  private File outputDirectory;

  /** The name of one file in {@code outputDirectory} to write every object to, instead of one file each. */
  @Parameter(property = "kubeprint.singleFile")
  private String singleFile;

  /** Whether Secret values are written as {@code ****} rather than in base64. Defaults to false. */
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

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kubeprint:render skipped");
      return;
    }
    List<Path> written = Sources.withBundle(source, runtimeClasspath(project), set, getLog(),
        bundle -> Sources.write(bundle, outputDirectory.toPath(), singleFile, redactSecrets));
    for (Path p : written) {
      getLog().info("wrote " + p);
    }
  }

  static List<String> runtimeClasspath(MavenProject project) throws MojoExecutionException {
    try {
      return project.getRuntimeClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's runtime class path is not resolved: " + e.getMessage(), e);
    }
  }
}
