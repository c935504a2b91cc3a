package shardplan.workloads.log;

/**
 * The fields of one server log record; one instance is reused for every record, so its
 * builders are cleared, never reallocated.
 */
final class LogRecord {
  long micros;
  Session session;
  String user;
  String database;
  /** The process title's command tag: {@code idle}, {@code idle in transaction}, {@code SELECT}, ... */
  String commandTag;
  final StringBuilder message = new StringBuilder(512);
  /** Empty when the record has no detail. */
  final StringBuilder detail = new StringBuilder(256);
  String applicationName;

  void clear() {
    message.setLength(0);
    detail.setLength(0);
  }
}
