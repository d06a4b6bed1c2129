package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The second look at the container's blocks, in context, after the manner of jusText: each block
 * is first classed on its own (good prose, bad boilerplate, short, near-good), then short and
 * near-good blocks take the class of their neighbours — a short line between two paragraphs of
 * prose is part of the article, the same line among share buttons is not. Headings are kept when
 * prose follows them.
 */
final class Blocks {
  /** What a block is, by the element that holds its text. */
  enum Kind {
    HEADING,
    ITEM,
    QUOTE,
    PRE,
    PARAGRAPH,
    OTHER
  }

  /** One block of the container: its text, kind and how much of it is link text. */
  record Block(String text, Kind kind, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private enum Cls {
    GOOD,
    BAD,
    SHORT,
    NEAR
  }

  private static final int GOOD_LENGTH = 80;
  private static final int SHORT_LENGTH = 30;
  private static final Pattern BOILERPLATE_PHRASE =
      Pattern.compile(
          "(?iu)^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|sponsored|ad)$"
              + "|^(?:share|share this|share on|tweet|email|print|comments?|reply|follow|subscribe|sign up|sign in|log in"
              + "|register|read more|read next|see it!?|see more|view deal|shop now|click here|skip to|more from|related"
              + "|most popular|trending|recommended|teilen|drucken|mehr zum thema|lesen sie auch|auch interessant"
              + "|weiterlesen|zum thema|newsletter|abonnieren|anmelden)\\b.{0,60}$"
              + "|^(?:©|\\(c\\)|copyright\\b|all rights reserved)"
              + "|\\b(?:all rights reserved|alle rechte vorbehalten|by using this site, you consent|we may receive compensation"
              + "|affiliate (?:links?|partnerships?|commission)|sign up for our .{0,30}newsletter|subscribe (?:today|now)"
              + "|cookies? (?:policy|settings)|terms of (?:use|service)|privacy policy|this article (?:is|was) (?:more than|over)"
              + "|free articles? left|already a subscriber|unlimited access|enable javascript|your browser"
              + "|(?:article|story) continues|continue reading|continues below|weiter nach der anzeige"
              + "|artikel wird unter der anzeige fortgesetzt)\\b"
              + "|^(?:photo|image|picture|foto|bild|credit|source|quelle|fonte|fuente)\\s*:.{0,100}$"
              + "|\\b(?:credit|photo|image|foto|bild)\\s*:\\s*[^.]{1,80}\\.?$");

  private static final Pattern BYLINE =
      Pattern.compile("(?iu)^(?:by|von|por|par|di|door|av|from|text|texto|fotos?|photos?)\\s*:?\\s+\\p{Lu}.{0,80}$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？:\"”’»)]$");

  private Blocks() {}

  /** The blocks to keep, in order. */
  static List<String> keep(List<Block> blocks) {
    int n = blocks.size();
    Cls[] c = new Cls[n];
    for (int i = 0; i < n; i++) {
      c[i] = classify(blocks.get(i));
    }
    Cls[] ctx = c.clone();
    for (int i = 0; i < n; i++) {
      if (c[i] == Cls.SHORT || c[i] == Cls.NEAR) {
        Cls prev = neighbour(c, i, -1);
        Cls next = neighbour(c, i, +1);
        if (prev == Cls.GOOD && next == Cls.GOOD) {
          ctx[i] = Cls.GOOD;
        } else if (prev == Cls.BAD && next == Cls.BAD) {
          ctx[i] = Cls.BAD;
        } else {
          boolean sentence = SENTENCE_END.matcher(blocks.get(i).text()).find();
          ctx[i] = c[i] == Cls.NEAR && sentence ? Cls.GOOD : Cls.BAD;
        }
      }
    }
    headings(blocks, c, ctx);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (ctx[i] == Cls.GOOD) {
        out.add(blocks.get(i).text());
      }
    }
    return out;
  }

  private static Cls classify(Block b) {
    String t = b.text();
    int len = TreeStats.weighted(t);
    if (BOILERPLATE_PHRASE.matcher(t).find() && len < 300) {
      return Cls.BAD;
    }
    if (b.linkDensity() > 0.5 || b.linkDensity() > 0.3 && len < GOOD_LENGTH) {
      return Cls.BAD;
    }
    if (len < 120 && (BYLINE.matcher(t).matches() || mostlyDate(t))) {
      return Cls.BAD;
    }
    if (b.kind() == Kind.HEADING) {
      return Cls.SHORT;
    }
    if (len >= GOOD_LENGTH) {
      return Cls.GOOD;
    }
    return len < SHORT_LENGTH ? Cls.SHORT : Cls.NEAR;
  }

  /** True for a line that is little more than a date ("Updated Dec. 22, 2023 11:48 a.m. ET"). */
  private static boolean mostlyDate(String t) {
    List<DateGrammar.Found> dates = DateGrammar.findAll(t);
    if (dates.isEmpty()) {
      return false;
    }
    int covered = 0;
    for (DateGrammar.Found f : dates) {
      covered += f.end() - f.start();
    }
    String rest = t.replaceAll("[\\d\\s:.,/|·•–-]", "");
    return covered * 3 >= t.length() || rest.length() < 30;
  }

  /** The class of the nearest good or bad block before ({@code -1}) or after ({@code +1}); bad at the edges. */
  private static Cls neighbour(Cls[] c, int i, int step) {
    for (int j = i + step; j >= 0 && j < c.length; j += step) {
      if (c[j] == Cls.GOOD || c[j] == Cls.BAD) {
        return c[j];
      }
    }
    return Cls.BAD;
  }

  /** A heading is kept when a good block follows it before the next heading or bad block. */
  private static void headings(List<Block> blocks, Cls[] c, Cls[] ctx) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() != Kind.HEADING || c[i] == Cls.BAD) {
        continue;
      }
      ctx[i] = Cls.BAD;
      for (int j = i + 1; j < blocks.size() && j <= i + 3; j++) {
        if (blocks.get(j).kind() == Kind.HEADING || c[j] == Cls.BAD) {
          break;
        }
        if (ctx[j] == Cls.GOOD) {
          ctx[i] = Cls.GOOD;
          break;
        }
      }
    }
  }
}
