package io.kubeprint.dsl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A container lifecycle handler ({@code lifecycle.preStop} or {@code lifecycle.postStart}):
 * {@code container.preStop(Hook.sleep(Duration.ofSeconds(5)))}, {@code Hook.exec("nginx", "-s", "quit")},
 * {@code Hook.httpGet("/shutdown", "http").scheme(Scheme.HTTPS)}. Immutable: each method returns a copy.
 */
public final class Hook {
  private final Map<String, Object> handler;

  private Hook(Map<String, Object> handler) {
    this.handler = handler;
  }

  /** {@code exec.command}: run {@code command} in the container, not in a shell. */
  public static Hook exec(String... command) {
    if (Checks.strings(command, "command").isEmpty()) {
      throw new IllegalArgumentException("command must have at least one element (was [])");
    }
    return new Hook(Raw.map("exec", Raw.map("command", List.of(command))));
  }

  /** {@code sleep.seconds}: wait this long (whole seconds) before the container is stopped, so that endpoints catch up. */
  public static Hook sleep(Duration duration) {
    return new Hook(Raw.map("sleep", Raw.map("seconds", Checks.longSeconds(duration, "duration"))));
  }

  /**
   * {@code httpGet}: a GET of {@code path} on the container port named {@code portName}, which the hooked container
   * must declare (validation reports it otherwise: {@code probe-port-not-declared}).
   */
  public static Hook httpGet(String path, String portName) {
    return new Hook(Raw.map("httpGet", Raw.map("path", Checks.notBlank(path, "path"),
        "port", Checks.notBlank(portName, "portName"))));
  }

  /** {@code httpGet}: a GET of {@code path} on port number {@code port}. */
  public static Hook httpGet(String path, int port) {
    return new Hook(Raw.map("httpGet", Raw.map("path", Checks.notBlank(path, "path"), "port", (long) port)));
  }

  /** Sets {@code httpGet.scheme} of an HTTP hook; absent means {@code HTTP}. */
  public Hook scheme(Scheme scheme) {
    Checks.notNull(scheme, "scheme");
    return withHttp("scheme", scheme.value());
  }

  /** Adds a {@code httpGet.httpHeaders[]} entry to an HTTP hook. */
  public Hook header(String name, String value) {
    Checks.notBlank(name, "name");
    Checks.notNull(value, "value");
    Map<String, Object> http = http();
    List<Object> headers = new ArrayList<>();
    if (http.get("httpHeaders") instanceof List<?> l) {
      headers.addAll(l);
    }
    headers.add(Raw.map("name", name, "value", value));
    http.put("httpHeaders", headers);
    return new Hook(Raw.map("httpGet", http));
  }

  private Hook withHttp(String field, Object value) {
    Map<String, Object> http = http();
    http.put(field, value);
    return new Hook(Raw.map("httpGet", http));
  }

  private Map<String, Object> http() {
    if (!handler.containsKey("httpGet")) {
      throw new IllegalArgumentException("hook must be an httpGet hook for scheme and headers (was " + this + ")");
    }
    return Raw.mapOf(handler.get("httpGet"));
  }

  /** The handler in the API's shape. */
  Map<String, Object> toMap() {
    return handler;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hook h && h.handler.equals(handler);
  }

  @Override
  public int hashCode() {
    return handler.hashCode();
  }

  /** The handler's fields, e.g. {@code {sleep={seconds=5}}}. */
  @Override
  public String toString() {
    return handler.toString();
  }
}
