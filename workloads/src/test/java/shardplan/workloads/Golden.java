package shardplan.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: {@code -Dgolden.update=true} rewrites
 * them; on a mismatch the actual text is written under {@code target/golden-actual/} for review.
 */
public final class Golden {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  private Golden() {
  }

  public static void check(String name, String actual) throws IOException {
    Path expected = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    String want = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : null;
    if (!actual.equals(want)) {
      Path out = ACTUAL.resolve(name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
      assertThat(actual).as("golden file " + expected + " (actual written to " + out
          + "; rerun with -Dgolden.update=true to accept)").isEqualTo(want);
    }
  }
}
