package shardplan.analyzer.log;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read from a file and reports each read to a progress listener. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer progress;
  long count;

  CountingInputStream(InputStream in, LongConsumer progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    add(s);
    return s;
  }

  private void add(long n) {
    count += n;
    progress.accept(n);
  }
}
