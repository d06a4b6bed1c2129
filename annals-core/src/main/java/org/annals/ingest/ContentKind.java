package org.annals.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a fetched or read document is: a feed, a sitemap or an article page. Decided by the root
 * element of XML (rss, rdf:RDF and feed are feeds; urlset and sitemapindex are sitemaps), which is
 * more reliable than the Content-Type servers send; anything else is an article.
 */
enum ContentKind {
  FEED,
  SITEMAP,
  ARTICLE;

  /**
   * How far into a document the root element is looked for (comments and a DOCTYPE may precede it).
   */
  private static final int HEAD = 64 * 1024;

  /** The kind of {@code content} served as {@code contentType} (which may be {@code null}). */
  static ContentKind of(byte[] content, String contentType) {
    String root = rootElement(content);
    if (root == null) {
      return ARTICLE;
    }
    return switch (root) {
      case "rss", "RDF", "feed" -> FEED;
      case "urlset", "sitemapindex" -> SITEMAP;
      default -> ARTICLE;
    };
  }

  /**
   * True for content types an article can come in: HTML, XHTML, XML, plain text, or none given.
   * Images, audio, video, PDF and other binaries are not pages.
   */
  static boolean isPage(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return t.startsWith("text/")
        || t.equals("application/xhtml+xml")
        || t.equals("application/xml")
        || t.endsWith("+xml") && !t.startsWith("image/");
  }

  /** The local name of the root element, or {@code null} when the head holds none. */
  static String rootElement(byte[] content) {
    String s = head(content);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (s.startsWith("<?", i)) {
        i = after(s, "?>", i);
      } else if (s.startsWith("<!--", i)) {
        i = after(s, "-->", i);
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        i = afterDoctype(s, i);
      } else if (c == '<') {
        return localName(s, i + 1);
      } else {
        return null;
      }
    }
    return null;
  }

  private static String head(byte[] content) {
    int n = Math.min(content.length, HEAD);
    Charset cs = StandardCharsets.ISO_8859_1;
    if (n >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
    } else if (n >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
    } else if (n >= 3
        && (content[0] & 0xff) == 0xef
        && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf) {
      return new String(content, 3, n - 3, StandardCharsets.ISO_8859_1);
    }
    return new String(content, 0, n, cs);
  }

  private static int after(String s, String end, int from) {
    int j = s.indexOf(end, from + 2);
    return j < 0 ? s.length() : j + end.length();
  }

  /**
   * The index after a DOCTYPE declaration, skipping an internal subset in brackets and quoted
   * strings.
   */
  static int afterDoctype(String s, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from + 9; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return s.length();
  }

  private static String localName(String s, int from) {
    int end = from;
    while (end < s.length() && isNameChar(s.charAt(end))) {
      end++;
    }
    String name = s.substring(from, end);
    int colon = name.indexOf(':');
    return name.isEmpty() ? null : colon >= 0 ? name.substring(colon + 1) : name;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }
}
