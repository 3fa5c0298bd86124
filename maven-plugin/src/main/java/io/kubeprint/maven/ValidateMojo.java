package io.kubeprint.maven;

import io.kubeprint.cli.PolicyOption;
import io.kubeprint.cli.ValidationReport;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.policy.Policy;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.ManifestReadException;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.ReadResult;
import io.kubeprint.render.internal.AtomicFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * (what could not be checked) never fail it. {@code policy} checks a policy too, and {@code output} (with
 * {@code outputFile}) writes a report for other tools, as {@code kubeprint validate --policy P --output F} does.
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

  /**
   * The policy the objects are also checked against, as {@code kubeprint validate --policy} takes it: the Pod
   * Security Standards profile {@code baseline} or {@code restricted}, kube-linter's {@code recommended} checks,
   * {@code none}, or the path of a policy file (a {@code kubeprint.yaml} choosing profiles, levels and waivers;
   * relative to the project's folder). Findings are logged with the check id and fail the build at level error.
   * Defaults to none.
   */
  @Parameter(property = "kubeprint.policy")
  private String policy;

  /**
   * The report format, as {@code kubeprint validate --output} prints it: {@code text} (one line per problem and
   * a summary line), {@code json}, {@code junit} (JUnit XML), {@code sarif} (SARIF 2.1.0, for code scanning) or
   * {@code github} (workflow annotations). The build log lists the problems whatever the format; a report in
   * another format than text is printed on standard output as it is (so that GitHub reads its annotations),
   * or written to {@code outputFile}. Defaults to {@code text}.
   */
  @Parameter(property = "kubeprint.output", defaultValue = "text")
  private String output;

  /**
   * The file the report is written to, atomically (a reader sees the old report or the new one, never part of
   * one), its folders created. Defaults to none: a {@code text} report is the log, another format goes to
   * standard output.
   */
  @Parameter(property = "kubeprint.outputFile")
  private File outputFile;

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
    ValidationReport.Format format;
    try {
      format = ValidationReport.Format.parse(output.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("output: " + e.getMessage());
    }
    Policy checked = null;
    if (policy != null && !policy.isEmpty()) {
      try {
        checked = PolicyOption.parse(policy, basedir.toPath());
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new MojoExecutionException("policy: " + e.getMessage());
      }
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
    List<ValidationReport.FileResult> files = new ArrayList<>();
    List<KubeObject> objects = new ArrayList<>();
    try {
      for (Path file : Manifests.files(paths.toArray(new Path[0]))) {
        ReadResult read = Manifests.readWithProblems(file);
        files.add(new ValidationReport.FileResult(reportName(file), read.objects(), read.problems()));
        objects.addAll(read.objects());
        read.problems().forEach(p -> Problems.log(p, getLog()));
      }
    } catch (ManifestReadException e) {
      e.problems().forEach(p -> Problems.log(p, getLog()));
      throw new MojoFailureException("cannot read " + e.source() + ": " + e.problem());
    }
    List<Violation> violations = new ArrayList<>(
        Validator.validate(Bundle.of(objects), Severity.WARNING, definitions));
    if (checked != null) {
      violations.addAll(checked.check(Bundle.of(objects)));
    }
    violations.sort(null);
    violations.forEach(v -> Problems.log(v, getLog()));
    report(new ValidationReport(files, violations, strict), format);
    long problems = files.stream().mapToLong(f -> f.problems().size()).sum();
    long errors = problems + violations.stream().filter(Violation::isError).count();
    long warnings = violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    String summary = objects.size() + (objects.size() == 1 ? " object" : " objects") + " in "
        + String.join(", ", paths.stream().map(Path::toString).toList()) + ": "
        + Problems.count(errors, "error") + ", " + Problems.count(warnings, "warning");
    if (errors > 0 || (strict && warnings > 0)) {
      throw new MojoFailureException(summary + (errors == 0 ? " (strict)" : ""));
    }
    getLog().info(summary);
  }

  /**
   * A file as the report names it: relative to the project's folder when it is inside (code scanning and GitHub's
   * annotations want the repository-relative path), else as given.
   */
  private String reportName(Path file) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return (f.startsWith(base) ? base.relativize(f) : file).toString().replace(File.separatorChar, '/');
  }

  /** Writes the report to {@code outputFile}, or prints it on standard output unless it is text (the log is). */
  private void report(ValidationReport report, ValidationReport.Format format) throws MojoExecutionException {
    if (outputFile != null) {
      try {
        AtomicFiles.write(outputFile.toPath(), w -> {
          PrintWriter out = new PrintWriter(w);
          report.print(format, out);
          out.flush();
        });
      } catch (IOException | UncheckedIOException e) {
        throw new MojoExecutionException("cannot write " + outputFile + ": " + e.getMessage(), e);
      }
      getLog().info("wrote the " + format.name().toLowerCase(Locale.ROOT) + " report to " + outputFile);
    } else if (format != ValidationReport.Format.TEXT) {
      // not through the log: its [INFO] prefix would hide GitHub's ::error lines and break JSON and XML
      PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      report.print(format, out);
      out.flush();
    }
  }
}
