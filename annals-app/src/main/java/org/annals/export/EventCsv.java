package org.annals.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.annals.store.MergedEvent;

/**
 * Events merged across articles as CSV (RFC 4180, a header row, UTF-8): one row per event with its
 * coded fields, its counts and its first mention's article and URL, for spreadsheets and R/pandas.
 */
public final class EventCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "date",
          "datePrecision",
          "kind",
          "cameo",
          "cameoRoot",
          "occurrence",
          "plover",
          "ploverMode",
          "quad",
          "goldstein",
          "sourceCode",
          "sourceName",
          "targetCode",
          "targetName",
          "place",
          "country",
          "adm1",
          "lat",
          "lon",
          "numMentions",
          "numSources",
          "numArticles",
          "firstArticle",
          "firstUrl");

  private static final CsvMapper MAPPER = new CsvMapper();

  private EventCsv() {}

  /** Writes the header and one row per event to {@code out} (not closed). */
  public static void write(List<MergedEvent> events, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    try (SequenceWriter w =
        MAPPER
            .writerFor(List.class)
            .with(schema.build())
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValues(out)) {
      for (MergedEvent e : events) {
        w.write(row(e));
      }
    }
    out.flush();
  }

  static List<String> row(MergedEvent e) {
    MergedEvent.Mention first = e.mentions().get(0);
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(Long.toString(e.id()));
    r.add(e.date());
    r.add(e.datePrecision());
    r.add(e.kind());
    r.add(e.cameo());
    r.add(e.root());
    r.add(e.occurrence());
    r.add(e.plover());
    r.add(e.ploverMode());
    r.add(Integer.toString(e.quad()));
    r.add(e.goldstein() == null ? null : e.goldstein().toString());
    r.add(e.sourceCode());
    r.add(e.sourceName());
    r.add(e.targetCode());
    r.add(e.targetName());
    r.add(e.placeName());
    r.add(e.placeCountry());
    r.add(e.placeAdm1());
    r.add(e.lat() == null ? null : e.lat().toString());
    r.add(e.lon() == null ? null : e.lon().toString());
    r.add(Integer.toString(e.numMentions()));
    r.add(Integer.toString(e.numSources()));
    r.add(Integer.toString(e.numArticles()));
    r.add(first.articleId());
    r.add(first.url());
    return r;
  }
}
