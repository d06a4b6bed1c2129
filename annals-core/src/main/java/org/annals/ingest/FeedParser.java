package org.annals.ingest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.jdom2.Document;
import org.jdom2.input.JDOMParseException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * RSS 0.9x/1.0/2.0 and Atom with ROME, within bounds: ROME's secure parser settings (no DOCTYPE, no
 * external entities, so no XXE); a DOCTYPE declaration is cut out before parsing, so an old RSS
 * 0.91 feed still reads while an entity it declares stays undeclared and fails the parse; at most
 * {@code maxItems} items are built (the parse stops at the next one), so memory is bounded whatever
 * the feed holds; a feed cut at the byte cap keeps the items before the cut.
 */
final class FeedParser {
  /** A parsed feed, and whether items were left out at the cap or at a byte-cap cut. */
  record Parsed(SyndFeed feed, boolean overCap, boolean cutShort) {}

  private FeedParser() {}

  /**
   * Parses {@code doc} as a feed.
   *
   * @throws InputException naming the feed (and the line, when the XML is malformed) when it is not
   *     a feed that can be read
   */
  static Parsed parse(RawDocument doc, int maxItems) throws InputException {
    String name = doc.url() != null ? doc.url() : doc.source();
    String text = withoutDoctype(decode(doc, name));
    ItemCap cap = new ItemCap(maxItems);
    CappedInput input = new CappedInput(cap);
    try {
      return new Parsed(new SyndFeedImpl(input.build(new StringReader(text))), false, false);
    } catch (ParsingFeedException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw romeFailed(name, failed); // ROME wraps its own failures on a well-formed document
      }
      Document partial = partial(e);
      if (partial != null && (cap.stopped || truncated(doc))) {
        return new Parsed(
            new SyndFeedImpl(build(input, partial, name, doc)), cap.stopped, !cap.stopped);
      }
      throw malformed(name, e, truncated(doc));
    } catch (FeedException e) {
      throw new InputException(name, "cannot read the feed (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw notAFeed(name, doc, e);
    } catch (RuntimeException e) {
      throw romeFailed(name, e);
    }
  }

  private static WireFeed build(CappedInput input, Document partial, String name, RawDocument doc)
      throws InputException {
    try {
      return input.build(partial);
    } catch (FeedException e) {
      throw new InputException(name, "cannot read the feed (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw notAFeed(name, doc, e);
    } catch (RuntimeException e) {
      throw romeFailed(name, e);
    }
  }

  /**
   * ROME throws unchecked exceptions on some documents it takes for a feed, such as an {@code
   * <rss>} with no {@code <channel>} (a NullPointerException in its RSS parser): one error naming
   * the feed, like any other unreadable feed.
   */
  private static InputException romeFailed(String name, RuntimeException e) {
    return new InputException(
        name,
        "cannot read the feed: it looks like RSS or Atom but lacks what the format requires (an"
            + " <rss> without <channel>?); the feed library failed with "
            + e.getClass().getSimpleName()
            + "; tell its publisher, or ingest its pages by URL",
        e);
  }

  private static InputException notAFeed(String name, RawDocument doc, IllegalArgumentException e) {
    String root = ContentKind.rootElement(doc.content());
    String what =
        root == null ? "it has no XML root element" : "its root element is <" + root + ">";
    return new InputException(name, "not an RSS or Atom feed (" + what + "); check the URL", e);
  }

  private static InputException malformed(String name, ParsingFeedException e, boolean truncated) {
    String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
    String why =
        e.getCause() != null && e.getCause().getMessage() != null
            ? e.getCause().getMessage()
            : e.getMessage();
    why =
        why.replaceFirst("^Error on line \\d+(?: of document [^:]*)?: ", "")
            .replaceFirst("\\.$", "");
    String fix =
        truncated
            ? "the feed is larger than the byte cap and was cut; raise --max-bytes"
            : "the feed is not well-formed XML; tell its publisher, or ingest its pages by URL";
    return new InputException(name, "malformed feed" + where + ": " + why + "; " + fix, e);
  }

  private static Document partial(ParsingFeedException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JDOMParseException j
          && j.getPartialDocument() != null
          && j.getPartialDocument().hasRootElement()) {
        return j.getPartialDocument();
      }
    }
    return null;
  }

  private static boolean truncated(RawDocument doc) {
    return doc.warnings().stream().map(Warning::code).anyMatch("input-truncated"::equals);
  }

  /**
   * The feed's text in the encoding its BOM, XML declaration or Content-Type names (ROME's rules).
   */
  private static String decode(RawDocument doc, String name) throws InputException {
    try (Reader r =
        new XmlReader(new ByteArrayInputStream(doc.content()), doc.contentType(), true)) {
      StringWriter w = new StringWriter(doc.length());
      r.transferTo(w);
      return w.toString();
    } catch (IOException e) {
      throw new InputException(name, "cannot decode the feed (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The text with its DOCTYPE declaration (and internal subset) replaced by blanks, so that line
   * numbers stay right. ROME refuses any DOCTYPE, which would refuse old RSS 0.91 feeds; without it
   * an entity the subset declared is undeclared, and the parse fails instead of resolving it.
   */
  static String withoutDoctype(String text) {
    int limit = Math.min(text.length(), 64 * 1024);
    int at = text.substring(0, limit).toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
    int root = firstElement(text, limit);
    if (at < 0 || root >= 0 && root < at) {
      return text;
    }
    int end = ContentKind.afterDoctype(text, at);
    StringBuilder b = new StringBuilder(text.length());
    b.append(text, 0, at);
    for (int i = at; i < end; i++) {
      b.append(text.charAt(i) == '\n' ? '\n' : ' ');
    }
    return b.append(text, end, text.length()).toString();
  }

  /**
   * The index of the first start tag that is not a declaration, comment or processing instruction.
   */
  private static int firstElement(String text, int limit) {
    for (int i = text.indexOf('<'); i >= 0 && i < limit - 1; i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (next != '?' && next != '!') {
        return i;
      }
    }
    return -1;
  }

  /** ROME's input with its secure parser, through a filter that stops at the item cap. */
  private static final class CappedInput extends WireFeedInput {
    private final ItemCap cap;

    CappedInput(ItemCap cap) {
      super(false, Locale.ROOT);
      this.cap = cap;
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
      SAXBuilder b = super.createSAXBuilder();
      b.setXMLFilter(cap);
      return b;
    }
  }

  /**
   * Counts items (RSS item, Atom entry) near the root and stops the parse at the one past the cap.
   */
  private static final class ItemCap extends XMLFilterImpl {
    private final int max;
    private int depth;
    private int items;
    private boolean stopped;

    ItemCap(int max) {
      this.max = max;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      depth++;
      if (depth <= 3 && (local.equals("item") || local.equals("entry")) && ++items > max) {
        stopped = true;
        throw new SAXException("more than " + max + " items");
      }
      super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      depth--;
      super.endElement(uri, local, qName);
    }
  }
}
