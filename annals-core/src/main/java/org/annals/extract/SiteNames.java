package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.internal.Urls;

/**
 * What a page calls its site: {@code og:site_name}, {@code application-name}, the JSON-LD
 * publisher, the Twitter handle and the host name's own label ({@code washingtonexaminer} of {@code
 * www.washingtonexaminer.com}). Used to strip site names from titles and to keep them out of author
 * lists.
 */
final class SiteNames {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»«‹›/~]|-{1,2}|::)\\s+");
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go");

  private final List<String> names = new ArrayList<>();
  private final String display;

  private SiteNames(String display) {
    this.display = display;
  }

  static SiteNames of(MetaTags meta, JsonLd ld, String url) {
    Optional<String> shown =
        meta.first("og:site_name")
            .or(() -> ld.organisation("publisher"))
            .or(
                () ->
                    meta.first(
                        "application-name",
                        "dc.publisher",
                        "dcterms.publisher",
                        "publisher",
                        "cxenseparse:site"))
            .map(Text::squash)
            .filter(s -> !s.isEmpty() && s.length() < 100 && !s.startsWith("http"));
    SiteNames s = new SiteNames(shown.orElse(null));
    shown.ifPresent(s::add);
    ld.organisation("publisher").ifPresent(s::add);
    meta.first("application-name").ifPresent(s::add);
    meta.first("twitter:site").map(v -> v.replace("@", "")).ifPresent(s::add);
    if (url != null) {
      Urls.host(url).ifPresent(s::addHost);
    }
    return s;
  }

  /** The site's name as the page shows it, when it says. */
  Optional<String> display() {
    return Optional.ofNullable(display);
  }

  private void add(String name) {
    String n = squeeze(name);
    if (n.length() >= 2 && !names.contains(n)) {
      names.add(n);
    }
  }

  private void addHost(String host) {
    List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
    if (labels.size() < 2) {
      return;
    }
    labels.remove(labels.size() - 1);
    if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    add(labels.get(labels.size() - 1));
    add(String.join("", labels));
  }

  /** True when {@code s} is this site's name (or the name with "The", ".com" and the like). */
  boolean isSite(String s) {
    String n = squeeze(s);
    if (n.length() < 2) {
      return false;
    }
    for (String name : names) {
      if (n.equals(name)) {
        return true;
      }
      if (name.length() >= 4
          && n.length() >= 4
          && (name.contains(n) && 2 * n.length() >= name.length()
              || n.contains(name) && n.length() <= name.length() + 6)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} is exactly this site's name (up to case, spaces, "The" and ".com"). */
  boolean isExactly(String s) {
    return names.contains(squeeze(s));
  }

  /**
   * {@code title} without the segments that name the site ("Headline | Site", "Site – Headline",
   * "Headline | Site | Tagline"): from a site-naming segment after the first, everything after
   * goes; a site-naming first segment goes alone.
   */
  String strip(String title) {
    List<int[]> seps = separators(title);
    if (seps.isEmpty()) {
      return title;
    }
    for (int i = 0; i < seps.size(); i++) {
      int from = seps.get(i)[1];
      int to = i + 1 < seps.size() ? seps.get(i + 1)[0] : title.length();
      if (isSite(title.substring(from, to))) {
        return title.substring(0, seps.get(i)[0]).strip();
      }
    }
    if (isSite(title.substring(0, seps.get(0)[0]))) {
      return title.substring(seps.get(0)[1]).strip();
    }
    return title;
  }

  /** The part of {@code title} before its first separator (all of it when it has none). */
  String firstSegment(String title) {
    List<int[]> seps = separators(title);
    return seps.isEmpty() ? title : title.substring(0, seps.get(0)[0]);
  }

  private static List<int[]> separators(String t) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder();
    String l = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    String r = b.toString();
    if (r.startsWith("the") && r.length() > 6) {
      r = r.substring(3);
    }
    for (String suffix : List.of("com", "news", "online")) {
      if (r.endsWith(suffix) && r.length() > suffix.length() + 3) {
        r = r.substring(0, r.length() - suffix.length());
      }
    }
    return r;
  }
}
