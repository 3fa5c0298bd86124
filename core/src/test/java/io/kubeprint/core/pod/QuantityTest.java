package io.kubeprint.core.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Quantity} reads text as apimachinery's {@code resource.ParseQuantity} does. */
class QuantityTest {

  @ParameterizedTest
  @ValueSource(strings = {"Gi", "m", "Ki", "k", "E", "e3", ".", "+", "-", "-m"})
  void should_read_a_quantity_that_is_only_a_suffix_or_a_sign_as_zero_as_parse_quantity_does(String text) {
    // GIVEN text without digits, which parseQuantityString reads as the number 0
    Quantity q = Quantity.parse(text);
    // THEN it is a valid quantity of value 0
    assertThat(q.isValid()).isTrue();
    assertThat(q.value()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @ParameterizedTest
  @CsvSource({"100m, 0.1", "128Mi, 134217728", "1., 1", ".5, 0.5", "1e3, 1000", "-2Ki, -2048", "1.5G, 1500000000"})
  void should_read_a_quantity_to_its_exact_value(String text, String value) {
    assertThat(Quantity.parse(text).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1 Gi", "1Gm", "1e", "1.5.5", "Mi1", "x"})
  void should_refuse_what_parse_quantity_refuses(String text) {
    assertThat(Quantity.of(text).isValid()).isFalse();
    assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
