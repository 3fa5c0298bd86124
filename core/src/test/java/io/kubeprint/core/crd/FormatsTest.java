package io.kubeprint.core.crd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "bsonobjectid | 507f1f77bcf86cd799439011              | true",
      "bsonobjectid | 507f1f77bcf86cd79943901               | false",
      "uri          | https://example.com/a?b=c             | true",
      "uri          | /just/a/path                          | true",
      "uri          | mailto:someone@example.com            | true",
      "uri          | example.com                           | false",
      "uri          | http://exa mple.com/                  | false",
      "uri          | http://example.com:80a/               | false",
      "uri          | http://example.com/%zz                | false",
      "uri          | http://example.com#frag               | false",
      "email        | someone@example.com                   | true",
      "email        | Some One <someone@example.com>        | true",
      "email        | \"quoted local\"@example.com            | true",
      "email        | someone@                              | false",
      "email        | someone.@example.com                  | false",
      "email        | no-at-sign                            | false",
      "hostname     | www.example.com                       | true",
      "hostname     | -bad.example.com                      | false",
      "ipv4         | 192.168.0.1                           | true",
      "ipv4         | 192.168.0.01                          | false",
      "ipv4         | 256.1.1.1                             | false",
      "ipv4         | ::ffff:1.2.3.4                        | true",
      "ipv6         | 2001:db8::1                           | true",
      "ipv6         | 2001:db8::1::2                        | false",
      "ipv6         | fe80::1%eth0                          | false",
      "ipv6         | 1.2.3.4                               | false",
      "cidr         | 10.0.0.0/8                            | true",
      "cidr         | 10.0.0.0/33                           | false",
      "cidr         | 2001:db8::/32                         | true",
      "mac          | 00:1a:2b:3c:4d:5e                     | true",
      "mac          | 00-1a-2b-3c-4d-5e                     | true",
      "mac          | 001a.2b3c.4d5e                        | true",
      "mac          | 00:1a:2b:3c:4d                        | false",
      "uuid         | 123e4567-e89b-12d3-a456-426614174000  | true",
      "uuid         | 123E4567E89B12D3A456426614174000      | true",
      "uuid4        | 123e4567-e89b-12d3-a456-426614174000  | false",
      "uuid4        | 123e4567-e89b-42d3-a456-426614174000  | true",
      "isbn10       | 0-321-75104-3                         | true",
      "isbn13       | 978-0321751041                        | true",
      "isbn13       | 978-0321751042                        | false",
      "creditcard   | 4111 1111 1111 1111                   | true",
      "creditcard   | 4111 1111 1111 1112                   | false",
      "ssn          | 123-45-6789                           | true",
      "ssn          | 123456789                             | false",
      "hexcolor     | #ffaa00                               | true",
      "hexcolor     | #ffaa0                                | false",
      "rgbcolor     | rgb(255, 0, 10)                       | true",
      "rgbcolor     | rgb(256,0,0)                          | false",
      "byte         | aGVsbG8=                              | true",
      "byte         | aGVsbG8                               | false",
      "date         | 2024-12-31                            | true",
      "date         | 2024-13-01                            | false",
      "datetime     | 2024-12-31T23:59:59Z                  | true",
      "datetime     | 2024-12-31T24:00:00Z                  | false",
      "datetime     | 2024-12-31T10:00:00                   | false",
      "duration     | 1h30m                                 | true",
      "duration     | 1.5s                                  | true",
      "duration     | 3 days                                | true",
      "duration     | 10 parsecs                            | false",
      "duration     | 1x                                    | false",
      "password     | anything at all                       | true",
  })
  void should_check_each_format_as_strfmt_does(String format, String value, boolean valid) {
    assertThat(Formats.isValid(format.strip(), value.strip())).isEqualTo(valid);
  }

  @Test
  void should_check_exactly_the_formats_the_1_32_api_server_keeps() {
    assertThat(Formats.checked()).containsExactlyInAnyOrder("bsonobjectid", "uri", "email", "hostname", "ipv4", "ipv6",
        "cidr", "mac", "uuid", "uuid3", "uuid4", "uuid5", "isbn", "isbn10", "isbn13", "creditcard", "ssn", "hexcolor",
        "rgbcolor", "byte", "password", "date", "duration", "datetime");
    assertThat(Formats.checkedName("date-time")).isEqualTo("datetime");
    assertThat(Formats.checkedName("int32")).isNull();
    assertThat(Formats.checkedName("quantity")).isNull();
  }
}
