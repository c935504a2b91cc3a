package shardplan.analyzer.log;

import java.io.IOException;

/**
 * Reads PostgreSQL's csvlog: RFC 4180 records ({@code ""} inside quotes, newlines inside quoted
 * fields) of 26 columns (PostgreSQL 14+; 13 writes 24, 9.0-12 write 23, 8.4 wrote 22; all are
 * read). Hand-written over the decoded character buffer: no regex and no String per line, since
 * this is the hot loop of the whole analyzer.
 *
 * <p>A record cut short is recognised when a line inside a quoted field starts like a csvlog
 * record ({@code 2024-05-01 12:00:00.123 UTC,}): the cut record is skipped as
 * {@code truncated_record} and reading resumes there, rather than swallowing the records behind it.
 */
final class CsvLogReader {
  private static final int MAX_FIELDS = 32;
  private static final int MIN_COLUMNS = 22;
  private static final int MAX_COLUMNS = 26;
  private static final int LOG_TIME = 0;
  private static final int PID = 3;
  private static final int SESSION_ID = 5;
  private static final int VXID = 9;
  private static final int SEVERITY = 11;
  private static final int SQL_STATE = 12;
  private static final int MESSAGE = 13;
  private static final int DETAIL = 14;

  private final ReadContext ctx;
  private final RecordInterpreter interpreter;
  private final Timestamps timestamps = new Timestamps();
  private final LogRecord rec = new LogRecord();
  private final int maxChars;

  private char[] text = new char[8192];
  private int tlen;
  private final int[] fs = new int[MAX_FIELDS + 1];
  private final int[] fe = new int[MAX_FIELDS + 1];
  private int nf;
  private long line;
  private boolean corrupt;
  private boolean truncated;
  private boolean tooLarge;
  private boolean endedByEof;
  private String lastSession = "";
  private String lastVxid = "";

  CsvLogReader(ReadContext ctx) {
    this.ctx = ctx;
    this.interpreter = new RecordInterpreter(ctx);
    this.maxChars = ctx.options.maxStatementBytes();
  }

  void read(CharSource src) throws IOException {
    line = 1;
    long newlinesBefore = 0;
    boolean partialLast = false;
    while (true) {
      if (src.pos >= src.lim && !src.fill()) {
        break;
      }
      long startLine = line;
      long startOff = src.offset(src.pos);
      readRecord(src);
      long endOff = src.offset(src.pos);
      partialLast = endedByEof;
      boolean badBytes = src.malformedBetween(startOff, endOff);
      if (nf == 1 && fe[0] == fs[0] && !corrupt && !truncated) {
        continue; // blank line: not a record
      }
      rec.clear();
      rec.line = startLine;
      if (badBytes) {
        ctx.skipped(LogSkipReasons.INVALID_ENCODING, startLine);
      } else if (tooLarge) {
        ctx.skipped(LogSkipReasons.STATEMENT_TOO_LARGE, startLine);
      } else if (truncated) {
        ctx.skipped(LogSkipReasons.TRUNCATED_RECORD, startLine);
      } else if (corrupt || nf > MAX_COLUMNS) {
        ctx.skipped(LogSkipReasons.CORRUPT_CSV_RECORD, startLine);
      } else if (nf < MIN_COLUMNS) {
        ctx.skipped(endedByEof ? LogSkipReasons.TRUNCATED_RECORD : LogSkipReasons.CORRUPT_CSV_RECORD, startLine);
      } else {
        interpret(startLine);
      }
    }
    ctx.lines += (line - 1) + (partialLast ? 1 : 0);
  }

  private void interpret(long startLine) {
    Severity sev = Severity.of(text, fs[SEVERITY], fe[SEVERITY]);
    if (sev == null || sev.isSecondary()) {
      ctx.skipped(LogSkipReasons.CORRUPT_CSV_RECORD, startLine);
      return;
    }
    rec.severity = sev;
    if (sev != Severity.LOG && !sev.isError()) {
      ctx.ignored();
      return;
    }
    rec.timestampMillis = timestamps.parse(text, fs[LOG_TIME], fe[LOG_TIME]);
    int sessionField = fe[SESSION_ID] > fs[SESSION_ID] ? SESSION_ID : PID;
    if (!same(lastSession, sessionField)) {
      lastSession = field(sessionField);
    }
    rec.session = lastSession;
    if (fe[VXID] > fs[VXID]) {
      if (!same(lastVxid, VXID)) {
        lastVxid = field(VXID);
      }
      rec.vxid = lastVxid;
    }
    if (sev.isError() && fe[SQL_STATE] > fs[SQL_STATE]) {
      rec.sqlState = field(SQL_STATE);
    }
    rec.message = field(MESSAGE);
    if (fe[DETAIL] > fs[DETAIL]) {
      rec.detail = field(DETAIL);
    }
    interpreter.accept(rec);
  }

  private String field(int i) {
    return new String(text, fs[i], fe[i] - fs[i]);
  }

