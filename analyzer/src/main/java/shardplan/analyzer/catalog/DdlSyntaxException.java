package shardplan.analyzer.catalog;

/** A table statement that the token reader could not make sense of; the message says what was expected. */
final class DdlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  DdlSyntaxException(String message) {
    super(message, null, false, false);
  }
}
