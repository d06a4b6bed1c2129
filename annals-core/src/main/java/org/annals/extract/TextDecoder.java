package org.annals.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text without mojibake. The order of evidence: a byte-order mark; bytes that are valid
 * UTF-8 (a strong signal that no other common charset gives); the charset declared in the HTTP
 * header or the page's {@code <meta>}; statistical detection (juniversalchardet); windows-1252.
 * When the declaration and the bytes disagree the bytes win and a {@code charset-mismatch} warning
 * says so.
 */
final class TextDecoder {
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Charset names the JDK does not know. It looks such a name up afresh every time, loading every
   * charset provider (about half a millisecond, against a microsecond for a known name), and pages
   * that declare a made-up or misspelt charset repeat it. Bounded in number, and only names as long
   * as IANA allows (40 characters), so hostile names cannot grow it.
   */
  private static final Set<String> UNKNOWN = ConcurrentHashMap.newKeySet();

  private static final int MAX_UNKNOWN = 1024;

  /** Decoded text, the charset used and what was noticed on the way. */
  record Decoded(String text, Charset charset, List<Warning> warnings) {}

  private TextDecoder() {}

  /**
   * Decodes {@code doc}.
   *
   * @param html whether to look for a {@code <meta charset>} declaration
   * @throws UnreadableInputException when the input is empty or binary
   */
  static Decoded decode(RawDocument doc, boolean html) {
    byte[] b = doc.content();
    if (b.length == 0) {
      throw new UnreadableInputException(
          doc.source(),
          "the input is empty (0 bytes"
              + readerNote(doc)
              + "); nothing to extract. Check the file or URL.");
    }
    List<Warning> warnings = new ArrayList<>();
    Optional<Charset> wide = bomCharset(b).or(() -> utf16ByPattern(b));
    if (wide.isPresent()) {
      return new Decoded(
          withoutNuls(lenient(b, bomLength(b), wide.get()), warnings), wide.get(), warnings);
    }
    requireText(doc, b);
    Optional<Charset> declared = declared(doc, b, html, warnings);
    Optional<String> utf8 = strictUtf8(b);
    if (utf8.isPresent()) {
      if (!isAscii(b) && declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
        warnings.add(
            Warning.of(
                "charset-mismatch",
                "declared charset "
                    + declared.get().name()
                    + " but the bytes are valid UTF-8; read as UTF-8"));
      }
      return new Decoded(withoutNuls(utf8.get(), warnings), StandardCharsets.UTF_8, warnings);
    }
    Charset cs =
        declared
            .filter(c -> !c.equals(StandardCharsets.UTF_8))
            .orElseGet(() -> detected(b, declared, warnings));
    return new Decoded(withoutNuls(lenient(b, 0, cs), warnings), cs, warnings);
  }

  /**
   * The first {@code max} bytes as text, for telling formats apart: a byte-order mark or the
   * zero-byte pattern of UTF-16 is honoured, anything else is read as UTF-8 (enough for markup,
   * which is ASCII in every ASCII-compatible charset).
   */
  static String head(byte[] b, int max) {
    Charset cs = bomCharset(b).or(() -> utf16ByPattern(b)).orElse(StandardCharsets.UTF_8);
    int skip = bomLength(b);
    int n = Math.max(0, Math.min(b.length, max) - skip);
    return new String(b, skip, n - (cs.equals(StandardCharsets.UTF_8) ? 0 : n % 2), cs)
        .replace("\uFEFF", "");
  }

  /**
   * The charset detection settles on when the bytes are not UTF-8 and no other charset is declared.
   */
  private static Charset detected(byte[] b, Optional<Charset> declared, List<Warning> warnings) {
    Charset cs = detect(b).filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(WINDOWS_1252);
    String why =
        declared.isPresent()
            ? "declared UTF-8 but the bytes are not valid UTF-8"
            : "no charset declared";
    warnings.add(
        Warning.of(
            declared.isPresent() ? "charset-mismatch" : "charset-detected",
            why + "; read as " + cs.name() + " by detection"));
    return cs;
  }

  /** What the reader said about an input that came out empty (a truncated gzip stream, say). */
  private static String readerNote(RawDocument doc) {
    return doc.warnings().isEmpty() ? "" : "; " + doc.warnings().get(0).message();
  }

