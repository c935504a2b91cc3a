package shardplan.analyzer.pgss;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.io.Gzip;

/**
 * Reads a pg_stat_statements export: CSV with a header row naming at least {@code query} and
 * {@code calls} ({@code rows}, {@code queryid} and the timing columns in any order are allowed),
 * as {@code \copy (SELECT ... FROM pg_stat_statements) TO 'f.csv' CSV HEADER} or
 * {@code psql --csv} write it. {@code .gz} files are decompressed.
 *
 * <p>These are templates with call counts and no literal values: enough for table-level statistics
 * and join edges, not for row co-access. Rows that cannot be used are counted, by reason, with
 * their position as the example: {@value #CORRUPT_ROW}, {@value #NO_QUERY_TEXT} (an empty text, or
 * {@code <insufficient privilege>} when the exporting user could not see another user's
 * statements), {@value #INVALID_ENCODING}, {@value #TRUNCATED_ROW}.
 */
public final class PgStatStatementsReader {
  /** A row with the wrong number of fields or a {@code calls} that is not a whole number. */
  public static final String CORRUPT_ROW = "corrupt_pgss_row";
  /** A row whose statement text is empty or hidden ({@code <insufficient privilege>}). */
  public static final String NO_QUERY_TEXT = "pgss_no_query_text";
  /** A row holding bytes that are not UTF-8. */
  public static final String INVALID_ENCODING = "invalid_encoding";
  /** A last row cut off inside a quoted field. */
  public static final String TRUNCATED_ROW = "truncated_record";

  private PgStatStatementsReader() {
  }

  /**
   * Whether {@code file} looks like a pg_stat_statements export: its first line is a CSV header
   * that names {@code query} and {@code calls}. False for files that do not exist or cannot be read.
   */
  public static boolean looksLike(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (Reader r = open(file)) {
      CsvRows rows = new CsvRows(r);
      List<String> header = rows.next();
      if (header == null) {
        return false;
      }
      Map<String, Integer> cols = columns(header);
      return cols.containsKey("query") && cols.containsKey("calls");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Reads every usable row, in file order (rows of the same text for different users or
   * databases are kept apart; add them up if needed).
   *
   * @throws NoSuchFileException if the file does not exist
   * @throws IOException if it cannot be read, or its header has no {@code query} or {@code calls}
   *                     column (it is not a pg_stat_statements export)
   */
  public static List<PgssEntry> read(Path file, SkipCounter skips) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(skips, "skips");
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<PgssEntry> out = new ArrayList<>();
    try (Reader r = open(file)) {
      CsvRows rows = new CsvRows(r);
      List<String> header = rows.next();
      if (header == null) {
        throw new IOException(file + ": not a pg_stat_statements export: the file is empty");
      }
      Map<String, Integer> cols = columns(header);
      Integer query = cols.get("query");
      Integer calls = cols.get("calls");
      Integer rowsCol = cols.get("rows");
      if (query == null || calls == null) {
        throw new IOException(file + ": not a pg_stat_statements export: its header has no "
            + (query == null ? "'query'" : "'calls'") + " column");
      }
      while (true) {
        long line = rows.line();
        List<String> row = rows.next();
        if (row == null) {
          break;
        }
        String where = name + ":" + line;
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // blank line
        }
        if (rows.truncated()) {
          skips.skip(TRUNCATED_ROW, where);
          continue;
        }
        if (rows.malformed()) {
          skips.skip(INVALID_ENCODING, where);
          continue;
        }
        if (row.size() != header.size()) {
          skips.skip(CORRUPT_ROW, where);
          continue;
        }
        long n = number(row.get(calls));
        long rowCount = rowsCol == null ? 0 : number(row.get(rowsCol));
        if (n < 0 || rowCount < 0 && !row.get(rowsCol).isEmpty()) {
          skips.skip(CORRUPT_ROW, where);
          continue;
        }
        String text = row.get(query).trim();
        if (text.isEmpty() || text.equals("<insufficient privilege>")) {
          skips.skip(NO_QUERY_TEXT, where);
          continue;
        }
        out.add(new PgssEntry(text, n, Math.max(rowCount, 0)));
      }
    }
    return out;
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (i == 0 && h.startsWith("\uFEFF")) {
        h = h.substring(1);
      }
      cols.putIfAbsent(h, i);
    }
    return cols;
  }

  /** A non-negative whole number (an exported {@code 12.0} too), or -1. */
  private static long number(String s) {
    String t = s.trim();
    if (t.endsWith(".0")) {
      t = t.substring(0, t.length() - 2);
    }
    if (t.isEmpty() || t.length() > 18) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static Reader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in = Gzip.decompressIfGzip(in);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new InputStreamReader(in, dec);
  }

  /** RFC 4180 rows: quoted fields with {@code ""}, newlines inside quotes; one row per call. */
  static final class CsvRows {
    private final Reader in;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int lim;
    private long line = 1;
    private boolean truncated;
    private boolean malformed;

    CsvRows(Reader in) {
      this.in = in;
    }

    /** Line the next row starts on. */
    long line() {
      return line;
    }

    /** Whether the last row ended inside a quoted field (end of file). */
    boolean truncated() {
      return truncated;
    }

    /** Whether the last row held undecodable bytes. */
    boolean malformed() {
      return malformed;
    }

    private int read() throws IOException {
      if (pos >= lim) {
        try {
          lim = in.read(buf, 0, buf.length);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
          lim = -1; // a damaged .gz ends the input
        }
        pos = 0;
        if (lim <= 0) {
          lim = 0;
          return -1;
        }
      }
      return buf[pos++];
    }

    private int peek() throws IOException {
      int c = read();
      if (c >= 0) {
        pos--;
      }
      return c;
    }

    /** The next row's fields, or null at the end. */
    List<String> next() throws IOException {
      truncated = false;
      malformed = false;
      int c = read();
      if (c < 0) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (c == '\uFFFD') {
          malformed = true;
        }
        if (quoted) {
          if (c < 0) {
            truncated = true;
            fields.add(f.toString());
            return fields;
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              f.append('"');
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            f.append((char) c);
          }
        } else if (c < 0 || c == '\n') {
          if (c == '\n') {
            line++;
          }
          int n = f.length();
          if (!wasQuoted && n > 0 && f.charAt(n - 1) == '\r') {
            f.setLength(n - 1);
          }
          fields.add(f.toString());
          return fields;
        } else if (c == ',') {
          fields.add(f.toString());
          f.setLength(0);
          wasQuoted = false;
        } else if (c == '"' && f.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == '\r' && wasQuoted && peek() == '\n') {
          // CRLF after a quoted field
        } else {
          f.append((char) c);
        }
        c = read();
      }
    }
  }
}
