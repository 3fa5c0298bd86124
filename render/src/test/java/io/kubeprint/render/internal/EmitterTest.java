package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import io.kubeprint.render.yaml.KubeYamlFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emitter writes what Jackson's YAML generator with kubeprint's configuration writes for the same
 * stream of trees, byte for byte, whether a document takes the direct path or Jackson's.
 */
class EmitterTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Strings that YAML reads as other types, indicators, escapes, line breaks, non-ASCII text. */
  private static final List<String> SPECIAL = List.of(
      "", "y", "yes", "no", "on", "off", "true", "False", "null", "~", "0644", "08", "0x1F", "1_000", "+1",
      "-1", "1:20", "1e3", "1.5", ".5", ".inf", ".nan", "2001-12-14", "=", "<<", "${X}", "-", "?", ":", ",", "[",
      "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\", " ", "\t", "\n", "\r", ": ",
      " #", "- ", "? ", "---", "...", "\u0000", "\u007f", "\u0085", "\u00a0", "\u2028", "\ufeff", "\ufdd0",
      "\ud800", "é", "日本", "🚀", "nginx:1.27", "*/1 * * * *", "key: value", "# c", "a\nb", "a\n", "a\n\n",
      " a\n", "\na", "x\"y", "back\\slash", "-Xmx512m", "100m", "128Mi", "10.0.0.1", "a,b");

  static Stream<Path> files() {
    return Corpus.filesOrAbsent();
  }

  @ParameterizedTest
  @MethodSource("files")
  void should_write_every_corpus_file_as_jackson_does(Path file) throws IOException {
    assumeTrue(Files.isRegularFile(file), "corpus absent");
    // GIVEN the canonical trees of a real manifest file, in apply order
    List<JsonNode> trees = Yaml.ordered(Manifests.read(file)).stream()
        .map(o -> (JsonNode) Canonical.tree(o, SecretMode.BASE64)).toList();
    // THEN the emitter writes what Jackson writes
    assertThat(emit(trees)).isEqualTo(jackson(trees));
  }

  @Test
  void should_place_documents_around_a_kept_final_line_break_as_jackson_does() throws IOException {
    // GIVEN a document ending in a |+ block between documents of the direct path
    ObjectNode plain = F.objectNode().put("kind", "ConfigMap");
    ObjectNode keep = F.objectNode().put("data", "line\n\n");
    List<JsonNode> trees = List.of(keep, plain, keep, keep, plain);
    // THEN the ... end markers fall where Jackson writes them
    String yaml = emit(trees);
    assertThat(yaml).isEqualTo(jackson(trees));
    assertThat(yaml).isEqualTo("data: |+\n  line\n\n...\n---\nkind: ConfigMap\n---\ndata: |+\n  line\n\n...\n"
        + "---\ndata: |+\n  line\n\n...\n---\nkind: ConfigMap\n");
  }

  @Test
  void should_write_scalars_plain_or_double_quoted_as_jackson_does() throws IOException {
    // GIVEN a document of the direct path with quoted keys and values, numbers, empty collections
    ObjectNode doc = F.objectNode();
    doc.put("on", "yes").put("image", "nginx:1.27").put("mode", "0644").put("say", "x\"y\\z").put("n", -5L)
        .put("big", 1L << 40).put("flag", false).putNull("none");
    doc.putObject("empty");
    doc.putArray("list").add(F.objectNode()).add(F.arrayNode()).add(F.arrayNode().add(1).add("q"))
        .add(F.objectNode().put("a", 1).set("b", F.arrayNode().add("c")));
    List<JsonNode> trees = List.of(doc, doc);
    // THEN it is written as Jackson writes it
    assertThat(emit(trees)).isEqualTo(jackson(trees)).startsWith("\"on\": \"yes\"\nimage: nginx:1.27\nmode: \"0644\"\n"
        + "say: x\"y\\z\n\"n\": -5\nbig: 1099511627776\nflag: false\nnone: null\nempty: {}\nlist:\n- {}\n- []\n"
        + "- - 1\n  - q\n- a: 1\n  b:\n  - c\n---\n");
  }

  @Test
  void should_write_random_streams_as_jackson_does() throws IOException {
    Random random = new Random(2024);
    for (int round = 0; round < 4000; round++) {
      // GIVEN a random stream of one to four documents of random keys, scalars and nesting, every other one
      // with printable ASCII strings only (the documents the emitter writes itself)
      List<JsonNode> trees = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(4); i++) {
        ObjectNode tree = object(random, 3);
        trees.add(round % 2 == 0 ? tree : ascii(tree));
      }
      // THEN the emitter writes what Jackson writes
      assertThat(emit(trees)).as("round %d: %s", round, trees).isEqualTo(jackson(trees));
    }
  }

  @Test
  void should_write_a_long_stream_to_bytes_in_blocks_as_jackson_does() throws IOException {
    // GIVEN a stream of 3,000 documents (some hundred kilobytes), every twentieth one random (most of those written
    // by Jackson), the others documents the emitter writes itself
    Random random = new Random(7);
    List<JsonNode> trees = new ArrayList<>();
    while (trees.size() < 3000) {
      ObjectNode tree = object(random, 3);
      if (trees.size() % 20 == 0) {
        trees.add(tree);
      } else if (BlockYaml.write(ascii(tree), new AsciiText(64))) {
        trees.add(ascii(tree));
      }
    }
    // WHEN it goes to a stream that counts its writes
    int[] writes = {0};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        writes[0]++;
        super.write(b, off, len);
      }
    };
    try (Emitter e = Emitter.open(bytes)) {
      for (JsonNode t : trees) {
        e.write(t);
      }
    }
    // THEN it is Jackson's stream in UTF-8, handed on in blocks rather than document by document
    String expected = jackson(trees);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(expected.length()).isGreaterThan(100_000);
    assertThat(writes[0]).isLessThan(trees.size() / 4);
  }

  /** {@code tree} with every character of its keys and strings outside U+0020..U+007E replaced by {@code x}. */
  private static ObjectNode ascii(ObjectNode tree) {
    ObjectNode o = F.objectNode();
    tree.fields().forEachRemaining(e -> o.set(ascii(e.getKey()), ascii(e.getValue())));
    return o;
  }

  private static JsonNode ascii(JsonNode v) {
    if (v.isObject()) {
      return ascii((ObjectNode) v);
    }
    if (v.isArray()) {
      ArrayNode a = F.arrayNode();
      v.forEach(x -> a.add(ascii(x)));
      return a;
    }
    return v.isTextual() ? F.textNode(ascii(v.textValue())) : v;
  }

  private static String ascii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(c >= 0x20 && c <= 0x7E ? (char) c : 'x'));
    return b.toString();
  }

  private static ObjectNode object(Random random, int depth) {
    ObjectNode o = F.objectNode();
    for (int i = random.nextInt(5); i > 0; i--) {
      o.set(random.nextInt(3) == 0 ? string(random) : key(random), value(random, depth));
    }
    return o;
  }

  private static JsonNode value(Random random, int depth) {
    int pick = random.nextInt(depth == 0 ? 9 : 13);
    return switch (pick) {
      case 0, 1, 2 -> F.textNode(string(random));
      case 3 -> F.numberNode(random.nextInt());
      case 4 -> F.numberNode(random.nextLong());
      case 5 -> random.nextBoolean() ? F.numberNode(new BigInteger("123456789012345678901234567890"))
          : F.numberNode(BigInteger.valueOf(random.nextInt(100)));
      case 6 -> random.nextBoolean() ? F.numberNode(new BigDecimal(random.nextBoolean() ? "1.5" : "1E+3"))
          : F.numberNode(random.nextBoolean() ? 1.5d : 1e20d);
      case 7 -> F.booleanNode(random.nextBoolean());
      case 8 -> F.nullNode();
      case 9, 10 -> object(random, depth - 1);
      default -> {
        ArrayNode a = F.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          a.add(value(random, depth - 1));
        }
        yield a;
      }
    };
  }

  private static String key(Random random) {
    return pieceOf(random, "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-._/", 1 + random.nextInt(12));
  }

  private static String string(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(4); i >= 0; i--) {
      switch (random.nextInt(10)) {
        case 0, 1, 2, 3 -> b.append(SPECIAL.get(random.nextInt(SPECIAL.size())));
        case 4, 5, 6, 7 -> b.append(pieceOf(random, "abcxyz0189-._/: #\"\\", random.nextInt(9)));
        case 8 -> {
          for (int j = random.nextInt(4); j > 0; j--) {
            b.appendCodePoint(random.nextInt(3) == 0 ? 0x80 + random.nextInt(0x10FF80) : random.nextInt(0x80));
          }
        }
        default -> b.append("k".repeat(120 + random.nextInt(20)));
      }
    }
    return b.toString();
  }

  private static String pieceOf(Random random, String chars, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(chars.charAt(random.nextInt(chars.length())));
    }
    return b.toString();
  }

  /** The stream the emitter writes to a {@link java.io.Writer}, checked to be what it writes to a byte stream too. */
  private static String emit(List<JsonNode> trees) throws IOException {
    StringWriter w = new StringWriter();
    try (Emitter e = Emitter.open(w)) {
      for (JsonNode t : trees) {
        e.write(t);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter e = Emitter.open(bytes)) {
      for (JsonNode t : trees) {
        e.write(t);
      }
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(w.toString());
    return w.toString();
  }

  /** The stream as one Jackson generator writes it, the emitter's behaviour before it wrote documents itself. */
  private static String jackson(List<JsonNode> trees) {
    YAMLFactory factory = KubeYamlFactory.create().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      g.setCodec(new ObjectMapper(factory));
      for (JsonNode t : trees) {
        g.writeTree(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
