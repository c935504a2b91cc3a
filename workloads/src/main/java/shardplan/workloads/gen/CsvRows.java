package shardplan.workloads.gen;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rows for {@code COPY ... WITH (FORMAT csv)}: no header, NULL as an empty unquoted
 * field, text quoted only when it has to be (a comma, quote, newline or the empty string).
 */
public final class CsvRows implements Closeable {
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(512);
  private boolean first = true;
  private long rows;

  public CsvRows(Path file) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16);
  }

  private void sep() {
    if (!first) {
      line.append(',');
    }
    first = false;
  }

  public CsvRows add(int v) {
    sep();
    line.append(v);
    return this;
  }

  public CsvRows add(long v) {
    sep();
    line.append(v);
    return this;
  }

  /** A decimal with two places, given in hundredths. */
  public CsvRows cents(long hundredths) {
    sep();
    appendScaled(line, hundredths, 2);
    return this;
  }

  /** A decimal given as an unscaled value and a scale. */
  public CsvRows decimal(long unscaled, int scale) {
    sep();
    appendScaled(line, unscaled, scale);
    return this;
  }

  public CsvRows add(BigDecimal v) {
    sep();
    line.append(v.toPlainString());
    return this;
  }

  public CsvRows addNull() {
    sep();
    return this;
  }

  public CsvRows add(String s) {
    sep();
    if (s == null) {
      return this;
    }
    boolean quote = s.isEmpty();
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(s);
      return this;
    }
    line.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
    return this;
  }

  /** Ends the row. */
  public void end() throws IOException {
    line.append('\n');
    out.append(line);
    line.setLength(0);
    first = true;
    rows++;
  }

  public long rows() {
    return rows;
  }

  static void appendScaled(StringBuilder sb, long unscaled, int scale) {
    if (unscaled < 0) {
      sb.append('-');
      unscaled = -unscaled;
    }
    long div = 1;
    for (int i = 0; i < scale; i++) {
      div *= 10;
    }
    sb.append(unscaled / div);
    if (scale > 0) {
      sb.append('.');
      String frac = Long.toString(unscaled % div);
      for (int i = frac.length(); i < scale; i++) {
        sb.append('0');
      }
      sb.append(frac);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
