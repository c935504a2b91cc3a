package shardplan.analyzer.spill;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.parse.RowKeySink;

/**
 * A {@link TransactionStream} kept on disk, so that memory does not grow with the log: every
 * transaction's row keys are written to a temporary binary file as they are found, and read back
 * from it as often as needed. Names (sessions, tables, columns, template ids) go through an
 * in-memory dictionary, which grows only with the number of distinct names; values are written
 * inline. The file is deleted by {@link #close()}, and at the latest when the JVM exits.
 *
 * <p>Sampling: with a rate below 1, transaction number {@code i} (counted over all transactions,
 * in log order) is kept when a 64-bit mix of {@code i} falls below the rate. The choice depends
 * on the position only, never on the content, so the sample is unbiased; it is deterministic, so
 * two runs over one log keep the same transactions.
 *
 * <p>Each access is stored with its statement ordinal (a varint delta from the previous access's),
 * so readers get statement boundaries back ({@link TableAccess#statement()}).
 *
 * <p>Write with {@link #add}, or with {@link #begin}, the {@link RowKeySink} calls and {@link #end()}
 * (which builds no objects); then call {@link #finish()} once; only then read.
 */
public final class SpillingTransactionStream implements TransactionStream, AutoCloseable, RowKeySink {
  private static final AccessKind[] KINDS = AccessKind.values();
  private static final int FLUSH_AT = 1 << 16;

  private final Path file;
  private final double sampleRate;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private OutputStream out;
  /** Bytes of finished transactions not yet written to the file. */
  private final Bytes main = new Bytes(FLUSH_AT + 4096);
  /** The accesses of the transaction being written. */
  private final Bytes body = new Bytes(4096);
  private long seen;
  private long kept;
  private boolean finished;
  private boolean open;
  private String txSession;
  private boolean txCommitted;
  private int txStatements;
  private int txAccesses;
  /** Statement ordinal of the accesses being written, and of the last one written. */
  private int txStatement;
  private int txLastStatement;

  private SpillingTransactionStream(Path file, double sampleRate) throws IOException {
    this.file = file;
    this.sampleRate = sampleRate;
    this.out = Files.newOutputStream(file);
  }

  /**
   * Opens a new stream whose file lives in {@code directory} (the system temporary directory if
   * null).
   *
   * @param sampleRate fraction (0, 1] of transactions to keep
   */
  public static SpillingTransactionStream create(Path directory, double sampleRate) throws IOException {
    if (!(sampleRate > 0 && sampleRate <= 1)) {
      throw new IllegalArgumentException("sample rate must be in (0, 1], got " + sampleRate);
    }
    Path f = directory == null ? Files.createTempFile("shardplan-txn-", ".bin")
        : Files.createTempFile(directory, "shardplan-txn-", ".bin");
    f.toFile().deleteOnExit();
    return new SpillingTransactionStream(f, sampleRate);
  }

  /** Whether transaction number {@code index} belongs to a sample of rate {@code rate}. */
  public static boolean sampled(long index, double rate) {
    if (rate >= 1.0) {
      return true;
    }
    long z = index + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53 < rate;
  }

  /** Offers the next transaction of the log; it is written if the sample keeps it. */
  public void add(Transaction t) {
    if (!begin(t.session(), t.committed(), t.statements())) {
      return;
    }
    for (TableAccess a : t.accesses()) {
      statement(a.statement());
      access(a.table(), a.kind(), a.templateId(), a.bindings().size());
      for (ColumnValues cv : a.bindings()) {
        binding(cv.column(), cv.values().size());
        for (String v : cv.values()) {
          value(v);
        }
      }
    }
    end();
  }

  /**
   * Offers the next transaction, whose accesses follow through the {@link RowKeySink} methods
   * and {@link #end()}. Returns false when the sample leaves it out: then write nothing.
   */
  public boolean begin(String session, boolean committed, int statements) {
    if (finished) {
      throw new IllegalStateException("stream already finished");
    }
    if (open) {
      throw new IllegalStateException("previous transaction not ended");
    }
    long index = seen++;
    if (!sampled(index, sampleRate)) {
      return false;
    }
    open = true;
    txSession = session;
    txCommitted = committed;
    txStatements = statements;
    txAccesses = 0;
    txStatement = 0;
    txLastStatement = 0;
    body.size = 0;
    return true;
  }

  @Override
  public void statement(int ordinal) {
    if (ordinal < txLastStatement) {
      throw new IllegalArgumentException("statement ordinals must not decrease: " + ordinal + " after "
          + txLastStatement);
    }
    txStatement = ordinal;
  }

  @Override
  public void access(String table, AccessKind kind, String templateId, int bindings) {
    txAccesses++;
    // the statement ordinal as a delta from the previous access's: one byte, usually 0 or 1
    body.var(txStatement - txLastStatement);
    txLastStatement = txStatement;
    body.var(id(table));
    body.put((byte) kind.ordinal());
    body.var(id(templateId));
    body.var(bindings);
  }

  @Override
  public void binding(String column, int values) {
    body.var(id(column));
    body.var(values);
  }

  @Override
  public void value(String v) {
    if (v == null) {
      body.var(0);
    } else {
      body.string(v);
    }
  }

  /** Ends the transaction begun by {@link #begin}. */
  public void end() {
    if (!open) {
      throw new IllegalStateException("no transaction begun");
    }
    open = false;
    kept++;
    main.var(id(txSession));
    main.put((byte) (txCommitted ? 1 : 0));
    main.var(txStatements);
    main.var(txAccesses);
    main.append(body);
    if (main.size >= FLUSH_AT) {
      flush();
    }
  }

