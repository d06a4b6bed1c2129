package org.annals.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads PETRARCH-format actor and agent dictionaries (format: PETRARCH2's documentation). */
final class DictionaryFiles {
  private static final Pattern CODE =
      Pattern.compile(
          "\\[\\s*([^\\]\\s<>]*)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*\\]");
  private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.*)$");

  record Code(String code, int from, int to) {}

  record Entry(List<String> words, boolean exact, List<Code> codes) {}

  private DictionaryFiles() {}

  /** Actor entries: a name line, its {@code +SYNONYM} lines and its {@code [CODE]} lines. */
  static List<Entry> actors(List<String> lines) {
    List<Entry> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Code> codes = new ArrayList<>();
    for (String raw : uncommented(lines)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("+")) {
        names.add(line.substring(1));
      } else if (line.startsWith("[")) {
        codes.addAll(codes(line));
      } else {
        flush(names, codes, out);
        int b = line.indexOf('[');
        names.add(b < 0 ? line : line.substring(0, b));
        if (b >= 0) {
          codes.addAll(codes(line.substring(b)));
        }
      }
    }
    flush(names, codes, out);
    return out;
  }

  /** Discard phrases, lower-cased (story-level {@code +} marks dropped: a record is one story). */
  static List<String> discards(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String raw : uncommented(lines)) {
      String l = raw.strip();
      if (l.startsWith("+")) {
        l = l.substring(1).strip();
      }
      if (!l.isEmpty()) {
        out.add(l.replace('_', ' ').toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Agent entries: {@code NOUN {PLURAL} [~SUFFIX]}, with {@code !MACRO!} substitutions. */
  static List<Entry> agents(List<String> lines) {
    Map<String, List<String>> macros = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    for (String raw : uncommented(lines)) {
      String line = raw.strip();
      Matcher m = MACRO.matcher(line);
      if (m.matches()) {
        macros.put(m.group(1), Arrays.stream(m.group(2).split(",")).map(String::strip).toList());
        continue;
      }
      int b = line.indexOf('[');
      if (line.isEmpty() || b < 0) {
        continue;
      }
      String noun = line.substring(0, b).replaceAll("\\{[^}]*\\}", "").strip();
      List<Code> codes = codes(line.substring(b));
      for (String n : expand(noun, macros)) {
        String exact = n.endsWith("_") ? n : n + "_";
        out.add(entry(exact, codes));
        out.add(entry(exact.substring(0, exact.length() - 1) + "S_", codes));
      }
    }
    return out;
  }

  private static List<String> expand(String noun, Map<String, List<String>> macros) {
    for (var e : macros.entrySet()) {
      if (noun.contains(e.getKey())) {
        List<String> out = new ArrayList<>();
        e.getValue().forEach(v -> out.add(noun.replace(e.getKey(), v)));
        return out;
      }
    }
    return List.of(noun);
  }

  private static void flush(List<String> names, List<Code> codes, List<Entry> out) {
    if (!codes.isEmpty()) {
      for (String n : names) {
        out.add(entry(n, codes));
      }
    }
    names.clear();
    codes.clear();
  }

  private static Entry entry(String name, List<Code> codes) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    boolean exact = n.endsWith("_");
    List<String> words =
        Arrays.stream(n.replace('_', ' ').strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    return new Entry(words, exact, List.copyOf(codes));
  }

  private static List<Code> codes(String s) {
    List<Code> out = new ArrayList<>();
    Matcher m = CODE.matcher(s);
    while (m.find()) {
      String code = m.group(1);
      if (code.isEmpty() || code.startsWith("#") || code.startsWith("+")) {
        continue;
      }
      int from = 0;
      int to = Integer.MAX_VALUE;
      if ("<".equals(m.group(2))) {
        to = day(m.group(3)) - 1;
      } else if (">".equals(m.group(2))) {
        from = day(m.group(3)) + 1;
      } else if (m.group(4) != null) {
        from = day(m.group(4));
        to = day(m.group(5));
      }
      out.add(new Code(code.toUpperCase(Locale.ROOT), from, to));
    }
    return out;
  }

  /** YYMMDD (19YY from 30 on, else 20YY) or YYYYMMDD as a YYYYMMDD number. */
  static int day(String d) {
    if (d.length() == 8) {
      return Integer.parseInt(d);
    }
    int yy = Integer.parseInt(d.substring(0, 2));
    return (yy >= 30 ? 1900 + yy : 2000 + yy) * 10000 + Integer.parseInt(d.substring(2));
  }

  private static List<String> uncommented(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    for (String line : lines) {
      String l = line;
      if (inComment) {
        int end = l.indexOf("-->");
        if (end < 0) {
          continue;
        }
        l = l.substring(end + 3);
        inComment = false;
      }
      l = l.replaceAll("<!--.*?-->", "");
      int open = l.indexOf("<!--");
      if (open >= 0) {
        inComment = true;
        l = l.substring(0, open);
      }
      int hash = l.indexOf('#');
      out.add(hash >= 0 ? l.substring(0, hash) : l);
    }
    return out;
  }
}
