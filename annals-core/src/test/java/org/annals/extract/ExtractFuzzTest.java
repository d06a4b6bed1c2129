package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.model.RawDocument;
import org.annals.model.RelatedLink;
import org.annals.model.Timestamp;
import org.annals.model.Warning;

/**
 * Jazzer fuzz targets for the extraction stage: the scraped-text parser, the HTML extractor and the
 * date grammar. In the normal build each runs its committed inputs ({@code
 * src/test/resources/org/annals/extract/ExtractFuzzTestInputs/<method>/}); {@code tools/fuzz}
 * fuzzes one for a chosen time. Each asserts invariants, not just "no exception": the article
 * validates and survives its JSON round trip, the same bytes give the same article, positions lie
 * inside the input, and clean UTF-8 never comes out with replacement characters.
 */
class ExtractFuzzTest {
  private static final String SOURCE = "fuzz-input";
  private static final int RECHECK_EVERY =
      Math.max(1, Integer.getInteger("annals.fuzz.recheckEvery", 1));

  @FuzzTest(maxDuration = "10m")
  void extractScraped_anyBytes_articleHoldsItsInvariants(byte[] input) {
    checkExtraction(Extractors.of(Format.SCRAPED), input, false);
  }

  @FuzzTest(maxDuration = "10m")
  void extractHtml_anyBytes_articleHoldsItsInvariants(byte[] input) {
    checkExtraction(Extractors.of(Format.HTML), input, true);
  }

