package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;

/**
 * What the inline constraints of one column say: {@code NOT NULL}, {@code PRIMARY KEY},
 * {@code UNIQUE}, {@code REFERENCES t [(c)]}, {@code GENERATED ... AS IDENTITY} (which implies NOT
 * NULL). Defaults, checks, collations and generated expressions are passed over.
 */
final class ColumnSpec {
  /** Words that start a column constraint or option, and so end a type or a default expression. */
  static final Set<String> CONSTRAINT_WORDS = Set.of("not", "null", "constraint", "primary", "unique",
      "references", "check", "generated", "collate", "default", "deferrable", "initially", "storage",
      "compression");

  boolean notNull;
  boolean primaryKey;
  boolean unique;
  String foreignKeyName;
  String referencedTable;
  List<String> referencedColumns = List.of();

  static final ColumnSpec NONE = new ColumnSpec();

  /** Reads the constraint part of a column definition, given as token texts. */
  static ColumnSpec of(List<String> specs) {
    if (specs == null || specs.isEmpty()) {
      return new ColumnSpec();
    }
    return of(SqlLexer.tokens(String.join(" ", specs)), 0);
  }

  /** Reads the constraint part of a column definition from {@code t}, starting at {@code from}. */
  static ColumnSpec of(List<Token> t, int from) {
    ColumnSpec s = new ColumnSpec();
    String pendingName = null;
    int i = from;
    while (i < t.size()) {
      String w = t.get(i).kind() == Kind.WORD ? t.get(i).text().toLowerCase(Locale.ROOT) : "";
      switch (w) {
        case "not" -> {
          if (Tokens.isWord(t, i + 1, "null")) {
            s.notNull = true;
            i += 2;
          } else {
            i++;
          }
        }
        case "primary" -> {
          s.primaryKey = true;
          s.notNull = true;
          i += Tokens.isWord(t, i + 1, "key") ? 2 : 1;
        }
        case "unique" -> {
          s.unique = true;
          i++;
          if (Tokens.isWord(t, i, "nulls")) {
            i = Tokens.skipWords(t, i + 1, "not", "distinct");
          }
        }
        case "constraint" -> {
          pendingName = i + 1 < t.size() ? Identifiers.normalize(t.get(i + 1).text()) : null;
          i += 2;
          continue; // the name belongs to the constraint that follows
        }
        case "generated" -> {
          int j = i + 1;
          while (j < t.size() && !Tokens.isWord(t, j, "as")) {
            j++;
          }
          if (Tokens.isWord(t, j + 1, "identity")) {
            s.notNull = true;
          }
          i = skipExpression(t, j + 1);
        }
        case "references" -> {
          Tokens.QualifiedName ref = Tokens.qualifiedName(t, i + 1);
          if (ref == null) {
            i++;
            break;
          }
          s.referencedTable = ref.tableName();
          s.foreignKeyName = pendingName;
          i = ref.end();
          if (i < t.size() && t.get(i).isSymbol('(')) {
            List<List<Token>> cols = new ArrayList<>();
            i = Tokens.splitParenthesised(t, i, cols);
            s.referencedColumns = Tokens.names(cols);
          }
        }
        case "default", "check", "collate", "storage", "compression" -> i = skipExpression(t, i + 1);
        default -> i++;
      }
      pendingName = null;
    }
    return s;
  }

  /** Skips one expression: at least one token or parenthesised group, then up to the next constraint word. */
  private static int skipExpression(List<Token> t, int from) {
    int i = Tokens.skipOne(t, from);
    while (i < t.size() && !(t.get(i).kind() == Kind.WORD
        && CONSTRAINT_WORDS.contains(t.get(i).text().toLowerCase(Locale.ROOT)))) {
      i = Tokens.skipOne(t, i);
    }
    return i;
  }
}
