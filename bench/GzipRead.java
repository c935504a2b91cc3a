import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The ceiling of reading a {@code .gz} log: decompresses the file with {@link GZIPInputStream}
 * (the decompressor analyze itself uses) into nothing, and prints the bytes, the wall seconds and
 * the thread's CPU seconds of the read alone. Run as {@code java bench/GzipRead.java FILE.gz}.
 */
public final class GzipRead {
  private GzipRead() {
  }

  public static void main(String[] args) throws IOException {
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long bytes = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        bytes += n;
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf("%d %.2f %.2f%n", bytes, wall, cpu);
  }
}
