package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML (or JSON) documents into JSON trees the way {@code kubectl} does: through go-yaml v2's
 * YAML 1.1 scalar resolution, then JSON. So an unquoted {@code on}, {@code yes} or {@code y} is a boolean,
 * {@code 0644} the octal integer 420, {@code 08} the number 8, {@code 1_000} the integer 1000, while
 * timestamps and {@code 1:20} stay strings. A whole float ({@code 1.0}, {@code 1e3}) becomes an integer, as Go's
 * JSON encoder writes it; {@code .inf} and {@code .nan}, which JSON cannot hold, are refused. Mapping keys
 * become strings; a key given twice keeps its last value (go-yaml v2 outside strict mode, which is how
 * {@code kubectl apply -f} reads: the API server never sees the first). Empty documents are skipped, but counted: errors name the document by its position.
 */
public final class GoYaml {
  private static final Tag PLAIN = new Tag("tag:kubeprint.io,2026:plain");
  private static final Pattern BOOL_TRUE = Pattern.compile("y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON");
  private static final Pattern BOOL_FALSE = Pattern.compile("n|N|no|No|NO|false|False|FALSE|off|Off|OFF");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
  private static final int MAX_DEPTH = 200;
  private static final BigDecimal JSON_EXPONENT_FROM = new BigDecimal("1e21");
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoYaml() {}

  /**
   * One document of a stream: its position (from 1), and its tree or, when it is YAML that cannot be a JSON
   * tree (a float infinity, a recursive alias), the problem; exactly one of {@code tree} and {@code problem}
   * is set.
   */
  public record Document(int index, JsonNode tree, TreeException problem) {
    static Document of(int index, JsonNode tree) {
      return new Document(index, tree, null);
    }

    static Document failed(int index, TreeException problem) {
      return new Document(index, null, problem.inDocument(index));
    }
  }

  /**
   * The documents of a stream, in order, and the error that stopped the reading when the text is not YAML or
   * JSON ({@code null} when it read to the end); the documents before that error are kept.
   */
  public record Stream(List<Document> documents, TreeException unreadable) {}

  /**
   * Parses every document of {@code in} as kubectl does; a stream that starts with <code>'{'</code> is JSON, and
   * YAML flow syntax there is a problem of its document.
   */
  public static Stream parse(Reader in) {
    return parse(in, false);
  }

  /**
   * Parses every document of {@code in}; with {@code flowYamlAsYaml}, a stream that starts with <code>'{'</code> but
   * is not JSON is read as the YAML it is (kubectl refuses it), for tools that rewrite it.
   */
  public static Stream parse(Reader in, boolean flowYamlAsYaml) {
    String text = readAll(in);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (isJsonStream(body)) {
      return parseJson(body, flowYamlAsYaml);
    }
    return parseYaml(body);
  }

