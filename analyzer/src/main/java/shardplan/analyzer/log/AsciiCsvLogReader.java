package shardplan.analyzer.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads csvlog records straight from the bytes of a chunk held in memory, while they are ASCII
 * (where every ASCII-compatible charset decodes a byte to the character of the same value): no
 * decoding into a character buffer and no copy of the fields, which are kept as byte ranges and
 * become Strings only when the analyzer needs them (session, message, detail).
 *
 * <p>It gives exactly {@link CsvLogReader}'s events, counts and skips, for the records it reads.
 * It stops at the first record it does not handle the same way for sure: a byte past ASCII, a
 * quote inside an unquoted field or after a closing quote, too many fields, a line inside a quoted
 * field that starts like a record (a record cut short), a record without a line end (the input
 * ends in it), or one longer than the size limit. {@link #read} returns where it stopped, always a
 * record's start, and the caller reads the rest with {@link CsvLogReader}.
 */
final class AsciiCsvLogReader {
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

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long LFS = 0x0a0a0a0a0a0a0a0aL;

  private final ReadContext ctx;
  private final RecordInterpreter interpreter;
  private final Timestamps timestamps = new Timestamps();
  private final LogRecord rec = new LogRecord();
  private final int maxChars;

  private byte[] b;
  private final int[] fs = new int[MAX_FIELDS + 1];
  private final int[] fe = new int[MAX_FIELDS + 1];
  /** Quoted fields with a doubled quote inside: their text is not the bytes as they are. */
  private final boolean[] escaped = new boolean[MAX_FIELDS + 1];
  private int nf;
  private long line;
  private char[] chars = new char[64];
  private String lastSession = "";
  private String lastVxid = "";

  AsciiCsvLogReader(ReadContext ctx) {
    this.ctx = ctx;
    this.interpreter = new RecordInterpreter(ctx);
    this.maxChars = ctx.options.maxStatementBytes();
    Object[] cache = MESSAGE_CACHE.get();
    this.messageBytes = (byte[][]) cache[0];
    this.messageText = (String[]) cache[1];
  }

  /** Line ends read so far: the lines of {@code bytes[from, stop)} after {@link #read}. */
  long lines() {
    return line - 1;
  }

  /**
   * Reads the records of {@code bytes[from, len)}, counting lines from 1 as {@link CsvLogReader}
   * does.
   *
   * @return where reading stopped: {@code len}, or the start of the first record not read
   */
  int read(byte[] bytes, int from, int len) {
    this.b = bytes;
    line = 1;
    int p = from;
    while (p < len) {
      long startLine = line;
      int end = record(p, len);
      if (end < 0 || end - p > maxChars) {
        line = startLine;
        return p;
      }
      p = end;
      if (nf == 1 && fe[0] == fs[0]) {
        continue; // blank line: not a record
      }
      rec.clear();
      rec.line = startLine;
      if (nf > MAX_COLUMNS || nf < MIN_COLUMNS) {
        ctx.skipped(LogSkipReasons.CORRUPT_CSV_RECORD, startLine);
      } else {
        interpret(startLine);
      }
    }
    return len;
  }

  /** Splits the record at {@code p} into fields; returns the offset after its line end, or -1. */
  private int record(int p, int len) {
    byte[] b = this.b;
    nf = 0;
    int i = p;
    while (true) {
      if (nf == MAX_FIELDS || i >= len) {
        return -1;
      }
      if (b[i] == '"') {
        i++;
        fs[nf] = i;
        escaped[nf] = false;
        while (true) {
          int j = quotedStop(b, i, len);
          if (j >= len || b[j] < 0) {
            return -1;
          }
          if (b[j] == '\n') {
            line++;
            if (j + 1 >= len || LogChunks.looksLikeRecordStart(b, j + 1, len)) {
              return -1; // a record cut short, or the text ends inside the field
            }
            i = j + 1;
            continue;
          }
          if (j + 1 >= len) {
            return -1;
          }
          byte n = b[j + 1];
          if (n == '"') {
            escaped[nf] = true;
            i = j + 2;
            continue;
          }
          fe[nf++] = j;
          if (n == ',') {
            i = j + 2;
            break;
          }
          if (n == '\n') {
            line++;
            return j + 2;
          }
          if (n == '\r' && j + 2 < len && b[j + 2] == '\n') {
            line++;
            return j + 3;
          }
          return -1;
        }
        continue;
      }
      fs[nf] = i;
      escaped[nf] = false;
      int j = i;
      while (j < len) {
        byte c = b[j];
        if (c == ',' || c == '\n' || c == '"' || c < 0) {
          break;
        }
        j++;
      }
      if (j >= len || b[j] == '"' || b[j] < 0) {
        return -1;
      }
      if (b[j] == ',') {
        fe[nf++] = j;
        i = j + 1;
        continue;
      }
      int e = j;
      if (e > fs[nf] && b[e - 1] == '\r') {
        e--;
      }
      fe[nf++] = e;
      line++;
      return j + 1;
    }
  }

  /** The first offset from {@code i} holding a quote, a line feed or a byte past ASCII; {@code len} if none. */
  private static int quotedStop(byte[] b, int i, int len) {
    for (; i + 8 <= len; i += 8) {
      long x = (long) LONGS.get(b, i);
      long q = x ^ QUOTES;
      long l = x ^ LFS;
      long m = ((q - ONES) & ~q) | ((l - ONES) & ~l) | x;
      m &= HIGH;
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < len; i++) {
      byte c = b[i];
      if (c == '"' || c == '\n' || c < 0) {
        return i;
      }
    }
    return len;
  }

  private void interpret(long startLine) {
    Severity sev = Severity.of(chars(SEVERITY), 0, charCount);
    if (sev == null || sev.isSecondary()) {
      ctx.skipped(LogSkipReasons.CORRUPT_CSV_RECORD, startLine);
      return;
    }
    rec.severity = sev;
    if (sev != Severity.LOG && !sev.isError()) {
      ctx.ignored();
      return;
    }
    rec.timestampMillis = timestamps.parse(chars(LOG_TIME), 0, charCount);
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
    rec.message = message();
    if (fe[DETAIL] > fs[DETAIL]) {
      if (escaped[DETAIL]) {
        rec.detail = field(DETAIL);
      } else {
        // the parameters straight from the bytes; the interpreter reads nothing else of the detail
        rec.parametersRead = true;
        rec.parameters = ParameterParser.parse(b, fs[DETAIL], fe[DETAIL]);
      }
    }
    interpreter.accept(rec);
  }

  private int charCount;

  /** Slots of the cache of messages (a power of two). */
  private static final int MESSAGES = 256;
  /** Longest message kept in the cache. */
  private static final int MESSAGE_MAX = 4096;
  private static final byte[] EXECUTE = "execute ".getBytes(StandardCharsets.US_ASCII);
  /** The message cache of each thread: kept from chunk to chunk, as the statements repeat across them. */
  private static final ThreadLocal<Object[]> MESSAGE_CACHE =
      ThreadLocal.withInitial(() -> new Object[] {new byte[MESSAGES][], new String[MESSAGES]});
  private final byte[][] messageBytes;
  private final String[] messageText;

  /**
   * The message field. An extended-protocol message ({@code execute NAME: SQL}) repeats at every
   * execution of its statement, so those are kept by their bytes and the same String is handed
   * out again: later steps find it by identity instead of comparing its text.
   */
  private String message() {
    int s = fs[MESSAGE];
    int n = fe[MESSAGE] - s;
    if (escaped[MESSAGE] || n > MESSAGE_MAX || n < EXECUTE.length
        || !Arrays.equals(b, s, s + EXECUTE.length, EXECUTE, 0, EXECUTE.length)) {
      return field(MESSAGE);
    }
    int h = n;
    int step = Math.max(1, n >>> 4);
    for (int i = EXECUTE.length; i < n; i += step) {
      h = 31 * h + b[s + i];
    }
    int slot = (h ^ (h >>> 16)) & (MESSAGES - 1);
    byte[] cached = messageBytes[slot];
    if (cached != null && cached.length == n && Arrays.equals(cached, 0, n, b, s, s + n)) {
      return messageText[slot];
    }
    String m = new String(b, s, n, StandardCharsets.ISO_8859_1);
    messageBytes[slot] = Arrays.copyOfRange(b, s, s + n);
    messageText[slot] = m;
    return m;
  }

  /** The text of field {@code f} in {@link #chars}{@code [0, charCount)}. */
  private char[] chars(int f) {
    int n = fe[f] - fs[f];
    if (n > chars.length) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    int k = 0;
    for (int i = fs[f]; i < fe[f]; i++) {
      byte c = b[i];
      chars[k++] = (char) c;
      if (c == '"' && escaped[f]) {
        i++; // the second quote of a doubled one
      }
    }
    charCount = k;
    return chars;
  }

  private String field(int f) {
    if (!escaped[f]) {
      return new String(b, fs[f], fe[f] - fs[f], StandardCharsets.ISO_8859_1);
    }
    return new String(chars(f), 0, charCount);
  }

  private boolean same(String s, int f) {
    if (escaped[f]) {
      return s.equals(field(f));
    }
    int n = fe[f] - fs[f];
    if (s.length() != n) {
      return false;
    }
    int o = fs[f];
    for (int k = 0; k < n; k++) {
      if (b[o + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
