package shardplan.analyzer.log;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells a file's format from its first lines: a JSON object is jsonlog; a line that starts with a
 * timestamp, a zone and a comma is csvlog; lines that a known {@code log_line_prefix} (or the
 * given one) leads to a severity label are stderr; anything else is SQL, unless the file name
 * says it is a log ({@code .csv}, {@code .json}, {@code .log}), so that a damaged log is read as a
 * log and its damage counted, rather than taken for SQL.
 */
final class FormatDetector {
  /** Characters looked at. */
  static final int SAMPLE_CHARS = 1 << 16;
  private static final int SAMPLE_LINES = 200;

  /** The format, and for stderr the prefix that fits (null otherwise). */
  record Detected(LogFormat format, LinePrefix prefix) {
  }

  private FormatDetector() {
  }

  static Detected detect(CharSource src, String fileName, String userPrefix) throws IOException {
    src.ensure(SAMPLE_CHARS);
    if (src.pos < src.lim && src.buf[src.pos] == '\uFEFF') {
      src.pos++; // byte order mark
    }
    char[] b = src.buf;
    int end = src.lim;
    List<int[]> lines = new ArrayList<>();
    int i = src.pos;
    while (i < end && lines.size() < SAMPLE_LINES) {
      int e = i;
      while (e < end && b[e] != '\n') {
        e++;
      }
      int le = e > i && b[e - 1] == '\r' ? e - 1 : e;
      if (le > i && b[i] != '\t' && !isBlank(b, i, le)) {
        lines.add(new int[] {i, le});
      }
      i = e + 1;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (!lines.isEmpty()) {
      int[] first = lines.get(0);
      int s = first[0];
      while (s < first[1] && (b[s] == ' ' || b[s] == '\t')) {
        s++;
      }
      if (b[s] == '{') {
        return new Detected(LogFormat.JSONLOG, null);
      }
      if (CsvLogReader.looksLikeRecordStart(b, first[0], end)) {
        return new Detected(LogFormat.CSVLOG, null);
      }
    }
    LinePrefix.Match m = new LinePrefix.Match();
    int genericHits = count(LinePrefix.GENERIC, lines, b, m);
    if (userPrefix != null) {
      LinePrefix p = LinePrefix.compile(userPrefix);
      if (count(p, lines, b, m) > 0 || genericHits > 0 || name.endsWith(".log")) {
        return new Detected(LogFormat.STDERR, p);
      }
    } else {
      // most lines matched wins; on a tie, the prefix whose literal text matched more of the
      // lines (free escapes such as %d can swallow the rest of a longer prefix); then the first
      LinePrefix best = null;
      int bestHits = 0;
      long bestLiteral = -1;
      for (String spec : LinePrefix.COMMON) {
        LinePrefix p = LinePrefix.compile(spec);
        long[] literal = new long[1];
        int hits = count(p, lines, b, m, literal);
        if (hits > bestHits || hits == bestHits && hits > 0 && literal[0] > bestLiteral) {
          best = p;
          bestHits = hits;
          bestLiteral = literal[0];
        }
      }
      if (best != null && bestHits * 2 >= genericHits) {
        return new Detected(LogFormat.STDERR, best);
      }
      if (genericHits > 0 && genericHits * 2 >= lines.size()) {
        return new Detected(LogFormat.STDERR, LinePrefix.GENERIC);
      }
    }
    if (name.endsWith(".csv")) {
      return new Detected(LogFormat.CSVLOG, null);
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return new Detected(LogFormat.JSONLOG, null);
    }
    if (name.endsWith(".log")) {
      return new Detected(LogFormat.STDERR, userPrefix != null ? LinePrefix.compile(userPrefix) : LinePrefix.GENERIC);
    }
    return new Detected(LogFormat.SQL, null);
  }

  private static int count(LinePrefix p, List<int[]> lines, char[] b, LinePrefix.Match m) {
    return count(p, lines, b, m, new long[1]);
  }

  private static int count(LinePrefix p, List<int[]> lines, char[] b, LinePrefix.Match m, long[] literal) {
    int hits = 0;
    for (int[] l : lines) {
      if (p.match(b, l[0], l[1], m)) {
        hits++;
        literal[0] += m.literalChars;
      }
    }
    return hits;
  }

  private static boolean isBlank(char[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }
}