  private boolean same(String s, int field) {
    int n = fe[field] - fs[field];
    if (s.length() != n) {
      return false;
    }
    int o = fs[field];
    for (int k = 0; k < n; k++) {
      if (text[o + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Reads one record from {@code src.pos}; leaves {@code src.pos} after its line end. */
  private void readRecord(CharSource src) throws IOException {
    tlen = 0;
    nf = 0;
    corrupt = false;
    truncated = false;
    tooLarge = false;
    endedByEof = false;
    outer:
    while (true) {
      if (nf == MAX_FIELDS) {
        corrupt = true;
        skipLine(src);
        return;
      }
      fs[nf] = tlen;
      if (src.pos >= src.lim && !src.fill()) {
        fe[nf++] = tlen;
        endedByEof = true;
        return;
      }
      if (src.buf[src.pos] == '"') {
        src.pos++;
        while (true) {
          char[] b = src.buf;
          int i = src.pos;
          int lim = src.lim;
          int st = i;
          while (i < lim) {
            char ch = b[i];
            if (ch == '"' || ch == '\n') {
              break;
            }
            i++;
          }
          copy(b, st, i);
          src.pos = i;
          if (i >= lim) {
            if (!src.fill()) {
              truncated = true;
              fe[nf++] = tlen;
              endedByEof = true;
              return;
            }
            continue;
          }
          src.pos = i + 1;
          if (b[i] == '\n') {
            append('\n');
            line++;
            if (looksLikeRecordStart(src)) {
              truncated = true;
              fe[nf++] = tlen;
              return;
            }
            continue;
          }
          if (src.ensure(1) < 1) {
            fe[nf++] = tlen;
            endedByEof = true;
            return;
          }
          char n = src.buf[src.pos];
          if (n == '"') {
            append('"');
            src.pos++;
            continue;
          }
          fe[nf++] = tlen;
          if (n == ',') {
            src.pos++;
            continue outer;
          }
          if (n == '\n') {
            src.pos++;
            line++;
            return;
          }
          if (n == '\r' && src.ensure(2) >= 2 && src.buf[src.pos + 1] == '\n') {
            src.pos += 2;
            line++;
            return;
          }
          corrupt = true;
          skipLine(src);
          return;
        }
      }
      while (true) {
        char[] b = src.buf;
        int i = src.pos;
        int lim = src.lim;
        int st = i;
        while (i < lim) {
          char ch = b[i];
          if (ch == ',' || ch == '\n' || ch == '"') {
            break;
          }
          i++;
        }
        copy(b, st, i);
        src.pos = i;
        if (i >= lim) {
          if (!src.fill()) {
            fe[nf++] = stripCr();
            endedByEof = true;
            return;
          }
          continue;
        }
        char ch = b[i];
        if (ch == ',') {
          src.pos = i + 1;
          fe[nf++] = tlen;
          continue outer;
        }
        if (ch == '\n') {
          src.pos = i + 1;
          fe[nf++] = stripCr();
          line++;
          return;
        }
        corrupt = true; // a quote inside an unquoted field
        skipLine(src);
        return;
      }
    }
  }

  private int stripCr() {
    if (tlen > fs[nf] && text[tlen - 1] == '\r') {
      tlen--;
    }
    return tlen;
  }

  private void skipLine(CharSource src) throws IOException {
    while (true) {
      char[] b = src.buf;
      int lim = src.lim;
      for (int i = src.pos; i < lim; i++) {
        if (b[i] == '\n') {
          src.pos = i + 1;
          line++;
          return;
        }
      }
      src.pos = lim;
      if (!src.fill()) {
        endedByEof = true;
        return;
      }
    }
  }

  /** Whether the text at {@code src.pos} starts like a csvlog record: a timestamp, a zone, a comma. */
  static boolean looksLikeRecordStart(CharSource src) throws IOException {
    int n = src.ensure(48);
    if (n == 0 && src.endsBeforeRecord) {
      return true; // the rest of the input, cut off from this chunk, starts with a record
    }
    return looksLikeRecordStart(src.buf, src.pos, src.pos + n);
  }

  /** Whether {@code b[p, end)} starts like a csvlog record: a timestamp, a zone, a comma. */
  static boolean looksLikeRecordStart(char[] b, int p, int end) {
    if (end - p < 21) {
      return false;
    }
    String shape = "dddd-dd-dd dd:dd:dd";
    for (int k = 0; k < shape.length(); k++) {
      char want = shape.charAt(k);
      char c = b[p + k];
      if (want == 'd' ? c < '0' || c > '9' : c != want) {
        return false;
      }
    }
    int i = p + shape.length();
    end = Math.min(end, p + 64);
    if (i < end && b[i] == '.') {
      i++;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
    }
    if (i >= end || b[i] != ' ') {
      return false;
    }
    i++;
    int zs = i;
    while (i < end && (Character.isLetterOrDigit(b[i]) || b[i] == '+' || b[i] == '-' || b[i] == ':')) {
      i++;
    }
    return i > zs && i < end && b[i] == ',';
  }

  private void copy(char[] b, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    if (tlen + n > maxChars) {
      tooLarge = true;
      return;
    }
    if (tlen + n > text.length) {
      grow(tlen + n);
    }
    System.arraycopy(b, from, text, tlen, n);
    tlen += n;
  }

  private void append(char c) {
    if (tlen + 1 > maxChars) {
      tooLarge = true;
      return;
    }
    if (tlen == text.length) {
      grow(tlen + 1);
    }
    text[tlen++] = c;
  }

  private void grow(int need) {
    int cap = Math.max(need, text.length * 2);
    char[] t = new char[cap];
    System.arraycopy(text, 0, t, 0, tlen);
    text = t;
  }
}
