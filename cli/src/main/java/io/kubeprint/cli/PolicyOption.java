package io.kubeprint.cli;

import io.kubeprint.core.policy.Policy;
import io.kubeprint.render.PolicyFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The value of {@code kubeprint validate --policy}, and of the Maven plugin's {@code validate} {@code policy}. */
public final class PolicyOption {
  private static final List<String> PROFILES = List.of("baseline", "restricted", "recommended", "none");

  private PolicyOption() {}

  /**
   * The policy {@code value} names: the profile {@code baseline}, {@code restricted}, {@code recommended} or
   * {@code none} ({@link Policy#named}), else the policy file of that path ({@link PolicyFile#read}), relative to
   * {@code dir}.
   *
   * @throws IllegalArgumentException for a policy file that is not one (the message names the file and the field)
   * @throws java.io.UncheckedIOException for a file that cannot be read
   */
  public static Policy parse(String value, Path dir) {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(dir, "dir == null");
    return PROFILES.contains(value) ? Policy.named(value) : PolicyFile.read(dir.resolve(value));
  }
}
