package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.annals.ingest.InputException;
import org.annals.ingest.Limits;
import org.annals.ingest.LocalFiles;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-not-throw corpus: inputs that have killed extractors elsewhere, generated here (nothing
 * large is committed). For each, {@code Extractors.of(Format.AUTO)} either returns an article
 * (warnings allowed) whose JSON reads back to the same article, or throws {@link
 * UnreadableInputException} whose message names the input; nothing else.
 *
 * <p>Random inputs come from one seed, printed on every failure; rerun one with {@code mvn -pl
 * annals-core test -Dtest=NastyInputTest -Dannals.seed=<seed>}.
 */
class NastyInputTest {
  private static final long SEED = Long.getLong("annals.seed", System.nanoTime());
  private static final ArticleExtractor AUTO = Extractors.of(Format.AUTO);
  private static final String PARAGRAPH =
      "<p>The minister said on Tuesday that the talks in the capital had been difficult but useful,"
          + " and that both delegations would meet again before the end of the month.</p>\n";

  @TempDir Path dir;

  /** What became of one input: an article, or the unreadable-input error. */
  private record Result(Article article, UnreadableInputException error) {
    Article requireArticle() {
      assertThat(error).as("expected an article, got an error (seed %d)", SEED).isNull();
      return article;
    }

    UnreadableInputException requireError() {
      assertThat(article).as("expected an unreadable-input error (seed %d)", SEED).isNull();
      return error;
    }
  }

  // ---------------------------------------------------------------- empty, blank, binary

  @Test
  void extract_emptyFile_throwsUnreadableNamingTheInput() {
    UnreadableInputException e =
        extract(RawDocument.of("nasty/empty.html", new byte[0])).requireError();
    assertThat(e.getMessage()).startsWith("nasty/empty.html: ").contains("empty");
  }

  @Test
  void extract_whitespaceOnly_givesNoHeadlineAndNoBodyWarnings() {
    Result r =
        extract(
            RawDocument.of(
                "nasty/blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII)));
    if (r.article() != null) {
      assertThat(codes(r.article())).contains("no-headline", "no-body");
    } else {
      assertThat(r.error().getMessage()).startsWith("nasty/blank.txt: ");
    }
  }

  @Test
  void extract_pngHeaderAndRandomBytes_throwsUnreadableSayingBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] b = Arrays.copyOf(png, 64 * 1024);
    byte[] noise = new byte[b.length - png.length];
    random(1).nextBytes(noise);
    System.arraycopy(noise, 0, b, png.length, noise.length);
    UnreadableInputException e = extract(RawDocument.of("nasty/picture.png", b)).requireError();
    assertThat(e.getMessage()).startsWith("nasty/picture.png: ").contains("binary");
  }

  @Test
  void extract_randomBytesNamedHtml_neverThrowsAnythingElse() {
    Random rnd = random(2);
    for (int i = 0; i < 50; i++) {
      byte[] b = new byte[rnd.nextInt(20_000)];
      rnd.nextBytes(b);
      extract(RawDocument.of("nasty/random-" + i + ".html", b));
    }
  }

  @Test
  void extract_pageWithStrayNulBytes_keepsTheTextWithoutNuls() {
    byte[] page = page("Minister visits the port", 5).getBytes(StandardCharsets.UTF_8);
    page[page.length / 2] = 0;
    page[page.length / 3] = 0;
    Article a = extract(RawDocument.of("nasty/nul.html", page)).requireArticle();
    assertThat(a.headline()).isEqualTo("Minister visits the port");
    assertThat(a.paragraphs()).isNotEmpty().noneMatch(p -> p.indexOf('\0') >= 0);
    assertThat(codes(a)).contains("nul-bytes");
  }

  @Test
  void extract_mostlyNulBytes_throwsUnreadableSayingBinary() {
    byte[] b = new byte[10_000];
    b[0] = '<';
    UnreadableInputException e = extract(RawDocument.of("nasty/zeros.html", b)).requireError();
    assertThat(e.getMessage()).startsWith("nasty/zeros.html: ").contains("binary");
  }

