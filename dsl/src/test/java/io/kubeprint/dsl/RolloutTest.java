package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.recreate;
import static io.kubeprint.dsl.Kube.rollingUpdate;
import static io.kubeprint.dsl.Kube.zeroDowntime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.RollingUpdateDeployment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RolloutTest {

  private static DeploymentStrategy rolling(IntOrString maxSurge, IntOrString maxUnavailable) {
    return DeploymentStrategy.builder().type("RollingUpdate")
        .rollingUpdate(RollingUpdateDeployment.builder().maxSurge(maxSurge).maxUnavailable(maxUnavailable).build())
        .build();
  }

  @Test
  void should_set_the_strategy_and_every_field_the_rollout_sets_on_the_deployment() {
    Deployment d = deployment("web").replicas(3)
        .rollout(rollingUpdate(1, 0).minReady(Duration.ofSeconds(10)).progressDeadline(Duration.ofMinutes(5))
            .revisionHistory(3))
        .container(container("web", "nginx:1.27")).build();

    DeploymentSpec spec = d.spec();
    assertThat(spec.strategy()).contains(rolling(IntOrString.of(1), IntOrString.of(0)));
    assertThat(spec.minReadySeconds()).contains(10);
    assertThat(spec.progressDeadlineSeconds()).contains(300);
    assertThat(spec.revisionHistoryLimit()).contains(3);
  }

  @Test
  void should_make_zero_downtime_a_rolling_update_that_never_goes_below_the_replica_count() {
    assertThat(zeroDowntime().strategy()).isEqualTo(rolling(IntOrString.of("25%"), IntOrString.of(0)));
    assertThat(zeroDowntime().minReadySeconds()).isEmpty();
  }

  @Test
  void should_make_recreate_a_strategy_without_rolling_update_bounds() {
    assertThat(recreate().strategy()).isEqualTo(DeploymentStrategy.builder().type("Recreate").build());
    assertThat(rollingUpdate("50%", "10%").strategy())
        .isEqualTo(rolling(IntOrString.of("50%"), IntOrString.of("10%")));
  }

  @Test
  void should_keep_the_fields_a_rollout_leaves_unset() {
    Deployment d = deployment("web").minReady(Duration.ofSeconds(5)).revisionHistoryLimit(2)
        .rollout(recreate().progressDeadline(Duration.ofMinutes(2))).build();

    assertThat(d.spec().minReadySeconds()).contains(5);
    assertThat(d.spec().revisionHistoryLimit()).contains(2);
    assertThat(d.spec().progressDeadlineSeconds()).contains(120);
    assertThat(d.spec().strategy().orElseThrow().type()).contains("Recreate");
  }

  @Test
  void should_report_bounds_that_are_both_zero_as_the_api_server_does() {
    assertThat(errors(web().rollout(rollingUpdate(0, 0)).build())).containsExactly("Deployment/web"
        + " spec.strategy.rollingUpdate.maxUnavailable: may not be 0 when maxSurge is 0 (was 0; maxSurge is 0)"
        + " [rolling-update-zero]");
    assertThat(errors(web().rollout(rollingUpdate("0%", "0%")).build())).containsExactly("Deployment/web"
        + " spec.strategy.rollingUpdate.maxUnavailable: may not be 0 when maxSurge is 0 (was 0%; maxSurge is 0%)"
        + " [rolling-update-zero]");
    assertThat(errors(web().rollingUpdate(0, 0).build())).hasSize(1);
  }


  @Test
  void should_report_max_unavailable_above_100_percent_but_not_max_surge() {
    assertThat(errors(web().rollout(rollingUpdate("0%", "150%")).build())).containsExactly("Deployment/web"
        + " spec.strategy.rollingUpdate.maxUnavailable: must not be greater than 100% (was 150%) [max-unavailable-percent]");
    assertThat(rollingUpdate("150%", "100%").strategy())
        .isEqualTo(rolling(IntOrString.of("150%"), IntOrString.of("100%")));
    assertThat(errors(web().rollout(rollingUpdate("150%", "100%")).build())).isEmpty();
  }


  @Test
  void should_report_negative_bounds_and_strings_that_are_not_percentages_together() {
    Deployment negative = web().rollout(rollingUpdate(1, -2)).build();
    Deployment words = deployment(negative).name("words").podLabels(labels("app", "words"))
        .rollout(rollingUpdate("25%", "one")).build();

    assertThat(errors(negative, words)).containsExactly(
        "Deployment/web spec.strategy.rollingUpdate.maxUnavailable: must be greater than or equal to 0 (was -2)"
            + " [rolling-update-int-or-percent]",
        "Deployment/words spec.strategy.rollingUpdate.maxUnavailable: a valid percent string must be a numeric"
            + " string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
            + " (was \"one\") [rolling-update-int-or-percent]");
  }


  @Test
  void should_report_a_progress_deadline_no_longer_than_the_minimum_ready_time() {
    Rollout ready30s = zeroDowntime().minReady(Duration.ofSeconds(30));

    assertThat(errors(web().rollout(ready30s.progressDeadline(Duration.ofSeconds(30))).build())).containsExactly(
        "Deployment/web spec.progressDeadlineSeconds: must be greater than minReadySeconds (was 30;"
            + " minReadySeconds is 30) [progress-deadline-after-min-ready]");
  }


  @Test
  void should_report_a_minimum_ready_time_reaching_the_default_progress_deadline_at_validation() {
    Deployment d = web().rollout(zeroDowntime().minReady(Duration.ofMinutes(10))).build();

    assertThat(errors(d)).containsExactly("Deployment/web spec.progressDeadlineSeconds: must be greater than"
        + " minReadySeconds (was 600, the default; minReadySeconds is 600) [progress-deadline-after-min-ready]");
    assertThat(zeroDowntime().progressDeadline(Duration.ofMinutes(20)).minReady(Duration.ofMinutes(10))
        .minReadySeconds()).contains(600);
  }

  private static DeploymentBuilder web() {
    return deployment("web").podLabels(labels("app", "web")).container(container("web", "nginx:1.27"));
  }


  @Test
  void should_report_a_negative_revision_history_and_accept_zero() {
    assertThat(errors(web().rollout(recreate().revisionHistory(-1)).build())).containsExactly("Deployment/web"
        + " spec.revisionHistoryLimit: must be greater than or equal to 0 (was -1) [revision-history-limit-nonnegative]");
    assertThat(recreate().revisionHistory(0).revisionHistoryLimit()).contains(0);
  }


  @Test
  void should_compare_and_print_by_the_settings_it_holds() {
    Rollout a = zeroDowntime().minReady(Duration.ofSeconds(10)).revisionHistory(5);

    Rollout same = zeroDowntime().minReady(Duration.ofSeconds(10)).revisionHistory(5);

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(zeroDowntime().minReady(Duration.ofSeconds(10)));
    assertThat(a).isNotEqualTo(rollingUpdate("25%", "0%").minReady(Duration.ofSeconds(10)).revisionHistory(5));
    assertThat(a.toString()).isEqualTo("Rollout{RollingUpdate maxSurge=25%, maxUnavailable=0, minReady=10s, revisionHistory=5}");
    assertThat(recreate().progressDeadline(Duration.ofMinutes(1)).toString())
        .isEqualTo("Rollout{Recreate progressDeadline=60s}");
  }
}
