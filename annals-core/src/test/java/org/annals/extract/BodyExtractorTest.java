package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The boilerplate remover on small pages written for the purpose. */
class BodyExtractorTest {
  static final String P1 =
      "The foreign ministers met in Geneva on Tuesday and agreed to resume talks on the border dispute next month.";
  static final String P2 =
      "Both delegations said the meeting had been frank, and a joint statement promised to refrain from new deployments.";
  private static final String P3 =
      "Observers from the regional organisation will monitor the ceasefire line until the talks resume in March.";

  private static List<String> body(String html) {
    Article a =
        Extractors.of(Format.HTML)
            .extract(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8)));
    return a.paragraphs();
  }

  /**
   * A page whose {@code <article>} holds the headline, the three paragraphs and then {@code html}.
   */
  private static String afterTheArticle(String... html) {
    return article(p(P1) + p(P2) + p(P3) + String.join("", html));
  }

  /** A page whose {@code <article>} holds the headline and then {@code html}. */
  private static String article(String... html) {
    return page("<article><h1>Talks to resume</h1>" + String.join("", html) + "</article>");
  }

  private static String p(String text) {
    return "<p>" + text + "</p>";
  }

  private static String page(String inside) {
    return "<html lang=en><head><title>Talks to resume</title></head><body>"
        + inside
        + "</body></html>";
  }

  @Test
  void paragraphs_articleAmongNavigationShareBarAndFooter_keepsOnlyTheArticle() {
    List<String> b =
        body(
            page(
                "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World news and analysis</a></li></ul></nav>"
                    + "<div class=share-bar><a href=#>Share on social media</a> <a href=#>Email this story</a></div>"
                    + "<article><h1>Talks to resume</h1><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p></article>"
                    + "<footer><p>Copyright 2024 Example News. All rights reserved. Contact the newsroom.</p></footer>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_subscriberOnlyRemainderHiddenByStyle_isArticleText() {
    List<String> b =
        body(
            article(
                "<div class=subscriber-preview>" + p(P1) + "</div>",
                "<div class=subscriber-offers>" + p("Already a subscriber? Sign in") + "</div>",
                "<div class='subscriber-only' style='display: none'>" + p(P2) + p(P3) + "</div>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_otherTextHiddenByStyle_isLeftOut() {
    List<String> b =
        body(
            article(
                p(P1), "<div class=login-modal style='display:none'>" + p(P3) + "</div>", p(P2)));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_hiddenByAUtilityClass_isLeftOutUnlessShownOnWideScreens() {
    String appeal =
        "At Example News we believe that everyone needs good journalism, and your gift of a single"
            + " dollar keeps it free for all of our readers.";
    List<String> b =
        body(
            article(
                p(P1),
                "<p class='hidden md:block'>" + P2 + "</p>",
                "<div class=appeal><div class='hidden appeal-long'>" + p(appeal) + "</div>",
                "<div class='d-none'>" + p(appeal) + "</div></div>",
                p(P3)));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_newsletterPromptAndReporterContactLine_areLeftOut() {
    List<String> b =
        body(
            article(
                p(P1),
                p(
                    "Want more world news? Sign up for Example News's free daily newsletter to get the"
                        + " stories that matter in your inbox."),
                p(P2),
                p(P3),
                p(
                    "Contact Jane Doe at jdoe@example.com. Follow her on X, formerly Twitter, at @janedoe.")));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  /** The body of an article of the three paragraphs followed by {@code closing}. */
  private static List<String> bodyClosedBy(String... closing) {
    StringBuilder tail = new StringBuilder();
    for (String c : closing) {
      tail.append(p(c));
    }
    return body(afterTheArticle(tail.toString()));
  }

  @Test
  void paragraphs_writersNoteClosingTheArticle_isLeftOut() {
    assertThat(
            bodyClosedBy(
                "Jane Doe is a Senior Staff Writer at Example News, where she covers diplomacy and"
                    + " security. She previously reported from Vienna and Brussels."))
        .containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_writersNoteWithTheirTitleClosingTheArticle_isLeftOut() {
    assertThat(
            bodyClosedBy(
                "Jane Doe is the Senior Politics Editor at Example News, where she shapes the"
                    + " coverage of elections and writes a weekly column."))
        .containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_writersNoteOfTwoParagraphsClosingTheArticle_isLeftOutWhole() {
    assertThat(
            bodyClosedBy(
                "Jane Doe is a senior reporter for Example News and the Example Weekly, covering"
                    + " diplomacy, security and the region's elections.",
                "She previously reported from Vienna.",
                "Email: jdoe@example.com."))
        .containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_closingSentenceAboutAFormerReporter_stays() {
    String closing =
        "She is a former reporter for the regional broadcaster and now advises the delegation on its"
            + " public statements.";
    assertThat(bodyClosedBy(closing)).containsExactly(P1, P2, P3, closing);
  }

  @Test
  void paragraphs_sentencesThatMentionSigningUpOrClicking_stay() {
    String signUp =
        "Thousands of residents rushed to sign up for free health coverage before the deadline.";
    String click = "The e-mail urged recipients to click here to verify their accounts.";
    String program = "Farmers can sign up for the program at any district office until March.";
    List<String> b = body(article(p(P1), p(signUp), p(P2), p(click), p(program), p(P3)));
    assertThat(b).containsExactly(P1, signUp, P2, click, program, P3);
  }

  @Test
  void paragraphs_newsAboutMembershipsAndPrivacyPolicies_stays() {
    String nato = "Sweden hopes to become a member of the alliance before the summit in July.";
    String policy =
        "The company changed its privacy policy and its terms of service after the ruling.";
    List<String> b =
        body(
            article(
                p(P1),
                p(nato),
                p(P2),
                p(policy),
                p(P3),
                p("Become a member today and support independent reporting."),
                p("Read our privacy policy and terms of use.")));
    assertThat(b).containsExactly(P1, nato, P2, policy, P3);
  }

  @Test
  void paragraphs_sentenceAboutAReporterInsideTheArticle_stays() {
    String reporter =
        "Evan Doe is a reporter for the Example Journal who was detained at the border in March and"
            + " released on Monday.";
    List<String> b = body(article(p(P1), p(reporter), p(P2), p(P3)));
    assertThat(b).containsExactly(P1, reporter, P2, P3);
  }

  @Test
  void paragraphs_callsToSignUpOrClickThrough_areLeftOut() {
    List<String> b =
        body(
            article(
                p(
                    "This article is part of Example News's Cities Lab, a project on the future of"
                        + " cities. Sign up here."),
                p(P1),
                p(P2),
                p(
                    "Not a member yet? Click here to create your own account and download the app to"
                        + " see all the member benefits!"),
                p(P3),
                p("Our journalism needs your support. Please subscribe today to Example News."),
                p(
                    "The full interview is on our podcast. Listen and subscribe wherever you get your podcasts."),
                p(
                    "Example News ist gemeinnützig und unabhängig. Wir finanzieren uns durch Spenden."
                        + " Unterstütze unsere Arbeit und abonniere das Magazin!")));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_readerPromptsAndEmbedPlaceholders_areLeftOut() {
    List<String> b =
        body(
            article(
                p(P1),
                p(
                    "Click the button below to load the content from YouTube, which shares your"
                        + " data with the video platform."),
                p(P2),
                p(P3),
                p(
                    "We want to hear what you think about this article. Submit a letter to the editor."),
                p(
                    "If you enjoyed reading this post, please consider supporting our work with a"
                        + " monthly donation."),
                p("Was this article helpful?"),
                p("You must be logged in to post a comment."),
                p("This content can also be viewed on the site it originates from."),
                p("Swipe to scroll horizontally"),
                p(
                    "Example content and product recommendations are editorially independent. We may"
                        + " make money when you click on links to our partners."),
                p("Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können."),
                p("War der Artikel nützlich?"),
                p("Möchten Sie den Artikel teilen?"),
                p("Gefällt dir dieser Beitrag?"),
                p("Enjoy more audio and podcasts on iOS or Android."),
                p(
                    "You’re reading the Morning Briefing newsletter. Sign up to get it in your inbox."),
                p(
                    "A version of this article appears in print on Page A22 of the New York edition"
                        + " with the headline: Talks to resume."),
                p("Follow Deputy Editor Jane Roe on Instagram at @janeroe."),
                p("* Follow Example Celebs on Snapchat, Instagram, Twitter and Facebook."),
                p("Jane Roe may be reached at jroe@example.org and followed on Twitter."),
                p("Please sign up for Example Newsletters to keep receiving the latest news."),
                p("The opinions expressed here are the author's."),
                p(
                    "Enjoyed reading this blog post or have questions? Share your thoughts in our"
                        + " community forum."),
                p("Did you enjoy this article? Tell your friends about it.")));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_photoCreditsAfterCaptionsOrAlone_areLeftOut() {
    List<String> b =
        body(
            article(
                p(P1),
                p("The ministers arrive at the palace in Geneva. | © Jane Roe/Getty Images"),
                p(P2),
                p("Jane Roe/AFP"),
                p(P3)));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_newsAboutAgenciesAndHelpfulArticles_stays() {
    String agencies =
        "The ministers told reporters from Reuters and AFP that the talks were helpful and that the"
            + " article of the treaty on the ceasefire line would be shared with the monitors.";
    List<String> b = body(article(p(P1), p(agencies), p(P2), p(P3)));
    assertThat(b).containsExactly(P1, agencies, P2, P3);
  }

  @Test
  void paragraphs_captionAndRelatedBoxNamedInCamelCase_areLeftOut() {
    List<String> b =
        body(
            article(
                p(P1),
                "<div class=articleImage><p class=imageCaption>The foreign ministers arrive at the"
                    + " palace in Geneva on Tuesday morning before the talks.</p></div>",
                p(P2),
                "<div class=relatedStories>"
                    + p(
                        "Earlier this year the two delegations met in Vienna and failed to agree on a"
                            + " timetable for the talks.")
                    + "</div>",
                p(P3)));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_promotedLinksIntroducedByMoreReadMoreOrSeeAlso_areLeftOut() {
    List<String> b =
        body(
            article(
                p(P1),
                p(
                    "READ MORE: Ministers met in Vienna in the spring and failed to agree on a timetable"
                        + " for the border talks that both sides had promised"),
                p(P2),
                p(
                    "MORE: The border dispute explained in five maps and a timeline of the ceasefire"
                        + " since it was first signed"),
                p("Veja também:"),
                p(P3)));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_longLegalNoticeAfterTheArticle_isLeftOut() {
    String notice =
        "If you purchase a product or register for an account through a link on our site, we may"
            + " receive compensation. By using this site, you consent to our User Agreement and agree"
            + " that your clicks, interactions, and personal information may be collected, recorded,"
            + " and/or stored by us and social media and other third-party partners in accordance"
            + " with our Privacy Policy.";
    List<String> b = body(afterTheArticle(p(notice)));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_layoutWrapperNamedSidebar_isNotTakenForBoilerplate() {
    List<String> b =
        body(
            page(
                "<div class='layout-with-sidebar'><div class=story><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p></div></div>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_commentsLongerThanTheArticle_areLeftOut() {
    String comment =
        "<div class=comment><p>I have followed these talks for years and I still think the ministers are"
            + " wasting everybody's time with another round of meetings that change nothing.</p></div>";
    List<String> b =
        body(
            page(
                "<article class='post author-jane tag-diplomacy'><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p></article><section class=comments>"
                    + comment.repeat(6)
                    + "</section>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_commentBoxHoldingMostOfThePage_isLeftOut() {
    String comment =
        "<li><p>I have followed these talks for years and I still think the ministers are"
            + " wasting everybody's time with another round of meetings that change nothing.</p></li>";
    List<String> b =
        body(
            page(
                "<div id=article-area><h1>Talks to resume</h1><div class=post><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p></div><div id=comment-box><ul>"
                    + comment.repeat(6)
                    + "</ul></div></div>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_liveFeedBesideALoneArticle_isLeftOut() {
    String feed =
        "<div class=item><p>Elsewhere today the finance ministers of the union agreed on a new budget"
            + " rule after a night of talks in Brussels.</p></div>";
    List<String> b =
        body(
            page(
                "<div class=columns><div class=left><article><h1>Talks to resume</h1><div><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p></div></article></div><div class=live>"
                    + feed.repeat(2)
                    + "</div></div>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_doubleBreak_splitsParagraphsAndSingleBreakJoinsLines() {
    List<String> b =
        body(
            page(
                "<div>"
                    + P1.replace(" on Tuesday", "<br>on Tuesday")
                    + "<br><br>"
                    + P2
                    + "</div>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_oneShortParagraph_isStillTheBody() {
    List<String> b =
        body(
            page(
                "<article><h1>Summit ends</h1><p>The leaders met in Accra on Monday and agreed to set up"
                    + " a joint fund.</p></article>"));
    assertThat(b)
        .containsExactly("The leaders met in Accra on Monday and agreed to set up a joint fund.");
  }

  @Test
  void paragraphs_headlineCaptionAndAdSlot_areNotBody() {
    List<String> b =
        body(
            article(
                "<figure><img src=x.jpg><figcaption>The ministers before the meeting. Photo: Agency"
                    + "</figcaption></figure>",
                p(P1),
                "<div>Advertisement</div>",
                p(P2)));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_subheadingBetweenParagraphs_isKept() {
    List<String> b =
        body(page("<article><p>" + P1 + "</p><h2>What comes next</h2><p>" + P2 + "</p></article>"));
    assertThat(b).containsExactly(P1, "What comes next", P2);
  }

  @Test
  void paragraphs_pageNested100000Deep_doesNotOverflowTheStack() {
    String deep = "<div>".repeat(100_000) + "<p>" + P1 + "</p>";
    assertThat(body(page(deep))).containsExactly(P1);
  }

  @Test
  void paragraphs_linkListInsideTheArticle_isLeftOut() {
    List<String> b =
        body(
            page(
                "<article><p>"
                    + P1
                    + "</p><ul><li><a href=/a>Earlier: ministers meet in Vienna</a></li>"
                    + "<li><a href=/b>Analysis: why the border matters</a></li></ul><p>"
                    + P2
                    + "</p></article>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_teasersOfOtherStoriesBelowTheArticle_areLeftOut() {
    String teaser =
        "<div class=item><h3><a href=/x>Neighbours sign a fishing accord after a decade of talks</a></h3>"
            + "<p>The accord ends a long dispute over quotas in the northern sea, officials from both sides said on Friday.</p></div>";
    List<String> b =
        body(
            page(
                "<div><article><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p></article>"
                    + "<div class=more>"
                    + teaser.repeat(4)
                    + "</div></div>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_donationAppealAfterTheArticle_isLeftOut() {
    List<String> b =
        body(
            page(
                "<article><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p><p>Would you join us? Your contribution of as"
                    + " little as $2 will keep our news free for all.</p></article>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_nextStoriesPreloadedBelowTheArticle_areLeftOut() {
    String farm1 =
        "Farmers in the valley said the late frost had ruined much of the apricot harvest and asked for help.";
    String farm2 =
        "The regional government said it would send inspectors next week to count the damage before paying.";
    String farm3 =
        "Insurers said few orchards in the valley were covered against frost, which is rare so late in spring.";
    String next =
        "<article><h1>Frost ruins the apricot harvest</h1><p>"
            + farm1
            + "</p><p>"
            + farm2
            + "</p><p>"
            + farm3
            + "</p><p>"
            + farm1.replace("valley", "hills")
            + "</p><p>"
            + farm2.replace("next week", "on Monday")
            + "</p></article>";
    String p4 =
        "The talks are the first since the clashes of last spring, which both sides blamed on the other.";
    String p5 =
        "Diplomats said a further round could be held in Vienna if the March meeting went well.";
    String html =
        "<html lang=en><head><title>Talks to resume</title><meta property=og:title content='Talks to resume'></head>"
            + "<body><div class=stream><article><h1>Talks to resume</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>"
            + p4
            + "</p><p>"
            + p5
            + "</p></article>"
            + next.repeat(3)
            + "</div></body></html>";
    Article a =
        Extractors.of(Format.HTML)
            .extract(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3, p4, p5);
  }

  @Test
  void paragraphs_linkStyledAsPopupInsideASentence_keepsItsWords() {
    List<String> b =
        body(
            page(
                "<article><p>The foreign ministers met in Geneva on Tuesday and agreed to <a class=popup"
                    + " href=#>resume talks</a> on the border dispute next month.</p><p>"
                    + P2
                    + "</p></article>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_slidesNestedByUnclosedDivsInsideTheNamedBody_areAllKept() {
    StringBuilder html = new StringBuilder("<div class=wrapper><div class=article-body>");
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String p =
          "Delegation "
              + i
              + " arrived in Geneva on Tuesday and said it would keep its observers on the line"
              + " until the talks resume.";
      expected.add(p);
      // each slide's <div> is never closed, so the next slide nests inside it
      html.append("<div class=slide><p>").append(p).append("</p>");
    }
    List<String> b = body(page(html + "</div></div>"));
    assertThat(b).containsExactlyElementsOf(expected);
  }

  @Test
  void paragraphs_shortSentenceOpeningWithBy_isNotTakenForAByline() {
    String by = "By that measure, the talks have already failed twice this year.";
    assertThat(body(article(p(P1), p(by), p(P2)))).containsExactly(P1, by, P2);
  }

  @Test
  void paragraphs_sentencesThatLinkMostOfTheirWords_stayBetweenTheirNeighbours() {
    String linked =
        "In response, both governments <a href=/a>withdrew their ambassadors and suspended the"
            + " flights between the two capitals</a>, and <a href=/b>the regional organisation"
            + " called an emergency session</a> for the following week.";
    List<String> b = body(article(p(P1), p(linked), p(P2)));
    assertThat(b).hasSize(3);
    assertThat(b.get(1)).startsWith("In response, both governments withdrew");
  }

  @Test
  void paragraphs_listItemsThatLinkMostOfTheirWords_stayBetweenTheirNeighbours() {
    String linked =
        "In response, both governments <a href=/a>withdrew their ambassadors and suspended the"
            + " flights between the two capitals</a>, and <a href=/b>the regional organisation"
            + " called an emergency session</a> for the following week.";
    String plain = "Both delegations said they would keep the talks going over the winter.";
    List<String> b =
        body(
            article(p(P1), "<ul><li>" + linked + "</li><li>" + plain + "</li></ul>", p(P2), p(P3)));
    assertThat(b).hasSize(5);
    assertThat(b.get(1)).startsWith("In response, both governments withdrew");
    assertThat(b.get(2)).isEqualTo(plain);
  }

  @Test
  void paragraphs_linkedTeaserWithALabel_isLeftOut() {
    List<String> b =
        body(
            article(
                p(P1),
                p(
                    "REQUIRED READING: <a href=/c>Why the ministers could not agree on a timetable"
                        + " for the border talks in Vienna.</a>"),
                p(P2)));
    assertThat(b).containsExactly(P1, P2);
  }

  /** A page drawn by script: an empty app shell, the article only in its JSON-LD. */
  private static Article shell(String articleBodyJson, String inside) {
    String html =
        "<html lang=en><head><title>Talks to resume</title>"
            + "<script type=application/ld+json>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"NewsArticle\",\"headline\":\"Talks to resume\",\"articleBody\":"
            + articleBodyJson
            + "}</script></head><body><div id=app>"
            + inside
            + "</div></body></html>";
    return Extractors.of(Format.HTML)
        .extract(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void extract_htmlWithoutArticleText_takesTheJsonLdArticleBodyAndSaysSo() {
    Article a = shell("\"" + P1 + "\\n\\n" + P2 + "\\n" + "more of it" + "\\n\\n" + P3 + "\"", "");
    assertThat(a.paragraphs()).containsExactly(P1, P2 + " more of it", P3);
    assertThat(a.warnings()).extracting(w -> w.code()).contains("body-from-json-ld");
  }

  @Test
  void extract_jsonLdArticleBodyWithMarkupAndReferences_readsItsBlocksAsParagraphs() {
    Article a =
        shell(
            "\"<p>Tom &amp; Jerry met in Geneva.</p><p>Both said<br>it went well.</p>\"",
            "<p>Loading…</p>");
    assertThat(a.paragraphs())
        .containsExactly("Tom & Jerry met in Geneva.", "Both said", "it went well.");
  }

  @Test
  void extract_jsonLdArticleBodyWithWindowsLineEnds_splitsAtItsBlankLines() {
    Article a = shell("\"" + P1 + "\\r\\n" + P2 + "\\r\\n\\r\\n" + P3 + "\"", "");
    assertThat(a.paragraphs()).containsExactly(P1 + " " + P2, P3);
  }

  @Test
  void extract_jsonLdArticleBodyInSingleLines_takesEachLineAsAParagraph() {
    Article a = shell("\"" + P1 + "\\n" + P2 + "\"", "");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  /** A news page whose text never reached the HTML: only its head describes the article. */
  private static Article described(String url, String ogType, String description) {
    String html =
        "<html lang=en><head><title>Talks to resume</title>"
            + "<link rel=canonical href='"
            + url
            + "'><meta property=og:type content="
            + ogType
            + "><meta property=og:description content='"
            + description.substring(0, 60)
            + "…'><meta name=description content='"
            + description
            + "'></head><body><div id=app><p>Loading…</p></div></body></html>";
    return Extractors.of(Format.HTML)
        .extract(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void extract_articleWithNoTextAnywhere_takesItsDescriptionUncutAndSaysSo() {
    String lead =
        "GENEVA — The foreign ministers agreed on Tuesday to resume talks on the border dispute"
            + " next month, after a day of meetings both sides called frank.";
    Article a = described("https://news.example.org/world/talks-to-resume", "article", lead);
    assertThat(a.paragraphs()).containsExactly(lead);
    assertThat(a.warnings()).extracting(w -> w.code()).contains("body-from-description");
  }

  @Test
  void extract_homePageOrNonArticleWithNoText_takesNoDescription() {
    String tagline =
        "Home of the morning show and the opinion line. Listen live or stream podcasts. All your"
            + " music, laughs, news and sport in one place!";
    assertThat(described("https://radio.example.org/", "article", tagline).paragraphs()).isEmpty();
    assertThat(
            described("https://radio.example.org/shows/morning", "website", tagline).paragraphs())
        .isEmpty();
  }

  @Test
  void extract_htmlWithArticleText_keepsItsOwnBodyOverTheJsonLdOne() {
    Article a =
        shell(
            "\"A teaser only.\"",
            "<article><h1>Talks to resume</h1>" + p(P1) + p(P2) + p(P3) + "</article>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.warnings()).extracting(w -> w.code()).doesNotContain("body-from-json-ld");
  }

  @Test
  void extract_articleOnlyInNoscript_readsItAsAReaderWithoutJavaScriptWould() {
    Article a =
        shell(
            "\"A teaser only.\"",
            "<div class=post-body><script type=text/template>"
                + p(P1)
                + "</script><noscript>"
                + p(P1)
                + p(P2)
                + p(P3)
                + "</noscript></div><div class=sidebar><noscript>"
                + "<img src=/pixel.gif></noscript></div>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.warnings()).extracting(w -> w.code()).contains("body-from-noscript");
  }

  @Test
  void extract_pageWithArticleText_leavesItsNoscriptOut() {
    Article a =
        shell(
            "\"A teaser only.\"",
            "<article>"
                + p(P1)
                + p(P2)
                + "<noscript><p>Please enable JavaScript to see the comments below this"
                + " article, which are loaded from another site.</p></noscript>"
                + p(P3)
                + "</article>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.warnings()).extracting(w -> w.code()).doesNotContain("body-from-noscript");
  }

  @Test
  void paragraphs_listIntroducedByAColonAtTheEnd_isKept() {
    List<String> b =
        body(
            afterTheArticle(
                p("The winners of this year's awards were:"),
                "<ul><li>Best newcomer - Jane Roe</li><li>Best series - The Long Road</li></ul>"));
    assertThat(b)
        .containsExactly(
            P1,
            P2,
            P3,
            "The winners of this year's awards were:",
            "Best newcomer - Jane Roe",
            "Best series - The Long Road");
  }

  @Test
  void paragraphs_closingSectionOfShortLinesUnderHeadings_isKept() {
    List<String> b =
        body(
            afterTheArticle(
                "<h2>Dictionary comprehensions</h2>",
                p("Comprehensions also work on dictionaries:"),
                "<pre>{c.name: c for c in cities}</pre>",
                "<h3>Conclusion</h3>",
                p("I know it is a lot of graphs, so here they are in short:"),
                "<ul><li>Tuples save a bit of memory</li><li>Slotted classes save a lot</li>"
                    + "<li>Map and filter are sometimes faster than comprehensions</li></ul>"));
    assertThat(b).hasSize(11).startsWith(P1, P2, P3, "Dictionary comprehensions");
    assertThat(b).endsWith("Map and filter are sometimes faster than comprehensions");
  }

  @Test
  void paragraphs_newsletterBoxUnderAHeadingAfterTheArticle_isLeftOut() {
    List<String> b =
        body(
            afterTheArticle(
                "<h3>Example Newsletter</h3>",
                p("Get all the latest news, reviews and exclusives, direct to your inbox.")));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  private static final String DEK =
      "The two sides agreed to meet again in March after a day of talks that both called frank.";

  /**
   * A page whose hero block holds the headline and {@code header}, and whose column below holds the
   * three paragraphs in an {@code <article>} (the container stops at the article).
   */
  private static String headed(String header) {
    return page(
        "<main><div class=hero><div class=hero-inner><h1>Talks to resume</h1>"
            + header
            + "</div></div><div class=layout><div class=column><article>"
            + p(P1)
            + p(P2)
            + p(P3)
            + "</article></div></div></main>");
  }

  @Test
  void paragraphs_standfirstBetweenHeadlineAndBody_comesFirst() {
    assertThat(body(headed("<p class=dek>" + DEK + "</p>"))).containsExactly(DEK, P1, P2, P3);
  }

  @Test
  void paragraphs_bylineDateAndLinksBetweenHeadlineAndBody_areNoStandfirst() {
    List<String> b =
        body(
            headed(
                "<p>By Jane Roe and John Doe, Example News correspondents</p>"
                    + "<p>Updated December 22, 2023, 11:48 a.m. ET</p>"
                    + "<p><a href=/a>The two sides agreed to meet again in March after a day of"
                    + " talks that both called frank.</a></p>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_standfirstNamedInTheMarkupWithoutFullStop_comesFirst() {
    String dek = "Two people injured as the stage collapses next to the market square";
    List<String> b =
        body(
            headed(
                "<div data-gu-name=standfirst><div><p>"
                    + dek
                    + "</p></div></div><dl class=meta><dt class=m-description--term>Author:</dt>"
                    + "<dd class=m-description--details>Jane Roe</dd></dl>"));
    assertThat(b).containsExactly(dek, P1, P2, P3);
  }

  @Test
  void paragraphs_standfirstFollowedFarBelowBySubscriptionOffers_comesFirstAlone() {
    StringBuilder header = new StringBuilder("<p>" + DEK + "</p>");
    for (String line :
        List.of(
            "December 10, 2022, 18:27",
            "by Jane Roe",
            "Write to Jane Roe",
            "Your e-mail address",
            "Your message to the author",
            "Cancel",
            "Send the message",
            "Photo: Example Agency",
            "Read on with Example Plus",
            "All our specialist reporting",
            "On every device, wherever you are",
            "Choose your subscription",
            "Log in for subscribers",
            "Call our reader service",
            "Monday to Friday, 8 am to 6 pm")) {
      header.append("<div>").append(line).append("</div>");
    }
    header.append(
        "<div class=offer><p>Digital subscription, 99.00 EUR in the first year, then 122.40 EUR a"
            + " year.</p></div><div class=offer><p>Trial month for 1.00 EUR, then 12.80 EUR a"
            + " month, cancel any time.</p></div>");
    assertThat(body(headed(header.toString()))).containsExactly(DEK, P1, P2, P3);
  }

  @Test
  void paragraphs_standfirstNamedSubHeadlineOrDeck_comesFirst() {
    String dek = "Two people injured as the stage collapses next to the market square";
    for (String name : List.of("sub-headline", "article-subheading", "news-deck")) {
      assertThat(body(headed("<h2 class=" + name + ">" + dek + "</h2>")))
          .as(name)
          .containsExactly(dek, P1, P2, P3);
    }
  }

  @Test
  void paragraphs_shortLineWithoutFullStopBetweenHeadlineAndBody_isNoStandfirst() {
    List<String> b =
        body(headed("<p>Two people injured as the stage collapses next to the market square</p>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_tableOfContentsHeading_isLeftOut() {
    List<String> b = body(article(p(P1), "<h2>Table of Contents</h2>", p(P2), p(P3)));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_shortSentencesClosingAPost_areKeptButNotAPromptToReadOn() {
    List<String> b = body(afterTheArticle(p("Good luck to all of you!"), p("Next read this:")));
    assertThat(b).containsExactly(P1, P2, P3, "Good luck to all of you!");
  }

  static final String TEASER =
      "Ministers from the region met in Vienna in the spring and failed to agree on a timetable for"
          + " the talks, which both sides had promised to hold before the summer.";

  @Test
  void paragraphs_teasersUnderARelatedStoriesHeadingAfterTheArticle_areLeftOut() {
    List<String> b =
        body(
            article(
                p(P1), p(P2), p(P3), "<h2>Editors’ Recommendations</h2>", p(TEASER), p(TEASER)));
    assertThat(b).containsExactly(P1, P2, P3);
    List<String> other = body(afterTheArticle("<h3>Other Opinion Columns</h3>", p(TEASER)));
    assertThat(other).containsExactly(P1, P2, P3);
    List<String> cite =
        body(
            afterTheArticle(
                "<h3>Aller plus loin</h3>",
                p(TEASER),
                "<h3>Pour citer cet article :</h3>",
                p("Jane Roe, « Talks to resume », Example Review, 15 September 2009. ISSN 1234.")));
    assertThat(cite).containsExactly(P1, P2, P3);
    List<String> bare = body(afterTheArticle("<h3>Related</h3>", p(TEASER)));
    assertThat(bare).containsExactly(P1, P2, P3);
    List<String> german =
        body(afterTheArticle("<h3>Diese Artikel könnten Sie interessieren</h3>", p(TEASER)));
    assertThat(german).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_articleGoingOnAfterABoxOfRelatedLinks_isKeptWhole() {
    String box =
        "<h3>Related news</h3><ul><li><a href=/a>Ministers fail to agree</a></li>"
            + "<li><a href=/b>Vienna waits for the talks</a></li></ul>";
    List<String> b = body(afterTheArticle(box, p(P1 + " Again."), p(P2 + " Again."), p(TEASER)));
    assertThat(b).containsExactly(P1, P2, P3, P1 + " Again.", P2 + " Again.", TEASER);
  }

  @Test
  void paragraphs_threeTeasersInTheirOwnWrappersUnderARelatedHeading_areLeftOut() {
    String teaser = "<div class=teaser>" + p(TEASER) + "</div>";
    List<String> b = body(afterTheArticle("<h3>Related news</h3>", teaser, teaser, teaser));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_shortWordPressPostTaggedWithABoilerplateWord_isNotLeftOut() {
    String other =
        "<section><h2>Opinion</h2>"
            + p(TEASER)
            + p(TEASER + " Ministers said so.")
            + p(TEASER + " Observers agreed.")
            + "</section>";
    List<String> b =
        body(
            page(
                "<div class=main><article class=\"post type-post hentry category-world tag-share\">"
                    + "<h1>Talks to resume</h1>"
                    + p(P1)
                    + p(P2)
                    + "</article></div><ul class=links><li><a href=/a>World</a></li>"
                    + "<li><a href=/b>Opinion</a></li><li><a href=/c>Sport</a></li></ul>"
                    + "<div class=lower><div><div>"
                    + other
                    + "</div></div></div>"));
    assertThat(b).startsWith(P1, P2);
    assertThat(BodyExtractor.isBoilerplate(Jsoup.parse("<div class=tag-list>").selectFirst("div")))
        .isTrue();
  }

  @Test
  void paragraphs_headedListOfPlainItemsAfterTheArticle_isKept() {
    StringBuilder items = new StringBuilder();
    StringBuilder links = new StringBuilder();
    List<String> lines = new java.util.ArrayList<>();
    for (int year = 2023; year > 2015; year--) {
      String line = year + ": Jane Roe – Example FC";
      lines.add(line);
      items.append("<li>").append(line).append("</li>");
      links.append("<li><a href=/").append(year).append('>').append(line).append("</a></li>");
    }
    List<String> b =
        body(afterTheArticle("<h2>Coach of the Year winners</h2><ul>" + items + "</ul>"));
    List<String> expected =
        new java.util.ArrayList<>(List.of(P1, P2, P3, "Coach of the Year winners"));
    expected.addAll(lines);
    assertThat(b).containsExactlyElementsOf(expected);
    List<String> linked =
        body(afterTheArticle("<h2>Coach of the Year winners</h2><ul>" + links + "</ul>"));
    assertThat(linked).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_runOfLinkedHeadlinesInsideTheArticle_isLeftOut() {
    String box =
        "<div class=more-on><h2>Keep reading</h2>"
            + "<h3><a href=/a>Ministers fail to agree on a timetable</a></h3>"
            + "<h3><a href=/b>Vienna waits for the border talks</a></h3>"
            + "<h3><a href=/c>Observers head for the ceasefire line</a></h3></div>";
    List<String> b = body(article(p(P1), box, p(P2), p(P3)));
    assertThat(b).doesNotContain("Ministers fail to agree on a timetable").startsWith(P1);
    assertThat(b).contains(P2, P3);
    String sections =
        "<h2><a href=#first>The first round</a></h2>"
            + p(P2)
            + "<h2><a href=#second>The second round</a></h2>"
            + p(P3);
    List<String> anchored = body(article(p(P1), sections));
    assertThat(anchored).containsExactly(P1, "The first round", P2, "The second round", P3);
  }

  @Test
  void paragraphs_tooltipOfAnAbbreviation_staysOutOfTheSentence() {
    String withTooltip =
        "<p>The <abbr title=\"Regional Monitoring Organisation\">RMO<span class=\"tooltip-content\">"
            + "Regional Monitoring Organisation</span></abbr> will monitor the ceasefire line until the"
            + " talks resume in March, its spokeswoman said on Wednesday.</p>";
    List<String> b = body(article(p(P1), p(P2), withTooltip));
    assertThat(b)
        .containsExactly(
            P1,
            P2,
            "The RMO will monitor the ceasefire line until the talks resume in March, its"
                + " spokeswoman said on Wednesday.");
  }

  @Test
  void paragraphs_relatedHeadingEarlyInTheArticle_doesNotEndIt() {
    List<String> b = body(article(p(P1), "<h3>Related coverage</h3>", p(P2), p(P3), p(TEASER)));
    assertThat(b).containsExactly(P1, P2, P3, TEASER);
  }

  @Test
  void paragraphs_taglineUnderTheSiteTitleInAnH1_isNoStandfirst() {
    List<String> b =
        body(
            "<html lang=en><head><title>Talks to resume | Example Blog</title></head><body>"
                + "<header id=masthead><div class=site-branding><h1 class=site-title>Example Blog"
                + "</h1><p class=site-description>News and views from the heart of Europe, every day"
                + " of the week.</p></div></header><main><div class=layout><div class=column>"
                + "<article><h2>Talks to resume</h2>"
                + p(P1)
                + p(P2)
                + p(P3)
                + "</article></div></div></main></body></html>");
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_standfirstUnderAHeadlineShownInAnH2_comesFirst() {
    List<String> b =
        body(
            "<html lang=en><head><title>Talks to resume</title>"
                + "<meta property=og:title content='Talks to resume'></head><body>"
                + "<header><h1 class=logo>Example News</h1><h1>Sections</h1></header><main>"
                + "<div class=hero><h2 class=headline>Talks to resume</h2><p>"
                + DEK
                + "</p></div><div class=layout><div class=column><article>"
                + p(P1)
                + p(P2)
                + p(P3)
                + "</article></div></div></main></body></html>");
    assertThat(b).containsExactly(DEK, P1, P2, P3);
  }

  @Test
  void paragraphs_disclaimerOutweighingAnArticleOfShortLines_givesWayToTheArticle() {
    String lead =
        "The winter sale is on now. Refresh your boots whether you walk, hike, run or need new gear"
            + " for the slush on the way to work.";
    StringBuilder products = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      products.append(
          "<p><a href=/p"
              + i
              + ">Trail Boot Model "
              + i
              + " Waterproof</a> Sale Price $49 USD</p>");
    }
    List<String> b =
        body(
            page(
                "<main><article><h1>Talks to resume</h1><div class=story><div class=entry-content>"
                    + p(lead)
                    + p("Save on boots, socks and gloves at <a href=/shop>the shop</a> this week.")
                    + p("Members get free shipping and can return items for store credit.")
                    + p("Check out a few highlights:")
                    + products
                    + "</div></div><div class=footnote><p class=center>If you purchase a product"
                    + " or register for an account through a link on our site, we may receive"
                    + " compensation. By using this site, you consent to our User Agreement and"
                    + " agree that your clicks, interactions, and personal information may be"
                    + " collected, recorded, and/or stored by us and social media and other"
                    + " third-party partners in accordance with our Privacy Policy.</p></div>"
                    + "</article></main>"));
    assertThat(b)
        .startsWith(
            lead,
            "Save on boots, socks and gloves at the shop this week.",
            "Members get free shipping and can return items for store credit.")
        .noneMatch(t -> t.contains("compensation"));
  }

  @Test
  void paragraphs_linkedItemInAListOfPoints_isKeptButALinkListIsNot() {
    String linked =
        "<a href=/eu>The UK must stay in the EU</a> to have influence on the world stage";
    List<String> b =
        body(
            article(
                p(P1),
                p("In a wide-ranging interview, the president also said:"),
                "<ul><li>"
                    + linked
                    + "</li><li>He is confident the nuclear deal will be passed by Congress</li>"
                    + "<li>Syria needs a political solution in order to defeat the armed group</li>"
                    + "<li>He would speak bluntly against corruption in the region</li></ul>",
                p(P2),
                "<ul><li><a href=/a>Five things we learned from the interview</a></li>"
                    + "<li><a href=/b>The presidential body swerve on the gun laws</a></li>"
                    + "<li>Analysis: <a href=/c>What the visit means for trade in the region</a>"
                    + "</li></ul>",
                p(P3)));
    assertThat(b)
        .contains("The UK must stay in the EU to have influence on the world stage")
        .doesNotContain(
            "Five things we learned from the interview",
            "Analysis: What the visit means for trade in the region");
  }

  @Test
  void paragraphs_teasersWrappedUnderLinkedTitlesAfterTheArticle_areLeftOut() {
    String second =
        "Monitors from the regional organisation trained for three weeks before the deployment,"
            + " which begins when the talks resume in March.";
    List<String> b =
        body(
            page(
                "<div id=content><div class=detail><h1>Talks to resume</h1><div class=body>"
                    + "<div class=text>"
                    + p(P1)
                    + p(P2)
                    + p(P3)
                    + "</div></div></div><div class=more>"
                    + teaser("Diplomacy", "Vienna talks end without a timetable", TEASER)
                    + teaser("Region", "Observers prepare for the ceasefire line", second)
                    + "</div></div>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  /** Another story's teaser: a kicker, a linked title, and a summary in wrappers of its own. */
  private static String teaser(String kicker, String title, String summary) {
    return "<article class=item><div class=kicker>"
        + kicker
        + "</div><h2><a href=/other>"
        + title
        + "</a></h2><div class=teaser><div>"
        + p(summary)
        + "</div></div></article>";
  }

  @Test
  void paragraphs_asideOutweighingTheArticle_isLeftOut() {
    StringBuilder feed = new StringBuilder("<aside id=sidebar><h2>Live</h2><ul>");
    for (int i = 0; i < 8; i++) {
      feed.append("<li><p>")
          .append(10 + i)
          .append(":05 The regional parliament voted on the budget after a long night of debate,")
          .append(" and the opposition announced an appeal to the constitutional court.</p></li>");
    }
    feed.append("</ul></aside>");
    List<String> b =
        body(
            page(
                "<div id=body-content role=main><div id=article-body><h1>Talks to resume</h1>"
                    + "<div>"
                    + p(P1)
                    + p(P2)
                    + p(P3)
                    + "</div></div>"
                    + feed
                    + "</div>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_jetpackRelatedPostsBox_isLeftOut() {
    List<String> b =
        body(
            afterTheArticle(
                "<div class=jp-relatedposts><div class=jp-relatedposts-post><p>"
                    + TEASER
                    + "</p><p>March 17, 2016</p></div></div>"));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_invisibleSeparatorsAtLineEnds_areDroppedSoTheStepsReadAsSentences() {
    List<String> b =
        body(
            afterTheArticle(
                "<h2>Directions</h2><ol><li>Dice the tofu, soak up the water with paper towels"
                    + " and pan fry it until golden on every side, then set it aside.\u2063</li><li>Remove and drain on paper"
                    + " towels.\u2063 \u2063</li><li>Saute the garlic till fragrant.\u2063</li>"
                    + "</ol>"));
    assertThat(b)
        .endsWith(
            "Dice the tofu, soak up the water with paper towels and pan fry it until golden on"
                + " every side, then set it aside.",
            "Remove and drain on paper towels.",
            "Saute the garlic till fragrant.");
  }

  @Test
  void paragraphs_tableOfFiguresInTheArticle_comesOutARowALine() {
    List<String> b =
        body(
            article(
                p(P1),
                p(P2),
                "<table><tr><th>Party</th><th>Seats</th><th>Share</th></tr>"
                    + "<tr><td><div>Alliance</div></td><td>112</td><td>41.3%</td></tr>"
                    + "<tr><td><a href=/p>People's Party</a></td><td>87</td><td>32.0%</td></tr>"
                    + "</table>",
                p(P3)));
    assertThat(b)
        .containsExactly(
            P1,
            P2,
            "Party | Seats | Share",
            "Alliance | 112 | 41.3%",
            "People's Party | 87 | 32.0%",
            P3);
  }

  @Test
  void paragraphs_tableThatLaysOutText_isReadCellByCell() {
    List<String> b =
        body(article("<table><tr><td>" + P1 + "</td><td>" + P2 + "</td></tr></table>"));
    assertThat(b).containsExactly(P1, P2);
  }

  @Test
  void paragraphs_rulesOfStarsAndStrayQuotes_areNotText() {
    List<String> b =
        body(article(p(P1), p("* * *"), p(P2), p("“„"), p("––––"), p(P3), p("___"), p(TEASER)));
    assertThat(b).containsExactly(P1, P2, P3, "___", TEASER);
  }

  @Test
  void paragraphs_allRightsReservedInOtherLanguages_isLeftOut() {
    for (String notice :
        List.of(
            "Sva prava zadržana. Radio Example © 2020 Example Media, Inc.",
            "© 2020 Пример. Все права защищены.",
            "© Esempio 2020. Tutti i diritti riservati.")) {
      assertThat(body(afterTheArticle(p(notice)))).as(notice).containsExactly(P1, P2, P3);
    }
  }

  @Test
  void paragraphs_blogFooterLabelsAfterThePost_areLeftOut() {
    List<String> b = body(afterTheArticle(p("Like this:"), p("Filed Under: World, Diplomacy")));
    assertThat(b).containsExactly(P1, P2, P3);
  }

  @Test
  void paragraphs_chartLabelsDrawnInHtml_areLeftOutButShortListItemsStay() {
    String chart =
        "<div class=graphic>"
            + p("$915")
            + p("billion")
            + p("600")
            + p("300")
            + p("’17")
            + p("’18")
            + p("’19")
            + "</div>";
    String items = "<ul><li>2 eggs</li><li>1 cup flour</li><li>1 lemon</li></ul>";
    List<String> b = body(article(p(P1), chart, p(P2), items, p(P3)));
    assertThat(b).containsExactly(P1, P2, "2 eggs", "1 cup flour", "1 lemon", P3);
  }
}
