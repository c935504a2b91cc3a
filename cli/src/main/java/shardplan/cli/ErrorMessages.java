package shardplan.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/** Turns an exception into the one line the user reads: what failed and why. */
final class ErrorMessages {
  private ErrorMessages() {
  }

  static String describe(Throwable ex) {
    Throwable t = ex;
    if (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof NoSuchFileException e) {
      return e.getFile() + ": no such file";
    }
    if (t instanceof AccessDeniedException e) {
      return e.getFile() + ": permission denied";
    }
    if (t instanceof FileNotFoundException e) {
      return e.getMessage();
    }
    if (t instanceof SQLException e) {
      String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
      return "database: " + firstLine(e.getMessage()) + state;
    }
    String msg = t.getMessage();
    if (msg == null || msg.isBlank()) {
      return t.getClass().getSimpleName() + " (run with --debug for the stack trace)";
    }
    if (t instanceof NullPointerException || t instanceof IndexOutOfBoundsException || t instanceof ClassCastException) {
      return "internal error: " + firstLine(msg) + " (run with --debug for the stack trace)";
    }
    return firstLine(msg);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
