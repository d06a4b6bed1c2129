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
    Collector c = new Collector();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        c.start(r);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        c.end(r.getLocalName());
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        c.characters(r.getText());
      }
    }
    String name = file.getFileName().toString();
    String id = c.docId != null && !c.docId.isEmpty() ? c.docId : name.replaceFirst("\\.tml$", "");
    return new Document(id, dct(file, c.dct), c.text.toString(), c.gold, c.outside);
  }

  /** What the reader has seen so far: the section it is in, the text and the TIMEX3s. */
  private static final class Collector {
    final StringBuilder text = new StringBuilder();
    final List<Timex> gold = new ArrayList<>();
    String dct;
    String docId;
    int outside;
    private String section = "";
    private Timex open;
    private StringBuilder docIdText;

    void start(XMLStreamReader r) {
      switch (r.getLocalName()) {
        case "TEXT", "DCT", "TITLE" -> section = r.getLocalName();
        case "DOCID" -> docIdText = new StringBuilder();
        case "TIMEX3" ->
            timex(r.getAttributeValue(null, "type"), r.getAttributeValue(null, "value"));
        default -> {}
      }
    }

    private void timex(String type, String value) {
      if (section.equals("DCT")) {
        dct = value;
      } else if (section.equals("TEXT")) {
        open = new Timex(text.length(), -1, type, value == null ? "" : value);
      } else {
        outside++;
      }
    }

    void end(String tag) {
      if (tag.equals("TIMEX3") && open != null) {
        gold.add(new Timex(open.start(), text.length(), open.type(), open.value()));
        open = null;
      } else if (tag.equals(section)) {
        section = "";
      } else if (tag.equals("DOCID") && docIdText != null) {
        docId = docIdText.toString().strip();
        docIdText = null;
      }
    }

    void characters(String chars) {
      if (section.equals("TEXT")) {
        text.append(chars);
      } else if (docIdText != null) {
        docIdText.append(chars);
      }
    }
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