  /**
   * Binary data is refused: too many NUL and other control bytes near the start for any text
   * encoding without a byte-order mark. A few stray NUL bytes in a page are not enough (they are
   * removed later with a {@code nul-bytes} warning).
   */
  private static void requireText(RawDocument doc, byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int controls = 0;
    int firstNul = -1;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0 && firstNul < 0) {
        firstNul = i;
      }
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        controls++;
      }
    }
    if (controls > Math.max(2, n / 20)) {
      String where = firstNul >= 0 ? "; the first NUL at byte " + firstNul : "";
      throw new UnreadableInputException(
          doc.source(),
          "looks like binary data ("
              + controls
              + " control bytes in the first "
              + n
              + where
              + "), not HTML or text; give a page, a text file or a .gz of one");
    }
  }

  /**
   * UTF-16 without a byte-order mark, told by its zero bytes: text in Latin script has a zero high
   * byte in most characters, so zeros fall on one parity only (odd for little-endian).
   */
  private static Optional<Charset> utf16ByPattern(byte[] b) {
    int n = Math.min(b.length, SNIFF) & ~1;
    if (n < 8) {
      return Optional.empty();
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int pairs = n / 2;
    if (odd >= pairs * 0.4 && even <= odd / 50) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (even >= pairs * 0.4 && odd <= even / 50) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /**
   * {@code text} without NUL characters, which no page means; a {@code nul-bytes} warning counts
   * them.
   */
  private static String withoutNuls(String text, List<Warning> warnings) {
    int first = text.indexOf('\0');
    if (first < 0) {
      return text;
    }
    String clean = text.replace("\0", "");
    int n = text.length() - clean.length();
    warnings.add(
        new Warning(
            "nul-bytes",
            n
                + (n == 1 ? " NUL character was" : " NUL characters were")
                + " removed from the decoded text",
            "char " + first));
    return clean;
  }

  private static Optional<Charset> declared(
      RawDocument doc, byte[] b, boolean html, List<Warning> warnings) {
    List<String> names = new ArrayList<>();
    if (doc.contentType() != null) {
      Matcher m = HEADER_CHARSET.matcher(doc.contentType());
      if (m.find()) {
        names.add(m.group(1));
      }
    }
    if (html) {
      String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        names.add(m.group(1));
      }
    }
    for (String name : names) {
      Optional<Charset> cs = charset(name).map(TextDecoder::asciiCompatible);
      if (cs.isPresent()) {
        return cs;
      }
      warnings.add(
          Warning.of("charset-unknown", "declared charset '" + name + "' is not known; ignored"));
    }
    return Optional.empty();
  }

  /**
   * The WHATWG rule for a declared UTF-16 or UTF-32: by the time a declaration is read the bytes
   * have shown neither a byte-order mark nor the zero bytes of those encodings, so the page is in
   * an ASCII-compatible charset and the declaration means UTF-8.
   */
  private static Charset asciiCompatible(Charset declared) {
    String n = declared.name().toUpperCase(Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32") ? StandardCharsets.UTF_8 : declared;
  }

  /** The charset of a name, with the WHATWG rule that ISO-8859-1 and ASCII mean windows-1252. */
  static Optional<Charset> charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    if (n.equals("utf8")) {
      n = "utf-8";
    }
    if (UNKNOWN.contains(n)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      if (n.length() <= 40 && UNKNOWN.size() < MAX_UNKNOWN) {
        UNKNOWN.add(n);
      }
      return Optional.empty();
    }
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b) {
    return bomCharset(b).map(cs -> cs.equals(StandardCharsets.UTF_8) ? 3 : 2).orElse(0);
  }

  private static Optional<String> strictUtf8(byte[] b) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(d.decode(ByteBuffer.wrap(b)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> detect(byte[] b) {
    UniversalDetector det = new UniversalDetector();
    det.handleData(b, 0, Math.min(b.length, 1 << 20));
    det.dataEnd();
    String name = det.getDetectedCharset();
    return name == null ? Optional.empty() : charset(name);
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  private static String lenient(byte[] b, int skip, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(b, skip, b.length - skip));
      return out.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder reported an error", e);
    }
  }
}
