package io.kubeprint.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code spec.timeZone} as {@code validateTimeZone} of a Kubernetes 1.32 API server judges it. */
class CronScheduleTimeZoneTest {

  private static final String EXPLICIT =
      "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones";

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Paris", "America/New_York", "America/Argentina/Buenos_Aires",
      "America/Argentina/ComodRivadavia", "UTC", "Etc/GMT+5", "GMT0", "US/Eastern", "EST5EDT",
      "EST", "MST", "HST", "GMT+0", "GMT-0", "ROC", "Factory"})
  void should_accept_iana_zone_names(String timeZone) {
    assertThat(CronSchedule.timeZoneProblems(timeZone)).isEmpty();
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        arguments("", List.of("timeZone must be nil or non-empty string")),
        arguments("Local", List.of(EXPLICIT)),
        arguments("local", List.of(EXPLICIT, "unknown time zone local")),
        arguments("LOCAL", List.of(EXPLICIT, "unknown time zone LOCAL")),
        arguments("Europe/Pariss", List.of("unknown time zone Europe/Pariss")),
        arguments("europe/paris", List.of("unknown time zone europe/paris")),
        arguments("utc", List.of("unknown time zone utc")),
        arguments("UTC+1", List.of("unknown time zone UTC+1")),
        arguments("SystemV/EST5", List.of("unknown time zone SystemV/EST5")),
        arguments("Foo..Bar", List.of("time: invalid location name")),
        arguments("../etc/passwd", List.of("unknown time zone ../etc/passwd")),
        arguments("./UTC", List.of("unknown time zone ./UTC")),
        arguments("/etc/localtime", List.of("unknown time zone /etc/localtime")),
        arguments("Europe//Paris", List.of("unknown time zone Europe//Paris")),
        arguments("Europe/", List.of("unknown time zone Europe/")),
        arguments("Europe/-Paris", List.of("unknown time zone Europe/-Paris")),
        arguments("America/Averyveryverylongname", List.of("unknown time zone America/Averyveryverylongname")),
        arguments("+05:00", List.of("unknown time zone +05:00")),
        arguments("Europe/Paris ", List.of("unknown time zone Europe/Paris ")),
        arguments("Asia/T\u00f4ky\u00f4", List.of("unknown time zone Asia/T\u00f4ky\u00f4")));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("refused")
  void should_report_what_the_api_server_reports(String timeZone, List<String> expected) {
    assertThat(CronSchedule.timeZoneProblems(timeZone)).containsExactlyElementsOf(expected);
  }

  @Test
  void should_refuse_a_null_time_zone() {
    assertThatNullPointerException().isThrownBy(() -> CronSchedule.timeZoneProblems(null))
        .withMessage("timeZone == null");
  }
}
