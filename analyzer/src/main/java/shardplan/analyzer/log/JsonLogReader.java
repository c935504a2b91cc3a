package shardplan.analyzer.log;

import java.io.IOException;

/**
 * Reads PostgreSQL 15's jsonlog: one flat JSON object per line ({@code timestamp}, {@code pid},
 * {@code session_id}, {@code vxid}, {@code error_severity}, {@code state_code}, {@code message},
 * {@code detail}, ...; newlines inside values are escaped, so a record never spans lines).
 * A small hand-written scanner that keeps only the keys the analyzer needs; nested values, which
 * PostgreSQL does not write, are skipped over.
 */
final class JsonLogReader {
  private final ReadContext ctx;
  private final RecordInterpreter interpreter;
  private final Timestamps timestamps = new Timestamps();
  private final LogRecord rec = new LogRecord();
  private final StringBuilder value = new StringBuilder();
  private final int maxChars;
  private char[] a;
  private int i;
  private int end;
  private boolean truncated;
  /** The {@code pid} of the record being read: the session when it has no session id. */
  private String pidValue;

  JsonLogReader(ReadContext ctx) {
    this.ctx = ctx;
    this.interpreter = new RecordInterpreter(ctx);
    this.maxChars = ctx.options.maxStatementBytes();
  }

  void read(CharSource src) throws IOException {
    long line = 0;
    long startOff = src.offset(src.pos);
    while (src.nextLine(maxChars)) {
      line++;
      ctx.lines++;
      long endOff = src.lineEndOffset;
      boolean bad = src.malformedBetween(startOff, endOff);
      startOff = endOff;
      if (src.lineTooLong) {
        ctx.skipped(LogSkipReasons.STATEMENT_TOO_LARGE, line);
        continue;
      }
      a = src.buf;
      i = src.lineStart;
      end = src.lineEnd;
      skipWs();
      if (i >= end) {
        continue; // blank line
      }
      if (bad) {
        ctx.skipped(LogSkipReasons.INVALID_ENCODING, line);
        continue;
      }
      rec.clear();
      rec.line = line;
      truncated = false;
      boolean ok;
      try {
        ok = object();
      } catch (IndexOutOfBoundsException ex) {
        ok = false;
        truncated = true;
      }
      if (!ok) {
        ctx.skipped(truncated ? LogSkipReasons.TRUNCATED_RECORD : LogSkipReasons.CORRUPT_JSON_RECORD, line);
        continue;
      }
      if (rec.severity == null) {
        ctx.skipped(LogSkipReasons.CORRUPT_JSON_RECORD, line);
        continue;
      }
      if (rec.session == null) {
        rec.session = pidValue == null ? "" : pidValue;
      }
      if (!rec.severity.isError()) {
        rec.sqlState = null;
      }
      pidValue = null;
      interpreter.accept(rec);
    }
  }

  /** Parses the object at {@code i}; false if it is not well formed. */
  private boolean object() {
    pidValue = null;
    if (a[i] != '{') {
      return false;
    }
    i++;
    skipWs();
    if (peek() == '}') {
      i++;
      return trailing();
    }
    while (true) {
      skipWs();
      if (peek() != '"') {
        return false;
      }
      String key = key();
      if (key == null) {
        return false;
      }
      skipWs();
      if (peek() != ':') {
        return false;
      }
      i++;
      skipWs();
      char c = peek();
      if (c == '"') {
        boolean keep = wanted(key);
        String v = string(keep);
        if (v == null && keep) {
          return false;
        }
        if (keep) {
          assign(key, v);
        }
      } else if (c == '-' || c >= '0' && c <= '9') {
        int s = i;
        while (i < end && "+-0123456789.eE".indexOf(a[i]) >= 0) {
          i++;
        }
        if (key.equals("pid")) {
          pidValue = new String(a, s, i - s);
        }
      } else if (c == 't' || c == 'f' || c == 'n') {
        String lit = c == 't' ? "true" : c == 'f' ? "false" : "null";
        for (int k = 0; k < lit.length(); k++) {
          if (peek() != lit.charAt(k)) {
            return false;
          }
          i++;
        }
      } else if (c == '{' || c == '[') {
        if (!skipNested()) {
          return false;
        }
      } else {
        return false;
      }
      skipWs();
      char n = peek();
      i++;
      if (n == ',') {
        continue;
      }
      if (n == '}') {
        return trailing();
      }
      return false;
    }
  }

