package dev.gazette.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Up to six related articles for each article: those sharing the most tags first (nearest in date
 * among equals, then by path), then the nearest articles of the same channel. Candidates come from
 * a window of {@value #WINDOW} articles either side in each tag's date order, so the work is
 * bounded per article however large a tag grows.
 *
 * <p>Articles are numbered by their place in the site's list, and each tag's list is an array of
 * those numbers, so counting the tags two articles share needs no hashing: at 100,000 articles
 * the hashed version took most of the site's assembly.
 */
final class Related {
  static final int COUNT = 6;
  static final int WINDOW = 40;

  private final List<Article> articles;
  private final IdentityHashMap<Article, Integer> number;
  private final long[] epoch;
  /** Per tag, its articles' numbers in its date order. */
  private final int[][] lists;
  /** Per article, pairs of (tag list, position in it). */
  private final int[][] places;
  private final ThreadLocal<Scratch> scratch;

  Related(List<Article> articles, Map<String, Site.Term> tags) {
    int n = articles.size();
    this.articles = articles;
    number = new IdentityHashMap<>(n * 2);
    epoch = new long[n];
    for (int i = 0; i < n; i++) {
      number.put(articles.get(i), i);
      epoch[i] = articles.get(i).date().toEpochSecond();
    }
    lists = new int[tags.size()][];
    int[] memberships = new int[n];
    int t = 0;
    for (Site.Term term : tags.values()) {
      var list = term.articles();
      int[] ids = new int[list.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = number.get(list.get(i));
        memberships[ids[i]]++;
      }
      lists[t++] = ids;
    }
    places = new int[n][];
    for (int i = 0; i < n; i++) {
      places[i] = new int[2 * memberships[i]];
      memberships[i] = 0;
    }
    for (int l = 0; l < lists.length; l++) {
      for (int p = 0; p < lists[l].length; p++) {
        int a = lists[l][p];
        places[a][memberships[a]++] = l;
        places[a][memberships[a]++] = p;
      }
    }
    scratch = ThreadLocal.withInitial(() -> new Scratch(n));
  }

  /** The related articles of the article at {@code channelIndex} in its own channel's list. */
  List<Article> of(Article a, List<Article> channelList, int channelIndex) {
    int self = number.get(a);
    Scratch s = scratch.get();
    s.round++;
    int found = 0;
    int[] place = places[self];
    for (int k = 0; k < place.length; k += 2) {
      int[] list = lists[place[k]];
      int at = place[k + 1];
      for (int j = Math.max(0, at - WINDOW), end = Math.min(list.length, at + WINDOW + 1); j < end; j++) {
        int o = list[j];
        if (o == self) {
          continue;
        }
        if (s.stamp[o] != s.round) {
          s.stamp[o] = s.round;
          s.shared[o] = 1;
          if (found == s.candidates.length) {
            s.candidates = java.util.Arrays.copyOf(s.candidates, found * 2);
          }
          s.candidates[found++] = o;
        } else {
          s.shared[o]++;
        }
      }
    }
    // the best six, in order, by insertion: more shared tags, then nearer in time, then by path
    int[] best = new int[COUNT];
    int size = 0;
    for (int c = 0; c < found; c++) {
      int o = s.candidates[c];
      if (size == COUNT && !before(o, best[COUNT - 1], self, s)) {
        continue;
      }
      int at = size == COUNT ? COUNT - 1 : size++;
      while (at > 0 && before(o, best[at - 1], self, s)) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = o;
    }
    var out = new ArrayList<Article>(COUNT);
    for (int i = 0; i < size; i++) {
      out.add(articles.get(best[i]));
    }
    for (int d = 1; out.size() < COUNT && (channelIndex - d >= 0 || channelIndex + d < channelList.size()); d++) {
      for (int i : new int[] {channelIndex - d, channelIndex + d}) {
        if (i >= 0 && i < channelList.size() && out.size() < COUNT && !containsSame(out, channelList.get(i))) {
          out.add(channelList.get(i));
        }
      }
    }
    return out;
  }

  /** Whether candidate {@code x} ranks before {@code y} for the article {@code self}. */
  private boolean before(int x, int y, int self, Scratch s) {
    if (s.shared[x] != s.shared[y]) {
      return s.shared[x] > s.shared[y];
    }
    long dx = Math.abs(epoch[x] - epoch[self]);
    long dy = Math.abs(epoch[y] - epoch[self]);
    if (dx != dy) {
      return dx < dy;
    }
    return articles.get(x).relPath().compareTo(articles.get(y).relPath()) < 0;
  }

  private static boolean containsSame(List<Article> list, Article a) {
    for (Article x : list) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }

  /** One thread's counters, by article number; {@code stamp} says which article's round set them. */
  private static final class Scratch {
    final int[] stamp;
    final int[] shared;
    int[] candidates = new int[256];
    int round;

    Scratch(int n) {
      stamp = new int[n];
      shared = new int[n];
    }
  }
}
