package shardplan.analyzer.log;

/**
 * The names under which the log readers count records they could not use (see
 * {@link shardplan.analyzer.diag.SkipCounter}); each example is a position {@code file:line}.
 */
public final class LogSkipReasons {
  /** A csvlog record with the wrong number of fields, a stray quote, or an unknown severity. */
  public static final String CORRUPT_CSV_RECORD = "corrupt_csv_record";
  /** A jsonlog line that is not a JSON object with the keys of a log record. */
  public static final String CORRUPT_JSON_RECORD = "corrupt_json_record";
  /** A stderr line that matches neither the line prefix nor a continuation. */
  public static final String UNRECOGNISED_LINE = "unrecognised_line";
  /** A record cut off: the file ends, or the next record starts, inside it. */
  public static final String TRUNCATED_RECORD = "truncated_record";
  /** A record or statement longer than {@link LogOptions#maxStatementBytes()}. */
  public static final String STATEMENT_TOO_LARGE = "statement_too_large";
  /** A record holding bytes that are not valid in the input's charset. */
  public static final String INVALID_ENCODING = "invalid_encoding";
  /** A record holding NUL characters (binary data, not text). */
  public static final String BINARY_DATA = "binary_data";
  /** A {@code parameters:} detail with no {@code execute} statement before it. */
  public static final String ORPHAN_PARAMETERS = "orphan_parameters";
  /** An {@code execute} statement whose {@code parameters:} detail cannot be read. */
  public static final String CORRUPT_PARAMETERS = "corrupt_parameters";
  /** An {@code execute} line without its {@code name: text} part. */
  public static final String CORRUPT_STATEMENT = "corrupt_statement";
  /** A {@code .gz} file whose compressed data is damaged or cut off (counted once per file). */
  public static final String CORRUPT_COMPRESSED_DATA = "corrupt_compressed_data";
  /** A file with no content at all. */
  public static final String EMPTY_FILE = "empty_file";

  private LogSkipReasons() {
  }
}
