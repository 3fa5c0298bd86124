package io.kubeprint.core.batch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A CronJob {@code spec.schedule}, read exactly as a Kubernetes 1.32 API server reads it, and the times it
 * fires at.
 *
 * <p>The API server ({@code pkg/apis/batch/validation}: {@code validateCronJobSpec} and
 * {@code validateScheduleFormat}) parses the schedule with {@code github.com/robfig/cron/v3} v3.0.1
 * {@code cron.ParseStandard} and, on create, also refuses any schedule that contains {@code TZ}. So a schedule
 * is either five fields &mdash; minute {@code 0-59}, hour {@code 0-23}, day of month {@code 1-31}, month
 * {@code 1-12} or {@code JAN-DEC}, day of week {@code 0-6} or {@code SUN-SAT} (7 is refused) &mdash; each a
 * comma list of {@code *}, {@code ?}, {@code n}, {@code a-b}, <code>&#42;/s</code>, {@code a-b/s} or
 * {@code a/s} (which means {@code a-max/s}); or one of the descriptors {@code @yearly}, {@code @annually},
 * {@code @monthly}, {@code @weekly}, {@code @daily}, {@code @midnight}, {@code @hourly} or
 * {@code @every <Go duration>}. Names are case-insensitive; descriptors are not.
 *
 * <pre>{@code
 * CronSchedule.problems("61 * * * *");   // ["end of range (61) above maximum (59): 61"]
 * CronSchedule nightly = CronSchedule.parse("0 3 * * 1-5");
 * nightly.next(ZonedDateTime.now(ZoneId.of("Europe/Paris")));
 * }</pre>
 *
 * <p>Messages are the upstream texts, without the {@code spec.schedule: Invalid value: "..."} prefix the API
 * server adds. Values are compared by {@link #expression()}.
 */
public final class CronSchedule {

  /** The message of {@code validateScheduleFormat} for a schedule that contains {@code TZ} on create. */
  static final String TZ_IN_SCHEDULE = "cannot use TZ or CRON_TZ in schedule, use timeZone field instead";

  private static final long STAR_BIT = 1L << 63;
  private static final long MAX_UNSIGNED_POWER = Long.MIN_VALUE; // 1<<63 read as an unsigned value

  private static final Bounds MINUTES = new Bounds(0, 59, Map.of());
  private static final Bounds HOURS = new Bounds(0, 23, Map.of());
  private static final Bounds DOM = new Bounds(1, 31, Map.of());
  private static final Bounds MONTHS = new Bounds(1, 12, Map.ofEntries(
      Map.entry("jan", 1L), Map.entry("feb", 2L), Map.entry("mar", 3L), Map.entry("apr", 4L),
      Map.entry("may", 5L), Map.entry("jun", 6L), Map.entry("jul", 7L), Map.entry("aug", 8L),
      Map.entry("sep", 9L), Map.entry("oct", 10L), Map.entry("nov", 11L), Map.entry("dec", 12L)));
  private static final Bounds DOW = new Bounds(0, 6, Map.of(
      "sun", 0L, "mon", 1L, "tue", 2L, "wed", 3L, "thu", 4L, "fri", 5L, "sat", 6L));

  /** {@code validTimeZoneCharacters} of {@code pkg/apis/batch/validation}, applied to each {@code /} part. */
  private static final Pattern TIME_ZONE_PART = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");

  /** IANA names that Go's zoneinfo has but the JDK's tzdb leaves out. */
  private static final Set<String> IANA_NAMES_NOT_IN_JDK =
      Set.of("EST", "MST", "HST", "GMT+0", "GMT-0", "ROC", "Factory");

  private static final Map<String, Long> DURATION_UNITS = Map.of(
      "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
      "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  /**
   * The {@link #problems} of schedules already read: a pure function of the text, and a fleet's CronJobs share a
   * handful of schedules. Bounded: at most {@link #CACHED_SCHEDULES} schedules of at most
   * {@link #CACHED_LENGTH} characters are kept; any other is read each time.
   */
  private static final Map<String, List<String>> PROBLEMS = new ConcurrentHashMap<>();
  private static final int CACHED_SCHEDULES = 512;
  private static final int CACHED_LENGTH = 64;

  private final String expression;
  private final long minute;
  private final long hour;
  private final long dom;
  private final long month;
  private final long dow;
  /** The constant delay of an {@code @every} schedule, whole seconds; null for the other forms. */
  private final Duration every;

  private CronSchedule(String expression, long minute, long hour, long dom, long month, long dow, Duration every) {
    this.expression = expression;
    this.minute = minute;
    this.hour = hour;
    this.dom = dom;
    this.month = month;
    this.dow = dow;
    this.every = every;
  }

  /**
   * What a Kubernetes 1.32 API server says about {@code spec.schedule} on create; empty when it accepts it.
   *
   * <p>Reproduces {@code validateCronJobSpec}: an empty schedule is {@code Required value}; otherwise the
   * error of {@code cron.ParseStandard} (only the first problem it meets), then, when the schedule contains
   * {@code TZ} anywhere, {@value #TZ_IN_SCHEDULE}. Example: {@code problems("0 0 * * 7")} is
   * {@code ["end of range (7) above maximum (6): 7"]}.
   *
   * <p>One upstream case has no message: a schedule starting {@code TZ=} or {@code CRON_TZ=} with no space
   * after it makes the parser slice out of bounds, so the server fails the request with a panic; this
   * method reports the panic text {@code runtime error: slice bounds out of range [:-1]}.
   *
   * @throws NullPointerException when {@code schedule} is null
   */
  public static List<String> problems(String schedule) {
    Objects.requireNonNull(schedule, "schedule == null");
    if (schedule.isEmpty()) {
      return List.of("Required value");
    }
    List<String> known = PROBLEMS.get(schedule);
    if (known != null) {
      return known;
    }
    List<String> problems = List.copyOf(read(schedule)); // shared when kept, so unmodifiable
    if (schedule.length() <= CACHED_LENGTH && PROBLEMS.size() < CACHED_SCHEDULES) {
      PROBLEMS.putIfAbsent(schedule, problems);
    }
    return problems;
  }

  /** {@link #problems} of a non-empty schedule, read afresh. */
  private static List<String> read(String schedule) {
    List<String> problems = new ArrayList<>(2);
    try {
      parseStandard(schedule);
    } catch (Invalid e) {
      problems.add(e.getMessage());
    }
    if (schedule.contains("TZ")) {
      problems.add(TZ_IN_SCHEDULE);
    }
    return List.copyOf(problems);
  }

  /**
   * The schedule, when a Kubernetes 1.32 API server accepts it for a new CronJob.
   *
   * @throws IllegalArgumentException with the {@link #problems(String)} when it does not, e.g.
   *     {@code schedule: end of range (61) above maximum (59): 61 (was "61 * * * *")}
   * @throws NullPointerException when {@code schedule} is null
   */
  public static CronSchedule parse(String schedule) {
    List<String> problems = problems(schedule);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "schedule: " + String.join("; ", problems) + " (was \"" + schedule + "\")");
    }
    return parseStandard(schedule);
  }

  /**
   * What a Kubernetes 1.32 API server says about {@code spec.timeZone} on create; empty when it accepts it.
   *
   * <p>Reproduces {@code validateTimeZone}: an empty string is refused; each {@code /}-separated part must
   * match {@code ^[A-Za-z.\-_0-9+]{1,14}$}, must not be {@code .} or {@code ..} and must not start with
   * {@code -} (else {@code unknown time zone <name>}, and nothing more); {@code Local} in any case is refused;
   * and Go's {@code time.LoadLocation} must find the zone. Known zones are the JDK's tzdb region ids (less
   * the JDK-only {@code SystemV/*}) plus the IANA names the JDK leaves out ({@code EST}, {@code MST},
   * {@code HST}, {@code GMT+0}, {@code GMT-0}, {@code ROC}, {@code Factory}). Example:
   * {@code timeZoneProblems("Europe/Pariss")} is {@code ["unknown time zone Europe/Pariss"]}.
   *
   * @throws NullPointerException when {@code timeZone} is null (an absent {@code timeZone} is always valid)
   */
  public static List<String> timeZoneProblems(String timeZone) {
    Objects.requireNonNull(timeZone, "timeZone == null");
    if (timeZone.isEmpty()) {
      return List.of("timeZone must be nil or non-empty string");
    }
    for (String part : timeZone.split("/", -1)) {
      if (part.equals(".") || part.equals("..") || part.startsWith("-")
          || !TIME_ZONE_PART.matcher(part).matches()) {
        return List.of("unknown time zone " + timeZone);
      }
    }
    List<String> problems = new ArrayList<>(2);
    if (timeZone.equalsIgnoreCase("Local")) {
      problems.add("timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
    }
    String loadError = loadLocationError(timeZone);
    if (loadError != null) {
      problems.add(loadError);
    }
    return List.copyOf(problems);
  }

  /** The schedule as written, e.g. {@code 0 3 * * 1-5} or {@code @hourly}. */
  public String expression() {
    return expression;
  }

  /**
   * The first activation strictly after {@code after}, in the zone of {@code after} (which stands for the
   * CronJob's {@code timeZone}, or the controller's local zone when that is absent).
   *
   * <p>Follows robfig/cron {@code SpecSchedule.Next} step for step, Go's wall-clock arithmetic included:
   * activations fall on whole minutes; when both day of month and day of week are restricted (neither
   * starts with {@code *} or {@code ?}) a day matching either fires, otherwise a day must match both
   * (<code>&#42;/1</code> still counts as {@code *}, <code>&#42;/2</code> does not); a wall time skipped by a daylight-saving
   * jump does not fire that day, and one repeated by it may fire twice. {@code @every d} fires {@code d}
   * (at least one second, truncated to whole seconds) after {@code after} with its fraction of a second
   * dropped ({@code ConstantDelaySchedule.Next}).
   *
   * @throws NoSuchElementException when the schedule does not fire within the five calendar years after
   *     {@code after} (upstream returns Go's zero time), e.g. {@code 0 0 30 2 *}; or when the search must step
   *     over a calendar day the zone skipped (e.g. 2011-12-30 in {@code Pacific/Apia}), where upstream loops
   *     forever
   */
  public ZonedDateTime next(ZonedDateTime after) {
    Objects.requireNonNull(after, "after == null");
    if (every != null) {
      Instant instant = after.toInstant().plus(every).minusNanos(after.getNano());
      return ZonedDateTime.ofInstant(instant, after.getZone());
    }
    // a minute field of commas only has no bit: upstream searches all five years minute by minute for nothing
    long found = (minute & ~STAR_BIT) == 0
        ? Long.MIN_VALUE
        : new WallClock(after.getZone().getRules()).next(after);
    if (found == Long.MIN_VALUE) {
      throw new NoSuchElementException(
          "no activation of \"" + expression + "\" within five years after " + after);
    }
    return ZonedDateTime.ofInstant(Instant.ofEpochSecond(found), after.getZone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CronSchedule c && c.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  /** The schedule as written. */
  @Override
  public String toString() {
    return expression;
  }

  // ---- cron.ParseStandard (robfig/cron v3.0.1 parser.go) ----

  /** {@code Parser.Parse} with {@code Minute | Hour | Dom | Month | Dow | Descriptor}. */
  private static CronSchedule parseStandard(String original) {
    String spec = original;
    if (spec.isEmpty()) {
      throw new Invalid("empty spec string");
    }
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int space = spec.indexOf(' ');
      int eq = spec.indexOf('=');
      if (space < 0) {
        throw new Invalid("runtime error: slice bounds out of range [:-1]");
      }
      String name = spec.substring(eq + 1, space);
      String error = loadLocationError(name);
      if (error != null) {
        throw new Invalid("provided bad location " + name + ": " + error);
      }
      spec = goTrimSpace(spec.substring(space));
    }
    if (spec.startsWith("@")) {
      return parseDescriptor(original, spec);
    }
    List<String> fields = goFields(spec);
    if (fields.size() != 5) {
      throw new Invalid("expected exactly 5 fields, found " + fields.size() + ": [" + String.join(" ", fields) + "]");
    }
    long minute = getField(fields.get(0), MINUTES);
    long hour = getField(fields.get(1), HOURS);
    long dom = getField(fields.get(2), DOM);
    long month = getField(fields.get(3), MONTHS);
    long dow = getField(fields.get(4), DOW);
    return new CronSchedule(original, minute, hour, dom, month, dow, null);
  }

  /** {@code getField}: a comma list of ranges; empty items are skipped, as {@code strings.FieldsFunc} does. */
  private static long getField(String field, Bounds r) {
    long bits = 0;
    for (String expr : field.split(",")) {
      if (!expr.isEmpty()) {
        bits |= getRange(expr, r);
      }
    }
    return bits;
  }

  /** {@code getRange}: {@code number | number "-" number ["/" number]}, or {@code *}/{@code ?} with a step. */
  private static long getRange(String expr, Bounds r) {
    String[] rangeAndStep = expr.split("/", -1);
    String[] lowAndHigh = rangeAndStep[0].split("-", -1);
    boolean singleDigit = lowAndHigh.length == 1;
    long start;
    long end;
    long step;
    long extra = 0;
    if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
      start = r.min;
      end = r.max;
      extra = STAR_BIT;
    } else {
      start = parseIntOrName(lowAndHigh[0], r.names);
      switch (lowAndHigh.length) {
        case 1 -> end = start;
        case 2 -> end = parseIntOrName(lowAndHigh[1], r.names);
        default -> throw new Invalid("too many hyphens: " + expr);
      }
    }
    switch (rangeAndStep.length) {
      case 1 -> step = 1;
      case 2 -> {
        step = mustParseInt(rangeAndStep[1]);
        if (singleDigit) {
          end = r.max;
        }
        if (step > 1) {
          extra = 0;
        }
      }
      default -> throw new Invalid("too many slashes: " + expr);
    }
    if (start < r.min) {
      throw new Invalid("beginning of range (" + start + ") below minimum (" + r.min + "): " + expr);
    }
    if (end > r.max) {
      throw new Invalid("end of range (" + end + ") above maximum (" + r.max + "): " + expr);
    }
    if (start > end) {
      throw new Invalid("beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
    }
    if (step == 0) {
      throw new Invalid("step of range should be a positive number: " + expr);
    }
    return getBits(start, end, step) | extra;
  }

  private static long getBits(long min, long max, long step) {
    long bits = 0;
    for (long i = min; i <= max; i += step) {
      bits |= 1L << i;
      if (step > max - i) {
        break;
      }
    }
    return bits;
  }

  private static long parseIntOrName(String expr, Map<String, Long> names) {
    Long named = names.get(goToLower(expr));
    return named != null ? named : mustParseInt(expr);
  }

  private static long mustParseInt(String expr) {
    long num;
    try {
      num = goAtoi(expr);
    } catch (Invalid e) {
      throw new Invalid("failed to parse int from " + expr + ": " + e.getMessage());
    }
    if (num < 0) {
      throw new Invalid("negative number (" + num + ") not allowed: " + expr);
    }
    return num;
  }

  /** {@code parseDescriptor}; {@code descriptor} must match exactly (no case folding, no trimming). */
  private static CronSchedule parseDescriptor(String original, String descriptor) {
    long allHours = getBits(HOURS.min, HOURS.max, 1) | STAR_BIT;
    long allDom = getBits(DOM.min, DOM.max, 1) | STAR_BIT;
    long allMonths = getBits(MONTHS.min, MONTHS.max, 1) | STAR_BIT;
    long allDow = getBits(DOW.min, DOW.max, 1) | STAR_BIT;
    switch (descriptor) {
      case "@yearly", "@annually":
        return new CronSchedule(original, 1L, 1L, 1L << 1, 1L << 1, allDow, null);
      case "@monthly":
        return new CronSchedule(original, 1L, 1L, 1L << 1, allMonths, allDow, null);
      case "@weekly":
        return new CronSchedule(original, 1L, 1L, allDom, allMonths, 1L, null);
      case "@daily", "@midnight":
        return new CronSchedule(original, 1L, 1L, allDom, allMonths, allDow, null);
      case "@hourly":
        return new CronSchedule(original, 1L, allHours, allDom, allMonths, allDow, null);
      default:
        break;
    }
    String every = "@every ";
    if (descriptor.startsWith(every)) {
      long nanos;
      try {
        nanos = goParseDuration(descriptor.substring(every.length()));
      } catch (Invalid e) {
        throw new Invalid("failed to parse duration " + descriptor + ": " + e.getMessage());
      }
      // cron.Every: at least one second, fractions of a second dropped
      long delay = Math.max(nanos, 1_000_000_000L);
      delay -= delay % 1_000_000_000L;
      return new CronSchedule(original, 0, 0, 0, 0, 0, Duration.ofNanos(delay));
    }
    throw new Invalid("unrecognized descriptor: " + descriptor);
  }

  // ---- Go standard library pieces the parser relies on ----

  /** {@code time.LoadLocation}'s error text for {@code name}, or null when it loads. */
  private static String loadLocationError(String name) {
    if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
      return null;
    }
    if (name.contains("..") || name.charAt(0) == '/' || name.charAt(0) == '\\') {
      return "time: invalid location name";
    }
    boolean known = IANA_NAMES_NOT_IN_JDK.contains(name)
        || (!name.startsWith("SystemV/") && ZoneRulesProvider.getAvailableZoneIds().contains(name));
    return known ? null : "unknown time zone " + name;
  }

  /** {@code strconv.Atoi} in base 10, with its error text ({@code strconv.Atoi: parsing "x": invalid syntax}). */
  private static long goAtoi(String s) {
    String digits = s;
    boolean neg = false;
    if (!digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-')) {
      neg = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      throw atoiError(s, "invalid syntax");
    }
    long n = 0; // unsigned, as strconv.ParseUint accumulates
    long cutoff = Long.divideUnsigned(-1L, 10) + 1;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw atoiError(s, "invalid syntax");
      }
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        throw atoiError(s, "value out of range");
      }
      long n1 = n * 10 + (c - '0');
      if (Long.compareUnsigned(n1, n * 10) < 0) {
        throw atoiError(s, "value out of range");
      }
      n = n1;
    }
    if (!neg && Long.compareUnsigned(n, MAX_UNSIGNED_POWER) >= 0
        || neg && Long.compareUnsigned(n, MAX_UNSIGNED_POWER) > 0) {
      throw atoiError(s, "value out of range");
    }
    return neg ? -n : n;
  }

  private static Invalid atoiError(String s, String what) {
    return new Invalid("strconv.Atoi: parsing " + goQuote(s) + ": " + what);
  }

  /** {@code time.ParseDuration}: nanoseconds, or its error text. */
  private static long goParseDuration(String orig) {
    String s = orig;
    long d = 0; // unsigned
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalidDuration(orig);
    }
    while (!s.isEmpty()) {
      if (!(s.charAt(0) == '.' || isDigit(s.charAt(0)))) {
        throw invalidDuration(orig);
      }
      int pl = s.length();
      long v = 0;
      int i = 0;
      for (; i < s.length() && isDigit(s.charAt(i)); i++) {
        if (Long.compareUnsigned(v, Long.divideUnsigned(MAX_UNSIGNED_POWER, 10)) > 0) {
          throw invalidDuration(orig);
        }
        v = v * 10 + (s.charAt(i) - '0');
        if (Long.compareUnsigned(v, MAX_UNSIGNED_POWER) > 0) {
          throw invalidDuration(orig);
        }
      }
      s = s.substring(i);
      boolean pre = pl != s.length();
      boolean post = false;
      long f = 0;
      double scale = 1;
      if (!s.isEmpty() && s.charAt(0) == '.') {
        s = s.substring(1);
        int fl = s.length();
        boolean overflow = false;
        int j = 0;
        for (; j < s.length() && isDigit(s.charAt(j)); j++) {
          if (overflow) {
            continue;
          }
          if (f > Long.MAX_VALUE / 10) {
            overflow = true;
            continue;
          }
          long y = f * 10 + (s.charAt(j) - '0');
          if (Long.compareUnsigned(y, MAX_UNSIGNED_POWER) > 0) {
            overflow = true;
            continue;
          }
          f = y;
          scale *= 10;
        }
        s = s.substring(j);
        post = fl != s.length();
      }
      if (!pre && !post) {
        throw invalidDuration(orig);
      }
      int u = 0;
      while (u < s.length() && s.charAt(u) != '.' && !isDigit(s.charAt(u))) {
        u++;
      }
      if (u == 0) {
        throw new Invalid("time: missing unit in duration " + goTimeQuote(orig));
      }
      String unitName = s.substring(0, u);
      s = s.substring(u);
      Long unit = DURATION_UNITS.get(unitName);
      if (unit == null) {
        throw new Invalid("time: unknown unit " + goTimeQuote(unitName) + " in duration " + goTimeQuote(orig));
      }
      if (Long.compareUnsigned(v, Long.divideUnsigned(MAX_UNSIGNED_POWER, unit)) > 0) {
        throw invalidDuration(orig);
      }
      v *= unit;
      if (f != 0) {
        v += (long) (unsignedToDouble(f) * ((double) unit / scale));
        if (Long.compareUnsigned(v, MAX_UNSIGNED_POWER) > 0) {
          throw invalidDuration(orig);
        }
      }
      d += v;
      if (Long.compareUnsigned(d, MAX_UNSIGNED_POWER) > 0) {
        throw invalidDuration(orig);
      }
    }
    if (neg) {
      return -d;
    }
    if (Long.compareUnsigned(d, Long.MAX_VALUE) > 0) {
      throw invalidDuration(orig);
    }
    return d;
  }

  private static Invalid invalidDuration(String orig) {
    return new Invalid("time: invalid duration " + goTimeQuote(orig));
  }

  private static double unsignedToDouble(long x) {
    return x >= 0 ? (double) x : ((double) (x >>> 1)) * 2.0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The {@code time} package's {@code quote}: ASCII as is, other bytes as {@code \xNN}. */
  private static String goTimeQuote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c >= 0x80 || c < ' ') {
        for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          b.append(String.format(Locale.ROOT, "\\x%02x", x & 0xff));
        }
      } else {
        if (c == '"' || c == '\\') {
          b.append('\\');
        }
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }

  /** {@code strconv.Quote}: printable runes as is, the rest escaped Go-style. */
  private static String goQuote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (isGoPrint(c)) {
        b.appendCodePoint(c);
      } else {
        switch (c) {
          case 0x07 -> b.append("\\a");
          case '\b' -> b.append("\\b");
          case '\f' -> b.append("\\f");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          case 0x0b -> b.append("\\v");
          default -> {
            if (c < ' ' || c == 0x7f) {
              b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c < 0x10000) {
              b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
              b.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
          }
        }
      }
    });
    return b.append('"').toString();
  }

  /** {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  private static boolean isGoPrint(int c) {
    if (c <= 0xff) {
      return (c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c != 0xad);
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** {@code unicode.IsSpace}, which {@code strings.Fields} and {@code strings.TrimSpace} split and trim on. */
  private static boolean isGoSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0b, '\f', '\r', ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200a;
    }
  }

  private static List<String> goFields(String s) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (isGoSpace(c)) {
        if (current.length() > 0) {
          fields.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.appendCodePoint(c);
      }
    });
    if (current.length() > 0) {
      fields.add(current.toString());
    }
    return fields;
  }

  private static String goTrimSpace(String s) {
    int[] cps = s.codePoints().toArray();
    int from = 0;
    int to = cps.length;
    while (from < to && isGoSpace(cps[from])) {
      from++;
    }
    while (to > from && isGoSpace(cps[to - 1])) {
      to--;
    }
    return new String(cps, from, to - from);
  }

  /** {@code strings.ToLower}: rune by rune, so that e.g. {@code FR\u0130} folds to {@code fri} as in Go. */
  private static String goToLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
    return b.toString();
  }

  // ---- SpecSchedule.Next (robfig/cron v3.0.1 spec.go) over Go's wall-clock arithmetic ----

  /** Go {@code time.Time} reduced to what {@code SpecSchedule.Next} uses: Unix seconds in one location. */
  private final class WallClock {
    private final ZoneRules rules;

    WallClock(ZoneRules rules) {
      this.rules = rules;
    }

    LocalDateTime local(long t) {
      return LocalDateTime.ofEpochSecond(t, 0, rules.getOffset(Instant.ofEpochSecond(t)));
    }

    int offsetAt(long t) {
      return rules.getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
    }

    /** Go's {@code time.Date}: fields normalised by carrying, then the zone offset chosen Go's way. */
    long date(long year, long month, long day, long hour, long minute, long second) {
      long m0 = month - 1;
      long y = year + Math.floorDiv(m0, 12);
      long unix = LocalDateTime.of(Math.toIntExact(y), (int) Math.floorMod(m0, 12) + 1, 1, 0, 0)
          .plusDays(day - 1).plusHours(hour).plusMinutes(minute).plusSeconds(second)
          .toEpochSecond(ZoneOffset.UTC);
      int offset = offsetAt(unix);
      if (offset != 0) {
        // the offset in force at (unix - offset) equals offset when that instant is in the same zone period
        unix -= offsetAt(unix - offset);
      }
      return unix;
    }

    /** Unix seconds of the next activation, or {@code Long.MIN_VALUE} for Go's zero time. */
    long next(ZonedDateTime after) {
      long t = after.toEpochSecond() + 1; // t.Add(1*time.Second - nanoseconds)
      boolean added = false;
      int yearLimit = local(t).getYear() + 5;
      wrap:
      while (true) {
        if (local(t).getYear() > yearLimit) {
          return Long.MIN_VALUE;
        }
        while ((month & (1L << local(t).getMonthValue())) == 0) {
          LocalDateTime l = local(t);
          if (!added) {
            added = true;
            t = date(l.getYear(), l.getMonthValue(), 1, 0, 0, 0);
            l = local(t);
          }
          t = date(l.getYear(), l.getMonthValue() + 1L, l.getDayOfMonth(), l.getHour(), l.getMinute(), l.getSecond());
          if (local(t).getMonthValue() == 1) {
            continue wrap;
          }
        }
        while (!dayMatches(local(t))) {
          LocalDateTime l = local(t);
          if (!added) {
            added = true;
            t = date(l.getYear(), l.getMonthValue(), l.getDayOfMonth(), 0, 0, 0);
            l = local(t);
          }
          long before = t;
          t = date(l.getYear(), l.getMonthValue(), l.getDayOfMonth() + 1L, l.getHour(), l.getMinute(), l.getSecond());
          int h = local(t).getHour();
          if (h != 0) {
            t += h > 12 ? (24L - h) * 3600 : -h * 3600L;
          }
          if (t <= before) {
            // a whole calendar day is missing (Pacific/Apia skipped 2011-12-30): Go's time.Date maps the
            // missing midnight back onto the day before, and upstream spins on it forever
            throw new NoSuchElementException("no activation of \"" + expression + "\" after " + after
                + ": robfig/cron never returns, because the day after " + local(before).toLocalDate()
                + " does not exist in " + after.getZone());
          }
          if (local(t).getDayOfMonth() == 1) {
            continue wrap;
          }
        }
        while ((hour & (1L << local(t).getHour())) == 0) {
          if (!added) {
            added = true;
            LocalDateTime l = local(t);
            t = date(l.getYear(), l.getMonthValue(), l.getDayOfMonth(), l.getHour(), 0, 0);
          }
          t += 3600;
          if (local(t).getHour() == 0) {
            continue wrap;
          }
        }
        while ((minute & (1L << local(t).getMinute())) == 0) {
          if (!added) {
            added = true;
            t -= Math.floorMod(t, 60); // t.Truncate(time.Minute), on absolute time
          }
          t += 60;
          if (local(t).getMinute() == 0) {
            continue wrap;
          }
        }
        while (local(t).getSecond() != 0) { // the second field is always 0
          added = true;
          t += 1;
          if (local(t).getSecond() == 0) {
            continue wrap;
          }
        }
        return t;
      }
    }

    private boolean dayMatches(LocalDateTime l) {
      boolean domMatch = (dom & (1L << l.getDayOfMonth())) != 0;
      boolean dowMatch = (dow & (1L << (l.getDayOfWeek().getValue() % 7))) != 0;
      if ((dom & STAR_BIT) != 0 || (dow & STAR_BIT) != 0) {
        return domMatch && dowMatch;
      }
      return domMatch || dowMatch;
    }
  }

  private record Bounds(long min, long max, Map<String, Long> names) {}

  /** A parse error carrying the upstream text; no stack trace, it never leaves this class. */
  private static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }
}
