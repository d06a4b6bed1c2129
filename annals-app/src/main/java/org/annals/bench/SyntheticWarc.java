package org.annals.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import org.annals.model.Article;
import org.annals.store.StoreBench;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A gzipped WARC of synthetic news pages: the store's seeded articles ({@link StoreBench#articles})
 * rendered as full pages — navigation, JSON-LD metadata, a byline, a share bar, an ad slot, a
 * related-stories box and a footer around the body — so that ingesting it exercises extraction,
 * reprint grouping and the store on text that belongs to nobody.
 */
public final class SyntheticWarc {
  private SyntheticWarc() {}

  /** Writes {@code pages} pages of {@code seed} to {@code file}; returns the bytes written. */
  public static long write(Path file, int pages, long seed) throws IOException {
    Iterator<Article> articles = StoreBench.articles(seed, pages);
    Instant date = Instant.parse("2025-01-01T00:00:00Z");
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (int i = 0; articles.hasNext(); i++) {
        Article a = articles.next();
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    page(a).getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(URI.create(a.url()))
                .date(date.plusSeconds(i))
                .body(http)
                .build());
      }
      return ch.position();
    }
  }

  /** The article as a news page. */
  static String page(Article a) {
    String headline = esc(a.headline());
    String publisher = esc(a.publisher());
    String author = a.authors().isEmpty() ? "Staff" : esc(a.authors().get(0));
    StringBuilder b = new StringBuilder(a.text().length() + 3000);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(headline)
        .append(" | ")
        .append(publisher)
        .append("</title><link rel=\"canonical\" href=\"")
        .append(esc(a.url()))
        .append("\">")
        .append(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"")
        .append(json(a.headline()))
        .append("\",\"datePublished\":\"")
        .append(a.published().iso())
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
        .append(json(a.authors().isEmpty() ? "Staff" : a.authors().get(0)))
        .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
        .append(json(a.publisher()))
        .append("\"},\"articleSection\":\"")
        .append(json(a.section()))
        .append("\"}</script></head><body>")
        .append(
            "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
        .append(
            "<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>")
        .append(
            "<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>")
        .append("<main><article><h1>")
        .append(headline)
        .append("</h1><p class=\"byline\">By ")
        .append(author)
        .append(
            "</p><div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Email</a></div><div class=\"article-body\">");
    for (int i = 0; i < a.paragraphs().size(); i++) {
      b.append("<p>").append(esc(a.paragraphs().get(i))).append("</p>");
      if (i == 2) {
        b.append("<div class=\"ad-slot\">Advertisement</div>");
      }
    }
    b.append("</div></article><aside class=\"related\"><h2>Related stories</h2><ul>")
        .append("<li><a href=\"/world/1\">Ministers meet again after the summer recess</a></li>")
        .append(
            "<li><a href=\"/world/2\">Regional leaders promise a review of trade rules</a></li></ul></aside></main>")
        .append("<footer><p>© ")
        .append(publisher)
        .append(". All rights reserved.</p></footer></body></html>");
    return b.toString();
  }

  private static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }

  private static String json(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
