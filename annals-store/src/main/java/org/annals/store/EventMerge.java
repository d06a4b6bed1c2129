package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges event mentions across articles: the same kind, dyad (source and target codes), CAMEO root
 * or occurrence type and place, dated within one day of the previous mention of the group, are one
 * event. Input rows come sorted by that key and date.
 */
final class EventMerge {
  private static final List<String> PRECISION = List.of("day", "month", "year", "article-date");

  private EventMerge() {}

  /** The grouping key of a mention, without its date. */
  static String key(EventRow r) {
    return String.join(
        "\u001f",
        r.kind(),
        Objects.toString(r.sourceCode(), ""),
        Objects.toString(r.targetCode(), ""),
        r.cameo() == null ? "o:" + r.occurrence() : r.root(),
        Objects.toString(r.placeCountry(), ""),
        Objects.toString(r.placeName(), ""));
  }

  /** {@code mentions} (sorted by key, then date) merged into events, in that order. */
  static List<MergedEvent> merge(List<MergedEvent.Mention> mentions) {
    List<MergedEvent> out = new ArrayList<>();
    List<MergedEvent.Mention> group = new ArrayList<>();
    String groupKey = null;
    LocalDate last = null;
    for (MergedEvent.Mention m : mentions) {
      String k = key(m.row());
      LocalDate d = LocalDate.parse(m.row().date());
      if (!group.isEmpty() && (!k.equals(groupKey) || ChronoUnit.DAYS.between(last, d) > 1)) {
        out.add(event(group));
        group = new ArrayList<>();
      }
      group.add(m);
      groupKey = k;
      last = d;
    }
    if (!group.isEmpty()) {
      out.add(event(group));
    }
    return out;
  }

  private static MergedEvent event(List<MergedEvent.Mention> group) {
    EventRow first = group.get(0).row();
    String date = first.date();
    String precision = first.datePrecision();
    Map<String, Integer> codes = new LinkedHashMap<>();
    Map<String, EventRow> byCode = new LinkedHashMap<>();
    Set<String> publishers = new HashSet<>();
    // story -> article -> mentions: a story counts the mentions of its fullest copy once
    Map<String, Map<String, Integer>> perStory = new LinkedHashMap<>();
    for (MergedEvent.Mention m : group) {
      EventRow r = m.row();
      if (r.date().compareTo(date) < 0) {
        date = r.date();
      }
      if (PRECISION.indexOf(r.datePrecision()) < PRECISION.indexOf(precision)) {
        precision = r.datePrecision();
      }
      String code = r.cameo() == null ? "" : r.cameo();
      codes.merge(code, 1, Integer::sum);
      byCode.putIfAbsent(code, r);
      Map<String, Integer> copies =
          perStory.computeIfAbsent(m.storyId(), x -> new LinkedHashMap<>());
      if (copies.isEmpty()) {
        publishers.add(m.publisher() == null ? "article:" + m.articleId() : m.publisher());
      }
      copies.merge(m.articleId(), 1, Integer::sum);
    }
    int numMentions = 0;
    for (Map<String, Integer> copies : perStory.values()) {
      numMentions += copies.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    String best =
        codes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    EventRow typed = byCode.get(best);
    return new MergedEvent(
        id(group.get(0)),
        first.kind(),
        date,
        precision,
        typed.cameo(),
        typed.occurrence(),
        typed.plover(),
        typed.ploverMode(),
        typed.quad(),
        typed.goldstein(),
        first.sourceCode(),
        first.sourceName(),
        first.targetCode(),
        first.targetName(),
        first.placeName(),
        first.placeCountry(),
        first.placeAdm1(),
        first.lat(),
        first.lon(),
        numMentions,
        publishers.size(),
        perStory.size(),
        group);
  }

  /** A positive 63-bit id from the first mention: stable across runs. */
  private static long id(MergedEvent.Mention m) {
    String s =
        m.articleId()
            + "#"
            + m.row().event()
            + "#"
            + m.row().sourceCode()
            + "#"
            + m.row().targetCode();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(h).getLong() & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
