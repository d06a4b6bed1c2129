package org.annals.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Timestamp;

/**
 * The published and modified stamps of an HTML page, by precedence: JSON-LD, then {@code <meta>}
 * (OpenGraph, {@code article:*}, Dublin Core, citation and publisher-specific names), then the
 * dates a reader sees around the headline ({@link VisibleDates}), then a date in the URL.
 *
 * <p>Sanity checks: a date before {@value #EARLIEST} or after tomorrow is noise; a value the page
 * labels as a modification is never a publication; a full date in the URL is when the address was
 * made, so a declared date one day off (a UTC stamp of a local evening) or later (a modification
 * sold as a publication) gives way to it; a UTC stamp whose local day the page shows as the day
 * before or after gives way to the shown day.
 */
final class PageDates {
  static final int EARLIEST = 1995;

  /** A UTC hour before this can be the previous day in the Americas (UTC-3 to UTC-8). */
  private static final int LATEST_WEST = 8;

  /** A UTC hour from this on can be the next day east of Greenwich (up to UTC+10). */
  private static final int EARLIEST_EAST = 14;

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "published-date",
    "published_date",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "publication-date",
    "pubdate",
    "pub_date",
    "pdate",
    "date.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "original-publish-date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "bepress_citation_date",
    "prism.publicationdate",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
    "og:pubdate",
    "datecreated",
    "date_published",
    "release_date",
    "dc.created",
    "displaydate",
    "uploaddate"
  };
  private static final String[] WEAK_META = {
    "date", "dc.date", "dcterms.date", "created", "timestamp"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "modified_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "updated_time",
    "revised",
    "date_modified",
    "parsely-updated"
  };
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?<![\\d])((?:19|20)\\d\\d)(?:/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$|\\.|_)"
              + "|[_-]?(0[1-9]|1[0-2])[_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$|[a-z]))");
  private static final Pattern URL_DATE_NAMED =
      Pattern.compile("(?i)/((?:19|20)\\d\\d)/([a-z]{3,9})/(\\d\\d?)/");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/");
  private static final Pattern URL_DATE_COMPACT =
      Pattern.compile("/((?:\\d\\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))\\d{6}\\.htm");

  private final MetaTags meta;
  private final JsonLd ld;
  private final String url;
  private final List<VisibleDates.Hit> seen;
  private final DateGrammar.Order order;
  private final LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

  /** The stamps found, either may be null. */
  record Stamps(Timestamp published, Timestamp modified) {}

  PageDates(
      MetaTags meta, JsonLd ld, String url, List<VisibleDates.Hit> seen, DateGrammar.Order order) {
    this.meta = meta;
    this.ld = ld;
    this.url = url;
    this.seen = seen;
    this.order = order;
  }

  Stamps stamps() {
    Timestamp modified = modified().orElse(null);
    Optional<Timestamp> fromUrl = urlDate();
    Timestamp declared = declaredPublished().orElse(null);
    Timestamp published = declared;
    if (published == null) {
      Optional<Timestamp> shown = visiblePublished();
      published =
          fromUrl.isPresent()
                  && !shown.map(t -> t.date().equals(fromUrl.get().date())).orElse(false)
              ? fromUrl.get()
              : shown.or(() -> fromUrl).orElse(null);
    } else {
      published = checkedAgainstUrl(published, fromUrl);
      if (fromUrl.isEmpty()) {
        published = checkedAgainstPage(published);
      }
    }
    published = checkedAgainstUrlMonth(published);
    if (modified != null && published != null && modified.date().isBefore(published.date())) {
      modified = null;
    }
    return new Stamps(published, modified);
  }

  private Optional<Timestamp> declaredPublished() {
    List<Supplier<Optional<Timestamp>>> order =
        List.of(
            () -> stamp(ld.text("datePublished")),
            () -> firstMeta(PUBLISHED_META),
            () -> stamp(ld.text("dateCreated")),
            () -> stamp(ld.salvaged("datePublished")),
            () -> stamp(ld.pageText("datePublished")),
            () -> stamp(ld.text("uploadDate")),
            this::visibleNearHeadline,
            () -> firstMeta(WEAK_META));
    for (Supplier<Optional<Timestamp>> s : order) {
      Optional<Timestamp> t = s.get();
      if (t.isPresent()) {
        return Optional.of(earliestAgreeing(t.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The original publication among stamps of the same moment that one source writes in local time
   * labelled as UTC (same minutes and seconds, a whole number of hours apart, on two days): the one
   * on the earlier day.
   */
  private Timestamp earliestAgreeing(Timestamp chosen) {
    Timestamp best = chosen;
    List<Optional<String>> values = new ArrayList<>();
    values.add(ld.text("datePublished"));
    for (String k : PUBLISHED_META) {
      meta.all(k).stream().limit(3).forEach(v -> values.add(Optional.of(v)));
    }
    for (Optional<String> v : values) {
      Optional<Timestamp> t = stamp(v);
      if (t.isPresent()
          && t.get().date().equals(best.date().minusDays(1))
          && sameMomentMislabelled(t.get(), best)) {
        best = t.get();
      }
    }
    return best;
  }

  private static boolean sameMomentMislabelled(Timestamp a, Timestamp b) {
    if (a.time() == null || b.time() == null) {
      return false;
    }
    long seconds = ChronoUnit.SECONDS.between(a.date().atTime(a.time()), b.date().atTime(b.time()));
    return seconds % 3600 == 0 && Math.abs(seconds) >= 3600 && Math.abs(seconds) <= 14 * 3600;
  }

  private Optional<Timestamp> modified() {
    return stamp(ld.text("dateModified"))
        .or(() -> firstMeta(MODIFIED_META))
        .or(() -> stamp(ld.salvaged("dateModified")))
        .or(() -> stamp(ld.pageText("dateModified")))
        .or(
            () ->
                seen.stream()
                    .filter(
                        h ->
                            h.kind() == VisibleDates.Kind.MODIFIED
                                && plausible(h.stamp())
                                && h.offset() > -VisibleDates.BEFORE
                                && h.offset() < 3_000)
                    .map(VisibleDates.Hit::stamp)
                    .findFirst());
  }

  private Optional<Timestamp> firstMeta(String... keys) {
    for (String k : keys) {
      for (String v : meta.all(k)) {
        Optional<Timestamp> t = stamp(Optional.of(v));
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Timestamp> stamp(Optional<String> value) {
    return value.flatMap(v -> DateGrammar.parse(v, order)).filter(this::plausible);
  }

  private boolean plausible(Timestamp t) {
    return t.date().getYear() >= EARLIEST && !t.date().isAfter(tomorrow);
  }

  /**
   * The date the page shows as its publication: labelled so, else the nearest marked one after the
   * headline.
   */
  private Optional<Timestamp> visiblePublished() {
    return visiblePublished(h -> true);
  }

  private Optional<Timestamp> visiblePublished(
      java.util.function.Predicate<VisibleDates.Hit> allowed) {
    VisibleDates.Hit best = null;
    double bestCost = Double.MAX_VALUE;
    for (VisibleDates.Hit h : seen) {
      if (!allowed.test(h)) {
        continue;
      }
      double c = cost(h);
      if (c < bestCost && plausible(h.stamp())) {
        best = h;
        bestCost = c;
      }
    }
    return Optional.ofNullable(best).map(VisibleDates.Hit::stamp);
  }

  /**
   * How unlikely a seen date is the publication: labelled ones are likeliest, then marked ones (in
   * a {@code <time>} or a date-classed element), then plain text; after the headline before before
   * it; near before far.
   */
  private static double cost(VisibleDates.Hit h) {
    int off = h.offset();
    if (h.kind() == VisibleDates.Kind.MODIFIED) {
      return Double.MAX_VALUE;
    }
    if (h.kind() == VisibleDates.Kind.PUBLISHED) {
      return 50 + Math.abs(off) / 20.0;
    }
    if (off >= 0) {
      return h.marked() ? 100 + off : (off > 1_500 ? Double.MAX_VALUE : 140 + 3.0 * off);
    }
    return h.marked() ? 100 + 2.0 * -off : (-off > 300 ? Double.MAX_VALUE : 140 + 6.0 * -off);
  }

  /**
   * A marked or labelled date right at the headline, trusted above a bare {@code <meta name=date>}.
   */
  private Optional<Timestamp> visibleNearHeadline() {
    return visiblePublished(
        h ->
            h.kind() != VisibleDates.Kind.MODIFIED
                && (h.marked() || h.kind() == VisibleDates.Kind.PUBLISHED)
                && h.offset() > -300
                && h.offset() < 600);
  }

  private Timestamp checkedAgainstUrl(Timestamp declared, Optional<Timestamp> fromUrl) {
    if (fromUrl.isEmpty()) {
      return declared;
    }
    LocalDate u = fromUrl.get().date();
    long diff = ChronoUnit.DAYS.between(u, declared.date());
    if (diff == 0 || diff < -1) {
      return declared;
    }
    if (diff > 1 || declared.time() == null) {
      return fromUrl.get();
    }
    boolean utc = declared.offset() == null || declared.offset().getTotalSeconds() == 0;
    int hour = declared.time().getHour();
    boolean shiftable = diff == 1 ? hour < LATEST_WEST : hour >= EARLIEST_EAST;
    return utc && shiftable ? fromUrl.get() : declared;
  }

  /** A UTC stamp near midnight whose local day the page shows: the shown day. */
  private Timestamp checkedAgainstPage(Timestamp declared) {
    if (declared.offset() == null || declared.offset().getTotalSeconds() != 0) {
      return declared;
    }
    int hour = declared.time().getHour();
    if (hour >= LATEST_WEST && hour < EARLIEST_EAST) {
      return declared;
    }
    LocalDate shifted =
        hour < LATEST_WEST ? declared.date().minusDays(1) : declared.date().plusDays(1);
    List<LocalDate> shown = new ArrayList<>();
    for (VisibleDates.Hit h : seen) {
      boolean near =
          h.offset() > -200
              && h.offset() < 600
              && (h.marked() || h.kind() == VisibleDates.Kind.PUBLISHED);
      boolean local = h.stamp().offset() == null || h.stamp().offset().getTotalSeconds() != 0;
      if (h.kind() != VisibleDates.Kind.MODIFIED && near && local) {
        shown.add(h.stamp().date());
      }
    }
    if (shown.contains(shifted) && !shown.contains(declared.date())) {
      return Timestamp.ofDate(shifted);
    }
    if (localMidnight(declared) && !shown.contains(declared.date())) {
      return Timestamp.ofDate(declared.date().plusDays(1));
    }
    return declared;
  }

  /**
   * A UTC stamp on the hour at 21, 22 or 23 o'clock: a day without time that the publisher's system
   * stored as local midnight east of Greenwich (UTC+1 to +3), so the publication day is the next.
   */
  private static boolean localMidnight(Timestamp t) {
    int h = t.time().getHour();
    return t.time().getMinute() == 0 && t.time().getSecond() == 0 && h >= 21;
  }

  /**
   * A stamp outside the month the URL names ({@code /2015/01/slug}) gives way to a seen date inside
   * it.
   */
  private Timestamp checkedAgainstUrlMonth(Timestamp published) {
    Optional<YearMonth> month = urlMonth();
    if (month.isEmpty()
        || published != null && YearMonth.from(published.date()).equals(month.get())) {
      return published;
    }
    return visiblePublished(h -> YearMonth.from(h.stamp().date()).equals(month.get()))
        .orElse(published);
  }

  private Optional<YearMonth> urlMonth() {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_MONTH.matcher(url.replaceFirst("^[a-zA-Z]+://[^/]*", ""));
    if (!m.find()) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    return ym.getYear() >= EARLIEST && !ym.atDay(1).isAfter(tomorrow)
        ? Optional.of(ym)
        : Optional.empty();
  }

  /** A full date in the URL ({@code /2024/07/04/}, {@code 2024-07-04}, {@code /2023/dec/21/}). */
  Optional<Timestamp> urlDate() {
    if (url == null) {
      return Optional.empty();
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    int q = path.indexOf('?');
    String p = q >= 0 ? path.substring(0, q) : path;
    Matcher m = URL_DATE.matcher(p);
    if (m.find()) {
      return m.group(2) != null
          ? date(m.group(1), m.group(2), m.group(3))
          : date(m.group(1), m.group(4), m.group(5));
    }
    Matcher n = URL_DATE_NAMED.matcher(p);
    if (n.find()) {
      Optional<Integer> mon = MonthNames.month(n.group(2));
      if (mon.isPresent()) {
        return date(n.group(1), String.valueOf(mon.get()), n.group(3));
      }
    }
    Matcher c = URL_DATE_COMPACT.matcher(p);
    if (c.find()) {
      String s = c.group(1);
      return date("20" + s.substring(0, 2), s.substring(2, 4), s.substring(4, 6));
    }
    return Optional.empty();
  }

  private Optional<Timestamp> date(String y, String m, String d) {
    try {
      Timestamp t =
          Timestamp.ofDate(
              LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
      return plausible(t) ? Optional.of(t) : Optional.empty();
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
