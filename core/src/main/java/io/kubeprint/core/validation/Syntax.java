package io.kubeprint.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The syntax checks the Kubernetes 1.32 API server applies to single values: names, label keys and values,
 * ports, environment variable names, config keys, IP addresses and CIDRs, percentages, paths.
 *
 * <p>Each method names the upstream Go function it reproduces (mostly
 * {@code k8s.io/apimachinery/pkg/util/validation}, the rest from {@code k8s.io/apimachinery/pkg/api/validation}
 * and {@code pkg/apis/core/validation}) and returns the same detail messages, word for word, that the API
 * server prints after {@code Invalid value: "..."}; an empty list means the value is accepted. Validators
 * wrap each message in a {@link Violation}:
 *
 * <pre>{@code
 * for (String message : Syntax.isValidPortName("http_server")) {
 *   v.add(PORT_NAME, path.child("name"), message + " (was \"http_server\")");
 * }
 * // must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-) (was "http_server")
 * }</pre>
 *
 * <p>As upstream, lengths are counted in UTF-8 bytes (Go's {@code len}), so a non-ASCII character counts
 * more than once. Every check runs in time linear in its input.
 */
public final class Syntax {
  /** Longest DNS (RFC 1123) label: 63 ({@code DNS1123LabelMaxLength}). */
  public static final int DNS1123_LABEL_MAX_LENGTH = 63;
  /** Longest DNS (RFC 1123) subdomain: 253 ({@code DNS1123SubdomainMaxLength}). */
  public static final int DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
  /** Longest DNS (RFC 1035) label: 63 ({@code DNS1035LabelMaxLength}). */
  public static final int DNS1035_LABEL_MAX_LENGTH = 63;
  /** Longest label value and name part of a qualified name: 63 ({@code LabelValueMaxLength}). */
  public static final int LABEL_VALUE_MAX_LENGTH = 63;
  /** Largest total size of an object's annotation keys and values: 256 KiB ({@code TotalAnnotationSizeLimitB}). */
  public static final int TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;

  private static final int QUALIFIED_NAME_MAX_LENGTH = 63;
  private static final int PORT_NAME_MAX_LENGTH = 15;
  private static final long MIN_USER_ID = 0;
  private static final long MAX_USER_ID = Integer.MAX_VALUE;

  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_LABEL_ERR_MSG = "a lowercase RFC 1123 label must consist of lower case "
      + "alphanumeric characters or '-', and must start and end with an alphanumeric character";
  private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final String DNS1123_SUBDOMAIN_ERR_MSG = "a lowercase RFC 1123 subdomain must consist of lower "
      + "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  private static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1035_LABEL_ERR_MSG = "a DNS-1035 label must consist of lower case alphanumeric "
      + "characters or '-', start with an alphabetic character, and end with an alphanumeric character";
  private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String QUALIFIED_NAME_ERR_MSG = "must consist of alphanumeric characters, '-', '_' or '.', "
      + "and must start and end with an alphanumeric character";
  private static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
  private static final String LABEL_VALUE_ERR_MSG = "a valid label must be an empty string or consist of "
      + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  private static final String C_IDENTIFIER_FMT = "[A-Za-z_][A-Za-z0-9_]*";
  private static final String C_IDENTIFIER_ERR_MSG = "a valid C identifier must start with alphabetic character "
      + "or '_', followed by a string of alphanumeric characters or '_'";
  private static final String PERCENT_FMT = "[0-9]+%";
  private static final String PERCENT_ERR_MSG =
      "a valid percent string must be a numeric string followed by an ending '%'";
  private static final String HTTP_HEADER_NAME_FMT = "[-A-Za-z0-9]+";
  private static final String HTTP_HEADER_NAME_ERR_MSG =
      "a valid HTTP header must consist of alphanumeric characters or '-'";
  private static final String ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
  private static final String ENV_VAR_NAME_ERR_MSG = "a valid environment variable name must consist of "
      + "alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
  private static final String RELAXED_ENV_VAR_NAME_ERR_MSG =
      "a valid environment variable name must consist only of printable ASCII characters other than '='";
  private static final String CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
  private static final String CONFIG_MAP_KEY_ERR_MSG =
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";

  private Syntax() {}

  // ---------------------------------------------------------------------------------------------------------
  // Names

  /**
   * A DNS (RFC 1123) label: at most 63 characters of {@code [a-z0-9-]}, starting and ending alphanumeric.
   * Used for container, volume and port names, {@code hostname} and namespaces. Upstream: {@code IsDNS1123Label}.
   *
   * <p>Example: {@code isDns1123Label("web.1")} is {@code ["must not contain dots"]}.
   */
  public static List<String> isDns1123Label(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    if (utf8Length(value) > DNS1123_LABEL_MAX_LENGTH) {
      errs.add(maxLenError(DNS1123_LABEL_MAX_LENGTH));
    }
    if (!isDns1123LabelSyntax(value)) {
      if (isDns1123SubdomainSyntax(value)) {
        // A valid subdomain but not a valid label: the only difference left is the dots.
        errs.add("must not contain dots");
      } else {
        errs.add(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return result(errs);
  }

  /**
   * A DNS (RFC 1123) subdomain: at most 253 characters, dot-separated DNS-1123 labels (each label's length is
   * not limited separately). Used for most object names, ConfigMap and Secret references and the prefix of
   * qualified names. Upstream: {@code IsDNS1123Subdomain}.
   */
  public static List<String> isDns1123Subdomain(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    if (utf8Length(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
      errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    if (!isDns1123SubdomainSyntax(value)) {
      errs.add(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return result(errs);
  }

  /**
   * A DNS (RFC 1035) label: at most 63 characters of {@code [a-z0-9-]}, starting with a letter and ending
   * alphanumeric. Used for Service names. Upstream: {@code IsDNS1035Label}.
   */
  public static List<String> isDns1035Label(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    if (utf8Length(value) > DNS1035_LABEL_MAX_LENGTH) {
      errs.add(maxLenError(DNS1035_LABEL_MAX_LENGTH));
    }
    if (!isDns1035LabelSyntax(value)) {
      errs.add(regexError(DNS1035_LABEL_ERR_MSG, DNS1035_LABEL_FMT, "my-name", "abc-123"));
    }
    return result(errs);
  }

  /**
   * A qualified name, the syntax of label keys: an optional DNS-1123 subdomain prefix and {@code /}, then a
   * name of at most 63 characters of {@code [A-Za-z0-9_.-]} starting and ending alphanumeric. Upstream:
   * {@code IsQualifiedName} (Kubernetes 1.32 wording).
   *
   * <p>Example: {@code isQualifiedName("example.com/tier")} is empty.
   */
  public static List<String> isQualifiedName(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    int slash = value.indexOf('/');
    String name;
    if (slash < 0) {
      name = value;
    } else if (value.indexOf('/', slash + 1) < 0) {
      String prefix = value.substring(0, slash);
      name = value.substring(slash + 1);
      if (prefix.isEmpty()) {
        errs.add("prefix part " + emptyError());
      } else {
        for (String msg : isDns1123Subdomain(prefix)) {
          errs.add("prefix part " + msg);
        }
      }
    } else {
      return List.of("a qualified name "
          + regexError(QUALIFIED_NAME_ERR_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
    }
    if (name.isEmpty()) {
      errs.add("name part " + emptyError());
    } else if (utf8Length(name) > QUALIFIED_NAME_MAX_LENGTH) {
      errs.add("name part " + maxLenError(QUALIFIED_NAME_MAX_LENGTH));
    }
    if (!isQualifiedNamePart(name)) {
      errs.add("name part " + regexError(QUALIFIED_NAME_ERR_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
    }
    return result(errs);
  }

  /**
   * An annotation key: a qualified name once lower-cased, so upper-case letters are allowed in the prefix
   * too. Upstream: the key loop of {@code ValidateAnnotations} ({@code IsQualifiedName(strings.ToLower(k))}).
   */
  public static List<String> isAnnotationKey(String key) {
    Objects.requireNonNull(key, "key == null");
    StringBuilder lower = new StringBuilder(key.length());
    key.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
    return isQualifiedName(lower.toString());
  }

  /**
   * A label value: empty, or at most 63 characters of {@code [A-Za-z0-9_.-]} starting and ending alphanumeric.
   * Upstream: {@code IsValidLabelValue}.
   */
  public static List<String> isValidLabelValue(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    if (utf8Length(value) > LABEL_VALUE_MAX_LENGTH) {
      errs.add(maxLenError(LABEL_VALUE_MAX_LENGTH));
    }
    if (!value.isEmpty() && !isQualifiedNamePart(value)) {
      errs.add(regexError(LABEL_VALUE_ERR_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return result(errs);
  }

  /** A C identifier, {@code [A-Za-z_][A-Za-z0-9_]*}, with no length limit. Upstream: {@code IsCIdentifier}. */
  public static List<String> isCIdentifier(String value) {
    Objects.requireNonNull(value, "value == null");
    boolean ok = !value.isEmpty() && (isAsciiLetter(value.charAt(0)) || value.charAt(0) == '_');
    for (int i = 1; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = isAsciiLetter(c) || isDigit(c) || c == '_';
    }
    return ok ? List.of() : List.of(regexError(C_IDENTIFIER_ERR_MSG, C_IDENTIFIER_FMT, "my_name", "MY_NAME", "MyName"));
  }

  /**
   * The messages the API server prints for {@code metadata.name} (or {@code generateName} when
   * {@code prefix} is true) of kinds named by DNS subdomains: Pod, Deployment, ReplicaSet, ConfigMap, Secret,
   * CronJob. With {@code prefix}, a trailing {@code -} is allowed because random characters follow it.
   * Upstream: {@code NameIsDNSSubdomain} ({@code ValidateNameFunc}).
   *
   * <p>Upstream masks a trailing dash by replacing the last two characters with {@code a}; for the name
   * {@code "-"} alone that slice is out of range and the API server fails with an internal error, so here the
   * name is checked as it stands.
   */
  public static List<String> nameIsDnsSubdomain(String name, boolean prefix) {
    Objects.requireNonNull(name, "name == null");
    return isDns1123Subdomain(prefix ? maskTrailingDash(name) : name);
  }

  /**
   * Like {@link #nameIsDnsSubdomain} for names that are DNS-1123 labels, such as namespaces. Upstream:
   * {@code NameIsDNSLabel}.
   */
  public static List<String> nameIsDnsLabel(String name, boolean prefix) {
    Objects.requireNonNull(name, "name == null");
    return isDns1123Label(prefix ? maskTrailingDash(name) : name);
  }

  /**
   * Like {@link #nameIsDnsSubdomain} for names that are DNS-1035 labels: Service names. Upstream:
   * {@code NameIsDNS1035Label}.
   */
  public static List<String> nameIsDns1035Label(String name, boolean prefix) {
    Objects.requireNonNull(name, "name == null");
    return isDns1035Label(prefix ? maskTrailingDash(name) : name);
  }

  /**
   * A name that can be one segment of a URL path: not {@code .} or {@code ..}, no {@code /} or {@code %}; with
   * {@code prefix} (a {@code generateName}) only the characters are checked. The name rule of RBAC roles and
   * bindings ({@code ValidateRBACName}), of kinds that check no name syntax of their own (CertificateSigningRequest),
   * and the common rule every name meets. Upstream: {@code path.ValidatePathSegmentName} ({@code IsValidPathSegmentName}).
   */
  public static List<String> nameIsPathSegment(String name, boolean prefix) {
    Objects.requireNonNull(name, "name == null");
    if (!prefix) {
      for (String illegal : new String[] {".", ".."}) {
        if (name.equals(illegal)) {
          return List.of("may not be '" + illegal + "'");
        }
      }
    }
    List<String> errs = new ArrayList<>();
    for (String illegal : new String[] {"/", "%"}) {
      if (name.contains(illegal)) {
        errs.add("may not contain '" + illegal + "'");
      }
    }
    return errs;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Annotations

  /**
   * The total size of annotations as the API server counts it: UTF-8 bytes of every key plus every value.
   * Upstream: the sum in {@code ValidateAnnotationsSize}.
   */
  public static long annotationsSize(Map<String, String> annotations) {
    Objects.requireNonNull(annotations, "annotations == null");
    long total = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      total += utf8Length(e.getKey()) + utf8Length(e.getValue());
    }
    return total;
  }

  /**
   * Annotations must total at most 262144 bytes (256 KiB) of keys and values. The message is the detail the
   * API server prints as {@code metadata.annotations: Too long: may not be more than 262144 bytes}.
   * Upstream: {@code ValidateAnnotationsSize}, reported through {@code field.TooLong}.
   */
  public static List<String> validateAnnotationsSize(Map<String, String> annotations) {
    if (annotationsSize(annotations) > TOTAL_ANNOTATION_SIZE_LIMIT_B) {
      return List.of("may not be more than " + TOTAL_ANNOTATION_SIZE_LIMIT_B + " bytes");
    }
    return List.of();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Numbers and ports

  /** A port number, 1 to 65535. Upstream: {@code IsValidPortNum}. */
  public static List<String> isValidPortNum(long port) {
    return isInRange(port, 1, 65535);
  }

  /**
   * A value in the inclusive range {@code min..max}; the message is {@code must be between 1 and 65535,
   * inclusive}. Upstream: {@code IsInRange}.
   */
  public static List<String> isInRange(long value, long min, long max) {
    if (value >= min && value <= max) {
      return List.of();
    }
    return List.of(inclusiveRangeError(min, max));
  }

  /** A Unix user id, 0 to 2147483647 ({@code runAsUser}). Upstream: {@code IsValidUserID}. */
  public static List<String> isValidUserId(long uid) {
    return isInRange(uid, MIN_USER_ID, MAX_USER_ID);
  }

  /** A Unix group id, 0 to 2147483647 ({@code runAsGroup}, {@code fsGroup}). Upstream: {@code IsValidGroupID}. */
  public static List<String> isValidGroupId(long gid) {
    return isInRange(gid, MIN_USER_ID, MAX_USER_ID);
  }

  /**
   * A port name (IANA_SVC_NAME): at most 15 characters of {@code [a-z0-9-]}, at least one letter, no hyphen
   * at either end nor two in a row. Used for container port names and named target ports. Every broken rule
   * is reported. Upstream: {@code IsValidPortName}.
   *
   * <p>Example: {@code isValidPortName("http-server")} is empty.
   */
  public static List<String> isValidPortName(String port) {
    Objects.requireNonNull(port, "port == null");
    List<String> errs = new ArrayList<>();
    if (utf8Length(port) > PORT_NAME_MAX_LENGTH) {
      errs.add(maxLenError(PORT_NAME_MAX_LENGTH));
    }
    boolean charset = !port.isEmpty();
    boolean letter = false;
    for (int i = 0; i < port.length(); i++) {
      char c = port.charAt(i);
      charset &= isLowerLetter(c) || isDigit(c) || c == '-';
      letter |= isLowerLetter(c);
    }
    if (!charset) {
      errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!letter) {
      errs.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) {
      errs.add("must not contain consecutive hyphens");
    }
    if (!port.isEmpty() && (port.charAt(0) == '-' || port.charAt(port.length() - 1) == '-')) {
      errs.add("must not begin or end with a hyphen");
    }
    return result(errs);
  }

  /**
   * A percentage: digits then {@code %}, as for {@code maxSurge} and {@code maxUnavailable} given as strings.
   * Upstream: {@code IsValidPercent}.
   */
  public static List<String> isValidPercent(String percent) {
    Objects.requireNonNull(percent, "percent == null");
    int digits = 0;
    while (digits < percent.length() && isDigit(percent.charAt(digits))) {
      digits++;
    }
    boolean ok = digits > 0 && digits == percent.length() - 1 && percent.charAt(digits) == '%';
    return ok ? List.of() : List.of(regexError(PERCENT_ERR_MSG, PERCENT_FMT, "1%", "93%"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Containers

  /**
   * An HTTP header name, {@code [-A-Za-z0-9]+}, as in probes' {@code httpHeaders[].name}. Upstream:
   * {@code IsHTTPHeaderName}.
   */
  public static List<String> isHttpHeaderName(String value) {
    Objects.requireNonNull(value, "value == null");
    boolean ok = !value.isEmpty();
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = isAsciiLetter(c) || isDigit(c) || c == '-';
    }
    return ok ? List.of() : List.of(regexError(HTTP_HEADER_NAME_ERR_MSG, HTTP_HEADER_NAME_FMT, "X-Header-Name"));
  }

  /**
   * The strict environment variable name: {@code [-._a-zA-Z][-._a-zA-Z0-9]*}, and not {@code .}, {@code ..}
   * or starting with {@code ..}. Upstream: {@code IsEnvVarName}.
   *
   * <p>Kubernetes 1.32 applies this rule to {@code env[].name} and {@code envFrom[].prefix} only when the
   * feature gate {@code RelaxedEnvironmentVariableValidation} is off. The gate is beta and on by default since
   * 1.32, so a default 1.32 API server checks those fields with {@link #isRelaxedEnvVarName} instead.
   */
  public static List<String> isEnvVarName(String value) {
    Objects.requireNonNull(value, "value == null");
    boolean ok = !value.isEmpty() && (isAsciiLetter(value.charAt(0)) || isEnvPunct(value.charAt(0)));
    for (int i = 1; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = isAsciiLetter(c) || isDigit(c) || isEnvPunct(c);
    }
    List<String> errs = new ArrayList<>();
    if (!ok) {
      errs.add(regexError(ENV_VAR_NAME_ERR_MSG, ENV_VAR_NAME_FMT, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
    }
    addChDirPrefixErrors(value, errs);
    return result(errs);
  }

  /**
   * The relaxed environment variable name: non-empty, printable ASCII (space to {@code ~}) except {@code =}.
   * This is what a Kubernetes 1.32 API server with default feature gates checks for {@code env[].name} and
   * {@code envFrom[].prefix} ({@code RelaxedEnvironmentVariableValidation}, beta and on by default since 1.32).
   * Upstream: {@code IsRelaxedEnvVarName}.
   *
   * <p>Example: {@code isRelaxedEnvVarName("1st VAR")} is empty, {@code isEnvVarName("1st VAR")} is not.
   */
  public static List<String> isRelaxedEnvVarName(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    if (value.isEmpty()) {
      errs.add("environment variable name " + emptyError());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '=') {
        errs.add(RELAXED_ENV_VAR_NAME_ERR_MSG);
        break;
      }
    }
    return result(errs);
  }

  /**
   * A ConfigMap or Secret key (also the {@code key} of key selectors): at most 253 characters of
   * {@code [-._a-zA-Z0-9]}, and not {@code .}, {@code ..} or starting with {@code ..}. Upstream:
   * {@code IsConfigMapKey}.
   */
  public static List<String> isConfigMapKey(String value) {
    Objects.requireNonNull(value, "value == null");
    List<String> errs = new ArrayList<>();
    if (utf8Length(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
      errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    boolean ok = !value.isEmpty();
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = isAsciiLetter(c) || isDigit(c) || isEnvPunct(c);
    }
    if (!ok) {
      errs.add(regexError(CONFIG_MAP_KEY_ERR_MSG, CONFIG_MAP_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
    }
    addChDirPrefixErrors(value, errs);
    return result(errs);
  }

  /**
   * A relative path without {@code ..} elements, as for {@code volumeMounts[].subPath}. Upstream:
   * {@code validateLocalDescendingPath} in {@code pkg/apis/core/validation}.
   */
  public static List<String> isLocalDescendingPath(String targetPath) {
    Objects.requireNonNull(targetPath, "targetPath == null");
    List<String> errs = new ArrayList<>();
    if (targetPath.startsWith("/")) {
      errs.add("must be a relative path");
    }
    for (String element : targetPath.split("/", -1)) {
      if (element.equals("..")) {
        errs.add("must not contain '..'");
        break;
      }
    }
    return result(errs);
  }

  /**
   * A relative path without {@code ..} elements that does not start with {@code ..}, as for the
   * {@code items[].path} of ConfigMap and Secret volumes. Upstream: {@code ValidateLocalNonReservedPath}
   * ({@code validateLocalNonReservedPath}) in {@code pkg/apis/core/validation}.
   */
  public static List<String> isLocalNonReservedPath(String targetPath) {
    List<String> errs = new ArrayList<>(isLocalDescendingPath(targetPath));
    // Upstream stays quiet when the '..' element check has already caught it.
    if (targetPath.startsWith("..") && !targetPath.startsWith("../")) {
      errs.add("must not start with '..'");
    }
    return result(errs);
  }

  // ---------------------------------------------------------------------------------------------------------
  // IP addresses

  /**
   * An IPv4 or IPv6 address as Kubernetes 1.32 parses it ({@code netutils.ParseIPSloppy}, the Go 1.16 parser):
   * IPv4 octets may have leading zeros, read as decimal ({@code 010.0.0.1} is 10.0.0.1); IPv6 may embed a
   * dotted IPv4 tail; zones ({@code %eth0}) and brackets are refused. Used for {@code clusterIP},
   * {@code externalIPs}, {@code dnsConfig.nameservers}. Upstream: {@code IsValidIP}.
   */
  public static List<String> isValidIp(String value) {
    Objects.requireNonNull(value, "value == null");
    if (parseIpSloppy(value) == null) {
      return List.of("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
    }
    return List.of();
  }

  /**
   * An IPv4 address, including an IPv4-mapped IPv6 address such as {@code ::ffff:10.0.0.1}. Upstream:
   * {@code IsValidIPv4Address}.
   */
  public static List<String> isValidIpv4Address(String value) {
    Objects.requireNonNull(value, "value == null");
    byte[] ip = parseIpSloppy(value);
    if (ip == null || !isIpv4(ip)) {
      return List.of("must be a valid IPv4 address");
    }
    return List.of();
  }

  /** An IPv6 address that is not IPv4-mapped. Upstream: {@code IsValidIPv6Address}. */
  public static List<String> isValidIpv6Address(String value) {
    Objects.requireNonNull(value, "value == null");
    byte[] ip = parseIpSloppy(value);
    if (ip == null || isIpv4(ip)) {
      return List.of("must be a valid IPv6 address");
    }
    return List.of();
  }

  /**
   * A CIDR as Kubernetes 1.32 parses it ({@code netutils.ParseCIDRSloppy}): an address as in {@link #isValidIp},
   * {@code /}, and a decimal prefix length up to 32 (IPv4) or 128 (IPv6). Bits set after the prefix are
   * accepted. Used for {@code loadBalancerSourceRanges}. Upstream: {@code IsValidCIDR}.
   */
  public static List<String> isValidCidr(String value) {
    Objects.requireNonNull(value, "value == null");
    if (!isCidrSloppy(value)) {
      return List.of("must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
    }
    return List.of();
  }

  /**
   * An IP address usable as an external IP or endpoint: valid, and not unspecified, loopback, link-local or
   * link-local multicast; every special range it falls in is reported. Used for Service {@code externalIPs}
   * (after {@link #isValidIp}). Upstream: {@code ValidateNonSpecialIP} in {@code pkg/apis/core/validation}.
   */
  public static List<String> isNonSpecialIp(String value) {
    Objects.requireNonNull(value, "value == null");
    byte[] ip = parseIpSloppy(value);
    if (ip == null) {
      return List.of("must be a valid IP address");
    }
    List<String> errs = new ArrayList<>();
    boolean v4 = isIpv4(ip);
    if (isUnspecified(ip)) {
      errs.add("may not be unspecified (" + value + ")");
    }
    if (v4 ? ip[12] == 127 : isIpv6Loopback(ip)) {
      errs.add("may not be in the loopback range (127.0.0.0/8, ::1/128)");
    }
    if (v4 ? (ip[12] & 0xff) == 169 && (ip[13] & 0xff) == 254 : (ip[0] & 0xff) == 0xfe && (ip[1] & 0xc0) == 0x80) {
      errs.add("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
    }
    if (v4 ? (ip[12] & 0xff) == 224 && ip[13] == 0 && ip[14] == 0 : (ip[0] & 0xff) == 0xff && (ip[1] & 0x0f) == 0x02) {
      errs.add("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
    }
    return result(errs);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Message builders, shared with the validators

  /** {@code must be no more than 63 characters}. Upstream: {@code MaxLenError}. */
  public static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  /** {@code must be between 1 and 65535, inclusive}. Upstream: {@code InclusiveRangeError}. */
  public static String inclusiveRangeError(long lo, long hi) {
    return "must be between " + lo + " and " + hi + ", inclusive";
  }

  /** {@code must be non-empty}. Upstream: {@code EmptyError}. */
  public static String emptyError() {
    return "must be non-empty";
  }

  /**
   * {@code msg (e.g. 'a',  or 'b', regex used for validation is 'fmt')}, with upstream's double space after
   * each comma between examples. Upstream: {@code RegexError}.
   */
  public static String regexError(String msg, String fmt, String... examples) {
    Objects.requireNonNull(msg, "msg == null");
    Objects.requireNonNull(fmt, "fmt == null");
    if (examples.length == 0) {
      return msg + " (regex used for validation is '" + fmt + "')";
    }
    StringBuilder sb = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        sb.append(" or ");
      }
      sb.append('\'').append(examples[i]).append("', ");
    }
    return sb.append("regex used for validation is '").append(fmt).append("')").toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers. Character classes are matched by hand rather than with java.util.regex: Go's regexp is linear
  // time, a backtracking matcher on these patterns is not, and Java's '$' would also accept a trailing newline.

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiLetter(char c) {
    return isLowerLetter(c) || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || isDigit(c);
  }

  private static boolean isEnvPunct(char c) {
    return c == '-' || c == '.' || c == '_';
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code s[from, to)}. */
  private static boolean isDns1123LabelSyntax(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(isLowerLetter(c) || isDigit(c) || c == '-')) {
        return false;
      }
    }
    return s.charAt(from) != '-' && s.charAt(to - 1) != '-';
  }

  private static boolean isDns1123LabelSyntax(String s) {
    return isDns1123LabelSyntax(s, 0, s.length());
  }

  /**
   * The messages found, as an unmodifiable list; the shared empty list when there are none (the common case,
   * which then allocates nothing more: the {@code ArrayList}s of these checks start without an array).
   */
  private static List<String> result(List<String> errs) {
    return errs.isEmpty() ? List.of() : List.copyOf(errs);
  }

  /** {@code label(\.label)*}. */
  private static boolean isDns1123SubdomainSyntax(String s) {
    int from = 0;
    while (true) {
      int dot = s.indexOf('.', from);
      int to = dot < 0 ? s.length() : dot;
      if (!isDns1123LabelSyntax(s, from, to)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      from = dot + 1;
    }
  }

  /** {@code [a-z]([-a-z0-9]*[a-z0-9])?}. */
  private static boolean isDns1035LabelSyntax(String s) {
    return isDns1123LabelSyntax(s) && isLowerLetter(s.charAt(0));
  }

  /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}. */
  private static boolean isQualifiedNamePart(String s) {
    if (s.isEmpty() || !isAsciiAlnum(s.charAt(0)) || !isAsciiAlnum(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (!(isAsciiAlnum(c) || isEnvPunct(c))) {
        return false;
      }
    }
    return true;
  }

  /** Upstream {@code hasChDirPrefix}. */
  private static void addChDirPrefixErrors(String value, List<String> errs) {
    if (value.equals(".")) {
      errs.add("must not be '.'");
    } else if (value.equals("..")) {
      errs.add("must not be '..'");
    } else if (value.startsWith("..")) {
      errs.add("must not start with '..'");
    }
  }

  /**
   * Upstream {@code maskTrailingDash}: a trailing dash and the character before it become {@code a}. Go slices
   * bytes, so when the character before the dash is not ASCII the result ends in a broken UTF-8 sequence; dropping
   * only the dash gives the same byte length and the same (failing) character check.
   */
  private static String maskTrailingDash(String name) {
    int n = name.length();
    if (n < 2 || name.charAt(n - 1) != '-') {
      return name;
    }
    if (name.charAt(n - 2) < 0x80) {
      return name.substring(0, n - 2) + "a";
    }
    return name.substring(0, n - 1);
  }

  /** The length Go's {@code len} reports: UTF-8 bytes, a lone surrogate counting as U+FFFD. */
  static int utf8Length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  // IP parsing: a port of the Go 1.16 net.ParseIP/ParseCIDR that k8s.io/utils/net keeps as ParseIPSloppy and
  // ParseCIDRSloppy. Addresses are 16 bytes; IPv4 is stored IPv4-mapped (::ffff:a.b.c.d) as Go does.

  private static final int BIG = 0xFFFFFF;

  /** The address, or null. */
  static byte[] parseIpSloppy(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        return parseIpv4(s);
      }
      if (c == ':') {
        return parseIpv6(s);
      }
    }
    return null;
  }

  private static byte[] parseIpv4(String s) {
    byte[] ip = new byte[16];
    ip[10] = (byte) 0xff;
    ip[11] = (byte) 0xff;
    int pos = 0;
    for (int i = 0; i < 4; i++) {
      if (pos == s.length()) {
        return null;
      }
      if (i > 0) {
        if (s.charAt(pos) != '.') {
          return null;
        }
        pos++;
      }
      int start = pos;
      int n = 0;
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        n = n * 10 + (s.charAt(pos) - '0');
        if (n >= BIG) {
          return null;
        }
        pos++;
      }
      if (pos == start || n > 0xFF) {
        return null;
      }
      ip[12 + i] = (byte) n;
    }
    return pos == s.length() ? ip : null;
  }

  private static int hexValue(char c) {
    if (isDigit(c)) {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static byte[] parseIpv6(String s) {
    byte[] ip = new byte[16];
    int len = s.length();
    int pos = 0;
    int ellipsis = -1;
    if (len >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      pos = 2;
      if (pos == len) {
        return ip;
      }
    }
    int i = 0;
    while (i < 16) {
      int start = pos;
      int n = 0;
      while (pos < len) {
        int d = hexValue(s.charAt(pos));
        if (d < 0) {
          break;
        }
        n = n * 16 + d;
        if (n >= BIG) {
          return null;
        }
        pos++;
      }
      if (pos == start || n > 0xFFFF) {
        return null;
      }
      if (pos < len && s.charAt(pos) == '.') {
        // A dotted IPv4 tail, parsed from the start of this group.
        if ((ellipsis < 0 && i != 12) || i + 4 > 16) {
          return null;
        }
        byte[] ip4 = parseIpv4(s.substring(start));
        if (ip4 == null) {
          return null;
        }
        System.arraycopy(ip4, 12, ip, i, 4);
        pos = len;
        i += 4;
        break;
      }
      ip[i] = (byte) (n >> 8);
      ip[i + 1] = (byte) n;
      i += 2;
      if (pos == len) {
        break;
      }
      if (s.charAt(pos) != ':' || pos + 1 == len) {
        return null;
      }
      pos++;
      if (s.charAt(pos) == ':') {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = i;
        pos++;
        if (pos == len) {
          break;
        }
      }
    }
    if (pos != len) {
      return null;
    }
    if (i < 16) {
      if (ellipsis < 0) {
        return null;
      }
      int shift = 16 - i;
      for (int j = i - 1; j >= ellipsis; j--) {
        ip[j + shift] = ip[j];
      }
      for (int j = ellipsis + shift - 1; j >= ellipsis; j--) {
        ip[j] = 0;
      }
    } else if (ellipsis >= 0) {
      // The ellipsis must stand for at least one group of zeros.
      return null;
    }
    return ip;
  }

  private static boolean isCidrSloppy(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String addr = s.substring(0, slash);
    String mask = s.substring(slash + 1);
    int bits = 32;
    byte[] ip = parseIpv4(addr);
    if (ip == null) {
      bits = 128;
      ip = parseIpv6(addr);
    }
    int n = 0;
    int i = 0;
    while (i < mask.length() && isDigit(mask.charAt(i))) {
      n = n * 10 + (mask.charAt(i) - '0');
      if (n >= BIG) {
        return false;
      }
      i++;
    }
    return ip != null && i > 0 && i == mask.length() && n <= bits;
  }

  /** Go's {@code To4() != nil}: the first ten bytes zero, then {@code ff ff}. */
  private static boolean isIpv4(byte[] ip) {
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
  }

  /** {@code 0.0.0.0} (IPv4-mapped) or {@code ::}. */
  private static boolean isUnspecified(byte[] ip) {
    for (int i = 12; i < 16; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    return isIpv4(ip) || isZero(ip, 0, 12);
  }

  private static boolean isIpv6Loopback(byte[] ip) {
    return isZero(ip, 0, 15) && ip[15] == 1;
  }

  private static boolean isZero(byte[] ip, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
