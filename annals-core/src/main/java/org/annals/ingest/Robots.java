package org.annals.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host, fetched once and kept, read with crawler-commons and judged by RFC 9309: a
 * 2xx is parsed (its first 500 KiB: a larger file is cut, as section 2.5 allows); a 4xx means no
 * rules (allow all); a 5xx, a network failure or a redirect loop means "unreachable", so the host
 * is not crawled for now (section 2.3.1.4). Kept for 24 hours (section 2.4), an unreachable verdict
 * for 10 minutes. Thread-safe.
 */
final class Robots {
  /** What robots.txt files are matched against: the product token of the User-Agent. */
  static final String AGENT = "annals";

  /** The cap on one robots.txt: RFC 9309 asks crawlers to read at least 500 KiB. */
  static final long MAX_BYTES = 500L * 1024;

  private static final long KEEP_NANOS = Duration.ofHours(24).toNanos();
  private static final long KEEP_UNREACHABLE_NANOS = Duration.ofMinutes(10).toNanos();

  /** One host's rules and, when the host is off limits for now, why. */
  record Rules(BaseRobotRules rules, Duration crawlDelay, String unreachable, long expiresAt) {
    boolean allows(String url) {
      return rules.isAllowed(url);
    }
  }

  private final HttpFetcher http;
  private final HostPacer pacer;
  private final Duration hostDelay;
  private final Duration maxCrawlDelay;
  private final Map<String, Rules> cache = new ConcurrentHashMap<>();

  Robots(HttpFetcher http, HostPacer pacer, Duration hostDelay, Duration maxCrawlDelay) {
    this.http = http;
    this.pacer = pacer;
    this.hostDelay = hostDelay;
    this.maxCrawlDelay = maxCrawlDelay;
  }

  /** The rules of {@code origin} (scheme://host:port), fetched when not known or too old. */
  Rules of(String origin) throws InputException {
    Rules r = cache.get(origin);
    if (r == null || System.nanoTime() - r.expiresAt() > 0) {
      r = fetch(origin);
      cache.put(origin, r);
    }
    return r;
  }

  private Rules fetch(String origin) throws InputException {
    String url = origin + "/robots.txt";
    pacer.await(origin, hostDelay, url);
    HttpFetcher.Response r;
    try {
      r = http.get(url, Map.of("Accept", "text/plain,*/*;q=0.5"), MAX_BYTES);
    } catch (InputException e) {
      return unreachable(url + " could not be fetched (" + reasonOf(e) + ")");
    }
    int status = r.status();
    if (status == 200) {
      return parsed(url, r);
    }
    if (status >= 400 && status < 500 || status > 200 && status < 300) {
      return kept(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    }
    return unreachable(url + " answered HTTP " + status);
  }

  private Rules parsed(String url, HttpFetcher.Response r) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    parser.setMaxCrawlDelay(
        Long.MAX_VALUE); // a long delay is capped below, not turned into "disallow all"
    BaseRobotRules rules =
        parser.parseContent(url, r.document().content(), r.header("content-type"), List.of(AGENT));
    return kept(rules);
  }

  private Rules kept(BaseRobotRules rules) {
    long asked = rules.getCrawlDelay();
    Duration delay =
        asked == BaseRobotRules.UNSET_CRAWL_DELAY || asked <= 0
            ? Duration.ZERO
            : Duration.ofMillis(asked);
    if (delay.compareTo(maxCrawlDelay) > 0) {
      delay = maxCrawlDelay;
    }
    return new Rules(rules, delay, null, System.nanoTime() + KEEP_NANOS);
  }

  private static Rules unreachable(String why) {
    return new Rules(
        new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
        Duration.ZERO,
        why,
        System.nanoTime() + KEEP_UNREACHABLE_NANOS);
  }

  /** The problem part of an input exception's message (it starts with the URL). */
  static String reasonOf(InputException e) {
    String m = e.getMessage();
    String prefix = e.source() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
