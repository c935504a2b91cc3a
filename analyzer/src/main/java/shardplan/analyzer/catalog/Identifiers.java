package shardplan.analyzer.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;

/**
 * PostgreSQL's identifier rules, and how shardplan names tables.
 *
 * <p>Unquoted identifiers fold to lower case, quoted ones keep their case (and lose their
 * quotes). A table in the default schema {@code public} is named without its schema
 * ({@code warehouse}); a table in any other schema keeps it ({@code sales.invoice}), so that
 * two tables of the same name in different schemas stay apart. Names of the system schema
 * {@code pg_catalog} are written without it, as {@code format_type} does.
 */
public final class Identifiers {
  /** The schema whose tables are named without qualification in a DDL file. */
  public static final String DEFAULT_SCHEMA = "public";

  private Identifiers() {
  }

  /** The longest identifier PostgreSQL keeps, in bytes ({@code NAMEDATALEN - 1}); longer ones are cut. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  /**
   * One identifier as PostgreSQL reads it: {@code "Id"} is {@code Id}, {@code Id} is {@code id},
   * and anything beyond 63 bytes is cut off, as the server does.
   */
  public static String normalize(String identifier) {
    String s = identifier.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return truncate(s.substring(1, s.length() - 1).replace("\"\"", "\""));
    }
    return truncate(s.toLowerCase(Locale.ROOT));
  }

  private static String truncate(String name) {
    if (name.length() <= MAX_IDENTIFIER_BYTES / 4 || bytes(name) <= MAX_IDENTIFIER_BYTES) {
      return name;
    }
    int end = 0;
    int used = 0;
    while (end < name.length()) {
      int cp = name.codePointAt(end);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > MAX_IDENTIFIER_BYTES) {
        break;
      }
      used += len;
      end += Character.charCount(cp);
    }
    return name.substring(0, end);
  }

  /**
   * The parts of a possibly qualified, possibly quoted name ({@code public."MixedCase"} gives
   * {@code [public, MixedCase]}), or an empty list if it is not a plain name.
   */
  public static List<String> parts(String qualifiedName) {
    List<Token> tokens = SqlLexer.tokens(qualifiedName);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i % 2 == 0) {
        if (t.kind() != Kind.WORD && t.kind() != Kind.QUOTED) {
          return List.of();
        }
        parts.add(normalize(t.text()));
      } else if (!t.isSymbol('.')) {
        return List.of();
      }
    }
    return tokens.size() % 2 == 1 ? parts : List.of();
  }

  /** shardplan's name of table {@code name} in {@code schema} (null or empty: the default schema). */
  public static String tableName(String schema, String name) {
    return tableName(schema, name, DEFAULT_SCHEMA);
  }

  /**
   * shardplan's name of table {@code name} in {@code schema} when {@code defaultSchema} is the one
   * whose tables go unqualified (a live database's first {@code search_path} schema).
   */
  public static String tableName(String schema, String name, String defaultSchema) {
    if (schema == null || schema.isEmpty() || schema.equals(defaultSchema)) {
      return name;
    }
    return schema + "." + name;
  }

  /**
   * Marks an unqualified name read from a script, until the script's {@code search_path} says
   * which schema it is in; never part of a finished name.
   */
  static final char UNQUALIFIED = '\u0000';

  /**
   * The name of a table as a script writes it: qualified names are final ({@link #tableName(List)}),
   * an unqualified one is marked {@link #UNQUALIFIED} for the reader to resolve.
   */
  static String scriptTableName(List<String> parts) {
    return parts.size() == 1 ? UNQUALIFIED + parts.get(0) : tableName(parts);
  }

  /** shardplan's name of a table from its already-normalised parts ({@code [schema,] name}). */
  public static String tableName(List<String> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    String name = parts.get(parts.size() - 1);
    String schema = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
    return tableName(schema, name);
  }

  /**
   * PostgreSQL's default name of a constraint ({@code makeObjectName}): {@code table_cols_label},
   * shortened to 63 bytes by trimming the longer of the table and column parts.
   */
  static String defaultConstraintName(String table, List<String> columns, String label) {
    String name1 = table;
    String name2 = String.join("_", columns);
    int max = 63;
    while (bytes(name1) + bytes(name2) + label.length() + (name2.isEmpty() ? 1 : 2) > max) {
      if (bytes(name1) > bytes(name2)) {
        name1 = name1.substring(0, name1.length() - 1);
      } else {
        name2 = name2.substring(0, name2.length() - 1);
      }
    }
    return name2.isEmpty() ? name1 + "_" + label : name1 + "_" + name2 + "_" + label;
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
