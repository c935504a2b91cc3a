package shardplan.analyzer.log;

import java.io.IOException;

/**
 * Reads stderr logs: a message is a line led by the {@code log_line_prefix} and a severity label,
 * the tab-indented lines after it (PostgreSQL indents every further line of a message with a tab),
 * and its secondary lines ({@code DETAIL:}, {@code HINT:}, {@code CONTEXT:}, {@code STATEMENT:},
 * {@code QUERY:}, {@code LOCATION:}) with their own indented lines. The server writes a message
 * and its secondary lines in one piece, so they follow each other. Handles
 * {@code log_error_verbosity = verbose} ({@code LOG:  00000: statement: ...}).
 */
final class StderrLogReader {
  private final ReadContext ctx;
  private final LinePrefix prefix;
  private final RecordInterpreter interpreter;
  private final Timestamps timestamps = new Timestamps();
  private final LinePrefix.Match match = new LinePrefix.Match();
  private final LogRecord rec = new LogRecord();
  private final int maxChars;

  // the message being assembled
  private boolean pending;
  private long pendingLine;
  private long pendingStartOffset;
  private long pendingEndOffset;
  private boolean pendingTooLarge;
  private Severity pendingSeverity;
  private String pendingSession;
  private String pendingVxid;
  private String pendingState;
  private long pendingTime;
  private final StringBuilder message = new StringBuilder();
  private final StringBuilder detail = new StringBuilder();
  private boolean hasDetail;
  /** Where indented lines go: 0 the message, 1 the detail, 2 nowhere (hint, context, ...). */
  private int section;
  private String lastSession = "";

  StderrLogReader(ReadContext ctx, LinePrefix prefix) {
    this.ctx = ctx;
    this.prefix = prefix;
    this.interpreter = new RecordInterpreter(ctx);
    this.maxChars = ctx.options.maxStatementBytes();
  }

  void read(CharSource src) throws IOException {
    long line = 0;
    long lineStartOffset = src.offset(src.pos);
    while (src.nextLine(maxChars)) {
      line++;
      ctx.lines++;
      char[] b = src.buf;
      int s = src.lineStart;
      int e = src.lineEnd;
      long startOff = lineStartOffset;
      long endOff = src.lineEndOffset;
      lineStartOffset = endOff;
      if (src.lineTooLong) {
        if (pending && src.lineFirst == '\t') {
          pendingTooLarge = true; // an indented line of the message being assembled
          pendingEndOffset = endOff;
        } else {
          flush(src);
          src.malformedBetween(startOff, endOff);
          ctx.skipped(LogSkipReasons.STATEMENT_TOO_LARGE, line);
        }
        continue;
      }
      if (s == e) {
        continue; // blank line: not part of any message
      }
      if (b[s] == '\t') {
        if (!pending) {
          src.malformedBetween(startOff, endOff);
          ctx.skipped(LogSkipReasons.UNRECOGNISED_LINE, line);
          continue;
        }
        StringBuilder to = section == 0 ? message : section == 1 ? detail : null;
        if (to != null) {
          if (to.length() + (e - s) > maxChars) {
            pendingTooLarge = true;
          } else {
            to.append('\n').append(b, s + 1, e - s - 1);
          }
        }
        pendingEndOffset = endOff;
        continue;
      }
      if (!prefix.match(b, s, e, match)) {
        flush(src);
        src.malformedBetween(startOff, endOff);
        ctx.skipped(LogSkipReasons.UNRECOGNISED_LINE, line);
        continue;
      }
      Severity sev = match.severity;
      if (sev.isSecondary() && pending && sameSession(b)) {
        pendingEndOffset = endOff;
        if (sev == Severity.DETAIL) {
          section = 1;
          hasDetail = true;
          detail.setLength(0);
          detail.append(b, match.messageStart, e - match.messageStart);
        } else {
          section = 2;
        }
        continue;
      }
      flush(src);
      start(b, e, line, startOff, endOff);
    }
    flush(src);
  }

