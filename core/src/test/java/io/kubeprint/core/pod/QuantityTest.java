package io.kubeprint.core.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

  /** The grammar as a regular expression, the reference of the hand-written reader. */
  private static final Pattern GRAMMAR =
      Pattern.compile("([+-]?[0-9]*(?:\\.[0-9]*)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  @Test
  void should_read_random_text_as_the_grammar_does() {
    // GIVEN 200,000 random texts over the characters of quantities
    Random random = new Random(16);
    String alphabet = "0123456789.+-eEKMGTPEinumk x";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      Matcher m = GRAMMAR.matcher(text);
      boolean expected = !text.isEmpty() && m.matches();
      // THEN each is valid exactly when the grammar matches it, and its value is the number times the suffix
      Quantity q = Quantity.of(text);
      assertThat(q.isValid()).as(text).isEqualTo(expected);
      if (expected) {
        assertThat(q.value()).as(text).isEqualByComparingTo(reference(m.group(1), m.group(2)));
        assertThat(q.value()).as("the value kept").isSameAs(q.value());
      }
    }
  }

  /** The value from the grammar's groups, the way the regular expression reader computed it. */
  private static BigDecimal reference(String signed, String suffix) {
    String digits = signed.replaceFirst("^[+-]", "");
    String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
    String fraction = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "";
    BigDecimal n = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
    if (signed.startsWith("-")) {
      n = n.negate();
    }
    if (suffix == null) {
      return n;
    }
    String binary = "KMGTPE";
    if (suffix.length() == 2 && suffix.charAt(1) == 'i') {
      return n.multiply(BigDecimal.valueOf(2).pow(10 * (binary.indexOf(suffix.charAt(0)) + 1)));
    }
    int exponent = switch (suffix) {
      case "n" -> -9;
      case "u" -> -6;
      case "m" -> -3;
      case "k" -> 3;
      case "M" -> 6;
      case "G" -> 9;
      case "T" -> 12;
      case "P" -> 15;
      case "E" -> 18;
      default -> Integer.parseInt(suffix.substring(1).replace("+", ""));
    };
    return n.scaleByPowerOfTen(exponent);
  }
}
