package io.kubeprint.render;

import static io.kubeprint.render.YamlReaders.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Behaviour at size (not timed): a ConfigMap value of a mebibyte renders on one line, or as one literal block,
 * and reads back identical; a bundle of 6,000 objects streams to its writer, document after document, rather
 * than being built whole first.
 */
class ScaleTest {
  /** The API server's limit on a ConfigMap's data, keys and values together ({@code MaxSecretSize}). */
  private static final int MIB = 1024 * 1024;
  private static final String KEY = "blob";

  /**
   * A value of exactly {@code length} ASCII characters (so as many bytes) made of words YAML would misread
   * alone ({@code on}, {@code 0644}, {@code ~}, {@code yes:}); with {@code lines}, lines of 40 characters
   * ending in a line feed, else one line.
   */
  private static String text(int length, boolean lines) {
    String line = "on 0644 ~ yes: no #not-a-comment 1e3 ";
    StringBuilder b = new StringBuilder(length);
    int n = 0;
    while (b.length() + line.length() + 8 < length) {
      b.append(String.format(Locale.ROOT, "%06d ", n++)).append(line, 0, line.length() - 1)
          .append(lines ? '\n' : ' ');
    }
    b.append("x".repeat(length - b.length() - 1)).append(lines ? '\n' : 'x');
    return b.toString();
  }

  private static ConfigMap configMap(String value) {
    return ConfigMap.builder().metadata(ObjectMeta.builder().name("big").build()).putData(KEY, value).build();
  }

  @Test
  void should_render_a_mebibyte_value_on_one_line_and_read_it_back_identical() {
    // GIVEN a ConfigMap at the size limit whose value is one line
    String value = text(MIB - KEY.length(), false);
    ConfigMap c = configMap(value);

    // WHEN rendering it
    String yaml = Yaml.render(c);

    // THEN the value is one double-quoted scalar (it holds " #") on a line of its own, and every reader gives
    // it back unchanged
    List<String> lines = yaml.lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(5)).hasSize("  blob: \"\"".length() + value.length())
        .startsWith("  blob: \"000000 on 0644 ~ yes: no #not-a-comment 1e3 000001 on").endsWith("xxx\"");
    assertReadsBack(yaml, c, value);
  }

  @Test
  void should_render_a_mebibyte_multi_line_value_as_one_literal_block_and_read_it_back_identical() {
    // GIVEN a ConfigMap at the size limit whose value is many lines
    String value = text(MIB - KEY.length(), true);
    ConfigMap c = configMap(value);

    // WHEN rendering it
    String yaml = Yaml.render(c);

    // THEN it is a literal block, each line indented under the key, and every reader gives it back unchanged
    assertThat(yaml).startsWith("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: big
        data:
          blob: |
            000000 on 0644 ~ yes: no #not-a-comment 1e3
            000001 on 0644""");
    long valueLines = value.chars().filter(ch -> ch == '\n').count();
    assertThat(yaml.lines().count()).isEqualTo(5 + 1 + valueLines);
    assertReadsBack(yaml, c, value);
  }

  private static void assertReadsBack(String yaml, ConfigMap c, String value) {
    for (Function<String, List<Object>> reader : List.<Function<String, List<Object>>>of(
        YamlReaders::yaml11, YamlReaders::yaml12)) {
      assertThat(at(reader.apply(yaml).get(0), "data", KEY)).isEqualTo(value);
    }
    assertThat(Manifests.parse(yaml, "big.yaml").objects()).containsExactly(c);
  }

  /** Records what was written, in how many writes, and how much of it when the last object was rendered. */
  static final class RecordingWriter extends Writer {
    final StringBuilder text = new StringBuilder();
    int writes;
    int flushes;
    /** Length of the text when the last object was first read for rendering, or -1. */
    int lengthWhenLastRendered = -1;

    @Override
    public void write(char[] buf, int off, int len) {
      writes++;
      text.append(buf, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      throw new AssertionError("the caller's writer must be left open");
    }
  }

  /**
   * {@code real}, seen through a proxy that tells {@code writer} when its {@code spec} is first read: sorting
   * into apply order asks only for kind and metadata, rendering asks for the spec.
   */
  private static Deployment watched(Deployment real, RecordingWriter writer) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("spec") && writer.lengthWhenLastRendered < 0) {
        writer.lengthWhenLastRendered = writer.text.length();
      }
      if (method.getName().equals("accept")) {
        // a visitor is handed the proxy, as Deployment.accept hands over the Deployment itself
        return ((io.kubeprint.core.meta.KubeObjectVisitor<?>) args[0]).deployment((Deployment) proxy);
      }
      try {
        return method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Deployment) Proxy.newProxyInstance(ScaleTest.class.getClassLoader(), new Class<?>[] {Deployment.class},
        handler);
  }

  @Test
  void should_write_a_bundle_of_6000_objects_in_apply_order_once_every_object_is_written() {
    // GIVEN 6,000 objects of four kinds, the Deployment that is last in apply order watched
    RecordingWriter out = new RecordingWriter();
    List<KubeObject> objects = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      String name = String.format(Locale.ROOT, "app-%04d", i);
      objects.add(Fixtures.deployment(name));
      objects.add(Fixtures.service(name, name));
      objects.add(Fixtures.configMap(name, "mode", i % 2 == 0 ? "on" : "fast"));
      objects.add(Fixtures.secret(name, "token", "t-" + i));
    }
    Deployment last = (Deployment) objects.get(4 * 1499);
    List<KubeObject> expected = Yaml.ordered(Bundle.of(objects));
    objects.set(4 * 1499, watched(last, out));

    // WHEN streaming the bundle (not validated: the validator is not what is watched)
    Yaml.write(Bundle.of(objects), out, RenderOptions.defaults().validate(false));

    // THEN the writer received 6,000 documents in apply order over many writes, was flushed and left open
    String yaml = out.text.toString();
    List<String> kinds = yaml.lines().filter(l -> l.startsWith("kind: ")).toList();
    assertThat(kinds).hasSize(6000);
    assertThat(kinds.subList(0, 1500)).containsOnly("kind: Secret");
    assertThat(kinds.subList(1500, 3000)).containsOnly("kind: ConfigMap");
    assertThat(kinds.subList(3000, 4500)).containsOnly("kind: Service");
    assertThat(kinds.subList(4500, 6000)).containsOnly("kind: Deployment");
    assertThat(out.writes).isGreaterThan(6000);
    assertThat(out.flushes).isPositive();
    // AND the watched Deployment, last in apply order, was read while the writer had received nothing: each object
    // is written ahead in bundle order, and the documents handed on in apply order once all are written
    assertThat(out.lengthWhenLastRendered).isZero();
    assertThat(yaml).contains("name: app-1499");
    // AND the stream reads back as the same objects in apply order
    assertThat(Manifests.parse(yaml, "big.yaml").objects()).isEqualTo(expected);
  }
}
