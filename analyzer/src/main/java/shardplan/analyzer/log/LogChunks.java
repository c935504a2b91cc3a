package shardplan.analyzer.log;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.io.Gzip;

/**
 * Reads logs as {@link LogInput#read} does, but in pieces that other threads can parse: the
 * reading thread only cuts the bytes of a csvlog or jsonlog into chunks of whole records
 * ({@link #split}), and any thread turns a chunk into events ({@link #parse}). Put back in order,
 * the pieces give exactly the events, counts and skip examples of a sequential read.
 *
 * <p>A chunk ends just before a line that starts like a record: for csvlog a timestamp, a zone
 * and a comma, which the csvlog reader itself takes as the start of a record even inside a quoted
 * field (a record cut short); for jsonlog any line. Formats whose records depend on the lines
 * before them (stderr, whose {@code DETAIL} lines follow their statement; SQL files), files in a
 * charset that is not ASCII-compatible, and records larger than {@link #MAX_CHUNK} are read on the
 * reading thread, as one piece.
 */
public final class LogChunks {
  /** Bytes a chunk aims at, unless told otherwise. */
  public static final int CHUNK_BYTES = 1 << 18;
  /**
   * Largest chunk, in chunks of the size aimed at: a file with a longer record is read
   * sequentially from there on.
   */
  static final int MAX_CHUNKS = 64;
  /** Characters after a line start that decide whether a csvlog record starts there. */
  private static final int LOOKAHEAD = 64;
  private static final int EVENT_BATCH = 4096;
  private static final Set<Charset> ASCII_COMPATIBLE = Set.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
      StandardCharsets.US_ASCII);

  private LogChunks() {
  }

  /** One piece of the input, in input order: raw records still to parse, or events already read. */
  public static final class Piece {
    private final String file;
    private final LogFormat format;
    private final byte[] bytes;
    private final int length;
    private final long lineBase;
    private final boolean fileStart;
    private final boolean fileEnd;
    private Parsed parsed;

    private Piece(String file, LogFormat format, byte[] bytes, int length, long lineBase, boolean fileStart,
                  boolean fileEnd, Parsed parsed) {
      this.file = file;
      this.format = format;
      this.bytes = bytes;
      this.length = length;
      this.lineBase = lineBase;
      this.fileStart = fileStart;
      this.fileEnd = fileEnd;
      this.parsed = parsed;
    }

    /** Whether the piece still has to be parsed ({@link #parse}); else {@link #parsed()} has its events. */
    public boolean needsParsing() {
      return parsed == null;
    }

    /** The events and counts of the piece; null until parsed. */
    public Parsed parsed() {
      return parsed;
    }
  }

  /**
   * The events of one piece, with what reading them counted. Add pieces to a {@link Totals} in
   * input order.
   */
  public static final class Parsed {
    private final List<LogEvent> events;
    private final SkipCounter skips;
    private final long lines;
    private final long records;
    private final long used;
    private final long ignored;
    private final long skipped;
    private final long statements;
    private final long errors;
    /** A compressed file that ended in corrupt data, counted after this piece; or null. */
    private final String corruptCompressedFile;

    private Parsed(List<LogEvent> events, ReadContext ctx, String corruptCompressedFile) {
      this.events = events;
      this.skips = ctx.skips();
      this.lines = ctx.lines;
      this.records = ctx.records;
      this.used = ctx.used;
      this.ignored = ctx.ignored;
      this.skipped = ctx.skipped;
      this.statements = ctx.statements;
      this.errors = ctx.errors;
      this.corruptCompressedFile = corruptCompressedFile;
    }

    public List<LogEvent> events() {
      return events;
    }
  }

  /** Sums pieces in input order into the summary and skips of a sequential read. */
  public static final class Totals {
    private final SkipCounter skips;
    private long lines;
    private long records;
    private long used;
    private long ignored;
    private long skipped;
    private long statements;
    private long errors;
    private long bytes;

    /** @param skips where the reader's skips go, as {@link LogInput#read} counts them */
    public Totals(SkipCounter skips) {
      this.skips = Objects.requireNonNull(skips, "skips");
    }

    public void add(Parsed p) {
      skips.addAll(p.skips);
      lines += p.lines;
      records += p.records;
      used += p.used;
      ignored += p.ignored;
      skipped += p.skipped;
      statements += p.statements;
      errors += p.errors;
      if (p.corruptCompressedFile != null) {
        records++;
        skipped++;
        skips.skip(LogSkipReasons.CORRUPT_COMPRESSED_DATA, p.corruptCompressedFile + ":" + lines);
      }
    }

    void bytes(long n) {
      bytes += n;
    }

    public LogReadSummary summary() {
      return new LogReadSummary(lines, statements, errors, bytes, records, used, ignored, skipped);
    }
  }

  /**
   * Reads {@code files} in order on this thread and hands their pieces to {@code sink}, in input
   * order: chunks of csvlog and jsonlog records to parse elsewhere, and the events of everything
   * else. Throws as {@link LogInput#read} does for a file that cannot be opened.
   *
   * @param chunkBytes the size of chunk to aim at ({@link #CHUNK_BYTES}; smaller in tests)
   * @return the bytes read from the files (compressed bytes for {@code .gz})
   */
  public static long split(List<Path> files, LogOptions opts, int chunkBytes, LongConsumer progressBytes,
                           Consumer<Piece> sink) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(opts, "opts");
    if (chunkBytes < 2 * LOOKAHEAD) {
      throw new IllegalArgumentException("chunks must hold at least " + 2 * LOOKAHEAD + " bytes, got " + chunkBytes);
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += splitFile(f, opts, chunkBytes, progressBytes, sink);
    }
    return bytes;
  }

  /** Parses a piece that {@link Piece#needsParsing()}; safe on any thread, one piece per call. */
  public static Parsed parse(Piece piece, LogOptions opts) {
    return parse(piece, opts, e -> { });
  }

  /**
   * Parses a piece as {@link #parse(Piece, LogOptions)} does, handing each event to {@code each}
   * as soon as it is read (while its text is still in the processor's cache), in order; the
   * events of a piece read earlier ({@code !needsParsing()}) are handed on too.
   */
  public static Parsed parse(Piece piece, LogOptions opts, Consumer<LogEvent> each) {
    return parse(piece, opts, each, true);
  }

  /**
   * @param fromBytes read csvlog records from the bytes while they are ASCII ({@link AsciiCsvLogReader});
   *                  false: decode everything first (the reference the tests compare with)
   */
  static Parsed parse(Piece piece, LogOptions opts, Consumer<LogEvent> each, boolean fromBytes) {
    if (piece.parsed != null) {
      piece.parsed.events.forEach(each);
      return piece.parsed;
    }
    List<LogEvent> events = new ArrayList<>(piece.length / 128);
    ReadContext ctx = new ReadContext(opts, new SkipCounter(), e -> {
      events.add(e);
      each.accept(e);
    });
    ctx.file = piece.file;
    ctx.lineBase = piece.lineBase;
    int from = 0;
    if (piece.format == LogFormat.CSVLOG && fromBytes) {
      // ASCII records straight from the bytes; the rest (if any) through the decoding reader
      AsciiCsvLogReader ascii = new AsciiCsvLogReader(ctx);
      from = ascii.read(piece.bytes, 0, piece.length);
      ctx.lines += ascii.lines();
      ctx.lineBase += ascii.lines();
      if (from == piece.length) {
        piece.parsed = new Parsed(events, ctx, null);
        return piece.parsed;
      }
    }
    CharSource src = new CharSource(new ByteArrayInputStream(piece.bytes, from, piece.length - from), opts.charset());
    src.endsBeforeRecord = !piece.fileEnd;
    try {
      src.ensure(1);
      if (piece.fileStart && from == 0 && src.pos < src.lim && src.buf[src.pos] == '\uFEFF') {
        src.pos++; // byte order mark, as format detection skips it
      }
      if (piece.format == LogFormat.CSVLOG) {
        new CsvLogReader(ctx).read(src);
      } else {
        new JsonLogReader(ctx).read(src);
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory failed", e); // a ByteArrayInputStream does not fail
    }
    piece.parsed = new Parsed(events, ctx, null);
    return piece.parsed;
  }

  private static long splitFile(Path f, LogOptions opts, int chunkBytes, LongConsumer progress, Consumer<Piece> sink)
      throws IOException {
    if (!Files.exists(f)) {
      throw new NoSuchFileException(f.toString(), null, "no such file");
    }
    if (Files.isDirectory(f)) {
      throw new IOException(f + ": is a folder, not a log file");
    }
    String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
    CountingInputStream raw = new CountingInputStream(Files.newInputStream(f), progress);
    try (BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16)) {
      SafeGzipStream gz = Gzip.startsWithMagic(buffered) ? new SafeGzipStream(buffered) : null;
      InputStream in = gz != null ? gz : buffered;
      byte[] buf = new byte[Math.max(chunkBytes, FormatDetector.SAMPLE_CHARS * 4)];
      int len = fill(in, buf, 0);
      LogFormat format = opts.format();
      LinePrefix prefix = null;
      if (len > 0) {
        CharSource sample = new CharSource(new ByteArrayInputStream(buf, 0, len), opts.charset());
        sample.ensure(FormatDetector.SAMPLE_CHARS);
        FormatDetector.Detected d = FormatDetector.detect(sample, name, opts.logLinePrefix());
        format = format != null ? format : d.format();
        prefix = d.prefix();
      }
      boolean chunked = len > 0 && (format == LogFormat.CSVLOG || format == LogFormat.JSONLOG)
          && ASCII_COMPATIBLE.contains(opts.charset());
      if (!chunked) {
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(buf, 0, len), in);
        sequential(name, whole, gz, opts, format, prefix, 0, true, sink);
        return raw.count;
      }
      long lineBase = 0;
      boolean fileStart = true;
      while (true) {
        if (len < buf.length) {
          len = fill(in, buf, len);
        }
        boolean atEnd = len < buf.length;
        int cut = atEnd && len <= chunkBytes ? len : lastRecordStart(buf, chunkBytes, len, format);
        if (cut <= 0) {
          cut = lastRecordStart(buf, len, len, format); // a record longer than a chunk
        }
        if (cut <= 0 && atEnd) {
          cut = len;
        }
        boolean eof = atEnd && cut == len;
        if (cut <= 0) {
          if (buf.length >= (long) MAX_CHUNKS * chunkBytes) {
            // a record larger than any chunk: read the rest of the file here, from this record on
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, 0, len), in);
            sequential(name, rest, gz, opts, format, prefix, lineBase, fileStart, sink);
            return raw.count;
          }
          byte[] bigger = new byte[buf.length * 2];
          System.arraycopy(buf, 0, bigger, 0, len);
          buf = bigger;
          continue;
        }
        boolean corrupt = eof && gz != null && gz.failed();
        Piece piece = new Piece(name, format, buf, cut, lineBase, fileStart, eof, null);
        if (eof) {
          if (corrupt) {
            // parse here so that the corrupt-data skip follows the file's last records
            sink.accept(piece);
            Parsed none = new Parsed(List.of(), new ReadContext(opts, new SkipCounter(), e -> { }), name);
            sink.accept(new Piece(name, format, null, 0, 0, false, true, none));
          } else {
            sink.accept(piece);
          }
          return raw.count;
        }
        lineBase += newlines(buf, cut);
        byte[] next = new byte[Math.max(chunkBytes, len - cut + chunkBytes / 2)];
        System.arraycopy(buf, cut, next, 0, len - cut);
        len -= cut;
        buf = next;
        fileStart = false;
        sink.accept(piece);
      }
    }
  }

  /** Reads a whole file (or its rest) on this thread, handing its events on in batches. */
  private static void sequential(String name, InputStream in, SafeGzipStream gz, LogOptions opts, LogFormat format,
                                 LinePrefix prefix, long lineBase, boolean fileStart, Consumer<Piece> sink)
      throws IOException {
    Batches batches = new Batches(name, format, opts, sink);
    ReadContext ctx = new ReadContext(opts, new SkipCounter(), batches);
    ctx.file = name;
    ctx.lineBase = lineBase;
    CharSource src = new CharSource(in, opts.charset());
    if (src.ensure(FormatDetector.SAMPLE_CHARS) == 0) {
      ctx.skipped(gz != null && gz.failed() ? LogSkipReasons.CORRUPT_COMPRESSED_DATA : LogSkipReasons.EMPTY_FILE, 1);
      sink.accept(new Piece(name, format, null, 0, 0, false, true, new Parsed(batches.events, ctx, null)));
      return;
    }
    if (fileStart && src.pos < src.lim && src.buf[src.pos] == '\uFEFF') {
      src.pos++; // byte order mark, as format detection skips it
    }
    LogInput.readText(src, format, prefix, ctx);
    sink.accept(new Piece(name, format, null, 0, 0, false, true,
        new Parsed(batches.events, ctx, gz != null && gz.failed() ? name : null)));
  }

  /** Hands events read on this thread on in batches; the counts follow with the file's last piece. */
  private static final class Batches implements Consumer<LogEvent> {
    private final String name;
    private final LogFormat format;
    private final LogOptions opts;
    private final Consumer<Piece> sink;
    List<LogEvent> events = new ArrayList<>();

    Batches(String name, LogFormat format, LogOptions opts, Consumer<Piece> sink) {
      this.name = name;
      this.format = format;
      this.opts = opts;
      this.sink = sink;
    }

    @Override
    public void accept(LogEvent e) {
      events.add(e);
      if (events.size() >= EVENT_BATCH) {
        sink.accept(new Piece(name, format, null, 0, 0, false, false,
            new Parsed(events, new ReadContext(opts, new SkipCounter(), x -> { }), null)));
        events = new ArrayList<>();
      }
    }
  }

  /** Reads into {@code buf} from {@code len} until it is full or the input ends; returns the new length. */
  private static int fill(InputStream in, byte[] buf, int len) throws IOException {
    while (len < buf.length) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        break;
      }
      len += n;
    }
    return len;
  }

  /**
   * The offset of the last line start before {@code limit} at which a record starts and
   * {@link #LOOKAHEAD} bytes of {@code buf[0, len)} follow; 0 if there is none.
   */
  static int lastRecordStart(byte[] buf, int limit, int len, LogFormat format) {
    for (int i = Math.min(limit, len - LOOKAHEAD) - 1; i >= 0; i--) {
      if (buf[i] == '\n' && (format == LogFormat.JSONLOG || looksLikeRecordStart(buf, i + 1, len))) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * {@link CsvLogReader#looksLikeRecordStart(char[], int, int)} on bytes of an ASCII-compatible
   * charset. Stricter where the two could differ (a byte past ASCII is never part of a zone), so a
   * cut is only made where the csvlog reader also sees a record start.
   */
  static boolean looksLikeRecordStart(byte[] b, int p, int end) {
    // The csvlog reader looks at no more than 64 characters; a byte past ASCII becomes NUL, which
    // no part of a record start matches.
    char[] head = new char[Math.max(0, Math.min(end - p, 64))];
    for (int k = 0; k < head.length; k++) {
      byte c = b[p + k];
      head[k] = c >= 0 ? (char) c : '\0';
    }
    return CsvLogReader.looksLikeRecordStart(head, 0, head.length);
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LF = 0x0a0a0a0a0a0a0a0aL;
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;

  /** The line feeds in {@code b[0, len)}, eight bytes at a time (this runs on the reading thread). */
  static long newlines(byte[] b, int len) {
    long n = 0;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long x = (long) LONGS.get(b, i) ^ LF; // a line feed becomes a zero byte
      long nonZero = ((x & LOW7) + LOW7) | x; // high bit set in every byte that is not zero
      n += Long.bitCount(~nonZero & ~LOW7);
    }
    for (; i < len; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
