package shardplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Loads the report in headless Chromium (Debian packages {@code chromium}, {@code chromium-driver})
 * and checks that the page logs nothing to the console: no error, no failed load, no message at
 * all, since the page's own script writes none. Screenshots at desktop and phone width are kept
 * under {@code target/report-screens/} as test artifacts. Skipped, with the reason, where no
 * Chromium is installed.
 */
class HeadlessChromiumTest {
  private static final Path OUT = Path.of("target/report-screens");

  @Test
  void builtInWorkloadReportLoadsWithoutConsoleMessages() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "no chromium on the PATH (Debian: apt-get install chromium chromium-driver)");
    Files.createDirectories(OUT);
    Path page = OUT.resolve("tpcc.html");
    Files.writeString(page, HtmlReport.render(BuiltInWorkloads.input("tpcc")), StandardCharsets.UTF_8);
    Run desktop = load(chromium, page, OUT.resolve("tpcc-1280.png"), 1280, 6000);
    assertThat(desktop.console).as("console messages").isEmpty();
    assertThat(OUT.resolve("tpcc-1280.png")).isNotEmptyFile();
    Run phone = load(chromium, page, OUT.resolve("tpcc-390.png"), 390, 9000);
    assertThat(phone.console).as("console messages").isEmpty();
    Path commerce = OUT.resolve("commerce.html");
    Files.writeString(commerce, HtmlReport.render(BuiltInWorkloads.input("commerce")), StandardCharsets.UTF_8);
    assertThat(load(chromium, commerce, OUT.resolve("commerce-1280.png"), 1280, 9000).console)
        .as("console messages").isEmpty();
  }

  @Test
  void theConsoleCheckSeesAScriptError() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "no chromium on the PATH (Debian: apt-get install chromium chromium-driver)");
    Files.createDirectories(OUT);
    Path page = OUT.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p><script>notDefined();</script></body></html>");
    Run r = load(chromium, page, OUT.resolve("broken.png"), 400, 300);
    assertThat(r.console).anySatisfy(l -> assertThat(l).contains("notDefined"));
  }

  private record Run(List<String> console) {
  }

  private static Run load(String chromium, Path page, Path png, int width, int height) throws IOException,
      InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Path log = Files.createTempFile("chromium", ".log");
    List<String> cmd = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
        page.toAbsolutePath().toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.contains(":CONSOLE")) {
        console.add(line);
      }
    }
    return new Run(console);
  }

  private static String chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    return null;
  }
}