  private boolean trailing() {
    skipWs();
    return i >= end;
  }

  private static final String[] KEYS = {
      "timestamp", "session_id", "vxid", "error_severity", "state_code", "message", "detail", "pid"};

  /**
   * Reads a key at {@code i} (on its opening quote). Returns the wanted key's constant String
   * without allocating, "" for any other plain key, or null if it is not a well-formed string.
   */
  private String key() {
    int s = i + 1;
    int j = s;
    while (j < end && a[j] != '"' && a[j] != '\\') {
      j++;
    }
    if (j < end && a[j] == '"') {
      i = j + 1;
      int n = j - s;
      for (String k : KEYS) {
        if (k.length() == n && a[s] == k.charAt(0) && same(s, k)) {
          return k;
        }
      }
      return "";
    }
    return string(true);
  }

  private boolean same(int s, String k) {
    for (int x = 1; x < k.length(); x++) {
      if (a[s + x] != k.charAt(x)) {
        return false;
      }
    }
    return true;
  }

  private static boolean wanted(String key) {
    switch (key) {
      case "timestamp", "session_id", "vxid", "error_severity", "state_code", "message", "detail", "pid":
        return true;
      default:
        return false;
    }
  }

  private void assign(String key, String v) {
    switch (key) {
      case "timestamp" -> rec.timestampMillis = timestamps.parse(v);
      case "session_id" -> rec.session = v.isEmpty() ? null : v;
      case "vxid" -> rec.vxid = v.isEmpty() ? null : v;
      case "error_severity" -> rec.severity = Severity.of(v);
      case "state_code" -> rec.sqlState = v.isEmpty() ? null : v;
      case "message" -> rec.message = v;
      case "detail" -> rec.detail = v;
      case "pid" -> pidValue = v;
      default -> {
      }
    }
  }

  /** Reads a string at {@code i} (on its opening quote); returns it if {@code keep}, else "". */
  private String string(boolean keep) {
    i++;
    value.setLength(0);
    while (true) {
      int s = i;
      while (i < end && a[i] != '"' && a[i] != '\\') {
        i++;
      }
      if (keep) {
        value.append(a, s, i - s);
      }
      char c = peek();
      i++;
      if (c == '"') {
        return keep ? value.toString() : "";
      }
      char esc = peek();
      i++;
      char out;
      switch (esc) {
        case '"', '\\', '/' -> out = esc;
        case 'b' -> out = '\b';
        case 'f' -> out = '\f';
        case 'n' -> out = '\n';
        case 'r' -> out = '\r';
        case 't' -> out = '\t';
        case 'u' -> {
          if (i + 4 > end) {
            truncated = true;
            return null;
          }
          int cp = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(a[i + k], 16);
            if (d < 0) {
              return null;
            }
            cp = cp * 16 + d;
          }
          i += 4;
          out = (char) cp;
        }
        default -> {
          return null;
        }
      }
      if (keep) {
        value.append(out);
      }
    }
  }

  private boolean skipNested() {
    int depth = 0;
    while (true) {
      char c = peek();
      if (c == '"') {
        if (string(false) == null) {
          return false;
        }
        continue;
      }
      i++;
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return true;
        }
      }
    }
  }

  /** The character at {@code i}; throws IndexOutOfBounds past the line (a cut-off record). */
  private char peek() {
    if (i >= end) {
      throw new IndexOutOfBoundsException();
    }
    return a[i];
  }

  private void skipWs() {
    while (i < end && (a[i] == ' ' || a[i] == '\t' || a[i] == '\r')) {
      i++;
    }
  }
}
