package shardplan.analyzer.log;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import shardplan.analyzer.io.Gzip;

/**
 * Decompresses a {@code .gz} input; a corrupt or cut-off compressed stream ends the input
 * instead of throwing, and says so through {@link #failed()}, so that the records before the
 * damage are still read and the damage is counted, not fatal.
 */
final class SafeGzipStream extends InputStream {
  private final InputStream raw;
  private InputStream gz;
  private boolean failed;
  private boolean done;

  SafeGzipStream(InputStream raw) {
    this.raw = raw;
  }

  boolean failed() {
    return failed;
  }

  private boolean open() {
    if (gz == null && !done) {
      try {
        gz = new GZIPInputStream(raw, Gzip.BUFFER);
      } catch (IOException e) {
        failed = true;
        done = true;
      }
    }
    return gz != null && !done;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (!open()) {
      return -1;
    }
    try {
      return gz.read(b, off, len);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      failed = true;
      done = true;
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }
}