  // ---------------------------------------------------------------- gzip and size

  @Test
  void extract_truncatedGzipOfAPage_keepsWhatWasReadWithAWarning() throws Exception {
    byte[] gz = gzip(page("Leaders meet at the border", 400).getBytes(StandardCharsets.UTF_8));
    Path f = write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
    Article a = extractFile(f, Limits.DEFAULT_MAX_BYTES).requireArticle();
    assertThat(a.headline()).isEqualTo("Leaders meet at the border");
    assertThat(a.paragraphs()).isNotEmpty();
    assertThat(codes(a)).contains("truncated-gzip");
  }

  @Test
  void extract_gzipCutInsideItsHeader_throwsUnreadableMentioningTheTruncation() throws Exception {
    byte[] gz = gzip(page("Leaders meet at the border", 3).getBytes(StandardCharsets.UTF_8));
    Path f = write("header.html.gz", Arrays.copyOf(gz, 6));
    UnreadableInputException e = extractFile(f, Limits.DEFAULT_MAX_BYTES).requireError();
    assertThat(e.getMessage()).startsWith(f + ": ").contains("empty").contains("gzip");
  }

  @Test
  void extract_hundredMegabytePage_finishesInTimeWithInputTruncatedWarning() throws Exception {
    Path f = dir.resolve("huge.html");
    long size = 100L * 1024 * 1024;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
      out.write(
          "<html><head><title>A very long page</title></head><body><article><h1>A very long page</h1>\n"
              .getBytes(StandardCharsets.UTF_8));
      byte[] p = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n < size; n += p.length) {
        out.write(p);
      }
    }
    long start = System.nanoTime();
    Article a = extractFile(f, Limits.DEFAULT_MAX_BYTES).requireArticle();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("100 MB page took %s", took).isLessThan(Duration.ofSeconds(120));
    assertThat(a.headline()).isEqualTo("A very long page");
    assertThat(a.paragraphs()).hasSizeGreaterThan(10_000);
    assertThat(a.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("input-truncated");
              assertThat(w.position()).isEqualTo("byte " + Limits.DEFAULT_MAX_BYTES);
            });
  }

  @Test
  void extract_tenMegabyteSingleLinePage_givesTheArticle() {
    StringBuilder b =
        new StringBuilder("<html><body><div id=story><h1>One line for everything</h1>");
    while (b.length() < 10 * 1024 * 1024) {
      b.append(PARAGRAPH.strip());
    }
    b.append("</div></body></html>");
    String html = b.toString();
    assertThat(html).doesNotContain("\n");
    Article a =
        extract(RawDocument.of("nasty/one-line.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).isEqualTo("One line for everything");
    assertThat(a.paragraphs()).hasSizeGreaterThan(10_000);
  }

  @Test
  void extract_tenMegabyteSingleLineText_givesTheArticle() {
    StringBuilder b = new StringBuilder("A headline on its own\n");
    while (b.length() < 10 * 1024 * 1024) {
      b.append("The minister said the talks were useful. ");
    }
    Article a =
        extract(RawDocument.of("nasty/one-line.txt", b.toString().getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).isEqualTo("A headline on its own");
    assertThat(a.paragraphs()).hasSize(1);
  }

  // ---------------------------------------------------------------- structure

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void extract_hundredThousandNestedDivs_doesNotOverflowTheStack() {
    int depth = 100_000;
    StringBuilder b = new StringBuilder("<html><head><title>Deep page</title></head><body>");
    b.append("<div>".repeat(depth));
    b.append(PARAGRAPH.repeat(3));
    b.append("</div>".repeat(depth));
    b.append("</body></html>");
    long start = System.nanoTime();
    Article a =
        extract(RawDocument.of("nasty/deep.html", b.toString().getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // about 2 s on a loaded 2-core machine; the bound catches a return to quadratic work (30 s and
    // more)
    assertThat(took).as("deep page took %s", took).isLessThan(Duration.ofSeconds(30));
    assertThat(a.headline()).isEqualTo("Deep page");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void extract_twentyThousandNestedTables_finishesInTime() {
    int depth = 20_000;
    StringBuilder b = new StringBuilder("<html><head><title>Deep tables</title></head><body>");
    b.append("<article>").append(PARAGRAPH.repeat(3));
    b.append("<table><tr><td>1</td><td>2</td><td>".repeat(depth));
    b.append("</td></tr></table>".repeat(depth));
    b.append(PARAGRAPH).append("</article>");
    b.append("</body></html>");
    long start = System.nanoTime();
    Article a =
        extract(
                RawDocument.of(
                    "nasty/deep-tables.html", b.toString().getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("deep tables took %s", took).isLessThan(Duration.ofSeconds(30));
    assertThat(a.headline()).isEqualTo("Deep tables");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void extract_hundredThousandUnclosedTags_doesNotOverflowTheStack() {
    StringBuilder b = new StringBuilder("<html><body><h1>Unclosed everything</h1>");
    for (int i = 0; i < 100_000; i++) {
      b.append(i % 3 == 0 ? "<span>" : i % 3 == 1 ? "<b>" : "<i>");
    }
    b.append(PARAGRAPH.repeat(2));
    long start = System.nanoTime();
    extract(
        RawDocument.of(
            "nasty/unclosed-inline.html", b.toString().getBytes(StandardCharsets.UTF_8)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("unclosed tags took %s", took).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void extract_unclosedTags_keepsTheParagraphs() {
    String html =
        "<html><head><title>Talks resume in the capital</title><body><div class=story><h1>Talks resume in the capital</h1>"
            + "<p>The foreign minister said on Monday that the talks would resume next week in the capital."
            + "<p>Both delegations agreed to meet again before the end of the month, officials said."
            + "<ul><li>first point of the agreement<li>second point<div><table><tr><td>cell";
    Article a =
        extract(RawDocument.of("nasty/unclosed.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).isEqualTo("Talks resume in the capital");
    assertThat(a.paragraphs())
        .contains(
            "The foreign minister said on Monday that the talks would resume next week in the capital.",
            "Both delegations agreed to meet again before the end of the month, officials said.");
  }

  @Test
  void extract_unclosedTitle_givesAnArticle() {
    String html = "<html><head><title>Talks resume" + PARAGRAPH.repeat(50);
    Article a =
        extract(RawDocument.of("nasty/unclosed-title.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).startsWith("Talks resume");
  }

  @Test
  void extract_scriptHoldingClosingParagraphTags_leavesTheScriptOut() {
    String html =
        "<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>"
            + "<p>The ministers met in the capital on Monday and agreed to continue the talks next month.</p>"
            + "<script>document.write('</p><p>INJECTED TEXT FROM A SCRIPT that must not be in the body.</p>');"
            + " var s = \"</div></article><p>MORE SCRIPT TEXT</p>\";</script>"
            + "<p>Officials said a joint statement would follow after the second round of talks.</p>"
            + "</article></body></html>";
    Article a =
        extract(RawDocument.of("nasty/script.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.text())
        .doesNotContain("INJECTED")
        .doesNotContain("SCRIPT TEXT")
        .doesNotContain("document.write");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void extract_hugeSingleAttribute_givesTheArticle() {
    String html =
        "<html><head><title>Attribute page</title></head><body><div data-blob=\""
            + "x".repeat(8 * 1024 * 1024)
            + "\"><h1>Attribute page</h1>"
            + PARAGRAPH.repeat(3)
            + "</div></body></html>";
    Article a =
        extract(RawDocument.of("nasty/attribute.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void extract_unterminatedAttribute_neverThrows() {
    String html =
        "<html><body><div class=\"story><h1>Never closed</h1>"
            + PARAGRAPH.repeat(3)
            + "x".repeat(1 << 20);
    extract(RawDocument.of("nasty/open-attribute.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void extract_malformedJsonLd_warnsAndFallsBackToTheMarkup() {
    String html =
        "<html><head><title>Summit ends | Site</title>"
            + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Summit ends\", "
            + "\"datePublished\": \"2024-07-04T08:46:00Z\" \"author\": [{\"name\": </script>"
            + "<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>"
            + "<script type=\"application/ld+json\">"
            + "[".repeat(5000)
            + "</script>"
            + "<script type=\"application/ld+json\">{\"@graph\": "
            + "{\"@graph\": ".repeat(2000)
            + "{}"
            + "}".repeat(2001)
            + "</script>"
            + "</head><body><article><h1>Summit ends</h1>"
            + PARAGRAPH.repeat(3)
            + "</article></body></html>";
    Article a =
        extract(RawDocument.of("nasty/json-ld.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).isEqualTo("Summit ends");
    assertThat(codes(a)).contains("bad-json-ld");
  }

  // ---------------------------------------------------------------- character sets

  @Test
  void extract_declaredLatin1ButUtf8Bytes_keepsTheAccentsWithAMismatchWarning() {
    String html =
        "<html><head><meta charset=\"iso-8859-1\"><title>Président visits Zürich</title></head>"
            + "<body><article><h1>Président visits Zürich</h1><p>The président of the région arrived in Zürich on"
            + " Monday for talks with the Swiss government about trade and energy.</p></article></body></html>";
    Article a =
        extract(RawDocument.of("nasty/latin1-declared.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).isEqualTo("Président visits Zürich");
    assertThat(a.text()).contains("président of the région arrived in Zürich").doesNotContain("Ã");
    assertThat(codes(a)).contains("charset-mismatch");
  }

  @Test
  void extract_declaredUtf8ButWindows1252Bytes_readsThemAsWindows1252() {
    String html =
        "<html><head><meta charset=\"utf-8\"><title>Minister’s visit to Genève</title></head>"
            + "<body><article><h1>Minister’s visit to Genève</h1><p>The minister’s delegation arrived in Genève"
            + " on Monday; the talks with the Zürich officials were described as “useful”.</p></article></body></html>";
    Charset cp1252 = Charset.forName("windows-1252");
    Article a =
        extract(RawDocument.of("nasty/utf8-declared.html", html.getBytes(cp1252))).requireArticle();
    assertThat(a.headline()).isEqualTo("Minister’s visit to Genève");
    assertThat(a.text())
        .contains("minister’s delegation arrived in Genève")
        .contains("“useful”")
        .doesNotContain("\uFFFD");
    assertThat(codes(a)).contains("charset-mismatch");
  }

  @Test
  void extract_httpHeaderSaysLatin1ButUtf8Bytes_keepsTheAccents() {
    String text =
        "Ministers meet in Zürich\n\nThe ministers met in Zürich and Genève on Monday to discuss trade.\n";
    RawDocument doc =
        new RawDocument(
            "https://news.example/x",
            null,
            text.getBytes(StandardCharsets.UTF_8),
            "text/plain; charset=ISO-8859-1",
            List.of());
    Article a = extract(doc).requireArticle();
    assertThat(a.text()).contains("Zürich and Genève");
  }

  @Test
  void extract_utf16WithByteOrderMark_readsBothByteOrders() {
    String html =
        "<html><head><title>Ministers meet in Zürich</title></head><body><article><h1>Ministers meet in Zürich</h1>"
            + PARAGRAPH.repeat(2)
            + "</article></body></html>";
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Article a =
          extract(RawDocument.of("nasty/utf16-" + cs.name() + ".html", withBom(html, cs)))
              .requireArticle();
      assertThat(a.headline()).as(cs.name()).isEqualTo("Ministers meet in Zürich");
      assertThat(a.paragraphs()).as(cs.name()).hasSize(2);
    }
  }

  @Test
  void extract_utf16WithoutByteOrderMark_isReadNotRejectedAsBinary() {
    String html =
        "<html><head><title>Ministers meet in Zürich</title></head><body><article><h1>Ministers meet in Zürich</h1>"
            + PARAGRAPH.repeat(2)
            + "</article></body></html>";
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Article a =
          extract(RawDocument.of("nasty/utf16-nobom-" + cs.name() + ".html", html.getBytes(cs)))
              .requireArticle();
      assertThat(a.headline()).as(cs.name()).isEqualTo("Ministers meet in Zürich");
      assertThat(a.paragraphs()).as(cs.name()).hasSize(2);
    }
  }

  @Test
  void extract_utf16OnStandardInput_isDetectedAsHtml() {
    String html =
        "<!doctype html><html><head><title>Ministers meet in Zürich</title></head><body><article>"
            + "<h1>Ministers meet in Zürich</h1>"
            + PARAGRAPH.repeat(2)
            + "</article></body></html>";
    byte[] b = withBom(html, StandardCharsets.UTF_16LE);
    assertThat(Extractors.detect(RawDocument.of("-", b))).isEqualTo(Format.HTML);
    assertThat(Extractors.detect(RawDocument.of("-", html.getBytes(StandardCharsets.UTF_16BE))))
        .isEqualTo(Format.HTML);
    assertThat(extract(RawDocument.of("-", b)).requireArticle().paragraphs()).hasSize(2);
  }

  @Test
  void extract_declaredUtf16ButSingleByteText_readsItAsUtf8() {
    String html =
        "<html><head><meta charset=\"utf-16\"><title>Ministers meet in Zürich</title></head><body><article>"
            + "<h1>Ministers meet in Zürich</h1>"
            + PARAGRAPH
            + "</article></body></html>";
    Article a =
        extract(RawDocument.of("nasty/utf16-declared.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(a.headline()).isEqualTo("Ministers meet in Zürich");
    byte[] cp1252 = html.getBytes(Charset.forName("windows-1252"));
    Article b = extract(RawDocument.of("nasty/utf16-declared-1252.html", cp1252)).requireArticle();
    assertThat(b.headline()).isEqualTo("Ministers meet in Zürich");
  }

  @Test
  void extract_shiftJisWithoutDeclaration_detectsTheCharset() {
    String headline = "首相が北京で中国の国家主席と会談";
    String text =
        headline
            + "\n\n"
            + "日本の首相は月曜日、北京で中国の国家主席と会談し、両国の経済協力と地域の安全保障について意見を交わした。\n\n"
            + "会談は約一時間にわたり、両首脳は来年の首脳会議に向けて協議を続けることで一致したと外務省が発表した。\n\n"
            + "首相は会談後の記者会見で、東京と北京の間の対話をさらに強化したいと述べた。\n";
    Article a =
        extract(RawDocument.of("nasty/shift-jis.txt", text.getBytes(Charset.forName("Shift_JIS"))))
            .requireArticle();
    assertThat(a.headline()).isEqualTo(headline);
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).contains("北京で中国の国家主席と会談し").doesNotContain("\uFFFD");
    assertThat(codes(a)).contains("charset-detected");
  }

  @Test
  void extract_unknownDeclaredCharset_warnsAndStillReads() {
    String html =
        "<html><head><meta charset=\"x-no-such-charset\"><title>Ministers meet</title></head><body><article>"
            + "<h1>Ministers meet</h1>"
            + PARAGRAPH
            + "</article></body></html>";
    Article a =
        extract(RawDocument.of("nasty/unknown-charset.html", html.getBytes(StandardCharsets.UTF_8)))
            .requireArticle();
    assertThat(codes(a)).contains("charset-unknown");
    assertThat(a.paragraphs()).hasSize(1);
  }

  @Test
  void extract_invalidUtf8WithUtf8ByteOrderMark_replacesTheBadBytes() {
    byte[] b = {
      (byte) 0xef,
      (byte) 0xbb,
      (byte) 0xbf,
      'H',
      'i',
      '\n',
      '\n',
      'A',
      ' ',
      (byte) 0xc3,
      (byte) 0x28,
      ' ',
      'b',
      '.'
    };
    Article a = extract(RawDocument.of("nasty/bad-utf8.txt", b)).requireArticle();
    assertThat(a.headline()).isEqualTo("Hi");
  }

  // ---------------------------------------------------------------- seeded fuzzing

  @Test
  void extract_randomMutationsOfRealisticPages_neverThrowAnythingElse() {
    Random rnd = random(3);
    List<byte[]> pages =
        List.of(
            page("Ministers agree on a new border crossing", 8).getBytes(StandardCharsets.UTF_8),
            ("Headline of a scraped page\n- World\n- Some Agency\n- Published Date: 08:46 | 04 July 2024\n"
                    + "The first paragraph of the body says what happened.\nThe second one says more.\n- Related one\n- Related two\n")
                .getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 300; i++) {
      byte[] base = pages.get(rnd.nextInt(pages.size()));
      byte[] mutated = mutate(base, rnd);
      String name = "nasty/mutant-" + i + (rnd.nextBoolean() ? ".html" : ".txt");
      extract(RawDocument.of(name, mutated));
    }
  }

  private static byte[] mutate(byte[] base, Random rnd) {
    byte[] b = base.clone();
    int edits = 1 + rnd.nextInt(20);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = rnd.nextInt(b.length);
      switch (rnd.nextInt(5)) {
        case 0 -> b[at] = (byte) rnd.nextInt(256);
        case 1 -> b = Arrays.copyOf(b, at);
        case 2 -> b = splice(b, at, "<".getBytes(StandardCharsets.US_ASCII));
        case 3 ->
            b =
                splice(
                    b,
                    at,
                    pick(
                            rnd,
                            "<div>",
                            "</p>",
                            "<!--",
                            "<script>",
                            "]]>",
                            "<meta charset=utf-16>",
                            "<meta charset=shift_jis>",
                            "\u00e9",
                            "&#0;",
                            "&#xD800;",
                            "\"",
                            "<h1>",
                            "- ",
                            "\n- By \n")
                        .getBytes(StandardCharsets.UTF_8));
        default -> b = splice(b, at, Arrays.copyOfRange(b, rnd.nextInt(b.length), b.length));
      }
    }
    return b;
  }

  /** {@code text} in UTF-16 of the given byte order, after its byte-order mark. */
  private static byte[] withBom(String text, Charset utf16) {
    return splice(text.getBytes(utf16), 0, "\uFEFF".getBytes(utf16));
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }

  private static String pick(Random rnd, String... options) {
    return options[rnd.nextInt(options.length)];
  }

  // ---------------------------------------------------------------- the contract

  /**
   * Extracts {@code doc} and checks the contract; any other throwable fails naming the input and
   * the seed.
   */
  private static Result extract(RawDocument doc) {
    Article a;
    try {
      a = AUTO.extract(doc);
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).as("seed %d", SEED).startsWith(doc.source() + ": ");
      assertThat(e.source()).isEqualTo(doc.source());
      return new Result(null, e);
    } catch (Throwable t) { // StackOverflowError and OutOfMemoryError included: that is the point
      throw new AssertionError(
          "extracting "
              + doc.source()
              + " ("
              + doc.length()
              + " bytes) threw "
              + t
              + "; rerun with -Dannals.seed="
              + SEED,
          t);
    }
    if (a == null) {
      fail("extracting " + doc.source() + " returned null (seed " + SEED + ")");
    }
    assertThat(a.source()).isEqualTo(doc.source());
    Article back = ArticleJson.parse(ArticleJson.toLine(a));
    assertThat(back).as("JSON round trip of %s (seed %d)", doc.source(), SEED).isEqualTo(a);
    return new Result(a, null);
  }

  /** Reads {@code file} as the CLI does (gzip and the byte cap included), then extracts it. */
  private static Result extractFile(Path file, long maxBytes) throws InputException {
    return extract(LocalFiles.read(file, maxBytes));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static Random random(int stream) {
    return new Random(SEED * 31 + stream);
  }

  private static List<String> codes(Article a) {
    return a.warnings().stream().map(Warning::code).toList();
  }

  private static String page(String headline, int paragraphs) {
    return "<!doctype html><html lang=en><head><meta charset=utf-8><title>"
        + headline
        + " | The Daily Example</title></head>"
        + "<body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>"
        + headline
        + "</h1>"
        + PARAGRAPH.repeat(paragraphs)
        + "</article><footer>© The Daily Example</footer></body></html>";
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }
}