  private void flush() {
    try {
      out.write(main.bytes, 0, main.size);
      main.size = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the transaction stream to " + file, e);
    }
  }

  /** Ends writing; the stream can be read from now on. */
  public SpillingTransactionStream finish() {
    if (!finished) {
      finished = true;
      flush();
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the transaction stream to " + file, e);
      }
      out = null;
    }
    return this;
  }

  /**
   * Writes the row keys of one statement recorded ahead of time: the same bytes as the
   * {@link RowKeySink} calls that recorded them.
   */
  public void replay(RecordedRowKeys k) {
    byte[] b = k.bytes();
    String[] n = k.names();
    int name = 0;
    int[] at = {k.from()};
    while (at[0] < k.to()) {
      byte op = b[at[0]++];
      if (op == RecordedRowKeys.ACCESS) {
        AccessKind kind = KINDS[b[at[0]++]];
        int bindings = var(b, at);
        String table = n[name++];
        access(table, kind, n[name++], bindings);
      } else {
        int count = var(b, at);
        int length = var(b, at);
        binding(n[name++], count);
        body.ensure(length);
        System.arraycopy(b, at[0], body.bytes, body.size, length);
        body.size += length;
        at[0] += length;
      }
    }
  }

  /** The varint at {@code b[at[0]]}; moves {@code at[0]} past it. */
  private static int var(byte[] b, int[] at) {
    int v = 0;
    int shift = 0;
    while (true) {
      int x = b[at[0]++];
      v |= (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
      shift += 7;
    }
  }

  /** A growable byte buffer with varint and string writers. */
  static final class Bytes {
    byte[] bytes;
    int size;

    Bytes(int capacity) {
      bytes = new byte[capacity];
    }

    void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void put(byte b) {
      ensure(1);
      bytes[size++] = b;
    }

    void var(int v) {
      ensure(5);
      while ((v & ~0x7F) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    /** Length + 1 as a varint (0 is NULL), then UTF-8. */
    void string(String s) {
      int n = s.length();
      boolean ascii = true;
      for (int i = 0; i < n; i++) {
        if (s.charAt(i) >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        var(n + 1);
        ensure(n);
        for (int i = 0; i < n; i++) {
          bytes[size++] = (byte) s.charAt(i);
        }
      } else {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        var(b.length + 1);
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
      }
    }

    void append(Bytes o) {
      ensure(o.size);
      System.arraycopy(o.bytes, 0, bytes, size, o.size);
      size += o.size;
    }
  }

  /** Transactions offered to {@link #add}, kept or not. */
  public long offered() {
    return seen;
  }

  @Override
  public long size() {
    return kept;
  }

  @Override
  public double sampleRate() {
    return sampleRate;
  }

  @Override
  public void forEach(Consumer<Transaction> action) {
    if (!finished) {
      throw new IllegalStateException("finish() the stream before reading it");
    }
    try (Input in = new Input(Files.newInputStream(file))) {
      for (long i = 0; i < kept; i++) {
        String session = names.get(in.var());
        boolean committed = in.bool();
        int statements = in.var();
        int n = in.var();
        List<TableAccess> accesses = new ArrayList<>(n);
        int statement = 0;
        for (int a = 0; a < n; a++) {
          statement += in.var();
          String table = names.get(in.var());
          AccessKind kind = KINDS[in.u8()];
          String template = names.get(in.var());
          int nb = in.var();
          List<ColumnValues> bindings = new ArrayList<>(nb);
          for (int b = 0; b < nb; b++) {
            String column = names.get(in.var());
            int nv = in.var();
            List<String> values = new ArrayList<>(nv);
            for (int v = 0; v < nv; v++) {
              int len = in.var();
              values.add(len == 0 ? null : in.string(len - 1));
            }
            bindings.add(new ColumnValues(column, values));
          }
          accesses.add(new TableAccess(table, kind, bindings, template, statement));
        }
        action.accept(new Transaction(session, committed, statements, accesses));
      }
    } catch (EOFException e) {
      throw new IllegalStateException("transaction stream file " + file + " is truncated", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the transaction stream from " + file, e);
    }
  }

  /**
   * A buffered reader of the file's varints, bytes and strings. Not a {@code DataInputStream}
   * over a {@code BufferedInputStream}: those take a lock for every byte read, and a pass
   * over the stream reads every byte of it.
   */
  private static final class Input implements AutoCloseable {
    private final java.io.InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    Input(java.io.InputStream in) {
      this.in = in;
    }

    private void fill() throws IOException {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        throw new EOFException();
      }
      pos = 0;
      limit = n;
    }

    int u8() throws IOException {
      if (pos == limit) {
        fill();
      }
      return buf[pos++] & 0xFF;
    }

    boolean bool() throws IOException {
      return u8() != 0;
    }

    int var() throws IOException {
      int v = 0;
      int shift = 0;
      while (true) {
        int b = u8();
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
        shift += 7;
      }
    }

    /** {@code len} bytes of UTF-8 as a string. */
    String string(int len) throws IOException {
      if (limit - pos >= len) {
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
      }
      byte[] bytes = new byte[len];
      int off = 0;
      while (off < len) {
        if (pos == limit) {
          fill();
        }
        int k = Math.min(len - off, limit - pos);
        System.arraycopy(buf, pos, bytes, off, k);
        pos += k;
        off += k;
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Deletes the file; the stream cannot be read afterwards. */
  @Override
  public void close() {
    finish();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  private int id(String name) {
    Integer i = ids.get(name);
    if (i == null) {
      i = names.size();
      ids.put(name, i);
      names.add(name);
    }
    return i;
  }
}
