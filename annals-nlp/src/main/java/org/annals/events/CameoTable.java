package org.annals.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The code table {@code cameo.tsv}, loaded once. */
final class CameoTable {
  static final CameoTable INSTANCE = load("cameo.tsv");

  private final Map<String, Cameo> codes;

  private CameoTable(Map<String, Cameo> codes) {
    this.codes = Map.copyOf(codes);
  }

  Cameo get(String code) {
    return code == null ? null : codes.get(code);
  }

  int size() {
    return codes.size();
  }

  static CameoTable load(String resource) {
    Map<String, Cameo> codes = new HashMap<>();
    try (InputStream in = CameoTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource org/annals/events/" + resource + " is missing from the jar; rebuild Annals");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          Cameo c = parse(line, resource, n);
          codes.put(c.code(), c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return new CameoTable(codes);
  }

  private static Cameo parse(String line, String resource, int n) {
    String[] f = line.split("\t", -1);
    if (f.length != 6) {
      throw new IllegalStateException(
          resource + " line " + n + ": expected 6 tab-separated fields, got " + f.length);
    }
    Plover p = f[4].isBlank() ? null : new Plover(f[4], f[5]);
    return new Cameo(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), p);
  }
}
