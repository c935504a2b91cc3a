package shardplan.workloads.log;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's {@code stderr} destination: each line starts with the {@code log_line_prefix},
 * then {@code LOG:  } and the message; a statement's continuation lines start with a tab; the
 * bound parameters follow on a {@code DETAIL:  } line with the same prefix (whose {@code %l} is
 * the next line number: the server counts prefixed lines, where csvlog and jsonlog count
 * records; an application name not set yet is written {@code [unknown]}).
 *
 * <p>The prefix is parsed once into parts. Supported escapes are the server's: {@code %a %u %d
 * %r %h %b %p %P %t %m %n %i %e %c %l %s %v %x %q %Q %%}, with optional padding
 * ({@code %-10u}, {@code %5p}). {@code %q} writes nothing: every record here comes from a
 * session, so the rest of the prefix always follows.
 */
final class StderrLogFormat implements RecordFormat {
  private final LogClock clock;
  private final List<Part> parts;
  private final StringBuilder scratch = new StringBuilder(64);

  private record Part(char escape, String literal, int padding) {
  }

  StderrLogFormat(LogClock clock, String prefix) {
    this.clock = clock;
    this.parts = parse(prefix);
  }

  private static List<Part> parse(String prefix) {
    List<Part> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < prefix.length()) {
      char c = prefix.charAt(i);
      if (c != '%' || i + 1 >= prefix.length()) {
        lit.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      int sign = 1;
      if (prefix.charAt(j) == '-') {
        sign = -1;
        j++;
      }
      int pad = 0;
      while (j < prefix.length() && Character.isDigit(prefix.charAt(j))) {
        pad = pad * 10 + (prefix.charAt(j) - '0');
        j++;
      }
      if (j >= prefix.length()) {
        break;
      }
      char e = prefix.charAt(j);
      if (e == '%') {
        lit.append('%');
      } else {
        if (lit.length() > 0) {
          out.add(new Part((char) 0, lit.toString(), 0));
          lit.setLength(0);
        }
        out.add(new Part(e, null, sign * pad));
      }
      i = j + 1;
    }
    if (lit.length() > 0) {
      out.add(new Part((char) 0, lit.toString(), 0));
    }
    return List.copyOf(out);
  }

  @Override
  public void append(StringBuilder out, LogRecord r) {
    appendPrefix(out, r);
    out.append("LOG:  ");
    appendIndented(out, r.message);
    out.append('\n');
    if (r.detail.length() > 0) {
      // the server numbers prefixed lines, not records: %l of the DETAIL line is one more
      r.session.lineNum++;
      appendPrefix(out, r);
      out.append("DETAIL:  ");
      appendIndented(out, r.detail);
      out.append('\n');
    }
  }

  /** The server writes a newline inside a message as a newline and a tab. */
  private static void appendIndented(StringBuilder out, CharSequence s) {
    if (Text.indexOf(s, '\n') < 0) {
      Text.appendAll(out, s);
      return;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      out.append(c);
      if (c == '\n') {
        out.append('\t');
      }
    }
  }

  private void appendPrefix(StringBuilder out, LogRecord r) {
    for (Part p : parts) {
      if (p.literal != null) {
        out.append(p.literal);
        continue;
      }
      if (p.padding == 0) {
        appendEscape(out, p.escape, r);
      } else {
        scratch.setLength(0);
        appendEscape(scratch, p.escape, r);
        int width = Math.abs(p.padding);
        if (p.padding > 0) {
          for (int k = scratch.length(); k < width; k++) {
            out.append(' ');
          }
          out.append(scratch);
        } else {
          out.append(scratch);
          for (int k = scratch.length(); k < width; k++) {
            out.append(' ');
          }
        }
      }
    }
  }

  private void appendEscape(StringBuilder out, char e, LogRecord r) {
    Session s = r.session;
    switch (e) {
      // the server writes [unknown] for an application name not set yet
      case 'a' -> out.append(r.applicationName.isEmpty() ? "[unknown]" : r.applicationName);
      case 'u' -> out.append(r.user);
      case 'd' -> out.append(r.database);
      case 'r' -> out.append(s.connectionFrom);
      case 'h' -> out.append("127.0.0.1");
      case 'b' -> out.append("client backend");
      case 'p' -> out.append(s.pid);
      case 'P' -> { }
      case 't' -> clock.appendSeconds(out, r.micros);
      case 'm' -> clock.appendMillis(out, r.micros);
      case 'n' -> {
        long ms = Math.floorDiv(r.micros, 1000L);
        out.append(Math.floorDiv(ms, 1000L)).append('.');
        long frac = Math.floorMod(ms, 1000L);
        if (frac < 100) {
          out.append('0');
        }
        if (frac < 10) {
          out.append('0');
        }
        out.append(frac);
      }
      case 'i' -> out.append(r.commandTag);
      case 'e' -> out.append("00000");
      case 'c' -> out.append(s.sessionId);
      case 'l' -> out.append(s.lineNum);
      case 's' -> out.append(s.startText);
      case 'v' -> out.append(s.backendId).append('/').append(s.localXid);
      case 'x' -> out.append(s.txid);
      case 'q' -> { }
      case 'Q' -> out.append('0');
      default -> { }
    }
  }
}
