package org.annals.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.store.MergedEvent;

/**
 * Interactions counted by GDELT quad class (1 verbal cooperation … 4 material conflict), with their
 * mean Goldstein score: what a series' period and a network's edge both hold.
 */
final class QuadTally {
  private final int[] quad = new int[4];
  private double goldsteinSum;
  private int goldsteinCount;

  /** Counts {@code e} when it is an interaction (quad class 1–4); returns whether it did. */
  boolean add(MergedEvent e) {
    if (e.quad() < 1 || e.quad() > 4) {
      return false;
    }
    quad[e.quad() - 1]++;
    if (e.goldstein() != null) {
      goldsteinSum += e.goldstein();
      goldsteinCount++;
    }
    return true;
  }

  int events() {
    return quad[0] + quad[1] + quad[2] + quad[3];
  }

  /** Interactions of quad class {@code q} (1–4). */
  int quad(int q) {
    return quad[q - 1];
  }

  /** The mean Goldstein score, or {@code null} when no counted event has one. */
  Double goldstein() {
    return goldsteinCount == 0 ? null : goldsteinSum / goldsteinCount;
  }

  /** Puts {@code events}, {@code quad} {1..4} and {@code goldstein} (2 decimals) into {@code o}. */
  void putInto(ObjectNode o) {
    o.put("events", events());
    ObjectNode q = o.putObject("quad");
    for (int c = 1; c <= 4; c++) {
      q.put(Integer.toString(c), quad(c));
    }
    Double g = goldstein();
    if (g == null) {
      o.putNull("goldstein");
    } else {
      o.put("goldstein", Math.round(g * 100) / 100.0);
    }
  }
}
