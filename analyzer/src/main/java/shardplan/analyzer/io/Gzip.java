package shardplan.analyzer.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The one place that recognises gzip-compressed input by its content (the magic bytes
 * {@code 1f 8b}), not by its file name: logs, schema files and pg_stat_statements exports are
 * all read through it. Hand-written on purpose: two bytes and the JDK's {@link GZIPInputStream}
 * do the job, where a compression library (commons-compress) would add a jar for one test.
 */
public final class Gzip {
  /** Decompression buffer: large enough that inflating is not dominated by small reads. */
  public static final int BUFFER = 1 << 16;

  private Gzip() {
  }

  /**
   * Whether {@code in} starts with the gzip magic bytes. Reads two bytes and resets, so the
   * stream must support {@link InputStream#mark(int)}.
   *
   * @throws IllegalArgumentException if {@code in} does not support mark
   */
  public static boolean startsWithMagic(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    if (!in.markSupported()) {
      throw new IllegalArgumentException("stream must support mark/reset");
    }
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }

  /** Whether {@code bytes} start with the gzip magic bytes. */
  public static boolean startsWithMagic(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * {@code in} itself when it is not gzip-compressed, else a stream of its decompressed bytes.
   *
   * @param in a stream that supports {@link InputStream#mark(int)}
   */
  public static InputStream decompressIfGzip(InputStream in) throws IOException {
    return startsWithMagic(in) ? new GZIPInputStream(in, BUFFER) : in;
  }
}