  @FuzzTest(maxDuration = "10m")
  void dateGrammar_anyTextOrFormattedDate_findsWhatIsThereAndRoundTrips(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      checkFormattedDate(data);
    } else {
      checkAnyText(data.consumeBoolean(), data.consumeRemainingAsString());
    }
  }

  // ------------------------------------------------------------------ extraction

  /**
   * Extracts again to check determinism on every input, or on one in {@code
   * annals.fuzz.recheckEvery} chosen by a hash of the input (so a replay rechecks the same ones).
   * {@code tools/fuzz} sets it to 8: the second extraction halved the fuzzing rate, while every
   * input is still extracted once with all other invariants checked. The normal build rechecks all.
   */
  private static boolean rechecks(int inputHash) {
    return Math.floorMod(inputHash, RECHECK_EVERY) == 0;
  }

  private static void checkExtraction(ArticleExtractor extractor, byte[] input, boolean html) {
    RawDocument doc = RawDocument.of(SOURCE, input);
    Article a;
    try {
      a = extractor.extract(doc);
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).as("a refusal names the input").contains(SOURCE);
      return;
    }
    if (rechecks(Arrays.hashCode(input))) {
      assertThat(extractor.extract(doc)).as("the same bytes give the same article").isEqualTo(a);
    }
    assertThat(ArticleJson.parse(ArticleJson.toLine(a)))
        .as("the article survives its JSON round trip")
        .isEqualTo(a);
    for (Warning w : a.warnings()) {
      checkPosition(w, input.length);
    }
    List<String> strings = strings(a);
    assertThat(strings).noneMatch(s -> s.indexOf('\u0000') >= 0);
    if (isCleanUtf8(input) && !(html && containsByte(input, '&'))) {
      assertThat(strings)
          .as("valid UTF-8 without replacement characters must not gain any (mojibake)")
          .noneMatch(s -> s.indexOf('\uFFFD') >= 0);
    }
  }

  /**
   * A warning's position lies in the input: {@code byte} in its bytes, {@code char} in its decoded
   * text (never more chars than bytes), {@code line} in its lines (docs/article-schema-v1.md).
   */
  private static void checkPosition(Warning w, int bytes) {
    if (w.position() == null) {
      return;
    }
    String[] p = w.position().split(" ");
    long n = Long.parseLong(p[1]);
    if (p[0].equals("line")) {
      assertThat(n).as("%s", w).isBetween(1L, bytes + 1L);
    } else {
      assertThat(n).as("%s", w).isBetween(0L, (long) bytes);
    }
  }

  private static List<String> strings(Article a) {
    List<String> out = new ArrayList<>();
    for (String s :
        new String[] {a.headline(), a.section(), a.publisher(), a.url(), a.language()}) {
      if (s != null) {
        out.add(s);
      }
    }
    out.addAll(a.authors());
    out.addAll(a.paragraphs());
    for (RelatedLink r : a.related()) {
      out.add(r.headline());
    }
    return out;
  }

  /**
   * Valid UTF-8 with no byte-order mark, no NUL (which could read as UTF-16) and no U+FFFD of its
   * own.
   */
  static boolean isCleanUtf8(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) >= 0xfe || b.length >= 3 && (b[0] & 0xff) == 0xef) {
      return false;
    }
    if (containsByte(b, 0)) {
      return false;
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
      return s.indexOf('\uFFFD') < 0;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean containsByte(byte[] b, int v) {
    for (byte x : b) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ dates

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** A date written in one of the forms pages use is read back as that date (and time). */
  private static void checkFormattedDate(FuzzedDataProvider data) {
    int year = data.consumeInt(1800, 2199);
    int month = data.consumeInt(1, 12);
    LocalDate day = LocalDate.of(year, month, 1);
    day = day.withDayOfMonth(data.consumeInt(1, day.lengthOfMonth()));
    LocalTime time = LocalTime.of(data.consumeInt(0, 23), data.consumeInt(0, 59));
    String mon = MONTHS[month - 1];
    int d = day.getDayOfMonth();
    String hm = String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    String iso = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, d);
    String[] forms = {
      d + " " + mon + " " + year,
      mon + " " + d + ", " + year,
      iso,
      String.format(java.util.Locale.ROOT, "%02d.%02d.%04d", d, month, year),
      hm + " | " + d + " " + mon + " " + year,
      iso + "T" + hm + ":00Z",
    };
    int form = data.consumeInt(0, forms.length - 1);
    Timestamp got = DateGrammar.parse(forms[form]).orElseThrow();
    assertThat(got.date()).as(forms[form]).isEqualTo(day);
    if (form >= 4) {
      assertThat(got.time()).as(forms[form]).isEqualTo(time);
    }
    assertRoundTrip(got);
  }

  /** Any text: dates found lie inside it, in order, plausible, and round trip through ISO. */
  private static void checkAnyText(boolean dayFirst, String text) {
    DateGrammar.Order order =
        dayFirst ? DateGrammar.Order.DAY_FIRST : DateGrammar.Order.MONTH_FIRST;
    Optional<Timestamp> first = DateGrammar.parse(text, order);
    first.ifPresent(ExtractFuzzTest::assertRoundTrip);
    List<DateGrammar.Found> all = DateGrammar.findAll(text, order, 20);
    assertThat(all).hasSizeLessThanOrEqualTo(20);
    int end = 0;
    for (DateGrammar.Found f : all) {
      assertThat(f.start()).as("in order, without overlap").isGreaterThanOrEqualTo(end);
      assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
      assertThat(f.stamp().date().getYear()).isBetween(1800, 2199);
      end = f.end();
    }
    if (!all.isEmpty() && all.get(0).end() + 130 < 500) {
      assertThat(first.map(Timestamp::date))
          .as("parse reads the first date findAll finds")
          .contains(all.get(0).stamp().date());
    }
  }

  /** The ISO form of a stamp reads back as the same stamp, by the grammar and by the model. */
  private static void assertRoundTrip(Timestamp t) {
    assertThat(t.date().getYear()).isBetween(1800, 2199);
    assertThat(DateGrammar.parse(t.iso())).as("grammar reads %s back", t.iso()).contains(t);
    assertThat(Timestamp.parse(t.iso())).as("model reads %s back", t.iso()).isEqualTo(t);
  }
}
