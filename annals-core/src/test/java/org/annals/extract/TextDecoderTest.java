package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static TextDecoder.Decoded decode(byte[] b, String contentType, boolean html) {
    return TextDecoder.decode(new RawDocument("t", null, b, contentType, List.of()), html);
  }

  @Test
  void charset_latin1AndAsciiNames_meanWindows1252() {
    for (String n : List.of("ISO-8859-1", "latin1", "US-ASCII", "ascii", " iso-8859-1 ")) {
      assertThat(TextDecoder.charset(n)).as(n).contains(CP1252);
    }
    assertThat(TextDecoder.charset("utf8")).contains(StandardCharsets.UTF_8);
    assertThat(TextDecoder.charset("x-klingon")).isEmpty();
    assertThat(TextDecoder.charset("bad name!")).isEmpty();
  }

  @Test
  void charset_unknownNamesRemembered_stayUnknownAndLeaveKnownNamesAlone() {
    for (int i = 0; i < 1100; i++) {
      assertThat(TextDecoder.charset("x-made-up-" + i)).isEmpty();
    }
    assertThat(TextDecoder.charset("X-Made-Up-7")).isEmpty();
    assertThat(TextDecoder.charset("x-made-up-1099")).isEmpty();
    assertThat(TextDecoder.charset("Windows-1251")).contains(Charset.forName("windows-1251"));
    assertThat(TextDecoder.charset("utf-8")).contains(StandardCharsets.UTF_8);
  }

  @Test
  void decode_asciiWithAnyDeclaration_isCleanUtf8() {
    TextDecoder.Decoded d =
        decode(
            "<p>plain</p>".getBytes(StandardCharsets.US_ASCII),
            "text/html; charset=windows-1252",
            true);
    assertThat(d.text()).isEqualTo("<p>plain</p>");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void decode_windows1252DeclaredInTheHeader_isTrusted() {
    TextDecoder.Decoded d =
        decode("Zürich’s café".getBytes(CP1252), "text/plain; charset=windows-1252", false);
    assertThat(d.text()).isEqualTo("Zürich’s café");
    assertThat(d.charset()).isEqualTo(CP1252);
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void decode_metaCharsetIgnoredForText() {
    byte[] b = "<meta charset=\"koi8-r\"> Zürich".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(b, null, false).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void decode_byteOrderMarks_areHonouredAndDropped() {
    byte[] utf8 = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'};
    assertThat(decode(utf8, null, false).text()).isEqualTo("hi");
    byte[] le = {(byte) 0xff, (byte) 0xfe, 'h', 0, 'i', 0};
    assertThat(decode(le, null, false).text()).isEqualTo("hi");
    byte[] be = {(byte) 0xfe, (byte) 0xff, 0, 'h', 0, 'i'};
    assertThat(decode(be, null, false).text()).isEqualTo("hi");
  }

  @Test
  void decode_strayNul_isRemovedWithAPositionedWarning() {
    TextDecoder.Decoded d = decode("ab\0cd".getBytes(StandardCharsets.US_ASCII), null, false);
    assertThat(d.text()).isEqualTo("abcd");
    assertThat(d.warnings())
        .containsExactly(
            new Warning(
                "nul-bytes", "1 NUL character was removed from the decoded text", "char 2"));
  }

  @Test
  void decode_manyControlBytes_isBinaryNamingTheCount() {
    byte[] b = new byte[100];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
    }
    assertThatThrownBy(() -> decode(b, null, false))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "t: looks like binary data (50 control bytes in the first 100), not HTML or text;"
                + " give a page, a text file or a .gz of one");
  }

  @Test
  void decode_emptyAfterAReaderWarning_namesThatWarning() {
    RawDocument doc =
        new RawDocument(
            "x.gz",
            null,
            new byte[0],
            null,
            List.of(
                Warning.atByte(
                    "truncated-gzip",
                    "the gzip stream is truncated or damaged (Unexpected end of ZLIB input stream); kept the 0 bytes read before it",
                    0)));
    assertThatThrownBy(() -> TextDecoder.decode(doc, false))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "x.gz: the input is empty (0 bytes; the gzip stream is truncated or damaged (Unexpected end of ZLIB"
                + " input stream); kept the 0 bytes read before it); nothing to extract. Check the file or URL.");
  }

  @Test
  void head_readsUtf16AndUtf8Alike() {
    String s = "<!doctype html><title>x</title>";
    assertThat(TextDecoder.head(s.getBytes(StandardCharsets.UTF_16LE), 4096)).isEqualTo(s);
    assertThat(TextDecoder.head(s.getBytes(StandardCharsets.UTF_16BE), 4096)).isEqualTo(s);
    assertThat(TextDecoder.head(s.getBytes(StandardCharsets.UTF_8), 10)).isEqualTo("<!doctype ");
    assertThat(TextDecoder.head(new byte[0], 10)).isEmpty();
  }
}
