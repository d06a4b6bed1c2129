package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a role nominal ("The Russian president", "Iran's spiritual leader", "the head of the
 * Iranian Red Crescent Society") to the people who held the role at a date, best first.
 *
 * <p>The phrase must be a nominal and nothing else: one office word or phrase, optional modifiers
 * ("former", "acting"), fillers ("the", "of") and at most one body (a country name, demonym or
 * possessive, or an organisation), which may stand before the office or after it with "of". A
 * phrase with any other word ("the Russian president's spokesman") resolves to nothing.
 */
final class NominalResolver {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}.'’]*");
  private static final Set<String> PREVIOUS =
      Set.of("former", "previous", "late", "ex", "erstwhile");
  private static final Set<String> ACTING = Set.of("acting", "interim", "caretaker");
  private static final Set<String> FILLERS =
      Set.of(
          "the a an of for his her its their our then current sitting incumbent outgoing new country s"
              .split(" "));

  private record Token(String original, String folded) {}

  private record Span(int start, int end, Nominals.Query query) {}

  private final KnowledgeBase base;

  NominalResolver(KnowledgeBase base) {
    this.base = base;
  }

  List<RoleHolder> resolve(String phrase, LocalDate date, List<String> context) {
    List<Token> tokens = tokenize(phrase);
    Optional<Span> nominal = findNominal(tokens);
    if (nominal.isEmpty()) {
      return List.of();
    }
    Optional<List<String>> bodies = bodies(tokens, nominal.get(), context);
    if (bodies.isEmpty()) {
      return List.of();
    }
    boolean previous = tokens.stream().anyMatch(t -> PREVIOUS.contains(t.folded()));
    boolean acting = tokens.stream().anyMatch(t -> ACTING.contains(t.folded()));
    List<String> where =
        bodies.get().isEmpty() ? unique(nominal.get().query(), date) : bodies.get();
    return candidates(where, nominal.get().query(), date, previous, acting);
  }

  private static List<Token> tokenize(String phrase) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(phrase);
    while (m.find()) {
      String folded = Names.fold(m.group());
      if (!folded.isEmpty()) {
        tokens.add(new Token(m.group(), folded));
      }
    }
    return tokens;
  }

  /** The longest office phrase; the last one when two are as long. */
  private static Optional<Span> findNominal(List<Token> tokens) {
    for (int n = Math.min(Nominals.LONGEST, tokens.size()); n >= 1; n--) {
      for (int i = tokens.size() - n; i >= 0; i--) {
        Nominals.Query q = Nominals.of(join(tokens, i, i + n, true));
        if (q != null) {
          return Optional.of(new Span(i, i + n, q));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The body named in the phrase (one id), the context bodies when it names none (possibly an empty
   * list), or nothing when the phrase has words that are neither a body nor a modifier.
   */
  private Optional<List<String>> bodies(List<Token> tokens, Span nominal, List<String> context) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      boolean inNominal = i >= nominal.start() && i < nominal.end();
      if (!inNominal && !isModifierOrFiller(tokens.get(i).folded())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return Optional.of(context.stream().flatMap(c -> base.body(c).stream()).distinct().toList());
    }
    boolean crossesNominal = first < nominal.start() && last >= nominal.end();
    if (crossesNominal) {
      return Optional.empty();
    }
    return base.body(join(tokens, first, last + 1, false)).map(List::of);
  }

  private static boolean isModifierOrFiller(String folded) {
    return FILLERS.contains(folded) || PREVIOUS.contains(folded) || ACTING.contains(folded);
  }

  /** With no body named or given: the one body whose office it is at the date, if only one. */
  private List<String> unique(Nominals.Query query, LocalDate date) {
    List<String> bodies = base.roleTable().bodiesWith(r -> query.matches(r) && r.validAt(date));
    return bodies.size() == 1 ? bodies : List.of();
  }

  private List<RoleHolder> candidates(
      List<String> bodies, Nominals.Query query, LocalDate date, boolean previous, boolean acting) {
    Map<String, RoleHolder> byActor = new LinkedHashMap<>();
    for (String body : bodies) {
      for (Role r : roles(body, query, date, previous, acting)) {
        base.actor(r.actorId()).ifPresent(a -> byActor.putIfAbsent(a.id(), new RoleHolder(a, r)));
      }
    }
    return List.copyOf(byActor.values());
  }

  private List<Role> roles(
      String body, Nominals.Query query, LocalDate date, boolean previous, boolean acting) {
    Comparator<Role> order = Comparator.comparingInt(query::preference);
    order = order.thenComparing(previous ? RoleTable.LATEST_END : RoleTable.LATEST_START);
    if (acting) {
      order = Comparator.comparing((Role r) -> !r.acting()).thenComparing(order);
    }
    return base.roleTable().atBody(body, matching(body, query, date, previous), order);
  }

  private Predicate<Role> matching(
      String body, Nominals.Query query, LocalDate date, boolean previous) {
    if (!previous) {
      return r -> query.matches(r) && r.validAt(date);
    }
    Set<String> current =
        Set.copyOf(
            base
                .roleTable()
                .atBody(body, r -> query.matches(r) && r.validAt(date), RoleTable.LATEST_START)
                .stream()
                .map(Role::actorId)
                .toList());
    return r -> query.matches(r) && r.endedBefore(date) && !current.contains(r.actorId());
  }

  private static String join(List<Token> tokens, int from, int to, boolean folded) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "")
          .append(folded ? tokens.get(i).folded() : tokens.get(i).original());
    }
    return b.toString();
  }
}
