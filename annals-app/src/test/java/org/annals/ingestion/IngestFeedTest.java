package org.annals.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals ingest} of a feed served by a real HTTP server on port 0, end to end. */
class IngestFeedTest {
  @TempDir Path tmp;
  private HttpServer server;
  private String base;
  private final Map<String, AtomicInteger> fullResponses = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/robots.txt", x -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.createContext("/feed.xml", x -> send(x, 200, "application/rss+xml", feed()));
    server.createContext("/news/", this::article);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String feed() {
    StringBuilder items = new StringBuilder();
    for (String slug : new String[] {"talks", "ferry", "private/memo"}) {
      String link = slug.startsWith("private") ? base + "/" + slug : base + "/news/" + slug;
      items
          .append("<item><title>Feed title of ")
          .append(slug)
          .append("</title><link>")
          .append(link)
          .append("</link><guid>")
          .append(slug)
          .append("</guid><pubDate>Thu, 04 Jul 2024 08:46:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire</title><link>"
        + base
        + "</link><description>News</description><language>en</language>"
        + items
        + "</channel></rss>";
  }

  private void article(HttpExchange x) throws IOException {
    String slug = x.getRequestURI().getPath().substring("/news/".length());
    if (("\"v1-" + slug + "\"").equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      x.close();
      return;
    }
    fullResponses.computeIfAbsent(slug, k -> new AtomicInteger()).incrementAndGet();
    x.getResponseHeaders().add("ETag", "\"v1-" + slug + "\"");
    String p =
        "The ministers of both countries met in the capital on Thursday and agreed to resume talks on "
            + slug
            + " next month, officials said after the meeting.";
    send(
        x,
        200,
        "text/html; charset=utf-8",
        "<html lang=en><head><title>Story about "
            + slug
            + "</title></head><body>"
            + "<article><h1>Story about "
            + slug
            + "</h1><p>"
            + p
            + "</p><p>"
            + p.replace("capital", "port")
            + "</p></article></body></html>");
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }

  private record Run(int code, String err) {}

  private Run ingest(String... extra) {
    String[] args = new String[5 + extra.length];
    args[0] = "ingest";
    args[1] = base + "/feed.xml";
    args[2] = "--store";
    args[3] = tmp.resolve("store").toString();
    args[4] = "--delay=0";
    System.arraycopy(extra, 0, args, 5, extra.length);
    StringWriter err = new StringWriter();
    int code =
        Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    return new Run(code, err.toString());
  }

  @Test
  void ingest_feedOnLoopbackWithoutAllowPrivate_isRefusedAndNothingIsStored() {
    Run r = ingest();
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("refused").contains("--allow-private");
  }

  @Test
  void ingest_feed_storesItsPagesObeysRobotsAndSkipsStoredItemsNextRun() {
    Run first = ingest("--allow-private");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("2 new").contains("1 skipped").contains("0 failed");
    Run again = ingest("--allow-private");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 new").contains("0 failed");
    assertThat(fullResponses.get("talks").get())
        .as("a stored feed item is not fetched again")
        .isEqualTo(1);
  }
}
