package io.kubeprint.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Activation times, as robfig/cron v3.0.1 {@code SpecSchedule.Next} and {@code ConstantDelaySchedule.Next}. */
class CronScheduleNextTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static ZonedDateTime utc(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "Z[UTC]");
  }

  private static List<ZonedDateTime> firings(String schedule, ZonedDateTime after, int count) {
    CronSchedule s = CronSchedule.parse(schedule);
    List<ZonedDateTime> out = new ArrayList<>();
    ZonedDateTime t = after;
    for (int i = 0; i < count; i++) {
      t = s.next(t);
      out.add(t);
    }
    return out;
  }

  @Test
  void should_fire_on_the_next_quarter_hour() {
    assertThat(CronSchedule.parse("*/15 * * * *").next(utc("2024-05-01T10:07:30")))
        .isEqualTo(utc("2024-05-01T10:15:00"));
  }

  @Test
  void should_fire_strictly_after_the_given_time() {
    assertThat(CronSchedule.parse("*/15 * * * *").next(utc("2024-05-01T10:15:00")))
        .isEqualTo(utc("2024-05-01T10:30:00"));
  }

  @Test
  void should_skip_the_weekend_for_a_weekday_schedule() {
    // 2024-05-03 is a Friday
    assertThat(CronSchedule.parse("0 3 * * 1-5").next(utc("2024-05-03T04:00:00")))
        .isEqualTo(utc("2024-05-06T03:00:00"));
  }

  @Test
  void should_fire_on_leap_days_only() {
    assertThat(firings("0 0 29 2 *", utc("2023-03-01T00:00:00"), 2))
        .containsExactly(utc("2024-02-29T00:00:00"), utc("2028-02-29T00:00:00"));
  }

  @Test
  void should_give_up_after_five_years_like_upstream() {
    // 2100 is not a leap year, and 2104 is beyond the five-year search of SpecSchedule.Next
    CronSchedule leapDay = CronSchedule.parse("0 0 29 2 *");

    assertThatThrownBy(() -> leapDay.next(utc("2096-03-01T00:00:00")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no activation of \"0 0 29 2 *\" within five years after 2096-03-01T00:00Z[UTC]");
  }

  @Test
  void should_never_fire_on_a_day_no_month_has() {
    CronSchedule february30 = CronSchedule.parse("0 0 30 2 *");

    assertThatThrownBy(() -> february30.next(utc("2024-01-01T00:00:00")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no activation of \"0 0 30 2 *\" within five years after 2024-01-01T00:00Z[UTC]");
  }

  @Test
  void should_never_fire_for_a_field_of_commas_only() {
    CronSchedule commas = CronSchedule.parse(", * * * *");

    assertThatThrownBy(() -> commas.next(utc("2024-01-01T00:00:00"))).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void should_fire_at_the_top_of_each_hour_for_hourly() {
    assertThat(firings("@hourly", ZonedDateTime.parse("2024-05-01T10:59:59.999Z[UTC]"), 2))
        .containsExactly(utc("2024-05-01T11:00:00"), utc("2024-05-01T12:00:00"));
  }

  @Test
  void should_fire_on_sunday_midnight_for_weekly() {
    // 2024-09-04 is a Wednesday
    assertThat(CronSchedule.parse("@weekly").next(utc("2024-09-04T12:00:00")))
        .isEqualTo(utc("2024-09-08T00:00:00"));
  }

  @Test
  void should_fire_on_new_year_for_yearly() {
    assertThat(CronSchedule.parse("@yearly").next(utc("2024-03-01T00:00:00")))
        .isEqualTo(utc("2025-01-01T00:00:00"));
  }

  @Test
  void should_fire_on_either_day_when_both_day_fields_are_restricted() {
    // the 13th or any Friday; 2024-09-01 is a Sunday, 2024-10-13 a Sunday
    assertThat(firings("0 0 13 * 5", utc("2024-09-01T00:00:00"), 7)).containsExactly(
        utc("2024-09-06T00:00:00"), utc("2024-09-13T00:00:00"), utc("2024-09-20T00:00:00"),
        utc("2024-09-27T00:00:00"), utc("2024-10-04T00:00:00"), utc("2024-10-11T00:00:00"),
        utc("2024-10-13T00:00:00"));
  }

  @Test
  void should_fire_only_on_days_matching_both_when_one_day_field_is_a_star() {
    assertThat(firings("0 0 * * MON", utc("2024-09-03T00:00:00"), 2))
        .containsExactly(utc("2024-09-09T00:00:00"), utc("2024-09-16T00:00:00"));
  }

  @Test
  void should_fire_every_day_when_day_of_month_is_a_full_range_rather_than_a_star() {
    // 1-31 is not a star, so the OR rule applies and every day matches
    assertThat(CronSchedule.parse("0 0 1-31 * MON").next(utc("2024-09-03T00:00:00")))
        .isEqualTo(utc("2024-09-04T00:00:00"));
  }

  @Test
  void should_treat_star_slash_one_as_a_star_but_star_slash_two_as_a_restriction() {
    ZonedDateTime tuesday = utc("2024-09-03T00:00:00");

    assertThat(CronSchedule.parse("0 0 */1 * MON").next(tuesday)).isEqualTo(utc("2024-09-09T00:00:00"));
    assertThat(CronSchedule.parse("0 0 */2 * MON").next(tuesday)).isEqualTo(utc("2024-09-05T00:00:00"));
  }

  @Test
  void should_read_month_names() {
    assertThat(firings("0 9 * JAN,jul *", utc("2024-02-01T00:00:00"), 2))
        .containsExactly(utc("2024-07-01T09:00:00"), utc("2024-07-02T09:00:00"));
  }

  @Test
  void should_read_a_start_with_a_step_as_running_to_the_end_of_the_field() {
    assertThat(firings("5/20 * * * *", utc("2024-05-01T10:26:00"), 3)).containsExactly(
        utc("2024-05-01T10:45:00"), utc("2024-05-01T11:05:00"), utc("2024-05-01T11:25:00"));
  }

  @Test
  void should_fire_in_the_zone_of_the_given_time() {
    ZonedDateTime midnightUtc = utc("2024-07-01T00:00:00");

    ZonedDateTime inParis = midnightUtc.withZoneSameInstant(ZoneId.of("Europe/Paris"));

    ZonedDateTime next = CronSchedule.parse("0 3 * * *").next(inParis);

    assertThat(next).isEqualTo(ZonedDateTime.parse("2024-07-01T03:00+02:00[Europe/Paris]"));
    assertThat(next.toInstant()).isEqualTo(utc("2024-07-01T01:00:00").toInstant());
  }

  @Test
  void should_skip_a_wall_time_that_the_spring_forward_jump_removes() {
    // 02:30 does not exist in New York on 2024-03-10; upstream does not move it to 03:30
    ZonedDateTime after = ZonedDateTime.of(2024, 3, 10, 0, 0, 0, 0, NEW_YORK);

    assertThat(CronSchedule.parse("30 2 * * *").next(after))
        .isEqualTo(ZonedDateTime.parse("2024-03-11T02:30-04:00[America/New_York]"));
  }

  @Test
  void should_fire_twice_in_the_hour_that_the_fall_back_jump_repeats() {
    ZonedDateTime after = ZonedDateTime.of(2024, 11, 3, 0, 0, 0, 0, NEW_YORK);

    assertThat(firings("30 1 * * *", after, 3)).containsExactly(
        ZonedDateTime.parse("2024-11-03T01:30-04:00[America/New_York]"),
        ZonedDateTime.parse("2024-11-03T01:30-05:00[America/New_York]"),
        ZonedDateTime.parse("2024-11-04T01:30-05:00[America/New_York]"));
  }

  @Test
  void should_skip_a_midnight_that_the_spring_forward_jump_removes() {
    // Sao Paulo jumped from 00:00 to 01:00 on 2018-11-04
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");

    assertThat(CronSchedule.parse("0 0 * * *").next(ZonedDateTime.of(2018, 11, 3, 0, 0, 0, 0, saoPaulo)))
        .isEqualTo(ZonedDateTime.parse("2018-11-05T00:00-02:00[America/Sao_Paulo]"));
  }

  @Test
  void should_stop_where_upstream_would_loop_forever_over_a_skipped_day() {
    // Samoa skipped 2011-12-30; robfig/cron's day loop steps from 2011-12-29 back onto 2011-12-29 forever
    ZonedDateTime christmas = ZonedDateTime.parse("2011-12-25T00:00-10:00[Pacific/Apia]");
    CronSchedule weekly = CronSchedule.parse("@weekly");

    assertThatThrownBy(() -> weekly.next(christmas))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no activation of \"@weekly\" after 2011-12-25T00:00-10:00[Pacific/Apia]: robfig/cron never "
            + "returns, because the day after 2011-12-29 does not exist in Pacific/Apia");
  }

  @Test
  void should_add_the_delay_to_the_whole_second_for_every() {
    assertThat(CronSchedule.parse("@every 90m").next(ZonedDateTime.parse("2024-05-01T10:00:00.750Z[UTC]")))
        .isEqualTo(utc("2024-05-01T11:30:00"));
  }

  @Test
  void should_truncate_every_to_whole_seconds() {
    assertThat(CronSchedule.parse("@every 1.5s").next(utc("2024-05-01T10:00:00")))
        .isEqualTo(utc("2024-05-01T10:00:01"));
  }

  @Test
  void should_raise_a_negative_every_to_one_second() {
    assertThat(CronSchedule.parse("@every -1h").next(utc("2024-05-01T10:00:00")))
        .isEqualTo(utc("2024-05-01T10:00:01"));
  }

  @Test
  void should_keep_the_zone_of_the_given_time_for_every() {
    ZonedDateTime after = ZonedDateTime.of(2024, 3, 10, 1, 30, 0, 0, NEW_YORK);

    assertThat(CronSchedule.parse("@every 1h").next(after))
        .isEqualTo(ZonedDateTime.parse("2024-03-10T03:30-04:00[America/New_York]"));
  }
}
