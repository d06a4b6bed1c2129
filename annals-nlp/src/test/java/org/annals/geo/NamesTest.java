package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tromsø|tromso",
        "TEHRAN|tehran",
        "Nur-Sultan|nur sultan",
        "Washington, D.C.|washington d c",
        "Āz̄arbāyjān-e Sharqī|azarbayjan e sharqi",
        "Iran's|iran",
        "Iran’s|iran",
        "Akmolins'k|akmolinsk",
        "Düsseldorf|dusseldorf",
        "Łódź|lodz",
        "Straße|strasse",
        "Kraków|krakow",
        "'  Paris  '|paris",
        "Île-de-France|ile de france",
        "Ho Chi Minh City|ho chi minh city",
        "Hồ Chí Minh|ho chi minh",
        "İstanbul|istanbul"
      })
  void key_spellingVariants_foldToOneKey(String name, String key) {
    assertThat(Names.key(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {"NULL", "''", "'   '", "'---'", "'\u0000\u0001'", "'\uD800'", "'Москва'", "'طهران'"})
  void key_nothingLatinToMatch_isEmpty(String name) {
    assertThat(Names.key(name)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void key_longerThanAnyPlaceName_isEmpty() {
    assertThat(Names.key("Tehran ".repeat(40))).isEmpty();
  }
}
