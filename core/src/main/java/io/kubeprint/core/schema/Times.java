package io.kubeprint.core.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text forms of {@code metav1.Time} and dates, as Go's {@code time.Parse} reads them. */
final class Times {
  /** {@code time.RFC3339}, {@code 2006-01-02T15:04:05Z07:00}: a fraction of a second may follow the seconds. */
  private static final Pattern RFC3339 = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:[.,][0-9]+)?(?:Z|[+-]([0-9]{2}):([0-9]{2}))");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

  private Times() {}

  /**
   * Whether {@code s} is what {@code time.Parse(time.RFC3339, s)} accepts, which is what
   * {@code metav1.Time.UnmarshalJSON} asks of a string: a real calendar date, hours below 24, minutes and
   * seconds below 60, an upper-case {@code T} and {@code Z}, a zone offset of at most 24 hours and 60 minutes.
   */
  static boolean isRfc3339(String s) {
    Matcher m = RFC3339.matcher(s);
    if (!m.matches() || !isDate(m.group(1), m.group(2), m.group(3))) {
      return false;
    }
    if (num(m, 4) > 23 || num(m, 5) > 59 || num(m, 6) > 59) {
      return false;
    }
    return m.group(7) == null || (num(m, 7) <= 24 && num(m, 8) <= 60);
  }

  /** Whether {@code s} is a date {@code yyyy-mm-dd} of the calendar. */
  static boolean isDate(String s) {
    Matcher m = DATE.matcher(s);
    return m.matches() && isDate(m.group(1), m.group(2), m.group(3));
  }

  private static boolean isDate(String y, String mo, String d) {
    try {
      LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** Go's {@code strings.TrimSpace}, which {@code Quantity.UnmarshalJSON} applies first. */
  static String goTrimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /** {@code unicode.IsSpace} for the BMP characters it holds. */
  private static boolean isGoSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00a0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f'
        || c == '\u3000';
  }
}
