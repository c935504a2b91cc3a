package shardplan.workloads;

import java.util.Objects;

/**
 * What to generate. Immutable; {@code withX} returns a copy.
 *
 * @param scale warehouses (TPC-C) or customers (online store); 0 means the workload's default
 * @param seed seed of every random choice: same options, same bytes
 * @param transactions transactions to generate
 * @param sessions concurrent sessions (connections) whose transactions interleave in the log
 * @param format log format
 * @param protocol extended (prepared statements, {@code $n}) or simple (inlined values)
 * @param remoteOrderLineFraction TPC-C: fraction of order lines supplied by another warehouse (spec: 0.01)
 * @param remotePaymentFraction TPC-C: fraction of payments by a customer of another warehouse (spec: 0.15)
 * @param small shrink per-scale cardinalities (TPC-C: 1,000 items, 100 customers per district)
 *              for fast tests; the default is the benchmark's standard sizes
 * @param logLinePrefix stderr format: PostgreSQL {@code log_line_prefix}
 * @param writeData whether to write {@code data/} (the initial rows)
 * @param prepareThreshold extended protocol: pgjdbc's {@code prepareThreshold} (default 5): from this
 *                         execution of the same statement on a connection, the driver uses a named
 *                         server-side statement, logged {@code execute S_n:}; 0 keeps every
 *                         statement {@code <unnamed>}
 */
public record WorkloadOptions(int scale, long seed, int transactions, int sessions, LogFormat format,
                              Protocol protocol, double remoteOrderLineFraction, double remotePaymentFraction,
                              boolean small, String logLinePrefix, boolean writeData, int prepareThreshold) {
  /** PostgreSQL's {@code log_line_prefix} that the stderr format uses unless told otherwise. */
  public static final String DEFAULT_LOG_LINE_PREFIX = "%m [%p] %q%u@%d ";

  /** Defaults: workload's own scale, seed 1, 10,000 transactions, 8 sessions, csvlog, extended protocol. */
  public static final WorkloadOptions DEFAULT = new WorkloadOptions(0, 1, 10_000, 8, LogFormat.CSVLOG,
      Protocol.EXTENDED, 0.01, 0.15, false, DEFAULT_LOG_LINE_PREFIX, true, 5);

  public WorkloadOptions {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must be positive, was " + scale);
    }
    if (transactions < 0) {
      throw new IllegalArgumentException("transactions must not be negative, was " + transactions);
    }
    if (sessions < 1 || sessions > 10_000) {
      throw new IllegalArgumentException("sessions must be between 1 and 10000, was " + sessions);
    }
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(protocol, "protocol");
    checkFraction("remote order line fraction", remoteOrderLineFraction);
    checkFraction("remote payment fraction", remotePaymentFraction);
    Objects.requireNonNull(logLinePrefix, "logLinePrefix");
    if (prepareThreshold < 0) {
      throw new IllegalArgumentException("prepare threshold must not be negative, was " + prepareThreshold);
    }
  }

  private static void checkFraction(String what, double f) {
    if (!(f >= 0 && f <= 1)) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, was " + f);
    }
  }

  public WorkloadOptions withScale(int s) {
    return new WorkloadOptions(s, seed, transactions, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withSeed(long s) {
    return new WorkloadOptions(scale, s, transactions, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withTransactions(int n) {
    return new WorkloadOptions(scale, seed, n, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withSessions(int n) {
    return new WorkloadOptions(scale, seed, transactions, n, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withFormat(LogFormat f) {
    return new WorkloadOptions(scale, seed, transactions, sessions, f, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withProtocol(Protocol p) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, p, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withRemoteOrderLineFraction(double f) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, protocol, f,
        remotePaymentFraction, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withRemotePaymentFraction(double f) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, protocol, remoteOrderLineFraction,
        f, small, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withSmall(boolean b) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, b, logLinePrefix, writeData, prepareThreshold);
  }

  public WorkloadOptions withLogLinePrefix(String p) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, p, writeData, prepareThreshold);
  }

  public WorkloadOptions withWriteData(boolean b) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, b, prepareThreshold);
  }

  public WorkloadOptions withPrepareThreshold(int n) {
    return new WorkloadOptions(scale, seed, transactions, sessions, format, protocol, remoteOrderLineFraction,
        remotePaymentFraction, small, logLinePrefix, writeData, n);
  }

  /** The scale to use for {@code w}: this one, or the workload's default when 0. */
  public int scaleFor(Workload w) {
    return scale == 0 ? w.defaultScale() : scale;
  }
}
