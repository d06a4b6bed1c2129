package org.annals.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of news pages in HTML: headline, byline, JSON-LD metadata, navigation, a share
 * bar, eight to fourteen paragraphs of event-like sentences, a related-stories block and a footer.
 * About one page in ten is a reprint of an earlier story on another site, lightly edited, so that
 * story grouping has work to do.
 */
public final class SyntheticNews {
  private static final String[] COUNTRIES = {
    "Norway", "Chile", "Kenya", "Vietnam", "Peru", "Ghana", "Portugal", "Indonesia", "Mongolia", "Uruguay",
    "Tunisia", "Latvia", "Nepal", "Canada", "Morocco", "Finland", "Jordan", "Bolivia", "Senegal", "Malaysia"
  };
  private static final String[] ROLES = {
    "foreign minister", "prime minister", "president", "defence minister", "trade minister", "interior minister"
  };
  private static final String[] FIRST = {
    "Anna", "Tomas", "Leila", "Jorge", "Mei", "Kwame", "Ingrid", "Rahul", "Sofia", "Omar", "Elena", "Pablo"
  };
  private static final String[] LAST = {
    "Varga", "Okafor", "Lindqvist", "Moreno", "Tanaka", "Haddad", "Novak", "Costa", "Mensah", "Berg", "Silva", "Rao"
  };
  private static final String[] VERBS = {
    "met", "held talks with", "signed an agreement with", "criticised", "pledged support for",
    "hosted", "called on", "thanked", "warned", "agreed a ceasefire with"
  };
  private static final String[] TOPICS = {
    "border crossings", "fishing rights", "energy prices", "a new rail link", "water sharing", "port fees",
    "refugee returns", "customs rules", "a joint patrol", "satellite launches", "grain exports", "election monitors"
  };
  private static final String[] PLACES = {
    "the capital", "a border town", "the northern province", "the coastal city", "a mountain resort", "the port"
  };
  private static final String[] PUBLISHERS = {
    "Northern Ledger", "Harbour Line News", "Meridian Wire", "Lakeside Courier", "Andean Herald",
    "Eastern Post", "Coastal Times", "Plains Gazette"
  };
  private static final String[] SECTIONS = {"World", "Politics", "Business", "Regions", "Asia", "Africa"};

  /** One generated page. */
  public record Page(String url, String html, String publisher, boolean reprint) {}

  private final SplittableRandom random;
  private final List<String[]> stories = new ArrayList<>();
  private int n;

  public SyntheticNews(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next page. */
  public Page next() {
    n++;
    boolean reprint = !stories.isEmpty() && random.nextInt(10) == 0;
    String[] story = reprint ? edited(stories.get(random.nextInt(stories.size()))) : story();
    if (!reprint && stories.size() < 5000) {
      stories.add(story);
    }
    String publisher = pick(PUBLISHERS);
    String host = publisher.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
    String url = "https://" + host + "/" + pick(SECTIONS).toLowerCase(Locale.ROOT) + "/" + n + "-" + slug(story[0]);
    return new Page(url, html(story, publisher, url), publisher, reprint);
  }

  private String[] story() {
    int paragraphs = 8 + random.nextInt(7);
    String[] s = new String[paragraphs + 2];
    String a = pick(COUNTRIES);
    String b = pick(COUNTRIES);
    s[0] = a + " and " + b + " " + pick(new String[] {"agree on", "clash over", "hold talks on", "sign deal on"})
        + " " + pick(TOPICS);
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
    s[1] = day + "T" + LocalTime.of(6 + random.nextInt(14), random.nextInt(60)) + ":00Z";
    for (int i = 0; i < paragraphs; i++) {
      s[i + 2] = paragraph(a, b);
    }
    return s;
  }

  private String[] edited(String[] original) {
    String[] s = original.clone();
    s[2] = s[2].replace(" on ", " on Monday ");
    s[s.length - 1] = paragraph(pick(COUNTRIES), pick(COUNTRIES));
    return s;
  }

  private String paragraph(String a, String b) {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      p.append(i == 0 ? "" : " ").append(sentence(a, b));
    }
    return p.toString();
  }

  private String sentence(String a, String b) {
    String person = pick(FIRST) + " " + pick(LAST);
    return switch (random.nextInt(4)) {
      case 0 -> a + "'s " + pick(ROLES) + ", " + person + ", " + pick(VERBS) + " " + b + "'s delegation in "
          + pick(PLACES) + " on " + weekday() + ".";
      case 1 -> "\"We will not accept any change to " + pick(TOPICS) + " without consultation,\" " + person + " told reporters.";
      case 2 -> "Officials said talks on " + pick(TOPICS) + " would resume in " + (2 + random.nextInt(9)) + " weeks.";
      default -> "The " + pick(ROLES) + " of " + b + " said the agreement on " + pick(TOPICS)
          + " had been reached after " + (2 + random.nextInt(20)) + " hours of negotiations.";
    };
  }

  private String weekday() {
    return pick(new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"});
  }

  private String html(String[] s, String publisher, String url) {
    StringBuilder b = new StringBuilder(8192);
    String author = pick(FIRST) + " " + pick(LAST);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(s[0]).append(" | ")
        .append(publisher).append("</title><link rel=\"canonical\" href=\"").append(url).append("\">")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(s[0]).append("\",\"datePublished\":\"").append(s[1])
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(author)
        .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(publisher)
        .append("\"},\"articleSection\":\"").append(pick(SECTIONS)).append("\"}</script></head><body>")
        .append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
        .append("<li><a href=\"/business\">Business</a></li></ul></nav></header><main><article><h1>").append(s[0])
        .append("</h1><p class=\"byline\">By ").append(author).append("</p><div class=\"share\"><a href=\"#\">Share</a>")
        .append(" <a href=\"#\">Email</a></div><div class=\"article-body\">");
    for (int i = 2; i < s.length; i++) {
      b.append("<p>").append(s[i].replace("\"", "&quot;")).append("</p>");
      if (i == 5) {
        b.append("<div class=\"ad-slot\">Advertisement</div>");
      }
    }
    b.append("</div></article><aside class=\"related\"><h2>Related stories</h2><ul>");
    for (int i = 0; i < 3; i++) {
      b.append("<li><a href=\"/world/").append(random.nextInt(100000)).append("\">").append(pick(COUNTRIES))
          .append(" and ").append(pick(COUNTRIES)).append(" discuss ").append(pick(TOPICS)).append("</a></li>");
    }
    b.append("</ul></aside></main><footer><p>© 2024 ").append(publisher).append(". All rights reserved.</p></footer></body></html>");
    return b.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
