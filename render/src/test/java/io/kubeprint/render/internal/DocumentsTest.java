package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Documents}: the documents written ahead and handed on in apply order are the stream written in order. */
class DocumentsTest {

  /** The stream an emitter writes for {@code objects} sorted in apply order, one object after the other. */
  private static String inOrder(List<KubeObject> objects, SecretMode mode) throws IOException {
    List<KubeObject> sorted = new ArrayList<>(objects);
    sorted.sort(Yaml.APPLY_ORDER);
    StringWriter w = new StringWriter();
    try (Emitter e = Emitter.open(w)) {
      for (KubeObject o : sorted) {
        e.write(o, mode);
      }
    }
    return w.toString();
  }

  /** The stream {@link Documents} hands an emitter writing to a stream of bytes, and to a writer: both must agree. */
  private static String ahead(List<KubeObject> objects, SecretMode mode) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();
    for (boolean toBytes : new boolean[] {true, false}) {
      Documents d = new Documents(objects.size(), mode);
      for (int i = 0; i < objects.size(); i++) {
        d.add(objects.get(i), i);
      }
      try (Emitter e = toBytes ? Emitter.open(bytes) : Emitter.open(chars)) {
        d.writeTo(e);
      }
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(chars.toString()).isEqualTo(text);
    return text;
  }

  @Test
  void should_write_random_objects_of_several_kinds_as_the_sorted_stream() throws IOException {
    // GIVEN many more random objects than a batch, untyped fields and strings of every sort among them
    RandomModel random = new RandomModel(7);
    List<Class<? extends KubeObject>> kinds = List.of(Deployment.class, Service.class, ConfigMap.class,
        Secret.class, Pod.class);
    List<KubeObject> objects = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      objects.add(random.of(kinds.get(i % kinds.size()), 6));
    }
    for (SecretMode mode : SecretMode.values()) {
      // THEN the text is that of the objects written one by one in apply order
      assertThat(ahead(objects, mode)).isEqualTo(inOrder(objects, mode)).isNotEmpty();
    }
  }

  @Test
  void should_write_every_corpus_object_as_the_sorted_stream() throws IOException {
    // GIVEN every object of the shared corpus in one list: names repeat across files, so ties keep their order
    Path root = Corpus.root();
    assumeTrue(Files.isDirectory(root.resolve("k8s-website")), "corpus absent");
    List<KubeObject> objects = new ArrayList<>();
    for (Path p : Corpus.allFiles()) {
      objects.addAll(Manifests.readWithProblems(p).objects());
    }
    assertThat(objects).hasSizeGreaterThan(1000);
    // THEN the stream is the one written in apply order, byte for byte
    assertThat(ahead(objects, SecretMode.BASE64)).isEqualTo(inOrder(objects, SecretMode.BASE64));
  }

  @Test
  void should_keep_a_document_larger_than_a_block() throws IOException {
    // GIVEN a ConfigMap of 300 KB between two small ones
    String big = "x".repeat(300_000);
    List<KubeObject> objects = List.of(
        ConfigMap.builder().metadata(ObjectMeta.builder().name("b").build()).putData("k", "v").build(),
        ConfigMap.builder().metadata(ObjectMeta.builder().name("big").build()).putData("k", big).build(),
        ConfigMap.builder().metadata(ObjectMeta.builder().name("a").build()).putData("k", "v").build());
    // THEN it is written whole, in its place
    String text = ahead(objects, SecretMode.BASE64);
    assertThat(text).isEqualTo(inOrder(objects, SecretMode.BASE64)).contains(big);
    assertThat(text.indexOf("name: a")).isLessThan(text.indexOf("name: b"));
  }

  @Test
  void should_order_names_by_their_heads_as_the_names_compare() {
    // GIVEN names of up to twelve characters around the bytes the head keeps and the characters it cannot
    char[] alphabet = {'\0', 'a', 'b', '-', '0', '9', '\u00fe', '\u00ff', '\u0100', '\u4e00'};
    Random r = new Random(3);
    for (int round = 0; round < 200_000; round++) {
      String a = name(r, alphabet);
      String b = r.nextInt(4) == 0 ? a.substring(0, r.nextInt(a.length() + 1)) + name(r, alphabet) : name(r, alphabet);
      int heads = Long.compareUnsigned(ApplyOrder.head(a), ApplyOrder.head(b));
      // THEN heads that differ order the names as String.compareTo does; equal heads leave it to the names
      if (heads != 0) {
        assertThat(Integer.signum(heads)).as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
      }
    }
  }

  private static String name(Random r, char[] alphabet) {
    char[] c = new char[r.nextInt(13)];
    for (int i = 0; i < c.length; i++) {
      c[i] = alphabet[r.nextInt(alphabet.length)];
    }
    return new String(c);
  }
}