  private boolean sameSession(char[] b) {
    if (pendingSession == null) {
      return true;
    }
    int st;
    int en;
    if (match.sessionStart >= 0) {
      st = match.sessionStart;
      en = match.sessionEnd;
    } else if (match.pidStart >= 0) {
      st = match.pidStart;
      en = match.pidEnd;
    } else {
      return true;
    }
    return pendingSession.contentEquals(java.nio.CharBuffer.wrap(b, st, en - st));
  }

  private void start(char[] b, int e, long line, long startOff, long endOff) {
    pending = true;
    pendingLine = line;
    pendingStartOffset = startOff;
    pendingEndOffset = endOff;
    pendingTooLarge = false;
    pendingSeverity = match.severity;
    pendingSession = null;
    int st = -1;
    int en = 0;
    if (match.sessionStart >= 0) {
      st = match.sessionStart;
      en = match.sessionEnd;
    } else if (match.pidStart >= 0) {
      st = match.pidStart;
      en = match.pidEnd;
    }
    if (st >= 0) {
      if (!lastSession.contentEquals(java.nio.CharBuffer.wrap(b, st, en - st))) {
        lastSession = new String(b, st, en - st);
      }
      pendingSession = lastSession;
    }
    pendingVxid = match.vxidStart >= 0 ? new String(b, match.vxidStart, match.vxidEnd - match.vxidStart) : null;
    pendingState = match.stateStart >= 0 ? new String(b, match.stateStart, 5) : null;
    pendingTime = match.timeStart >= 0 ? timestamps.parse(b, match.timeStart, match.timeEnd) : -1;
    int ms = match.messageStart;
    // log_error_verbosity = verbose puts the SQLSTATE first: "00000: statement: ..."
    if (e - ms > 7 && b[ms + 5] == ':' && b[ms + 6] == ' ' && isStateCode(b, ms)) {
      pendingState = new String(b, ms, 5);
      ms += 7;
    }
    message.setLength(0);
    message.append(b, ms, e - ms);
    hasDetail = false;
    detail.setLength(0);
    section = 0;
  }

  /**
   * stderr appends the error's cursor position to the message ({@code ... at character 15}) where
   * csvlog and jsonlog keep it apart; dropped so that every format gives the same message.
   */
  private static String withoutCursorPosition(StringBuilder m) {
    int n = m.length();
    int i = n;
    while (i > 0 && Character.isDigit(m.charAt(i - 1))) {
      i--;
    }
    String marker = " at character ";
    if (i < n && i >= marker.length() && m.substring(i - marker.length(), i).equals(marker)) {
      return m.substring(0, i - marker.length());
    }
    return m.toString();
  }

  private static boolean isStateCode(char[] b, int s) {
    for (int i = s; i < s + 5; i++) {
      char c = b[i];
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private void flush(CharSource src) {
    if (!pending) {
      return;
    }
    pending = false;
    boolean bad = src.malformedBetween(pendingStartOffset, pendingEndOffset);
    if (bad) {
      ctx.skipped(LogSkipReasons.INVALID_ENCODING, pendingLine);
      return;
    }
    if (pendingTooLarge) {
      ctx.skipped(LogSkipReasons.STATEMENT_TOO_LARGE, pendingLine);
      return;
    }
    rec.clear();
    rec.line = pendingLine;
    rec.severity = pendingSeverity;
    rec.session = pendingSession == null ? "" : pendingSession;
    rec.vxid = pendingVxid;
    rec.timestampMillis = pendingTime;
    rec.sqlState = pendingSeverity.isError() ? pendingState : null;
    rec.message = pendingSeverity.isError() ? withoutCursorPosition(message) : message.toString();
    rec.detail = hasDetail ? detail.toString() : null;
    interpreter.accept(rec);
  }
}