  /**
   * kubectl's {@code GuessJSONStream}: a stream whose first character past white space is <code>'{'</code> is read as
   * a stream of JSON values (Go's {@code json.Decoder}), not as YAML: tabs may indent it, YAML syntax may not
   * appear in it. kubectl 1.32 decides once for the whole stream ({@code YAMLOrJSONDecoder}), so a stream that
   * starts with {@code ---} (or a comment) is YAML throughout, flow-style documents after the separator included.
   */
  private static boolean isJsonStream(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u0085' && c != '\u00a0') {
        return c == '{';
      }
    }
    return false;
  }

  /**
   * A stream of JSON values, each a document; a {@code null} value is skipped, as kubectl skips it. Where the
   * text stops being JSON, kubectl stops with Go's syntax error: the document there is a problem when the text
   * is YAML (flow style with unquoted keys, comments or trailing commas), else the stream is unreadable.
   */
  private static Stream parseJson(String text, boolean flowYamlAsYaml) {
    List<Document> docs = new ArrayList<>();
    int index = 0;
    try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(text)) {
      while (values.hasNextValue()) {
        JsonNode value = values.nextValue();
        index++;
        if (value == null || value.isNull() || value.isMissingNode()) {
          continue;
        }
        docs.add(Document.of(index, goNumbers(value)));
      }
      return new Stream(docs, null);
    } catch (JsonProcessingException e) {
      Stream asYaml = parseYaml(text);
      if (asYaml.unreadable() == null && flowYamlAsYaml) {
        return asYaml;
      }
      Optional<GoJsonSyntax.Error> go = GoJsonSyntax.firstError(text);
      String why = go.map(g -> g.message() + (g.offset() < 0 ? "" : " at offset " + g.offset()))
          .orElse(e.getOriginalMessage());
      if (asYaml.unreadable() == null) {
        docs.add(Document.failed(index + 1, new TreeException("", "kubectl reads input that starts with '{' as JSON,"
            + " and this is not JSON (" + why + "); quote its keys, start it with a '---' line, or write it in block"
            + " style")));
        return new Stream(docs, null);
      }
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      return new Stream(docs, new TreeException("", "not valid JSON" + where + ": " + why, index + 1));
    } catch (IOException e) {
      return new Stream(docs, new TreeException("", "not valid JSON: " + e.getMessage(), index + 1));
    }
  }

  /** Numbers as they reach the API server through kubectl's Go maps: a whole float is an integer. */
  private static JsonNode goNumbers(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        o.set(name, goNumbers(o.get(name)));
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = (ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        a.set(i, goNumbers(a.get(i)));
      }
      return a;
    }
    if (n.isFloatingPointNumber()) {
      BigDecimal d = n.decimalValue();
      if (d.signum() == 0) {
        return JsonNodeFactory.instance.numberNode(0);
      }
      if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(JSON_EXPONENT_FROM) < 0) {
        return integer(d.toBigIntegerExact());
      }
    }
    return n;
  }

  private static String readAll(Reader in) {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  private static Stream parseYaml(String text) {
    String yamlText = afterDocumentEnds(TrailingBlanks.asGoYamlReadsThem(text));
    // go-yaml takes \' in a double-quoted scalar for a quote, SnakeYAML refuses it: mend each place it refuses.
    for (int tries = 0; tries < 1000; tries++) {
      Attempt a = parseYamlOnce(yamlText);
      int at = a.escapedQuoteAt();
      if (at < 0) {
        return a.stream();
      }
      yamlText = yamlText.substring(0, at) + yamlText.substring(at + 1);
    }
    return parseYamlOnce(yamlText).stream();
  }

  /** One parse: its stream, or where SnakeYAML refused a {@code \'} escape go-yaml takes ({@code -1}: nowhere). */
  private record Attempt(Stream stream, int escapedQuoteAt) {}

  /**
   * The text as kubectl reads it past a {@code ...} document end marker: kubectl splits the stream on {@code ---}
   * lines and decodes the first YAML document of each part, so what follows a {@code ...} line up to the next
   * {@code ---} line is never read. It is blanked here, lines kept, so positions in errors stay right.
   */
  public static String afterDocumentEnds(String text) {
    if (!text.contains("\n...")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean skipping = false;
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean separator = line.equals("---") || line.startsWith("--- ") || line.startsWith("---\t");
      if (separator) {
        skipping = false;
      } else if (skipping) {
        line = "";
      } else if (line.equals("...") || line.startsWith("... ") || line.startsWith("...\t")) {
        skipping = true;
      }
      out.append(line);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static Attempt parseYamlOnce(String text) {
    LoaderOptions opts = new LoaderOptions();
    opts.setAllowDuplicateKeys(true);
    opts.setCodePointLimit(Integer.MAX_VALUE);
    opts.setMaxAliasesForCollections(100);
    Yaml yaml = new Yaml(new SafeConstructor(opts), new Representer(new DumperOptions()), new DumperOptions(),
        opts, new PlainResolver());
    List<Document> docs = new ArrayList<>();
    int index = 0;
    try {
      for (Node n : yaml.composeAll(new StringReader(text))) {
        index++;
        if (n == null) {
          continue;
        }
        JsonNode tree;
        try {
          tree = convert(n, new IdentityHashMap<>(), 0, "");
        } catch (TreeException e) {
          docs.add(Document.failed(index, e));
          continue;
        }
        if (tree.isNull()) {
          continue;
        }
        docs.add(Document.of(index, tree));
      }
    } catch (MarkedYAMLException e) {
      if (e.getProblem() != null && e.getProblem().contains("found unknown escape character '(39)")
          && e.getProblemMark() != null) {
        int at = offset(text, e.getProblemMark().getLine(), e.getProblemMark().getColumn());
        int backslash = text.lastIndexOf('\\', at);
        if (backslash >= 0 && backslash + 1 < text.length() && text.charAt(backslash + 1) == '\'') {
          return new Attempt(new Stream(docs, null), backslash);
        }
      }
      String where = e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 1)
          + ", column " + (e.getProblemMark().getColumn() + 1);
      return new Attempt(new Stream(docs, new TreeException("", "not valid YAML" + where + ": " + e.getProblem(),
          index + 1)), -1);
    } catch (YAMLException e) {
      return new Attempt(new Stream(docs, new TreeException("", "not valid YAML: " + e.getMessage(), index + 1)), -1);
    }
    return new Attempt(new Stream(docs, null), -1);
  }

  /** The offset in {@code text} of a 0-based line and column (columns counted in code points, as SnakeYAML does). */
  private static int offset(String text, int line, int column) {
    int i = 0;
    for (int l = 0; l < line && i >= 0; l++) {
      i = text.indexOf('\n', i) + 1;
      if (i == 0) {
        return text.length();
      }
    }
    return Math.min(text.length(), text.offsetByCodePoints(i, Math.min(column, text.codePointCount(i, text.length()))));
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static JsonNode convert(Node n, Map<Node, Boolean> active, int depth, String path) {
    if (depth > MAX_DEPTH) {
      throw new TreeException(path, "not valid YAML: nested deeper than " + MAX_DEPTH + " levels");
    }
    if (active.containsKey(n)) {
      throw new TreeException(path, "not valid YAML: a recursive alias");
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (n.getNodeId() == NodeId.scalar) {
      return scalar((ScalarNode) n, path);
    }
    active.put(n, Boolean.TRUE);
    try {
      if (n.getNodeId() == NodeId.sequence) {
        ArrayNode a = f.arrayNode();
        int i = 0;
        for (Node e : ((SequenceNode) n).getValue()) {
          a.add(convert(e, active, depth + 1, path + "[" + i++ + "]"));
        }
        return a;
      }
      ObjectNode o = f.objectNode();
      for (NodeTuple t : ((MappingNode) n).getValue()) {
        Node k = t.getKeyNode();
        if (k instanceof ScalarNode sk && sk.getTag().equals(PLAIN) && sk.getValue().equals("<<")) {
          merge(o, convert(t.getValueNode(), active, depth + 1, path), path);
          continue;
        }
        if (!(k instanceof ScalarNode)) {
          throw new TreeException(path, "not valid YAML for Kubernetes: a mapping key must be a scalar"
              + " (line " + (k.getStartMark().getLine() + 1) + ")");
        }
        // go-yaml v2 outside strict mode (what kubectl reads with) keeps the last of repeated keys.
        String key = keyText(resolve((ScalarNode) k));
        o.set(key, convert(t.getValueNode(), active, depth + 1, child(path, key)));
      }
      return o;
    } finally {
      active.remove(n);
    }
  }

  /**
   * A merge key as go-yaml v2 applies it: where it stands, the merged mapping's keys overwrite those read
   * so far (and later keys overwrite them); of a list of mappings, the earlier ones win.
   */
  private static void merge(ObjectNode into, JsonNode from, String path) {
    if (from.isObject()) {
      from.fields().forEachRemaining(e -> into.set(e.getKey(), e.getValue()));
    } else if (from.isArray()) {
      for (int i = from.size() - 1; i >= 0; i--) {
        JsonNode m = from.get(i);
        if (!m.isObject()) {
          throw new TreeException(path, "not valid YAML: a merge key (<<) must name a mapping or a list of mappings");
        }
        merge(into, m, path);
      }
    } else {
      throw new TreeException(path, "not valid YAML: a merge key (<<) must name a mapping or a list of mappings");
    }
  }

  private static String keyText(JsonNode k) {
    return k.isTextual() ? k.textValue() : k.isNull() ? "null" : k.asText();
  }

  private static JsonNode scalar(ScalarNode s, String path) {
    JsonNode r = resolve(s);
    boolean floatLike = s.getTag().equals(PLAIN) || s.getTag().equals(Tag.FLOAT);
    if (floatLike && r.isTextual() && (INF.matcher(s.getValue()).matches()
        || NAN.matcher(s.getValue()).matches())) {
      // go-yaml reads these as a float infinity or NaN, which kubectl cannot convert to JSON.
      // The value is not shown: it may be a Secret's.
      throw new TreeException(path, "must be a finite number or a quoted string: JSON has no infinity or NaN"
          + " (was a YAML float infinity or NaN, line " + (s.getStartMark().getLine() + 1) + ")");
    }
    return r;
  }

  /** A scalar as go-yaml types it: plain scalars resolved, {@code !!int} and the like by their text, others strings. */
  private static JsonNode resolve(ScalarNode s) {
    String v = s.getValue();
    Tag tag = s.getTag();
    if (tag.equals(PLAIN)) {
      return resolvePlain(v);
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL)) {
      JsonNode r = resolvePlain(v);
      return r.isTextual() ? JsonNodeFactory.instance.textNode(v) : r;
    }
    return JsonNodeFactory.instance.textNode(v);
  }

  /** go-yaml v2's resolution of a plain scalar, as JSON after {@code sigs.k8s.io/yaml}'s conversion. */
  static JsonNode resolvePlain(String v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (NULL.matcher(v).matches()) {
      return f.nullNode();
    }
    if (BOOL_TRUE.matcher(v).matches()) {
      return f.booleanNode(true);
    }
    if (BOOL_FALSE.matcher(v).matches()) {
      return f.booleanNode(false);
    }
    if (v.equals("<<")) {
      return f.textNode(v);
    }
    // go-yaml's resolveTable: only a sign or a digit (underscores dropped) or a dot (as written) may start a
    // number, so _1 or _0x1F stay strings.
    char first = v.isEmpty() ? ' ' : v.charAt(0);
    if (first == '.') {
      return FLOAT.matcher(v).matches() ? floatNode(v) : f.textNode(v);
    }
    if (!(first == '+' || first == '-' || (first >= '0' && first <= '9'))) {
      return f.textNode(v);
    }
    BigInteger i = parseGoInt(v.replace("_", ""));
    if (i != null) {
      return integer(i);
    }
    String nu = v.replace("_", "");
    return FLOAT.matcher(nu).matches() ? floatNode(nu) : f.textNode(v);
  }

  /** A float in go-yaml's syntax ({@link #FLOAT}) as JSON. */
  private static JsonNode floatNode(String text) {
    BigDecimal d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    // Go's json.Marshal writes a float64 without exponent below 1e21, so a whole float (1.0, 1e3) reaches
    // the API server as an integer.
    if (d.signum() == 0) {
      return JsonNodeFactory.instance.numberNode(0);
    }
    if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(JSON_EXPONENT_FROM) < 0) {
      return integer(d.toBigIntegerExact());
    }
    return JsonNodeFactory.instance.numberNode(d);
  }

  private static JsonNode integer(BigInteger i) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (i.bitLength() < 32) {
      return f.numberNode(i.intValue());
    }
    return i.bitLength() < 64 ? f.numberNode(i.longValue()) : f.numberNode(i);
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)} (and go-yaml's {@code 0b} form): decimal, 0x hex, 0 or 0o octal, 0b binary. */
  private static BigInteger parseGoInt(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int i = 0;
    boolean neg = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      neg = s.charAt(0) == '-';
      i = 1;
    }
    String body = s.substring(i);
    int radix = 10;
    if (body.length() > 1 && body.charAt(0) == '0') {
      char c = body.charAt(1);
      if (c == 'x' || c == 'X') {
        radix = 16;
        body = body.substring(2);
      } else if (c == 'b' || c == 'B') {
        radix = 2;
        body = body.substring(2);
      } else if (c == 'o' || c == 'O') {
        radix = 8;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int k = 0; k < body.length(); k++) {
      if (Character.digit(body.charAt(k), radix) < 0) {
        return null;
      }
    }
    BigInteger r = new BigInteger(body, radix);
    r = neg ? r.negate() : r;
    if (r.bitLength() >= 64) {
      return null; // out of int64: go-yaml tries a float next
    }
    return r;
  }

  /** Marks every implicitly-typed plain scalar, so that {@link #resolvePlain} alone decides its type. */
  private static final class PlainResolver extends Resolver {
    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      if (kind == NodeId.scalar) {
        return implicit ? PLAIN : Tag.STR;
      }
      return super.resolve(kind, value, implicit);
    }
  }
}
