package shardplan.emitter.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.catalog.Identifiers;

/**
 * One statement of the user's schema script, with what the emitter needs to know about it: its
 * kind, the table it acts on (named as shardplan names tables: {@code orders},
 * {@code inventory.stock}) and, for a constraint, its name and kind. Only the statement's head
 * is read; the text is kept exactly as written.
 *
 * @param text the statement as written, without its terminating semicolon
 * @param line the 1-based line of the script it starts on
 * @param kind what the statement does
 * @param table the table it creates or changes; empty if none
 * @param name the constraint, index or trigger it makes; empty if none
 * @param constraint for {@link Kind#ADD_CONSTRAINT}: {@code PRIMARY KEY}, {@code UNIQUE},
 *                   {@code FOREIGN KEY}, {@code CHECK} or {@code EXCLUDE}; for {@link Kind#CREATE_INDEX}:
 *                   {@code UNIQUE} or empty; else empty
 */
public record ScriptStatement(String text, int line, Kind kind, String table, String name, String constraint) {
  /** What a statement does, as far as the emitter cares. */
  public enum Kind {
    /** {@code CREATE TABLE}. */
    CREATE_TABLE,
    /** {@code ALTER TABLE ... ADD CONSTRAINT name ...}. */
    ADD_CONSTRAINT,
    /** {@code CREATE [UNIQUE] INDEX ... ON table}. */
    CREATE_INDEX,
    /** {@code CREATE TRIGGER ... ON table}. */
    CREATE_TRIGGER,
    /** {@code SET ...} or {@code SELECT pg_catalog.set_config(...)}: a session setting, no object. */
    SESSION,
    /** {@code COPY ... FROM stdin}: rows, not schema. */
    COPY_DATA,
    /** Any other statement PostgreSQL knows: kept as written. */
    OTHER,
    /** A statement that does not start with a PostgreSQL command word: kept as written, with a warning. */
    UNKNOWN
  }

  /** The first words of every SQL command PostgreSQL 15 has. */
  private static final Set<String> COMMANDS = Set.of("abort", "alter", "analyze", "analyse", "begin", "call",
      "checkpoint", "close", "cluster", "comment", "commit", "copy", "create", "deallocate", "declare", "delete",
      "discard", "do", "drop", "end", "execute", "explain", "fetch", "grant", "import", "insert", "listen", "load",
      "lock", "merge", "move", "notify", "prepare", "reassign", "refresh", "reindex", "release", "reset", "revoke",
      "rollback", "savepoint", "security", "select", "set", "show", "start", "table", "truncate", "unlisten",
      "update", "vacuum", "values", "with");

