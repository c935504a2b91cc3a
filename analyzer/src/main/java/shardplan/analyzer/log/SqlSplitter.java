package shardplan.analyzer.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons, fed one character at a time, so that a file of
 * any size streams through it. Knows what PostgreSQL's lexer knows about where a semicolon does
 * not end a statement: {@code '...'} strings with {@code ''}, {@code E'...'} strings with
 * backslash escapes, {@code "quoted identifiers"}, {@code --} and nested {@code /* *}{@code /}
 * comments, and dollar-quoted bodies ({@code $$...$$}, {@code $tag$...$tag$}). Comments before a
 * statement are dropped; a psql meta-command ({@code \copy ...}) at the start of a statement is
 * reported on its own.
 */
final class SqlSplitter {
  /** {@link #feed} result: nothing finished yet. */
  static final int NONE = 0;
  /** {@link #feed} result: a statement ended; take it with {@link #take()}. */
  static final int STATEMENT = 1;
  /** {@link #feed} result: a psql meta-command line ended (not SQL). */
  static final int META = 2;

  private enum State {
    NORMAL, SQUOTE, SQUOTE_END, ESTRING, ESTRING_ESC, ESTRING_END, DQUOTE, DQUOTE_END,
    LINE_COMMENT, BLOCK_COMMENT, DOLLAR_TAG, DOLLAR_BODY, META
  }

  private final int maxChars;
  private final StringBuilder sb = new StringBuilder();
  private final StringBuilder tag = new StringBuilder();
  private State state = State.NORMAL;
  private char p1;
  private char p2;
  private int depth;
  private int match;
  private long line = 1;
  private long startLine = 1;
  private boolean tooLarge;
  private boolean binary;

  SqlSplitter(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Splits a whole text; statements are trimmed, without their semicolons; empty ones dropped. */
  static List<String> split(String text) {
    SqlSplitter s = new SqlSplitter(Integer.MAX_VALUE);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (s.feed(text.charAt(i)) == STATEMENT) {
        String t = s.take();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    if (s.hasPending()) {
      out.add(s.take());
    }
    return out;
  }

  /** Consumes one character; says whether it ended a statement or a meta-command. */
  int feed(char c) {
    if (c == '\0') {
      binary = true;
    }
    int r = step(c);
    if (c == '\n') {
      line++;
    }
    return r;
  }

  private int step(char c) {
    switch (state) {
      case NORMAL:
        return normal(c);
      case SQUOTE:
        append(c);
        if (c == '\'') {
          state = State.SQUOTE_END;
        }
        return NONE;
      case SQUOTE_END:
        if (c == '\'') {
          append(c);
          state = State.SQUOTE;
          return NONE;
        }
        state = State.NORMAL;
        return normal(c);
      case ESTRING:
        append(c);
        if (c == '\\') {
          state = State.ESTRING_ESC;
        } else if (c == '\'') {
          state = State.ESTRING_END;
        }
        return NONE;
      case ESTRING_ESC:
        append(c);
        state = State.ESTRING;
        return NONE;
      case ESTRING_END:
        if (c == '\'') {
          append(c);
          state = State.ESTRING;
          return NONE;
        }
        state = State.NORMAL;
        return normal(c);
      case DQUOTE:
        append(c);
        if (c == '"') {
          state = State.DQUOTE_END;
        }
        return NONE;
      case DQUOTE_END:
        if (c == '"') {
          append(c);
          state = State.DQUOTE;
          return NONE;
        }
        state = State.NORMAL;
        return normal(c);
      case LINE_COMMENT:
        if (sb.length() > 0) {
          append(c);
        }
        if (c == '\n') {
          state = State.NORMAL;
          p1 = ' ';
        }
        return NONE;
      case BLOCK_COMMENT:
        if (sb.length() > 0) {
          append(c);
        }
        if (p1 == '/' && c == '*') {
          depth++;
          p1 = ' ';
        } else if (p1 == '*' && c == '/') {
          depth--;
          p1 = ' ';
          if (depth == 0) {
            state = State.NORMAL;
          }
        } else {
          p1 = c;
        }
        return NONE;
      case DOLLAR_TAG:
        if (c == '$') {
          tag.append('$');
          append(c);
          state = State.DOLLAR_BODY;
          match = 0;
          return NONE;
        }
        if (Character.isLetter(c) || c == '_' || (c >= '0' && c <= '9' && tag.length() > 1)) {
          tag.append(c);
          append(c);
          return NONE;
        }
        state = State.NORMAL;
        p1 = tag.charAt(tag.length() - 1);
        return normal(c);
      case DOLLAR_BODY:
        append(c);
        if (c == tag.charAt(match)) {
          match++;
          if (match == tag.length()) {
            state = State.NORMAL;
            p1 = '$';
            p2 = ' ';
          }
        } else {
          match = c == '$' ? 1 : 0;
        }
        return NONE;
      case META:
        if (c == '\n') {
          state = State.NORMAL;
          p1 = ' ';
          return META;
        }
        return NONE;
      default:
        throw new IllegalStateException(state.name());
    }
  }

  private int normal(char c) {
    if (sb.length() == 0) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        p1 = ' ';
        return NONE;
      }
      if (c == '\\' && p1 != '-' && p1 != '/') {
        state = State.META;
        startLine = line;
        return NONE;
      }
      if (c == ';') {
        return NONE;
      }
      if (p1 == '-' && c == '-') {
        state = State.LINE_COMMENT;
        return NONE;
      }
      if (p1 == '/' && c == '*') {
        state = State.BLOCK_COMMENT;
        depth = 1;
        p1 = ' ';
        return NONE;
      }
      if (c == '-' || c == '/') {
        if (p1 == '-' || p1 == '/') {
          startStatement(p1);
          append(c);
        }
        // else it may open a comment: decide on the next character
        p2 = p1;
        p1 = c;
        return NONE;
      }
      if (p1 == '-' || p1 == '/') {
        startStatement(p1);
      } else {
        startLine = line;
      }
    } else if (p1 == '-' && c == '-') {
      append(c);
      state = State.LINE_COMMENT;
      return NONE;
    } else if (p1 == '/' && c == '*') {
      append(c);
      state = State.BLOCK_COMMENT;
      depth = 1;
      p1 = ' ';
      return NONE;
    }
    switch (c) {
      case ';':
        p1 = ' ';
        return STATEMENT;
      case '\'':
        append(c);
        state = (p1 == 'E' || p1 == 'e') && !isIdent(p2) ? State.ESTRING : State.SQUOTE;
        break;
      case '"':
        append(c);
        state = State.DQUOTE;
        break;
      case '$':
        append(c);
        if (!isIdent(p1)) {
          state = State.DOLLAR_TAG;
          tag.setLength(0);
          tag.append('$');
        }
        break;
      default:
        append(c);
    }
    p2 = p1;
    p1 = c;
    return NONE;
  }

  private void startStatement(char pending) {
    startLine = line;
    append(pending);
  }

  private static boolean isIdent(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private void append(char c) {
    if (sb.length() < maxChars) {
      sb.append(c);
    } else {
      tooLarge = true;
    }
  }

  /** Whether text is pending (a last statement without its semicolon). */
  boolean hasPending() {
    return sb.length() > 0 && !sb.toString().isBlank();
  }

  /** Whether the input ended inside a string, quoted identifier, comment or dollar-quoted body. */
  boolean insideQuote() {
    return switch (state) {
      case SQUOTE, ESTRING, ESTRING_ESC, DQUOTE, DOLLAR_BODY -> true;
      case BLOCK_COMMENT -> sb.length() > 0;
      default -> false;
    };
  }

  /** Counts lines the caller consumed without feeding them (COPY data). */
  void addLines(long n) {
    line += n;
  }

  boolean tooLarge() {
    return tooLarge;
  }

  boolean binary() {
    return binary;
  }

  /** Line the pending statement started on (1-based). */
  long startLine() {
    return startLine;
  }

  /** The statement that ended (trimmed, without its semicolon), and a fresh start for the next. */
  String take() {
    int end = sb.length();
    while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
      end--;
    }
    String s = sb.substring(0, end);
    sb.setLength(0);
    tooLarge = false;
    binary = false;
    state = State.NORMAL;
    return s;
  }
}
