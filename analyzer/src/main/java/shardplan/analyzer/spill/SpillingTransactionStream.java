package shardplan.analyzer.spill;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
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
 * <p>Write with {@link #add}, then call {@link #finish()} once; only then read.
 */
public final class SpillingTransactionStream implements TransactionStream, AutoCloseable {
  private static final AccessKind[] KINDS = AccessKind.values();

  private final Path file;
  private final double sampleRate;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private DataOutputStream out;
  private long seen;
  private long kept;
  private boolean finished;

  private SpillingTransactionStream(Path file, double sampleRate) throws IOException {
    this.file = file;
    this.sampleRate = sampleRate;
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
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
    if (finished) {
      throw new IllegalStateException("stream already finished");
    }
    long index = seen++;
    if (!sampled(index, sampleRate)) {
      return;
    }
    kept++;
    try {
      writeVar(id(t.session()));
      out.writeBoolean(t.committed());
      writeVar(t.statements());
      writeVar(t.accesses().size());
      for (TableAccess a : t.accesses()) {
        writeVar(id(a.table()));
        out.writeByte(a.kind().ordinal());
        writeVar(id(a.templateId()));
        writeVar(a.bindings().size());
        for (ColumnValues cv : a.bindings()) {
          writeVar(id(cv.column()));
          writeVar(cv.values().size());
          for (String v : cv.values()) {
            if (v == null) {
              writeVar(0);
            } else {
              byte[] b = v.getBytes(StandardCharsets.UTF_8);
              writeVar(b.length + 1);
              out.write(b);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the transaction stream to " + file, e);
    }
  }

  /** Ends writing; the stream can be read from now on. */
  public SpillingTransactionStream finish() {
    if (!finished) {
      finished = true;
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the transaction stream to " + file, e);
      }
      out = null;
    }
    return this;
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
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (long i = 0; i < kept; i++) {
        String session = names.get(readVar(in));
        boolean committed = in.readBoolean();
        int statements = readVar(in);
        int n = readVar(in);
        List<TableAccess> accesses = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
          String table = names.get(readVar(in));
          AccessKind kind = KINDS[in.readByte()];
          String template = names.get(readVar(in));
          int nb = readVar(in);
          List<ColumnValues> bindings = new ArrayList<>(nb);
          for (int b = 0; b < nb; b++) {
            String column = names.get(readVar(in));
            int nv = readVar(in);
            List<String> values = new ArrayList<>(nv);
            for (int v = 0; v < nv; v++) {
              int len = readVar(in);
              if (len == 0) {
                values.add(null);
              } else {
                byte[] bytes = new byte[len - 1];
                in.readFully(bytes);
                values.add(new String(bytes, StandardCharsets.UTF_8));
              }
            }
            bindings.add(new ColumnValues(column, values));
          }
          accesses.add(new TableAccess(table, kind, bindings, template));
        }
        action.accept(new Transaction(session, committed, statements, accesses));
      }
    } catch (EOFException e) {
      throw new IllegalStateException("transaction stream file " + file + " is truncated", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the transaction stream from " + file, e);
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

  private void writeVar(int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVar(DataInputStream in) throws IOException {
    int v = 0;
    int shift = 0;
    while (true) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
      shift += 7;
    }
  }
}
