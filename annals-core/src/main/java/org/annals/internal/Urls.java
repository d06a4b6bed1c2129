package org.annals.internal;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * URL normalisation for identity: crawler-commons' {@link BasicURLNormalizer} (case, default ports,
 * dot segments, escaping, IDN) with tracking parameters removed, so the same page reached from a
 * feed, a share link or a sitemap gets one id.
 *
 * <p>Not API.
 */
public final class Urls {
  private static final List<String> TRACKING =
      List.of(
          "utm_source",
          "utm_medium",
          "utm_campaign",
          "utm_term",
          "utm_content",
          "utm_name",
          "utm_id",
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "cmpid",
          "ocid",
          "ncid",
          "icid",
          "_ga",
          "yclid",
          "igshid",
          "smid",
          "partner",
          "ref_src",
          "sr_share");
  private static final BasicURLNormalizer NORMALIZER =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING).build();

  private Urls() {}

  /** The normalised absolute http(s) form of {@code url}, or empty when it is not one. */
  public static Optional<String> canonical(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.empty();
    }
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    String n = NORMALIZER.filter(u);
    return Optional.ofNullable(n);
  }

  /** {@code href} resolved against {@code base}, or empty when it cannot be. */
  public static Optional<String> resolve(String base, String href) {
    if (href == null || href.isBlank()) {
      return Optional.empty();
    }
    try {
      URI h = new URI(href.strip().replace(" ", "%20"));
      if (h.isAbsolute()) {
        return Optional.of(h.toString());
      }
      if (base == null) {
        return Optional.empty();
      }
      return Optional.of(new URI(base).resolve(h).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The host of {@code url} without a leading {@code www.}, or empty. */
  public static Optional<String> host(String url) {
    try {
      String h = new URI(url).getHost();
      if (h == null) {
        return Optional.empty();
      }
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (URISyntaxException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
