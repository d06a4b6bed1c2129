package org.annals.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A publication or modification stamp as precise as its source: a day, a local date-time, or a
 * date-time with its UTC offset. Nothing is invented: a stamp without a zone stays local rather
 * than being read as UTC.
 *
 * @param date the calendar day, never null
 * @param time the local time of day to the second, or {@code null} when the source gives only a day
 * @param offset the UTC offset, or {@code null} when the source gives none and none can be known
 */
public record Timestamp(LocalDate date, LocalTime time, ZoneOffset offset) {
  public Timestamp {
    if (date == null) {
      throw new NullPointerException("timestamp date must not be null");
    }
    if (offset != null && time == null) {
      throw new IllegalArgumentException(
          "timestamp offset " + offset + " needs a time of day (date " + date + ")");
    }
    if (time != null) {
      time = time.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  /** A day without a time. */
  public static Timestamp ofDate(LocalDate date) {
    return new Timestamp(date, null, null);
  }

  /** A local date-time whose zone is unknown. */
  public static Timestamp ofLocal(LocalDateTime local) {
    return new Timestamp(local.toLocalDate(), local.toLocalTime(), null);
  }

  /** A date-time with its offset. */
  public static Timestamp of(OffsetDateTime odt) {
    return new Timestamp(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset());
  }

  /** True when the UTC offset is known, so the stamp names one instant. */
  public boolean zoneKnown() {
    return offset != null;
  }

  /** The instant, when the offset is known. */
  public Optional<OffsetDateTime> instant() {
    return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset));
  }

  /**
   * The ISO-8601 form: {@code 2024-07-04}, {@code 2024-07-04T08:46} or {@code
   * 2024-07-04T08:46:00+03:00} (seconds are always written when the offset is).
   */
  public String iso() {
    if (time == null) {
      return date.toString();
    }
    if (offset == null) {
      return LocalDateTime.of(date, time).toString();
    }
    String t = time.getSecond() == 0 ? time + ":00" : time.toString();
    return date + "T" + t + (offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId());
  }

  /**
   * Reads the {@link #iso()} form back (and any ISO-8601 date, local date-time or offset
   * date-time).
   *
   * @throws IllegalArgumentException naming the value when it is not ISO-8601
   */
  public static Timestamp parse(String iso) {
    String s = iso.strip();
    try {
      if (s.length() == 10) {
        return ofDate(LocalDate.parse(s));
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return of(OffsetDateTime.parse(s));
      }
      return ofLocal(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not an ISO-8601 date or date-time: '" + iso + "' (expected e.g. 2024-07-04T08:46)", e);
    }
  }

  @Override
  public String toString() {
    return iso();
  }
}
