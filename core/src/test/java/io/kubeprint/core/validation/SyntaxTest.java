package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The apimachinery syntax checks, with the exact messages of a Kubernetes 1.32 API server. */
class SyntaxTest {

  // The upstream messages, written out in full.
  static final String DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters"
      + " or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used"
      + " for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  static final String DNS1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
      + " characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex"
      + " used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  static final String DNS1035_LABEL = "a DNS-1035 label must consist of lower case alphanumeric characters or '-',"
      + " start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or"
      + " 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
  static final String NO_DOTS = "must not contain dots";
  static final String MAX_63 = "must be no more than 63 characters";
  static final String MAX_253 = "must be no more than 253 characters";
  static final String MAX_15 = "must be no more than 15 characters";
  static final String NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.', and must"
      + " start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used"
      + " for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
  static final String TOO_MANY_SLASHES = "a qualified name must consist of alphanumeric characters, '-', '_' or"
      + " '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc',"
      + " regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain"
      + " prefix and '/' (e.g. 'example.com/MyName')";
  static final String LABEL_VALUE = "a valid label must be an empty string or consist of alphanumeric characters,"
      + " '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value', "
      + " or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  static final String C_IDENTIFIER = "a valid C identifier must start with alphabetic character or '_', followed"
      + " by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used"
      + " for validation is '[A-Za-z_][A-Za-z0-9_]*')";
  static final String PORT_RANGE = "must be between 1 and 65535, inclusive";
  static final String ID_RANGE = "must be between 0 and 2147483647, inclusive";
  static final String PORT_CHARSET = "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
  static final String PORT_LETTER = "must contain at least one letter (a-z)";
  static final String PORT_DOUBLE_HYPHEN = "must not contain consecutive hyphens";
  static final String PORT_HYPHEN_ENDS = "must not begin or end with a hyphen";
  static final String PERCENT = "a valid percent string must be a numeric string followed by an ending '%' (e.g."
      + " '1%',  or '93%', regex used for validation is '[0-9]+%')";
  static final String HEADER = "a valid HTTP header must consist of alphanumeric characters or '-' (e.g."
      + " 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')";
  static final String ENV_NAME = "a valid environment variable name must consist of alphabetic characters, digits,"
      + " '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or"
      + " 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
  static final String RELAXED_ENV_NAME =
      "a valid environment variable name must consist only of printable ASCII characters other than '='";
  static final String CONFIG_KEY = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"
      + " (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
  static final String NOT_DOT = "must not be '.'";
  static final String NOT_DOT_DOT = "must not be '..'";
  static final String NOT_START_DOT_DOT = "must not start with '..'";
  static final String IP = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
  static final String CIDR = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
  static final String LOOPBACK = "may not be in the loopback range (127.0.0.0/8, ::1/128)";
  static final String LINK_LOCAL = "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
  static final String LINK_LOCAL_MULTICAST = "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";

  static String repeat(String s, int times) {
    return s.repeat(times);
  }

  // ----------------------------------------------------------------------------------------------------------
  // DNS-1123 labels

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource
  void should_accept_dns1123_labels(String value) {
    assertThat(Syntax.isDns1123Label(value)).isEmpty();
  }

