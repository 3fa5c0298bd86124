package io.kubeprint.core.crd;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string formats the 1.32 API server checks in custom resources: the set
 * {@code StripUnsupportedFormatsPostProcess} keeps ({@code apiextensions-apiserver/pkg/apiserver/validation/formats.go}),
 * each checked as kube-openapi's {@code strfmt.Default} registry does. Every other format (and {@code int32},
 * {@code int64}, {@code float}, {@code double} on numbers, which the schema validator reads but never range-checks)
 * is ignored. Names are normalized as go-openapi does: dashes removed, so {@code date-time} is {@code datetime}.
 */
final class Formats {
  private Formats() {}

  private static final Pattern UUID = Pattern.compile(
      "(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\\z");
  private static final Pattern UUID3 = Pattern.compile(
      "(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}\\z");
  private static final Pattern UUID4 = Pattern.compile(
      "(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}\\z");
  private static final Pattern UUID5 = Pattern.compile(
      "(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}\\z");
  /** strfmt {@code HostnamePattern}, with Go's {@code $} as {@code \z}. */
  private static final Pattern HOSTNAME = Pattern.compile(
      "^([a-zA-Z0-9\\p{S}\\p{L}]((-?[a-zA-Z0-9\\p{S}\\p{L}]{0,62})?)|([a-zA-Z0-9\\p{S}\\p{L}](([a-zA-Z0-9\\-\\p{S}\\p{L}]{0,61}"
          + "[a-zA-Z0-9\\p{S}\\p{L}])?)(\\.)){1,}([a-zA-Z0-9\\p{S}\\p{L}])(-?[a-zA-Z0-9\\p{S}\\p{L}]){1,62})\\z");
  private static final Pattern BASE64 = Pattern.compile(
      "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})\\z");
  private static final Pattern CREDIT_CARD = Pattern.compile(
      "^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}"
          + "|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35\\d{3})\\d{11})\\z");
  private static final Pattern SSN = Pattern.compile("^\\d{3}[- ]?\\d{2}[- ]?\\d{4}\\z");
  private static final Pattern HEX_COLOR = Pattern.compile("^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\z");
  private static final String BYTE = "\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*";
  private static final Pattern RGB_COLOR = Pattern.compile("^rgb\\(" + BYTE + "," + BYTE + "," + BYTE + "\\)\\z");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})\\z");
  /** strfmt {@code DateTimePattern}: the part after the first {@code t}, lower-cased. */
  private static final Pattern TIME = Pattern.compile(
      "^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))\\z", Pattern.UNIX_LINES);
  private static final Pattern SCALA_DURATION = Pattern.compile("^[\\t\\n\\f\\r ]*(?:\\d+[\\t\\n\\f\\r ]*[A-Za-zµ]+[\\t\\n\\f\\r ]*)+\\z");
  private static final Pattern SCALA_PART = Pattern.compile("((\\d+)[\\t\\n\\f\\r ]*([A-Za-zµ]+))");
  private static final List<List<String>> SCALA_UNITS = List.of(
      List.of("ns", "nano"), List.of("us", "µs", "micro"), List.of("ms", "milli"), List.of("s", "sec"),
      List.of("m", "min"), List.of("h", "hr", "hour"), List.of("d", "day"), List.of("w", "wk", "week"));

  private static final Map<String, Predicate<String>> CHECKS = Map.ofEntries(
      Map.entry("bsonobjectid", s -> s.length() == 24 && s.chars().allMatch(Formats::isHex)),
      Map.entry("uri", GoUrl::isRequestUri),
      Map.entry("email", GoMail::isAddress),
      Map.entry("hostname", Formats::isHostname),
      Map.entry("ipv4", s -> GoIp.parse(s) != null && s.contains(".")),
      Map.entry("ipv6", s -> GoIp.parse(s) != null && s.contains(":")),
      Map.entry("cidr", GoIp::isCidr),
      Map.entry("mac", Formats::isMac),
      Map.entry("uuid", s -> UUID.matcher(s).find()),
      Map.entry("uuid3", s -> UUID3.matcher(s).find()),
      Map.entry("uuid4", s -> UUID4.matcher(s).find()),
      Map.entry("uuid5", s -> UUID5.matcher(s).find()),
      Map.entry("isbn", s -> isIsbn10(s) || isIsbn13(s)),
      Map.entry("isbn10", Formats::isIsbn10),
      Map.entry("isbn13", Formats::isIsbn13),
      Map.entry("creditcard", Formats::isCreditCard),
      Map.entry("ssn", s -> s.length() == 11 && SSN.matcher(s).find()),
      Map.entry("hexcolor", s -> HEX_COLOR.matcher(s).find()),
      Map.entry("rgbcolor", s -> RGB_COLOR.matcher(s).find()),
      Map.entry("byte", s -> BASE64.matcher(s).find()),
      Map.entry("password", s -> true),
      Map.entry("date", Formats::isDate),
      Map.entry("duration", Formats::isDuration),
      Map.entry("datetime", Formats::isDateTime));

  /** The formats checked, normalized (no dashes). */
  static Set<String> checked() {
    return CHECKS.keySet();
  }

  /**
   * The normalized name of {@code format} when the 1.32 API server keeps it, else {@code null}. It keeps a
   * supported name whatever the schema's type, and checks it on every string value.
   */
  static String checkedName(String format) {
    if (format == null || format.isEmpty()) {
      return null;
    }
    String n = format.replace("-", "");
    return CHECKS.containsKey(n) ? n : null;
  }

  /** Whether {@code value} is valid for the normalized format {@code name} (one of {@link #checked()}). */
  static boolean isValid(String name, String value) {
    return CHECKS.get(name).test(value);
  }

  static boolean isHex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean isHostname(String s) {
    if (!HOSTNAME.matcher(s).find() || s.getBytes(StandardCharsets.UTF_8).length > 255) {
      return false;
    }
    for (String part : s.split("\\.", -1)) {
      if (part.getBytes(StandardCharsets.UTF_8).length > 63) {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code net.ParseMAC}: 6, 8 or 20 octets as {@code xx:xx}, {@code xx-xx} or {@code xxxx.xxxx}. */
  private static boolean isMac(String s) {
    if (s.length() < 14) {
      return false;
    }
    if (s.charAt(2) == ':' || s.charAt(2) == '-') {
      if ((s.length() + 1) % 3 != 0) {
        return false;
      }
      int n = (s.length() + 1) / 3;
      if (n != 6 && n != 8 && n != 20) {
        return false;
      }
      char sep = s.charAt(2);
      for (int i = 0; i < n; i++) {
        int x = i * 3;
        if (!isHex(s.charAt(x)) || !isHex(s.charAt(x + 1)) || (x + 2 < s.length() && s.charAt(x + 2) != sep)) {
          return false;
        }
      }
      return true;
    }
    if (s.charAt(4) == '.') {
      if ((s.length() + 1) % 5 != 0) {
        return false;
      }
      int n = 2 * (s.length() + 1) / 5;
      if (n != 6 && n != 8 && n != 20) {
        return false;
      }
      for (int x = 0; x < s.length(); x += 5) {
        for (int k = 0; k < 4; k++) {
          if (!isHex(s.charAt(x + k))) {
            return false;
          }
        }
        if (x + 4 < s.length() && s.charAt(x + 4) != '.') {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static String withoutSpacesAndDashes(String s) {
    return s.replaceAll("[\\t\\n\\f\\r -]+", "");
  }

  private static boolean isIsbn10(String s) {
    String d = withoutSpacesAndDashes(s);
    if (!d.matches("[0-9]{9}X|[0-9]{10}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (i + 1) * (d.charAt(i) - '0');
    }
    sum += d.charAt(9) == 'X' ? 100 : 10 * (d.charAt(9) - '0');
    return sum % 11 == 0;
  }

  private static boolean isIsbn13(String s) {
    String d = withoutSpacesAndDashes(s);
    if (!d.matches("[0-9]{13}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (i % 2 == 0 ? 1 : 3) * (d.charAt(i) - '0');
    }
    return (10 - sum % 10) % 10 == d.charAt(12) - '0';
  }

  private static boolean isCreditCard(String s) {
    String d = s.replaceAll("[^0-9]+", "");
    if (!CREDIT_CARD.matcher(d).find()) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int digit = d.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** strfmt {@code IsDate}: Go's {@code time.Parse("2006-01-02", s)}, which also checks the day of the month. */
  static boolean isDate(String s) {
    Matcher m = DATE.matcher(s);
    if (!m.find()) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * strfmt {@code IsDateTime}: lower-cased and split at every {@code t}, the first part a date, the second
   * {@code hh:mm:ss[.fraction](z|±hh:mm)} with hours at most 23 and minutes and seconds at most 59.
   */
  private static boolean isDateTime(String s) {
    if (s.length() < 4) {
      return false;
    }
    String[] parts = s.toLowerCase(Locale.ROOT).split("t", -1);
    if (parts.length < 2 || !isDate(parts[0])) {
      return false;
    }
    Matcher m = TIME.matcher(parts[1]);
    return m.find() && m.group(1).compareTo("23") <= 0 && m.group(2).compareTo("59") <= 0
        && m.group(3).compareTo("59") <= 0;
  }

  /** strfmt {@code ParseDuration}: Go's {@code time.ParseDuration}, else the Scala-like {@code 3 days} form. */
  private static boolean isDuration(String s) {
    if (isGoDuration(s)) {
      return true;
    }
    if (!SCALA_DURATION.matcher(s).find()) {
      return false;
    }
    boolean ok = false;
    Matcher m = SCALA_PART.matcher(s);
    while (m.find()) {
      if (new BigInteger(m.group(2)).bitLength() > 63) {
        return false; // strconv.Atoi fails
      }
      String unit = m.group(3).trim().toLowerCase(Locale.ROOT);
      for (List<String> variants : SCALA_UNITS) {
        for (int i = 0; i < variants.size(); i++) {
          String v = variants.get(i);
          if ((i == variants.size() - 1 && unit.startsWith(v)) || v.equalsIgnoreCase(unit)) {
            ok = true;
          }
        }
      }
    }
    return ok;
  }

  private static final Map<String, Long> GO_UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L,
      "\u03bcs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  /** Go's {@code time.ParseDuration}: {@code [-+]?([0-9]*(\.[0-9]*)?unit)+} or {@code 0}, within ±2^63 ns. */
  static boolean isGoDuration(String s) {
    int i = 0;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    if (s.substring(i).equals("0")) {
      return true;
    }
    if (i == s.length()) {
      return false;
    }
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      boolean pre = i > start;
      String whole = s.substring(start, i);
      String frac = "";
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int fs = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        frac = s.substring(fs, i);
      }
      if (!pre && frac.isEmpty()) {
        return false;
      }
      int us = i;
      while (i < s.length() && s.charAt(i) != '.' && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        i++;
      }
      Long unit = GO_UNITS.get(s.substring(us, i));
      if (unit == null) {
        return false;
      }
      java.math.BigDecimal v = new java.math.BigDecimal((whole.isEmpty() ? "0" : whole) + (frac.isEmpty() ? "" : "." + frac));
      total = total.add(v.multiply(java.math.BigDecimal.valueOf(unit)));
      if (total.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE).add(java.math.BigDecimal.ONE)) > 0) {
        return false;
      }
    }
    return !(total.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0 && s.charAt(0) != '-');
  }
}
