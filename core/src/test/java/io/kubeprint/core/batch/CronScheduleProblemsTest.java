package io.kubeprint.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code spec.schedule} as a Kubernetes 1.32 API server judges it on create: robfig/cron v3.0.1
 * {@code ParseStandard} plus the {@code TZ} rule of {@code validateScheduleFormat}.
 */
class CronScheduleProblemsTest {

  private static final String TZ = "cannot use TZ or CRON_TZ in schedule, use timeZone field instead";

  static Stream<Arguments> accepted() {
    return Stream.of(
        arguments("every minute", "* * * * *"),
        arguments("every fifteen minutes", "*/15 * * * *"),
        arguments("weekdays at three", "0 3 * * 1-5"),
        arguments("leap day", "0 0 29 2 *"),
        arguments("question marks as stars, in any field", "? ? ? ? ?"),
        arguments("month names in any case", "0 9 * JAN,jul *"),
        arguments("day names in a range, mixed case", "0 9 * * mon-FRI"),
        arguments("day names in a list", "0 0 * * SUN,sat"),
        arguments("a start with a step means start-max/step", "5/10 * * * *"),
        arguments("a range with a step", "1-10/3 * * * *"),
        arguments("a step larger than the range", "*/60 * * * *"),
        arguments("a step written with a plus sign", "*/+2 * * * *"),
        arguments("a number written with a plus sign", "+5 * * * *"),
        arguments("leading zeros", "05 07 01 02 03"),
        arguments("empty list items are skipped", "0 0 1,,15 * *"),
        arguments("a field of commas only", ", * * * *"),
        arguments("anything after a star and a hyphen is ignored", "*-5 * * * *"),
        arguments("a day that no month has", "0 0 31 2 *"),
        arguments("Sunday as 0", "0 0 * * 0"),
        arguments("extra spaces and tabs between fields", "  0\t0  *   * *  "),
        arguments("a no-break space separates fields", "0\u00a00 * * *"),
        arguments("Go lower-cases a dotted capital I to i", "0 0 * * FR\u0130"),
        arguments("@yearly", "@yearly"),
        arguments("@annually", "@annually"),
        arguments("@monthly", "@monthly"),
        arguments("@weekly", "@weekly"),
        arguments("@daily", "@daily"),
        arguments("@midnight", "@midnight"),
        arguments("@hourly", "@hourly"),
        arguments("@every with hours and minutes", "@every 1h30m"),
        arguments("@every with a fraction", "@every 1.5h"),
        arguments("@every with a micro sign", "@every 1\u00b5s"),
        arguments("@every zero", "@every 0"),
        arguments("@every with a negative duration", "@every -1h"),
        arguments("@every with a plus sign", "@every +5m"));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("accepted")
  void should_accept_what_the_api_server_accepts(String why, String schedule) {
    assertThat(CronSchedule.problems(schedule)).isEmpty();
    assertThat(CronSchedule.parse(schedule).expression()).isEqualTo(schedule);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        arguments("", List.of("Required value")),
        arguments("* * * *", List.of("expected exactly 5 fields, found 4: [* * * *]")),
        arguments("0 0 * * * *", List.of("expected exactly 5 fields, found 6: [0 0 * * * *]")),
        arguments("   ", List.of("expected exactly 5 fields, found 0: []")),
        arguments(" @daily", List.of("expected exactly 5 fields, found 1: [@daily]")),
        arguments("60 * * * *", List.of("end of range (60) above maximum (59): 60")),
        arguments("0-70 * * * *", List.of("end of range (70) above maximum (59): 0-70")),
        arguments("* 24 * * *", List.of("end of range (24) above maximum (23): 24")),
        arguments("* * 0 * *", List.of("beginning of range (0) below minimum (1): 0")),
        arguments("* * 32 * *", List.of("end of range (32) above maximum (31): 32")),
        arguments("* * * 0 *", List.of("beginning of range (0) below minimum (1): 0")),
        arguments("* * * 13 *", List.of("end of range (13) above maximum (12): 13")),
        arguments("* * * * 7", List.of("end of range (7) above maximum (6): 7")),
        arguments("0 0 * * 1-7", List.of("end of range (7) above maximum (6): 1-7")),
        arguments("5-1 * * * *", List.of("beginning of range (5) beyond end of range (1): 5-1")),
        arguments("70/5 * * * *", List.of("beginning of range (70) beyond end of range (59): 70/5")),
        arguments("*/0 * * * *", List.of("step of range should be a positive number: */0")),
        arguments("5/0 * * * *", List.of("step of range should be a positive number: 5/0")),
        arguments("60/0 * * * *", List.of("beginning of range (60) beyond end of range (59): 60/0")),
        arguments("1-2-3 * * * *", List.of("too many hyphens: 1-2-3")),
        arguments("*/2/3 * * * *", List.of("too many slashes: */2/3")),
        arguments("a * * * *",
            List.of("failed to parse int from a: strconv.Atoi: parsing \"a\": invalid syntax")),
        arguments("*/x * * * *",
            List.of("failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax")),
        arguments("*/ * * * *",
            List.of("failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax")),
        arguments("-1 * * * *",
            List.of("failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax")),
        arguments("*/-1 * * * *", List.of("negative number (-1) not allowed: -1")),
        arguments("99999999999999999999 * * * *", List.of("failed to parse int from 99999999999999999999: "
            + "strconv.Atoi: parsing \"99999999999999999999\": value out of range")),
        arguments("9223372036854775808 * * * *", List.of("failed to parse int from 9223372036854775808: "
            + "strconv.Atoi: parsing \"9223372036854775808\": value out of range")),
        arguments("9223372036854775807 * * * *",
            List.of("end of range (9223372036854775807) above maximum (59): 9223372036854775807")),
        arguments("0 0 JAN * *",
            List.of("failed to parse int from JAN: strconv.Atoi: parsing \"JAN\": invalid syntax")),
        arguments("0 0 * * MON-SUNDAY",
            List.of("failed to parse int from SUNDAY: strconv.Atoi: parsing \"SUNDAY\": invalid syntax")),
        arguments("0 0 L * *",
            List.of("failed to parse int from L: strconv.Atoi: parsing \"L\": invalid syntax")),
        arguments("0 0 * * 5#3",
            List.of("failed to parse int from 5#3: strconv.Atoi: parsing \"5#3\": invalid syntax")),
        arguments("*\u200b * * * *", List.of(
            "failed to parse int from *\u200b: strconv.Atoi: parsing \"*\\u200b\": invalid syntax")),
        arguments("60 24 * * *", List.of("end of range (60) above maximum (59): 60")),
        arguments("@reboot", List.of("unrecognized descriptor: @reboot")),
        arguments("@Daily", List.of("unrecognized descriptor: @Daily")),
        arguments("@daily ", List.of("unrecognized descriptor: @daily ")),
        arguments("@every", List.of("unrecognized descriptor: @every")),
        arguments("@every ", List.of("failed to parse duration @every : time: invalid duration \"\"")),
        arguments("@every 1x",
            List.of("failed to parse duration @every 1x: time: unknown unit \"x\" in duration \"1x\"")),
        arguments("@every 10",
            List.of("failed to parse duration @every 10: time: missing unit in duration \"10\"")),
        arguments("@every 1e3s",
            List.of("failed to parse duration @every 1e3s: time: unknown unit \"e\" in duration \"1e3s\"")),
        arguments("@every 1h ",
            List.of("failed to parse duration @every 1h : time: unknown unit \"h \" in duration \"1h \"")),
        arguments("@every .s", List.of("failed to parse duration @every .s: time: invalid duration \".s\"")),
        arguments("@every 9999999999h",
            List.of("failed to parse duration @every 9999999999h: time: invalid duration \"9999999999h\"")),
        arguments("@every 1\u00e4", List.of("failed to parse duration @every 1\u00e4: "
            + "time: unknown unit \"\\xc3\\xa4\" in duration \"1\\xc3\\xa4\"")),
        arguments("TZ=UTC * * * * *", List.of(TZ)),
        arguments("CRON_TZ=Europe/Paris 0 3 * * *", List.of(TZ)),
        arguments("CRON_TZ= * * * * *", List.of(TZ)),
        arguments("TZ=Mars/Olympus * * * * *",
            List.of("provided bad location Mars/Olympus: unknown time zone Mars/Olympus", TZ)),
        arguments("TZ=../etc * * * * *", List.of("provided bad location ../etc: time: invalid location name", TZ)),
        arguments("TZ=UTC 0 0 * *", List.of("expected exactly 5 fields, found 4: [0 0 * *]", TZ)),
        arguments("TZ=UTC", List.of("runtime error: slice bounds out of range [:-1]", TZ)),
        arguments(" TZ=UTC * * * * *", List.of("expected exactly 5 fields, found 6: [TZ=UTC * * * * *]", TZ)),
        arguments("* * * * TZ",
            List.of("failed to parse int from TZ: strconv.Atoi: parsing \"TZ\": invalid syntax", TZ)),
        arguments("tz=UTC * * * * *", List.of("expected exactly 5 fields, found 6: [tz=UTC * * * * *]")));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("refused")
  void should_report_what_the_api_server_reports(String schedule, List<String> expected) {
    assertThat(CronSchedule.problems(schedule)).containsExactlyElementsOf(expected);
  }

  @Test
  void should_name_the_problem_and_the_value_when_parse_refuses() {
    assertThatThrownBy(() -> CronSchedule.parse("61 * * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schedule: end of range (61) above maximum (59): 61 (was \"61 * * * *\")");
  }

  @Test
  void should_join_both_problems_when_parse_refuses_a_bad_zone_in_the_schedule() {
    assertThatThrownBy(() -> CronSchedule.parse("TZ=Nowhere 0 3 * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schedule: provided bad location Nowhere: unknown time zone Nowhere; " + TZ
            + " (was \"TZ=Nowhere 0 3 * * *\")");
  }

  @Test
  void should_refuse_a_null_schedule() {
    assertThatNullPointerException().isThrownBy(() -> CronSchedule.problems(null)).withMessage("schedule == null");
  }

  @Test
  void should_print_and_compare_by_the_expression_as_written() {
    CronSchedule a = CronSchedule.parse("0 3 * * 1-5");

    assertThat(a).hasToString("0 3 * * 1-5")
        .isEqualTo(CronSchedule.parse("0 3 * * 1-5"))
        .hasSameHashCodeAs(CronSchedule.parse("0 3 * * 1-5"))
        .isNotEqualTo(CronSchedule.parse("0 3 * * MON-FRI"));
  }
}
