package shardplan.analyzer.log;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decoded characters of one input, in a buffer the format readers scan directly (no line
 * Strings). Bytes that are not valid in the charset become U+FFFD and their positions are kept,
 * so that a reader can tell whether a record it finished holds any ({@link #malformedBetween}).
 */
final class CharSource implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private boolean inputEof;
  private boolean eof;

  /** The characters; valid ones are {@code buf[pos, lim)}. */
  char[] buf = new char[BUFFER];
  int pos;
  int lim;
  /** Absolute offset of {@code buf[0]}. */
  private long base;

  /**
   * The text ends just before the start of another record (a chunk of a larger input, cut there by
   * {@link LogChunks}), not at the end of the input.
   */
  boolean endsBeforeRecord;

  private long[] bad = new long[8];
  private int badHead;
  private int badTail;

  CharSource(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  /** Absolute offset of {@code buf[i]}. */
  long offset(int i) {
    return base + i;
  }

  /**
   * Makes at least {@code n} characters available from {@code pos}, unless the input ends first.
   * May move the buffer's content: indexes other than {@code pos}/{@code lim} become invalid.
   *
   * @return the number of characters available from {@code pos}
   */
  int ensure(int n) throws IOException {
    while (lim - pos < n && !eof) {
      fill();
    }
    return lim - pos;
  }

  /**
   * Reads more characters: moves {@code buf[pos, lim)} to the front and decodes behind it.
   *
   * @return false at the end of the input (nothing was added)
   */
  boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      base += pos;
      lim -= pos;
      pos = 0;
    }
    if (lim > buf.length - 1024) {
      char[] bigger = new char[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, lim);
      buf = bigger;
    }
    int before = lim;
    decode();
    return lim > before;
  }

  private void decode() throws IOException {
    CharBuffer cb = CharBuffer.wrap(buf, lim, buf.length - lim);
    while (true) {
      CoderResult r = decoder.decode(bytes, cb, inputEof);
      if (r.isError()) {
        if (!cb.hasRemaining()) {
          break;
        }
        bytes.position(bytes.position() + r.length());
        markBad(base + cb.position());
        cb.put('\uFFFD');
        continue;
      }
      if (r.isOverflow() || cb.position() > lim) {
        break;
      }
      if (inputEof) {
        decoder.flush(cb);
        eof = true;
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        inputEof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    lim = cb.position();
  }

  private void markBad(long at) {
    if (badTail == bad.length) {
      if (badHead > 0) {
        System.arraycopy(bad, badHead, bad, 0, badTail - badHead);
        badTail -= badHead;
        badHead = 0;
      } else {
        long[] b = new long[bad.length * 2];
        System.arraycopy(bad, 0, b, 0, badTail);
        bad = b;
      }
    }
    bad[badTail++] = at;
  }

  /**
   * Whether any undecodable byte lies in {@code [from, to)} (absolute offsets); forgets those
   * before {@code to}. Call with increasing ranges.
   */
  boolean malformedBetween(long from, long to) {
    boolean found = false;
    while (badHead < badTail && bad[badHead] < to) {
      if (bad[badHead] >= from) {
        found = true;
      }
      badHead++;
    }
    return found;
  }

  /** After {@link #nextLine}: the line is {@code buf[lineStart, lineEnd)}, without its line end. */
  int lineStart;
  int lineEnd;
  /** After {@link #nextLine}: the line was longer than allowed and was not kept (lineEnd = lineStart). */
  boolean lineTooLong;
  /** After {@link #nextLine}: absolute offset just past the line's end. */
  long lineEndOffset;
  /** After {@link #nextLine}: the line's first character (kept even when the line is not). */
  char lineFirst;
  /** After {@link #nextLine}: the line had no line end (last line of the input). */
  boolean lineUnterminated;

  /**
   * Reads the next line into {@code buf[lineStart, lineEnd)} (valid until the next call). A line
   * longer than {@code maxChars} is consumed but not kept. Strips a trailing carriage return.
   *
   * @return false at the end of the input
   */
  boolean nextLine(int maxChars) throws IOException {
    if (pos >= lim && !fill()) {
      return false;
    }
    lineTooLong = false;
    lineUnterminated = false;
    lineFirst = buf[pos];
    int scan = pos;
    while (true) {
      char[] b = buf;
      int l = lim;
      int i = scan;
      while (i < l && b[i] != '\n') {
        i++;
      }
      if (i < l) {
        lineStart = pos;
        lineEnd = i;
        if (lineTooLong || i - pos > maxChars) {
          lineTooLong = true;
          lineEnd = lineStart;
        } else if (lineEnd > lineStart && b[lineEnd - 1] == '\r') {
          lineEnd--;
        }
        pos = i + 1;
        lineEndOffset = base + pos;
        return true;
      }
      if (i - pos > maxChars) {
        lineTooLong = true;
        pos = i; // drop what was scanned: the line is not kept
        scan = i;
      } else {
        scan = i;
      }
      int before = pos;
      if (!fill()) {
        lineTooLong |= lim - pos > maxChars;
        lineStart = pos;
        lineEnd = lineTooLong ? pos : lim;
        lineUnterminated = true;
        pos = lim;
        lineEndOffset = base + pos;
        return true;
      }
      scan = scan - before + pos;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
