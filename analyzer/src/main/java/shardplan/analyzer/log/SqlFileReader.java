package shardplan.analyzer.log;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a plain SQL script: each statement (split by {@link SqlSplitter}) is one
 * {@link LogEvent.Statement} in session {@value #SESSION}, its source the line it starts on. psql
 * meta-commands ({@code \copy}, {@code \set}) and the data of {@code COPY ... FROM stdin} (up to
 * {@code \.}) are not statements and are ignored.
 */
final class SqlFileReader {
  /** Session of every statement of a SQL file. */
  static final String SESSION = "sql";

  private final ReadContext ctx;
  private final int maxChars;

  SqlFileReader(ReadContext ctx) {
    this.ctx = ctx;
    this.maxChars = ctx.options.maxStatementBytes();
  }

  void read(CharSource src) throws IOException {
    SqlSplitter sp = new SqlSplitter(maxChars);
    long newlines = 0;
    long stmtStart = src.offset(src.pos);
    char last = '\n';
    while (true) {
      if (src.pos >= src.lim && !src.fill()) {
        break;
      }
      char[] b = src.buf;
      int lim = src.lim;
      while (src.pos < lim) {
        char c = b[src.pos++];
        if (c == '\n') {
          newlines++;
        }
        last = c;
        int r = sp.feed(c);
        if (r == SqlSplitter.NONE) {
          continue;
        }
        long at = src.offset(src.pos);
        boolean bad = src.malformedBetween(stmtStart, at);
        stmtStart = at;
        if (r == SqlSplitter.META) {
          sp.take();
          ctx.ignored();
          continue;
        }
        long line = sp.startLine();
        boolean binary = sp.binary();
        boolean tooLarge = sp.tooLarge();
        String sql = sp.take();
        if (sql.isEmpty()) {
          continue;
        }
        if (outcome(sql, line, bad, binary, tooLarge) && isCopyFromStdin(sql)) {
          long skipped = skipCopyData(src);
          newlines += skipped;
          sp.addLines(skipped);
          stmtStart = src.offset(src.pos);
          ctx.ignored();
        }
        b = src.buf;
        lim = src.lim;
      }
    }
    if (sp.hasPending()) {
      boolean bad = src.malformedBetween(stmtStart, src.offset(src.lim) + 1);
      long line = sp.startLine();
      if (sp.insideQuote()) {
        sp.take();
        ctx.skipped(LogSkipReasons.TRUNCATED_RECORD, line);
      } else {
        boolean binary = sp.binary();
        boolean tooLarge = sp.tooLarge();
        outcome(sp.take(), line, bad, binary, tooLarge);
      }
    }
    ctx.lines += newlines + (last != '\n' ? 1 : 0);
  }

  /** Emits or skips one statement; true if it was emitted. */
  private boolean outcome(String sql, long line, boolean bad, boolean binary, boolean tooLarge) {
    if (bad) {
      ctx.skipped(LogSkipReasons.INVALID_ENCODING, line);
    } else if (binary) {
      ctx.skipped(LogSkipReasons.BINARY_DATA, line);
    } else if (tooLarge) {
      ctx.skipped(LogSkipReasons.STATEMENT_TOO_LARGE, line);
    } else {
      ctx.used();
      ctx.emit(new LogEvent.Statement(SESSION, null, -1, sql, List.of(), ctx.source(line)));
      return true;
    }
    return false;
  }

  static boolean isCopyFromStdin(String sql) {
    if (sql.length() < 15 || !sql.regionMatches(true, 0, "copy", 0, 4)) {
      return false;
    }
    String flat = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return flat.contains(" from stdin");
  }

  /** Skips the rest of the current line and the data lines up to {@code \.}; returns lines passed. */
  private long skipCopyData(CharSource src) throws IOException {
    long n = 0;
    // the rest of the COPY line
    if (!src.nextLine(maxChars)) {
      return 0;
    }
    n++;
    while (src.nextLine(maxChars)) {
      n++;
      if (src.lineEnd - src.lineStart == 2 && src.buf[src.lineStart] == '\\' && src.buf[src.lineStart + 1] == '.') {
        break;
      }
    }
    return n;
  }
}
