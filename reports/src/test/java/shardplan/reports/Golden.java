package shardplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reference file under {@code src/test/resources/golden/}. On a mismatch
 * the actual output is written to {@code target/golden-actual/} for review; with
 * {@code -Dgolden.update=true} the reference is rewritten instead.
 */
final class Golden {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = Path.of("target/golden-actual");

  private Golden() {
  }

  static void check(String name, String actual) throws IOException {
    Path expected = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    String want = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
    if (!want.equals(actual)) {
      Files.createDirectories(ACTUAL);
      Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden file %s (actual output in %s; -Dgolden.update=true rewrites it)",
        expected, ACTUAL.resolve(name)).isEqualTo(want);
  }
}
