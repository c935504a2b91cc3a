package shardplan.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reference file under {@code src/test/resources/golden/}. With
 * {@code -Dgolden.update=true} the reference is rewritten; on a mismatch the actual output is
 * written to {@code target/golden-actual/} for review.
 */
final class GoldenFiles {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = Path.of("target/golden-actual");

  private GoldenFiles() {
  }

  static void check(String name, String actual) {
    Path ref = GOLDEN.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(GOLDEN);
        Files.writeString(ref, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected = Files.exists(ref) ? Files.readString(ref, StandardCharsets.UTF_8) : null;
      if (!actual.equals(expected)) {
        Files.createDirectories(ACTUAL);
        Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
      }
      assertThat(expected).as("golden file %s (actual output in %s; rerun with -Dgolden.update=true to accept)",
          ref, ACTUAL.resolve(name)).isEqualTo(actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
