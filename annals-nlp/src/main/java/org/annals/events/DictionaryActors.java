package org.annals.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Token;

/**
 * Actors from a PETRARCH-format actor and agent dictionary ({@code NAME [CODE]}, {@code +SYNONYM},
 * date-restricted {@code [CODE <YYMMDD]}, agents {@code NOUN [~SUFFIX]}): a test-only actor source
 * for {@code annals eval events petrarch}, so that the coder can be scored on sentences whose
 * actors (Arnor, Gondor…) no real knowledge base knows. "Arnor cleric" is one span coded ARN + REL.
 */
public final class DictionaryActors implements ActorSpans {
  private final List<Name> actors;
  private final List<Name> agents;
  private final int date;

  private record Name(List<String> words, boolean exact, List<Coded> codes) {}

  private record Coded(String code, int from, int to) {}

  private record Hit(int first, int last, String code, boolean agent) {}

  private DictionaryActors(List<Name> actors, List<Name> agents, int date) {
    this.actors = actors;
    this.agents = agents;
    this.date = date;
  }

  /** The dictionaries at {@code actorFile} and {@code agentFile}. */
  public static DictionaryActors load(Path actorFile, Path agentFile) throws IOException {
    return new DictionaryActors(
        DictionaryFiles.actors(Files.readAllLines(actorFile, StandardCharsets.UTF_8)).stream()
            .map(DictionaryActors::name)
            .toList(),
        DictionaryFiles.agents(Files.readAllLines(agentFile, StandardCharsets.UTF_8)).stream()
            .map(DictionaryActors::name)
            .toList(),
        0);
  }

  /** The same dictionaries read as of {@code yyyymmdd} (date-restricted codes). */
  public DictionaryActors at(int yyyymmdd) {
    return new DictionaryActors(actors, agents, yyyymmdd);
  }

  private static Name name(DictionaryFiles.Entry e) {
    List<Coded> codes = new ArrayList<>();
    e.codes().forEach(c -> codes.add(new Coded(c.code(), c.from(), c.to())));
    return new Name(e.words(), e.exact(), codes);
  }

  @Override
  public List<ActorSpan> find(AnnotatedArticle a) {
    List<Token> tokens = a.tokens();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      Hit h = longest(tokens, i);
      if (h == null) {
        i++;
      } else {
        hits.add(h);
        i = h.last() + 1;
      }
    }
    return merge(tokens, hits);
  }

  private Hit longest(List<Token> tokens, int i) {
    Hit best = null;
    for (Name n : actors) {
      best = better(best, match(n, tokens, i, false));
    }
    for (Name n : agents) {
      best = better(best, match(n, tokens, i, true));
    }
    return best;
  }

  private static Hit better(Hit a, Hit b) {
    return b != null && (a == null || b.last() > a.last()) ? b : a;
  }

  private Hit match(Name n, List<Token> tokens, int i, boolean agent) {
    int k = 0;
    for (; k < n.words().size(); k++) {
      if (i + k >= tokens.size()
          || tokens.get(i + k).sentence() != tokens.get(i).sentence()
          || !word(n, k, tokens.get(i + k).word())) {
        return null;
      }
    }
    String code = codeAt(n);
    return code == null ? null : new Hit(i, i + k - 1, code, agent);
  }

  private static boolean word(Name n, int k, String token) {
    String w = n.words().get(k);
    String t = token.toUpperCase(Locale.ROOT);
    if (t.equals(w)) {
      return true;
    }
    boolean last = k == n.words().size() - 1;
    return last && !n.exact() && w.length() >= 4 && t.startsWith(w) && t.length() <= w.length() + 4;
  }

  private String codeAt(Name n) {
    String open = null;
    for (Coded c : n.codes()) {
      if (date == 0 || (date >= c.from() && date <= c.to())) {
        if (c.from() > 0 || c.to() < Integer.MAX_VALUE) {
          return c.code();
        }
        open = open == null ? c.code() : open;
      }
    }
    return open;
  }

  /** "Gondor's golden geese", "Arnor cleric", "Fornost President Umbardacil": one span. */
  private static List<ActorSpan> merge(List<Token> tokens, List<Hit> hits) {
    List<ActorSpan> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      String code = h.agent() ? "---" + h.code().replace("~", "") : h.code();
      int last = h.last();
      while (i + 1 < hits.size() && near(tokens, last, hits.get(i + 1).first())) {
        Hit next = hits.get(++i);
        if (next.agent() && !code.contains(next.code().replace("~", ""))) {
          code = code.replace("---", "") + next.code().replace("~", "");
          code = code.length() == 3 && h.agent() ? "---" + code : code;
        }
        last = next.last();
      }
      out.add(span(tokens, h.first(), last, code));
    }
    return out;
  }

  private static boolean near(List<Token> tokens, int last, int first) {
    if (first <= last || tokens.get(first).sentence() != tokens.get(last).sentence()) {
      return false;
    }
    for (int k = last + 1; k < first; k++) {
      String pos = tokens.get(k).pos();
      if (!(pos.equals("POS") || pos.startsWith("JJ") || pos.startsWith("NN"))
          || first - last > 3) {
        return false;
      }
    }
    return true;
  }

  private static ActorSpan span(List<Token> tokens, int first, int last, String code) {
    List<EventActor> actors = new ArrayList<>();
    for (String c : code.split("/")) {
      actors.add(new EventActor(c, c, null));
    }
    return new ActorSpan(tokens.get(first).start(), tokens.get(last).end(), actors, true);
  }

  /** For diagnostics: how many names each dictionary holds. */
  public Map<String, Integer> sizes() {
    Map<String, Integer> m = new HashMap<>();
    m.put("actors", actors.size());
    m.put("agents", agents.size());
    return m;
  }
}
