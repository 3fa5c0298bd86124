package io.kubeprint.render.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The jackson-dataformat-yaml {@link StringQuotingChecker} that applies {@link YamlQuoting#needsQuotes} to
 * map keys and string values alike, so that {@code on}, {@code 0644} or {@code *} are double-quoted and
 * {@code nginx:1.27} stays plain. {@link KubeYamlFactory#create()} installs it; use it directly only when
 * building a {@code YAMLFactory} of your own:
 *
 * <pre>{@code
 * YAMLFactory.builder().stringQuotingChecker(KubeQuotingChecker.instance())
 *     .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
 * }</pre>
 */
public final class KubeQuotingChecker extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;
  private static final KubeQuotingChecker INSTANCE = new KubeQuotingChecker();

  private KubeQuotingChecker() {}

  /** The shared, stateless instance. */
  public static KubeQuotingChecker instance() {
    return INSTANCE;
  }

  /** Whether the map key {@code name} must be quoted: {@link YamlQuoting#needsQuotes}. */
  @Override
  public boolean needToQuoteName(String name) {
    return YamlQuoting.needsQuotes(name);
  }

  /** Whether the string value {@code value} must be quoted: {@link YamlQuoting#needsQuotes}. */
  @Override
  public boolean needToQuoteValue(String value) {
    return YamlQuoting.needsQuotes(value);
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