  static Stream<String> should_accept_dns1123_labels() {
    return Stream.of("a", "0", "my-name", "123-abc", "a--b", repeat("a", 63));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_dns1123_labels_with_upstream_messages(String value, List<String> messages) {
    assertThat(Syntax.isDns1123Label(value)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_dns1123_labels_with_upstream_messages() {
    return Stream.of(
        arguments(repeat("a", 64), List.of(MAX_63)),
        arguments("", List.of(DNS1123_LABEL)),
        arguments("My-name", List.of(DNS1123_LABEL)),
        arguments("-a", List.of(DNS1123_LABEL)),
        arguments("a-", List.of(DNS1123_LABEL)),
        arguments("a_b", List.of(DNS1123_LABEL)),
        arguments("web.1", List.of(NO_DOTS)),
        arguments("a.", List.of(DNS1123_LABEL)),
        arguments("my-name\n", List.of(DNS1123_LABEL)),
        arguments(repeat("a.", 32) + "a", List.of(MAX_63, NO_DOTS)),
        arguments(repeat("a", 64) + "-", List.of(MAX_63, DNS1123_LABEL)),
        // 32 two-byte characters are 64 bytes: too long, as Go counts bytes.
        arguments(repeat("é", 32), List.of(MAX_63, DNS1123_LABEL)));
  }

  // ----------------------------------------------------------------------------------------------------------
  // DNS-1123 subdomains

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource
  void should_accept_dns1123_subdomains(String value) {
    assertThat(Syntax.isDns1123Subdomain(value)).isEmpty();
  }

  static Stream<String> should_accept_dns1123_subdomains() {
    return Stream.of("example.com", "a", "a.b.c", "1.2.3.4", "my-app.v2",
        repeat("a", 253),
        repeat("abcdefgh.", 28) + "a",
        // Only the total length is limited, not each label.
        repeat("a", 64) + ".com");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_dns1123_subdomains_with_upstream_messages(String value, List<String> messages) {
    assertThat(Syntax.isDns1123Subdomain(value)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_dns1123_subdomains_with_upstream_messages() {
    return Stream.of(
        arguments(repeat("a", 254), List.of(MAX_253)),
        arguments("", List.of(DNS1123_SUBDOMAIN)),
        arguments("a..b", List.of(DNS1123_SUBDOMAIN)),
        arguments(".a", List.of(DNS1123_SUBDOMAIN)),
        arguments("a.", List.of(DNS1123_SUBDOMAIN)),
        arguments("Example.com", List.of(DNS1123_SUBDOMAIN)),
        arguments("a_b.com", List.of(DNS1123_SUBDOMAIN)),
        arguments("a.-b", List.of(DNS1123_SUBDOMAIN)),
        arguments(repeat("a", 253) + "-", List.of(MAX_253, DNS1123_SUBDOMAIN)));
  }

  // ----------------------------------------------------------------------------------------------------------
  // DNS-1035 labels

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"a", "my-name", "abc-123", "a1"})
  void should_accept_dns1035_labels(String value) {
    assertThat(Syntax.isDns1035Label(value)).isEmpty();
  }

  @Test
  void should_accept_dns1035_label_of_63_characters() {
    assertThat(Syntax.isDns1035Label(repeat("a", 63))).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_dns1035_labels_with_upstream_messages(String value, List<String> messages) {
    assertThat(Syntax.isDns1035Label(value)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_dns1035_labels_with_upstream_messages() {
    return Stream.of(
        arguments(repeat("a", 64), List.of(MAX_63)),
        arguments("1abc", List.of(DNS1035_LABEL)),
        arguments("", List.of(DNS1035_LABEL)),
        arguments("-a", List.of(DNS1035_LABEL)),
        arguments("a-", List.of(DNS1035_LABEL)),
        // Unlike DNS-1123 labels, no special message for dots.
        arguments("a.b", List.of(DNS1035_LABEL)),
        arguments("1" + repeat("a", 63), List.of(MAX_63, DNS1035_LABEL)));
  }

  // ----------------------------------------------------------------------------------------------------------
  // Qualified names (label keys) and annotation keys

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource
  void should_accept_qualified_names(String value) {
    assertThat(Syntax.isQualifiedName(value)).isEmpty();
  }

  static Stream<String> should_accept_qualified_names() {
    return Stream.of("a", "A", "MyName", "my.name", "123-abc", "a_b", "app.kubernetes.io/name",
        "example.com/MyName", "a/b", repeat("x", 63), repeat("p", 253) + "/" + repeat("n", 63));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_qualified_names_with_upstream_messages(String value, List<String> messages) {
    assertThat(Syntax.isQualifiedName(value)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_qualified_names_with_upstream_messages() {
    return Stream.of(
        arguments("", List.of("name part must be non-empty", NAME_PART)),
        arguments("/a", List.of("prefix part must be non-empty")),
        arguments("a/", List.of("name part must be non-empty", NAME_PART)),
        arguments("/", List.of("prefix part must be non-empty", "name part must be non-empty", NAME_PART)),
        arguments("a/b/c", List.of(TOO_MANY_SLASHES)),
        arguments("Example.com/a", List.of("prefix part " + DNS1123_SUBDOMAIN)),
        arguments(repeat("p", 254) + "/a", List.of("prefix part " + MAX_253)),
        arguments("_a", List.of(NAME_PART)),
        arguments("a-", List.of(NAME_PART)),
        arguments("a b", List.of(NAME_PART)),
        arguments(repeat("x", 64), List.of("name part " + MAX_63)),
        arguments("Bad_Prefix/" + repeat("x", 64) + "-",
            List.of("prefix part " + DNS1123_SUBDOMAIN, "name part " + MAX_63, NAME_PART)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Example.COM/Some-Key", "kubectl.kubernetes.io/last-applied-configuration", "Note"})
  void should_accept_annotation_keys_with_upper_case_prefix(String key) {
    assertThat(Syntax.isAnnotationKey(key)).isEmpty();
  }

  @Test
  void should_reject_annotation_key_with_two_slashes() {
    assertThat(Syntax.isAnnotationKey("A/B/C")).containsExactly(TOO_MANY_SLASHES);
  }

  @Test
  void should_reject_upper_case_prefix_in_label_keys() {
    assertThat(Syntax.isQualifiedName("Example.COM/Some-Key")).containsExactly("prefix part " + DNS1123_SUBDOMAIN);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Label values and C identifiers

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource
  void should_accept_label_values(String value) {
    assertThat(Syntax.isValidLabelValue(value)).isEmpty();
  }

  static Stream<String> should_accept_label_values() {
    return Stream.of("", "MyValue", "my_value", "12345", "a.b-c_d", "v1.2.3", repeat("v", 63));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_label_values_with_upstream_messages(String value, List<String> messages) {
    assertThat(Syntax.isValidLabelValue(value)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_label_values_with_upstream_messages() {
    return Stream.of(
        arguments(repeat("v", 64), List.of(MAX_63)),
        arguments("-a", List.of(LABEL_VALUE)),
        arguments("a b", List.of(LABEL_VALUE)),
        arguments("a/b", List.of(LABEL_VALUE)),
        arguments("_", List.of(LABEL_VALUE)),
        arguments(repeat("-", 64), List.of(MAX_63, LABEL_VALUE)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"my_name", "MY_NAME", "MyName", "_", "_a1", "x"})
  void should_accept_c_identifiers(String value) {
    assertThat(Syntax.isCIdentifier(value)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "1a", "a-b", "a.b", "a b"})
  void should_reject_bad_c_identifiers_with_upstream_message(String value) {
    assertThat(Syntax.isCIdentifier(value)).containsExactly(C_IDENTIFIER);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Object names (ValidateNameFunc)

  @ParameterizedTest(name = "subdomain \"{0}\" prefix={1} -> {2}")
  @MethodSource
  void should_check_names_like_name_is_dns_subdomain(String name, boolean prefix, List<String> messages) {
    assertThat(Syntax.nameIsDnsSubdomain(name, prefix)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_check_names_like_name_is_dns_subdomain() {
    return Stream.of(
        arguments("web", false, List.of()),
        arguments("web-", true, List.of()),
        arguments("web-", false, List.of(DNS1123_SUBDOMAIN)),
        arguments("a-", true, List.of()),
        // Upstream masks the last two characters into one 'a', so the 'B' before the dash goes unseen.
        arguments("weB-", true, List.of()),
        arguments("Web-", true, List.of(DNS1123_SUBDOMAIN)),
        // ... and a 253-character name plus its dash still fits.
        arguments(repeat("a", 253) + "-", true, List.of()),
        arguments(repeat("a", 253) + "-", false, List.of(MAX_253, DNS1123_SUBDOMAIN)),
        arguments("-", true, List.of(DNS1123_SUBDOMAIN)),
        arguments("é-", true, List.of(DNS1123_SUBDOMAIN)),
        arguments("", false, List.of(DNS1123_SUBDOMAIN)));
  }

  @ParameterizedTest(name = "label \"{0}\" prefix={1} -> {2}")
  @MethodSource
  void should_check_names_like_name_is_dns_label(String name, boolean prefix, List<String> messages) {
    assertThat(Syntax.nameIsDnsLabel(name, prefix)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_check_names_like_name_is_dns_label() {
    return Stream.of(
        arguments("team-a", false, List.of()),
        arguments("team-", true, List.of()),
        arguments("a.b-", true, List.of(NO_DOTS)),
        arguments(repeat("a", 63) + "-", true, List.of()));
  }

  @ParameterizedTest(name = "1035 \"{0}\" prefix={1} -> {2}")
  @MethodSource
  void should_check_service_names_like_name_is_dns1035_label(String name, boolean prefix, List<String> messages) {
    assertThat(Syntax.nameIsDns1035Label(name, prefix)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_check_service_names_like_name_is_dns1035_label() {
    return Stream.of(
        arguments("webserver", false, List.of()),
        arguments("web-", true, List.of()),
        arguments("1web", false, List.of(DNS1035_LABEL)),
        arguments("1web-", true, List.of(DNS1035_LABEL)),
        arguments(repeat("a", 64), false, List.of(MAX_63)));
  }

  // ----------------------------------------------------------------------------------------------------------
  // Annotation size

  @Test
  void should_accept_annotations_of_exactly_256_kib() {
    Map<String, String> annotations = Map.of("k", repeat("v", 262_143));

    assertThat(Syntax.annotationsSize(annotations)).isEqualTo(262_144);
    assertThat(Syntax.validateAnnotationsSize(annotations)).isEmpty();
  }

  @Test
  void should_reject_annotations_over_256_kib_counting_keys_and_values() {
    Map<String, String> annotations = Map.of("k", repeat("v", 200_000), "other", repeat("w", 62_139));

    assertThat(Syntax.annotationsSize(annotations)).isEqualTo(262_145);
    assertThat(Syntax.validateAnnotationsSize(annotations)).containsExactly("may not be more than 262144 bytes");
  }

  @Test
  void should_count_annotation_size_in_utf8_bytes() {
    Map<String, String> annotations = Map.of("k", repeat("é", 131_072));

    assertThat(Syntax.annotationsSize(annotations)).isEqualTo(262_145);
    assertThat(Syntax.validateAnnotationsSize(annotations)).containsExactly("may not be more than 262144 bytes");
  }

  // ----------------------------------------------------------------------------------------------------------
  // Numbers and ports

  @ParameterizedTest(name = "{0} -> \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      1      |
      80     |
      65535  |
      0      | must be between 1 and 65535, inclusive
      65536  | must be between 1 and 65535, inclusive
      -1     | must be between 1 and 65535, inclusive
      70000  | must be between 1 and 65535, inclusive
      """)
  void should_check_port_numbers(long port, String message) {
    assertThat(Syntax.isValidPortNum(port)).isEqualTo(message == null ? List.of() : List.of(message));
  }

  @ParameterizedTest(name = "{0} in [{1}, {2}] -> \"{3}\"")
  @CsvSource(delimiter = '|', textBlock = """
      5   | 1 | 10 |
      1   | 1 | 10 |
      10  | 1 | 10 |
      0   | 1 | 10 | must be between 1 and 10, inclusive
      11  | 1 | 10 | must be between 1 and 10, inclusive
      -5  | -10 | -1 |
      0   | -10 | -1 | must be between -10 and -1, inclusive
      """)
  void should_check_inclusive_ranges(long value, long min, long max, String message) {
    assertThat(Syntax.isInRange(value, min, max)).isEqualTo(message == null ? List.of() : List.of(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(longs = {0, 1000, 65534, 2_147_483_647L})
  void should_accept_user_and_group_ids(long id) {
    assertThat(Syntax.isValidUserId(id)).isEmpty();
    assertThat(Syntax.isValidGroupId(id)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(longs = {-1, 2_147_483_648L, 4_294_967_295L})
  void should_reject_user_and_group_ids_outside_int32(long id) {
    assertThat(Syntax.isValidUserId(id)).containsExactly(ID_RANGE);
    assertThat(Syntax.isValidGroupId(id)).containsExactly(ID_RANGE);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"http", "h", "http-server", "a1", "123a", "metrics-9090", "abcdefghijklmno"})
  void should_accept_port_names(String name) {
    assertThat(Syntax.isValidPortName(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_port_names_with_every_upstream_message(String name, List<String> messages) {
    assertThat(Syntax.isValidPortName(name)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_port_names_with_every_upstream_message() {
    return Stream.of(
        arguments("abcdefghijklmnop", List.of(MAX_15)),
        arguments("", List.of(PORT_CHARSET, PORT_LETTER)),
        arguments("HTTP", List.of(PORT_CHARSET, PORT_LETTER)),
        arguments("8080", List.of(PORT_LETTER)),
        arguments("http_server", List.of(PORT_CHARSET)),
        arguments("a--b", List.of(PORT_DOUBLE_HYPHEN)),
        arguments("-http", List.of(PORT_HYPHEN_ENDS)),
        arguments("http-", List.of(PORT_HYPHEN_ENDS)),
        arguments("--", List.of(PORT_LETTER, PORT_DOUBLE_HYPHEN, PORT_HYPHEN_ENDS)),
        arguments("-Webserver--Port", List.of(MAX_15, PORT_CHARSET, PORT_DOUBLE_HYPHEN, PORT_HYPHEN_ENDS)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1%", "93%", "0%", "100%", "007%", "250%"})
  void should_accept_percentages(String percent) {
    assertThat(Syntax.isValidPercent(percent)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "%", "1", "1.5%", "-1%", " 1%", "1%%", "1% ", "x%"})
  void should_reject_bad_percentages_with_upstream_message(String percent) {
    assertThat(Syntax.isValidPercent(percent)).containsExactly(PERCENT);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Container fields

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"X-Header-Name", "a", "123", "Accept", "x-b3-traceid"})
  void should_accept_http_header_names(String name) {
    assertThat(Syntax.isHttpHeaderName(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "X_Header", "X Header", "X:", "Ä"})
  void should_reject_bad_http_header_names_with_upstream_message(String name) {
    assertThat(Syntax.isHttpHeaderName(name)).containsExactly(HEADER);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"MY_ENV.NAME", "my.env-name", "MyEnvName1", "_", "-a", "a..b", ".a", "PROJECT_ID"})
  void should_accept_strict_env_var_names(String name) {
    assertThat(Syntax.isEnvVarName(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_strict_env_var_names_with_upstream_messages(String name, List<String> messages) {
    assertThat(Syntax.isEnvVarName(name)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_strict_env_var_names_with_upstream_messages() {
    return Stream.of(
        arguments("1abc", List.of(ENV_NAME)),
        arguments("", List.of(ENV_NAME)),
        arguments("a=b", List.of(ENV_NAME)),
        arguments("MY VAR", List.of(ENV_NAME)),
        arguments(".", List.of(NOT_DOT)),
        arguments("..", List.of(NOT_DOT_DOT)),
        arguments("..a", List.of(NOT_START_DOT_DOT)),
        arguments("..=", List.of(ENV_NAME, NOT_START_DOT_DOT)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1st VAR", "MY_ENV.NAME", " ", ".", "..", "~!@#$%^&*()[]{}<>?/\\|:;\"'`,"})
  void should_accept_relaxed_env_var_names_as_132_does_by_default(String name) {
    assertThat(Syntax.isRelaxedEnvVarName(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_relaxed_env_var_names_with_upstream_messages(String name, List<String> messages) {
    assertThat(Syntax.isRelaxedEnvVarName(name)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_relaxed_env_var_names_with_upstream_messages() {
    return Stream.of(
        arguments("", List.of("environment variable name must be non-empty")),
        arguments("a=b", List.of(RELAXED_ENV_NAME)),
        arguments("tab\there", List.of(RELAXED_ENV_NAME)),
        arguments("caf\u00e9", List.of(RELAXED_ENV_NAME)),
        arguments("del\u007f", List.of(RELAXED_ENV_NAME)),
        arguments("==", List.of(RELAXED_ENV_NAME)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource
  void should_accept_config_map_keys(String key) {
    assertThat(Syntax.isConfigMapKey(key)).isEmpty();
  }

  static Stream<String> should_accept_config_map_keys() {
    return Stream.of("key.name", "KEY_NAME", "key-name", ".a", "a..b", "project.id", "1", repeat("k", 253));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_bad_config_map_keys_with_upstream_messages(String key, List<String> messages) {
    assertThat(Syntax.isConfigMapKey(key)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_bad_config_map_keys_with_upstream_messages() {
    return Stream.of(
        arguments(repeat("k", 254), List.of(MAX_253)),
        arguments("", List.of(CONFIG_KEY)),
        arguments(".", List.of(NOT_DOT)),
        arguments("..", List.of(NOT_DOT_DOT)),
        arguments("..a", List.of(NOT_START_DOT_DOT)),
        arguments("a/b", List.of(CONFIG_KEY)),
        arguments("a b", List.of(CONFIG_KEY)),
        arguments("../a", List.of(CONFIG_KEY, NOT_START_DOT_DOT)),
        arguments(".." + repeat("k", 252), List.of(MAX_253, NOT_START_DOT_DOT)));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_check_descending_paths(String path, List<String> messages) {
    assertThat(Syntax.isLocalDescendingPath(path)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_check_descending_paths() {
    return Stream.of(
        arguments("a/b", List.of()),
        arguments("..a", List.of()),
        arguments("a/..b/c", List.of()),
        arguments("/a", List.of("must be a relative path")),
        arguments("../a", List.of("must not contain '..'")),
        arguments("a/../b", List.of("must not contain '..'")),
        arguments("a/..", List.of("must not contain '..'")),
        arguments("../../..", List.of("must not contain '..'")),
        arguments("/..", List.of("must be a relative path", "must not contain '..'")));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_check_non_reserved_paths(String path, List<String> messages) {
    assertThat(Syntax.isLocalNonReservedPath(path)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_check_non_reserved_paths() {
    return Stream.of(
        arguments("config/app.properties", List.of()),
        arguments("..data", List.of("must not start with '..'")),
        arguments("../a", List.of("must not contain '..'")),
        arguments("..", List.of("must not contain '..'", "must not start with '..'")),
        arguments("/etc/passwd", List.of("must be a relative path")));
  }

  // ----------------------------------------------------------------------------------------------------------
  // IP addresses and CIDRs

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"10.9.8.7", "0.0.0.0", "255.255.255.255", "2001:db8::ffff", "::", "::1", "1::",
      "1:2:3:4:5:6:7:8", "FE80::1", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
      // The legacy parser of Kubernetes 1.32 reads leading zeros as decimal.
      "010.001.002.003", "0000000001.2.3.4", "::ffff:010.0.0.1"})
  void should_accept_ip_addresses_like_parse_ip_sloppy(String ip) {
    assertThat(Syntax.isValidIp(ip)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4 ", " 1.2.3.4", "a.b.c.d", "1.2.3.-4",
      "1:2:3:4:5:6:7:8:9", "1::2::3", ":1", "1:", "1:2:3:4:5:6:7:8::", "12345::1", "fe80::1%eth0", "[::1]",
      "::ffff:1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4/24", "localhost", "1:2:3:4:5:6:7"})
  void should_reject_bad_ip_addresses_with_upstream_message(String ip) {
    assertThat(Syntax.isValidIp(ip)).containsExactly(IP);
  }

  @ParameterizedTest(name = "\"{0}\" v4=\"{1}\" v6=\"{2}\"")
  @CsvSource(delimiter = '|', textBlock = """
      10.0.0.1        |                              | must be a valid IPv6 address
      ::ffff:10.0.0.1 |                              | must be a valid IPv6 address
      ::1             | must be a valid IPv4 address |
      2001:db8::1     | must be a valid IPv4 address |
      ::10.0.0.1      | must be a valid IPv4 address |
      nope            | must be a valid IPv4 address | must be a valid IPv6 address
      """)
  void should_tell_ipv4_from_ipv6_like_go_to4(String ip, String v4Message, String v6Message) {
    assertThat(Syntax.isValidIpv4Address(ip)).isEqualTo(v4Message == null ? List.of() : List.of(v4Message));
    assertThat(Syntax.isValidIpv6Address(ip)).isEqualTo(v6Message == null ? List.of() : List.of(v6Message));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"10.9.8.0/24", "2001:db8::/64", "10.9.8.7/24", "0.0.0.0/0", "::/0", "1.2.3.4/32",
      "::/128", "010.0.0.0/8", "1.2.3.4/024", "::ffff:1.2.3.4/120", "192.168.0.0/16"})
  void should_accept_cidrs_like_parse_cidr_sloppy(String cidr) {
    assertThat(Syntax.isValidCidr(cidr)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1.2.3.4", "1.2.3.4/33", "::/129", "1.2.3.4/", "1.2.3.4/-1", "1.2.3.4/+8",
      "1.2.3.4/24/5", "/24", "1.2.3.4/ 24", " 10.0.0.0/8", "10.0.0.0/8 ", "1.2.3/24", ""})
  void should_reject_bad_cidrs_with_upstream_message(String cidr) {
    assertThat(Syntax.isValidCidr(cidr)).containsExactly(CIDR);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void should_reject_special_external_ips_with_upstream_messages(String ip, List<String> messages) {
    assertThat(Syntax.isNonSpecialIp(ip)).containsExactlyElementsOf(messages);
  }

  static Stream<Arguments> should_reject_special_external_ips_with_upstream_messages() {
    return Stream.of(
        arguments("8.8.8.8", List.of()),
        arguments("2001:db8::1", List.of()),
        arguments("fec0::1", List.of()),
        arguments("224.0.1.1", List.of()),
        arguments("0.0.0.0", List.of("may not be unspecified (0.0.0.0)")),
        arguments("00.0.0.0", List.of("may not be unspecified (00.0.0.0)")),
        arguments("::", List.of("may not be unspecified (::)")),
        arguments("127.0.0.1", List.of(LOOPBACK)),
        arguments("127.255.0.9", List.of(LOOPBACK)),
        arguments("::1", List.of(LOOPBACK)),
        arguments("::ffff:127.0.0.1", List.of(LOOPBACK)),
        arguments("169.254.169.254", List.of(LINK_LOCAL)),
        arguments("fe80::1", List.of(LINK_LOCAL)),
        arguments("febf::1", List.of(LINK_LOCAL)),
        arguments("224.0.0.251", List.of(LINK_LOCAL_MULTICAST)),
        arguments("ff02::1", List.of(LINK_LOCAL_MULTICAST)),
        arguments("ff12::1", List.of(LINK_LOCAL_MULTICAST)),
        arguments("300.1.1.1", List.of("must be a valid IP address")));
  }

  // ----------------------------------------------------------------------------------------------------------
  // Message builders and arguments

  @Test
  void should_build_regex_messages_like_upstream() {
    assertThat(Syntax.regexError("bad", "[a-z]+")).isEqualTo("bad (regex used for validation is '[a-z]+')");
    assertThat(Syntax.regexError("bad", "[a-z]+", "a")).isEqualTo("bad (e.g. 'a', regex used for validation is '[a-z]+')");
    assertThat(Syntax.regexError("bad", "[a-z]+", "a", "b"))
        .isEqualTo("bad (e.g. 'a',  or 'b', regex used for validation is '[a-z]+')");
  }

  @Test
  void should_build_length_range_and_empty_messages_like_upstream() {
    assertThat(Syntax.maxLenError(52)).isEqualTo("must be no more than 52 characters");
    assertThat(Syntax.inclusiveRangeError(0, 255)).isEqualTo("must be between 0 and 255, inclusive");
    assertThat(Syntax.emptyError()).isEqualTo("must be non-empty");
  }

  @Test
  void should_reject_null_values_naming_the_parameter() {
    assertThatThrownBy(() -> Syntax.isDns1123Label(null))
        .isInstanceOf(NullPointerException.class).hasMessage("value == null");
    assertThatThrownBy(() -> Syntax.nameIsDnsSubdomain(null, false))
        .isInstanceOf(NullPointerException.class).hasMessage("name == null");
    assertThatThrownBy(() -> Syntax.validateAnnotationsSize(null))
        .isInstanceOf(NullPointerException.class).hasMessage("annotations == null");
  }

  @Test
  void should_check_a_two_megabyte_value_in_one_pass() {
    String hostile = repeat("a", 2_000_000) + "!";

    assertThat(Syntax.isDns1123Subdomain(hostile)).containsExactly(MAX_253, DNS1123_SUBDOMAIN);
    assertThat(Syntax.isValidLabelValue(hostile)).containsExactly(MAX_63, LABEL_VALUE);
  }
}
