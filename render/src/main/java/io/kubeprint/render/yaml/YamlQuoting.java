package io.kubeprint.render.yaml;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a string may be written as a plain (unquoted) YAML scalar, so that every YAML reader a
 * Kubernetes manifest meets reads back exactly that string.
 *
 * <p>A string needs quotes when a YAML 1.1 reader (snakeyaml, go-yaml v2 as used by kubectl, PyYAML) or a
 * YAML 1.2 reader (snakeyaml-engine with the core schema) would resolve the plain scalar to something other
 * than that string, or when it is not a valid plain scalar. The rules, each applied to the whole string:
 *
 * <ol>
 *   <li><b>Empty</b>: the empty string is null in both versions.
 *   <li><b>Type resolution</b>: the union of the YAML 1.1 type repository (yaml.org/type), snakeyaml's
 *       YAML 1.1 resolver, go-yaml v2 and the YAML 1.2 core and JSON schemas:
 *       <ul>
 *         <li>null ({@code tag:yaml.org,2002:null}): {@code ~ null Null NULL};
 *         <li>bool ({@code tag:yaml.org,2002:bool}, 1.1): {@code y Y yes Yes YES n N no No NO true True TRUE
 *             false False FALSE on On ON off Off OFF};
 *         <li>int ({@code tag:yaml.org,2002:int}): {@code [-+]?0b[0-1_]+}, {@code [-+]?0[0-7_]+},
 *             {@code [-+]?(0|[1-9][0-9_]*)}, {@code [-+]?0x[0-9a-fA-F_]+} and sexagesimal
 *             {@code [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+} (1.1); {@code [-+]?[0-9]+}, {@code 0o[0-7]+} and
 *             {@code 0x[0-9a-fA-F]+} (1.2 core). Applied as: any run of digits and underscores with an
 *             optional sign ({@code 08}, {@code 1_000}, {@code +1}), the prefixes {@code 0b 0o 0x} in
 *             either case (go-yaml), and sexagesimal starting with any digit;
 *         <li>float ({@code tag:yaml.org,2002:float}): {@code [-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?}
 *             ({@code 1.5 .5 1. 1_0.5 1.5e3}), exponents without a dot ({@code 1e3}, snakeyaml and 1.2 core),
 *             sexagesimal {@code [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*} ({@code 190:20:30.15}),
 *             {@code [-+]?\.(inf|Inf|INF)} and {@code [-+]?\.(nan|NaN|NAN)}. The type repository writes
 *             {@code [0-9.]*} after the dot, which would make versions such as {@code 1.2.3} and IPv4
 *             addresses floats; no reader implements that (snakeyaml, go-yaml, PyYAML), so a
 *             second dot keeps a string plain;
 *         <li>timestamp ({@code tag:yaml.org,2002:timestamp}, 1.1): {@code [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}},
 *             optionally followed by {@code T}, {@code t} or blanks, a time {@code h:m:s} of one or two
 *             digits each, a fraction and a zone ({@code 2001-12-14t21:59:43.10-05:00},
 *             {@code 2001-12-14 21:59:43.10 -5}); one-digit fields come from go-yaml;
 *         <li>go-yaml drops every underscore of a scalar that starts with a sign or a digit before it tries
 *             the int and float forms above, so such a scalar needs quotes when it would match them without
 *             its underscores: {@code -_1}, {@code 0_x1F}, {@code 0_b101}, {@code 1e1_0}, {@code 1e5_};
 *         <li>merge ({@code tag:yaml.org,2002:merge}): {@code <<}; value ({@code tag:yaml.org,2002:value},
 *             1.1): {@code =};
 *         <li>snakeyaml-engine's environment variables: {@code ${NAME}}, {@code ${NAME:-default}} and the
 *             like.
 *       </ul>
 *   <li><b>Plain scalar syntax</b> (block context): no leading or trailing space; no {@code ": "}, no
 *       {@code " #"}, no trailing {@code ':'}; not starting with an indicator character
 *       {@code ? : , [ ] { } # & * ! | > ' " % @ `}; starting with {@code -} only when a character other
 *       than a space follows ({@code --flag} and {@code -Xmx512m} stay plain, {@code -} and {@code - x} do
 *       not); not starting with the document markers {@code ---} or {@code ...}.
 *   <li><b>Characters</b>: every character must be printable and visible: no control characters
 *       (C0 including tab, CR and LF, DEL, C1 including NEL), no line or paragraph separators, no unpaired
 *       surrogates or non-characters, no byte order mark, and none of a fixed list of invisible characters
 *       (no-break and other non-ASCII spaces, zero-width and bidirectional formatting characters, soft
 *       hyphen, private use characters, tag characters). The list is fixed rather than taken from
 *       {@link Character#getType(int)} so the decision does not change with the JDK's Unicode version.
 *       Other non-ASCII text (letters, CJK, emoji) stays plain. Multi-line strings always need quotes
 *       here; {@link KubeYamlFactory} writes them as literal blocks when they fit.
 * </ol>
 *
 * <p>Everything else is plain, for example {@code nginx:1.27}, {@code gcr.io/x/y:blue}, {@code webserver},
 * {@code http-server}, {@code hello-docker-123456}, {@code 100m}, {@code 128Mi}, {@code 10.0.0.1},
 * <code>0 &#42;/1 &#42; &#42; &#42;</code>, {@code --port=8080} and {@code a,b}. The decision does not
 * depend on the default locale.
 *
 * <pre>
 * YamlQuoting.needsQuotes("nginx:1.27");    // false
 * YamlQuoting.needsQuotes("0644");          // true: octal int in YAML 1.1, int in 1.2
 * YamlQuoting.needsQuotes("on");            // true: bool in YAML 1.1
 * YamlQuoting.needsQuotes("&#42;/1 &#42; &#42; &#42; &#42;");   // true: a leading &#42; is an alias
 * </pre>
 */
public final class YamlQuoting {

  /** Whole-string words YAML resolves to null, bool, merge or value (1.1 and 1.2 together). */
  private static final Set<String> KEYWORDS =
      Set.of(
          // null
          "~", "null", "Null", "NULL",
          // bool (YAML 1.1 type repository; 1.2 core has the true/false subset)
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
          "true", "True", "TRUE", "false", "False", "FALSE",
          "on", "On", "ON", "off", "Off", "OFF",
          // float specials without sign
          ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN",
          // merge and value keys
          "<<", "=");

  /** Whether an ASCII character starts one of {@link #KEYWORDS}. */
  private static final boolean[] KEYWORD_FIRST = new boolean[128];

  /** The length of the longest of {@link #KEYWORDS}. */
  private static final int LONGEST_KEYWORD;

  static {
    int longest = 0;
    for (String k : KEYWORDS) {
      KEYWORD_FIRST[k.charAt(0)] = true;
      longest = Math.max(longest, k.length());
    }
    LONGEST_KEYWORD = longest;
  }

  /** Integers: YAML 1.1 type repository, snakeyaml's resolver, YAML 1.2 core and JSON schema. */
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0[bB]_*[0-1_]+" // binary (1.1)
              + "|[-+]?0_*[0-7][0-7_]*" // octal (1.1)
              + "|[-+]?0[oO]_*[0-7][0-7_]*" // octal (1.2)
              + "|[-+]?[0-9][0-9_]*" // decimal (1.1 with underscores, 1.2 with leading zeros)
              + "|[-+]?0[xX]_*[0-9a-fA-F_]+" // hexadecimal
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+"); // sexagesimal (1.1)

  /** Floats: YAML 1.1 type repository, snakeyaml's resolver, YAML 1.2 core and JSON schema. */
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?" // 1.1, snakeyaml, 1.2 core
              + "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+" // exponent without dot (snakeyaml, 1.2 core)
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*" // sexagesimal (1.1)
              + "|[-+]?\\.(?:inf|Inf|INF)" // infinity
              + "|[-+]?\\.(?:nan|NaN|NAN)"); // not a number (sign tolerated conservatively)

  /**
   * Timestamps: YAML 1.1 type repository and snakeyaml's resolver, widened to go-yaml's one-digit months,
   * days, minutes and seconds ({@code 2006-1-2 15:4:5}).
   */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
              + "(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?");

  /** snakeyaml-engine's implicit environment variable substitution ({@code ${VAR:-default}}). */
  private static final Pattern ENV = Pattern.compile("\\$\\{\\s*(?:\\w+(?::?[-?](?:\\w+)?)?)\\s*}");

  /** Characters that may not start a plain scalar (YAML c-indicator, except '-' handled apart). */
  private static final String LEADING_INDICATORS = "?:,[]{}#&*!|>'\"%@`";

  private YamlQuoting() {}

  /**
   * Whether {@code value} is one of the words YAML 1.1 or 1.2 reads as a null, a boolean, an infinity or not-a-number
   * without a sign, or a merge or value key ({@code ~ null yes Y on off true False .inf << =} and their other
   * spellings): such a plain scalar is never read as a string, so {@link #needsQuotes} is true for it.
   *
   * @param value a string
   * @return {@code true} for exactly those words
   */
  public static boolean isKeyword(String value) {
    // Most words are no keyword and are told by their length or first character, without hashing the set.
    if (value.isEmpty() || value.length() > LONGEST_KEYWORD) {
      return false;
    }
    char first = value.charAt(0);
    return first < KEYWORD_FIRST.length && KEYWORD_FIRST[first] && KEYWORDS.contains(value);
  }

  /**
   * Whether {@code value} must be quoted to read back as exactly this string in YAML 1.1 and 1.2; see the
   * class documentation for the rules.
   *
   * @param value the string to write, not null
   * @return {@code true} when a plain scalar would be read as another type or string, or is not valid
   * @throws NullPointerException if {@code value} is null
   */
  public static boolean needsQuotes(String value) {
    Objects.requireNonNull(value, "value == null");
    return value.isEmpty()
        || !isPlainSyntax(value)
        || !hasOnlyVisibleCharacters(value, false)
        || resolvesToNonString(value);
  }

  /**
   * Whether the multi-line {@code value} can be written as a literal block scalar ({@code |}) and read back
   * unchanged by YAML 1.1 and 1.2 readers: besides line feeds only characters a plain scalar may hold (so
   * no tabs, which snakeyaml's emitter refuses in blocks, no carriage returns or other line breaks that
   * readers normalize), no space at the end of a line or of the string (invisible, dropped by editors,
   * and refused by the emitter), and some text besides line feeds: a block of empty lines only, followed by
   * a key indented less than its parent, is refused by snakeyaml-engine 2.10 ("the leading empty lines
   * contain more spaces than the first non-empty line"). Other multi-line strings are written double-quoted
   * with escapes.
   */
  static boolean fitsLiteralBlock(String value) {
    if (value.isEmpty() || !hasOnlyVisibleCharacters(value, true)) {
      return false;
    }
    if (value.chars().allMatch(c -> c == '\n')) {
      return false;
    }
    if (value.endsWith(" ")) {
      return false;
    }
    return !value.contains(" \n");
  }

  private static boolean resolvesToNonString(String value) {
    if (isKeyword(value)) {
      return true;
    }
    char first = value.charAt(0);
    if (first == '$') {
      return ENV.matcher(value).matches();
    }
    if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
      return false;
    }
    if (INT.matcher(value).matches()
        || FLOAT.matcher(value).matches()
        || TIMESTAMP.matcher(value).matches()) {
      return true;
    }
    if (first == '.' || value.indexOf('_') < 0) {
      return false;
    }
    // go-yaml (resolve.go): a scalar starting with a sign or a digit is parsed with its underscores removed
    String withoutUnderscores = value.replace("_", "");
    return INT.matcher(withoutUnderscores).matches() || FLOAT.matcher(withoutUnderscores).matches();
  }

  private static boolean isPlainSyntax(String value) {
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (first == ' ' || last == ' ' || last == ':') {
      return false;
    }
    if (LEADING_INDICATORS.indexOf(first) >= 0) {
      return false;
    }
    if (first == '-' && (value.length() == 1 || value.charAt(1) == ' ')) {
      return false;
    }
    if (value.startsWith("---") || value.startsWith("...")) {
      return false;
    }
    return !value.contains(": ") && !value.contains(" #");
  }

  /**
   * Whether every character is printable and visible; with {@code lineFeeds} line feeds are allowed too
   * (for literal blocks).
   */
  private static boolean hasOnlyVisibleCharacters(String value, boolean lineFeeds) {
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        i++;
        continue;
      }
      if (lineFeeds && c == '\n') {
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        if (isInvisibleSupplementary(Character.toCodePoint(c, value.charAt(i + 1)))) {
          return false;
        }
        i += 2;
        continue;
      }
      if (c < 0xA0 || isInvisibleBmp(c)) {
        return false;
      }
      i++;
    }
    return true;
  }

  /**
   * Non-ASCII BMP characters that are not printable in YAML or are invisible: separators, spaces other
   * than U+0020, formatting characters, surrogates, private use, byte order mark and non-characters.
   */
  private static boolean isInvisibleBmp(char c) {
    return c == 0x00A0 // no-break space
        || c == 0x00AD // soft hyphen
        || c == 0x034F // combining grapheme joiner
        || c == 0x061C // arabic letter mark
        || c == 0x115F
        || c == 0x1160 // hangul fillers
        || c == 0x1680 // ogham space mark
        || (c >= 0x17B4 && c <= 0x17B5) // khmer inherent vowels
        || (c >= 0x180B && c <= 0x180F) // mongolian free variation selectors and vowel separator
        || (c >= 0x2000 && c <= 0x200F) // spaces, zero-width and directional marks
        || (c >= 0x2028 && c <= 0x202F) // line/paragraph separators, embeddings, narrow no-break space
        || (c >= 0x205F && c <= 0x206F) // medium mathematical space, word joiner, invisible operators
        || c == 0x3000 // ideographic space
        || c == 0x3164 // hangul filler
        || (c >= 0xD800 && c <= 0xDFFF) // unpaired surrogates
        || (c >= 0xE000 && c <= 0xF8FF) // private use
        || (c >= 0xFDD0 && c <= 0xFDEF) // non-characters
        || c == 0xFEFF // byte order mark
        || c == 0xFFA0 // halfwidth hangul filler
        || c >= 0xFFF0; // specials and non-characters
  }

  /** Supplementary characters that are invisible or not printable: tags, private use, non-characters. */
  private static boolean isInvisibleSupplementary(int cp) {
    return (cp >= 0x1BCA0 && cp <= 0x1BCA3) // shorthand format controls
        || (cp >= 0x1D173 && cp <= 0x1D17A) // musical symbol formatting
        || (cp >= 0xE0000 && cp <= 0xE0FFF) // tags and variation selectors supplement
        || cp >= 0xF0000 // private use planes
        || (cp & 0xFFFE) == 0xFFFE; // non-characters U+nFFFE and U+nFFFF
  }
}
