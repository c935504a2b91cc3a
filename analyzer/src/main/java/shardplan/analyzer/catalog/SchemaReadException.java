package shardplan.analyzer.catalog;

/**
 * A schema could not be read at all: a missing or binary file, a file without any table, a
 * database that refused the connection. The message is one line and names the source; it
 * never contains a password.
 */
public class SchemaReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchemaReadException(String message) {
    super(message);
  }

  public SchemaReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
