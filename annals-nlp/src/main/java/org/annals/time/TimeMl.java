package org.annals.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TimeML 1.2.1 file (as in TempEval-3): the document creation time from the {@code DCT}
 * element's TIMEX3, and the {@code TEXT} element's plain text with the gold TIMEX3s inside it as
 * character spans. DTDs and external entities are refused.
 */
final class TimeMl {
  /** One gold TIMEX3: span in the document's text, type and value. */
  record Timex(int start, int end, String type, String value) {}

  /**
   * One document.
   *
   * @param outside gold TIMEX3s outside TEXT and DCT (they count as missed, since only TEXT is
   *     tagged)
   */
  record Document(String id, LocalDate dct, String text, List<Timex> gold, int outside) {}

  private static final XMLInputFactory FACTORY = factory();

  private TimeMl() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Reads {@code file}; a file that is not TimeML throws with the reason. */
  static Document read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = FACTORY.createXMLStreamReader(in);
      try {
        return parse(file, r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  private static Document parse(Path file, XMLStreamReader r)
      throws XMLStreamException, IOException {
    String name = file.getFileName().toString();
    String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    String dct = null;
    String docId = null;
    int outside = 0;
    String section = "";
    Timex open = null;
    StringBuilder docIdText = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String tag = r.getLocalName();
        switch (tag) {
          case "TEXT", "DCT", "TITLE" -> section = tag;
          case "DOCID" -> docIdText = new StringBuilder();
          case "TIMEX3" -> {
            String value = r.getAttributeValue(null, "value");
            String type = r.getAttributeValue(null, "type");
            if (section.equals("DCT")) {
              dct = value;
            } else if (section.equals("TEXT")) {
              open = new Timex(text.length(), -1, type, value == null ? "" : value);
            } else {
              outside++;
            }
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TIMEX3") && open != null) {
          gold.add(new Timex(open.start(), text.length(), open.type(), open.value()));
          open = null;
        } else if (tag.equals(section)) {
          section = "";
        } else if (tag.equals("DOCID") && docIdText != null) {
          docId = docIdText.toString().strip();
          docIdText = null;
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        if (section.equals("TEXT")) {
          text.append(r.getText());
        } else if (docIdText != null) {
          docIdText.append(r.getText());
        }
      }
    }
    return new Document(
        docId == null || docId.isEmpty() ? id : docId,
        dct(file, dct),
        text.toString(),
        gold,
        outside);
  }

  private static LocalDate dct(Path file, String value) throws IOException {
    if (value == null || value.length() < 10) {
      throw new IOException(
          file
              + ": no DCT TIMEX3 with a day value; every TempEval-3 document"
              + " has <DCT><TIMEX3 ... value=\"YYYY-MM-DD\">");
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      throw new IOException(file + ": DCT value '" + value + "' is not a day (YYYY-MM-DD)", e);
    }
  }
}