  public ScriptStatement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(constraint, "constraint");
  }

  /** Reads the head of {@code text}. */
  public static ScriptStatement classify(String text, int line) {
    List<Tok> t = Tok.head(text, 40);
    if (t.isEmpty()) {
      return new ScriptStatement(text, line, Kind.OTHER, "", "", "");
    }
    String w0 = t.get(0).word();
    if (!COMMANDS.contains(w0)) {
      return new ScriptStatement(text, line, Kind.UNKNOWN, "", "", "");
    }
    Cursor c = new Cursor(t);
    c.next();
    switch (w0) {
      case "set", "reset" -> {
        return new ScriptStatement(text, line, Kind.SESSION, "", "", "");
      }
      case "select" -> {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        boolean setConfig = s.startsWith("selectpg_catalog.set_config(") || s.startsWith("selectset_config(");
        return new ScriptStatement(text, line, setConfig ? Kind.SESSION : Kind.OTHER, "", "", "");
      }
      case "copy" -> {
        String s = text.toLowerCase(Locale.ROOT);
        boolean data = s.matches("(?s).*\\bfrom\\s+stdin\\b.*");
        return new ScriptStatement(text, line, data ? Kind.COPY_DATA : Kind.OTHER, "", "", "");
      }
      case "create" -> {
        return create(text, line, c);
      }
      case "alter" -> {
        return alter(text, line, c);
      }
      default -> {
        return new ScriptStatement(text, line, Kind.OTHER, "", "", "");
      }
    }
  }

  private static ScriptStatement create(String text, int line, Cursor c) {
    c.skip("or", "replace");
    c.skipAny("global", "local");
    c.skipAny("temporary", "temp", "unlogged");
    if (c.accept("table")) {
      c.skip("if", "not", "exists");
      String table = c.name();
      return new ScriptStatement(text, line, table.isEmpty() ? Kind.OTHER : Kind.CREATE_TABLE, table, "", "");
    }
    boolean unique = c.accept("unique");
    if (c.accept("index")) {
      c.accept("concurrently");
      c.skip("if", "not", "exists");
      String index = c.is("on") ? "" : c.name();
      if (!c.accept("on")) {
        return new ScriptStatement(text, line, Kind.OTHER, "", "", "");
      }
      c.accept("only");
      String table = c.name();
      return new ScriptStatement(text, line, table.isEmpty() ? Kind.OTHER : Kind.CREATE_INDEX, table, index,
          unique ? "UNIQUE" : "");
    }
    c.accept("constraint");
    if (c.accept("trigger")) {
      String trigger = c.name();
      while (c.more() && !c.is("on")) {
        c.next();
      }
      if (!c.accept("on")) {
        return new ScriptStatement(text, line, Kind.OTHER, "", "", "");
      }
      String table = c.name();
      return new ScriptStatement(text, line, Kind.CREATE_TRIGGER, table, trigger, "");
    }
    return new ScriptStatement(text, line, Kind.OTHER, "", "", "");
  }

  private static ScriptStatement alter(String text, int line, Cursor c) {
    if (!c.accept("table")) {
      return new ScriptStatement(text, line, Kind.OTHER, "", "", "");
    }
    c.skip("if", "exists");
    c.accept("only");
    String table = c.name();
    if (table.isEmpty() || !c.accept("add") || !c.accept("constraint")) {
      return new ScriptStatement(text, line, Kind.OTHER, table, "", "");
    }
    String constraint = c.name();
    String kind;
    if (c.accept("primary")) {
      kind = "PRIMARY KEY";
    } else if (c.accept("unique")) {
      kind = "UNIQUE";
    } else if (c.accept("foreign")) {
      kind = "FOREIGN KEY";
    } else if (c.accept("check")) {
      kind = "CHECK";
    } else if (c.accept("exclude")) {
      kind = "EXCLUDE";
    } else {
      return new ScriptStatement(text, line, Kind.OTHER, table, "", "");
    }
    return new ScriptStatement(text, line, Kind.ADD_CONSTRAINT, table, constraint, kind);
  }

  /** The statement as written, with its semicolon. */
  public String sql() {
    return text + ";";
  }

  /** {@code line 12: CREATE TABLE public.orders ...}: where it is and how it starts, for messages. */
  public String describe() {
    String first = text.lines().findFirst().orElse("").strip();
    if (first.length() > 60) {
      first = first.substring(0, 60) + " ...";
    } else if (text.contains("\n")) {
      first = first + " ...";
    }
    return "line " + line + ": " + first;
  }

  /** Walks the head tokens. */
  private static final class Cursor {
    private final List<Tok> toks;
    private int i;

    Cursor(List<Tok> toks) {
      this.toks = toks;
    }

    boolean more() {
      return i < toks.size();
    }

    void next() {
      i++;
    }

    boolean is(String word) {
      return i < toks.size() && toks.get(i).isWord(word);
    }

    boolean accept(String word) {
      if (is(word)) {
        i++;
        return true;
      }
      return false;
    }

    void skip(String... words) {
      int j = i;
      for (String w : words) {
        if (j >= toks.size() || !toks.get(j).isWord(w)) {
          return;
        }
        j++;
      }
      i = j;
    }

    void skipAny(String... words) {
      for (String w : words) {
        if (accept(w)) {
          return;
        }
      }
    }

    /** A possibly qualified name, as shardplan names a table; empty if none is here. */
    String name() {
      List<String> parts = new ArrayList<>();
      while (i < toks.size() && toks.get(i).isName()) {
        parts.add(toks.get(i).value());
        i++;
        if (i < toks.size() && toks.get(i).isSymbol('.')) {
          i++;
        } else {
          break;
        }
      }
      return parts.isEmpty() ? "" : Identifiers.tableName(parts);
    }
  }
}
