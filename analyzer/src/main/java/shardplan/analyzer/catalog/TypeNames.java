package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;

/**
 * Writes a column type the way PostgreSQL's {@code format_type} names it, split into the name
 * and the modifier in parentheses: {@code int4} is {@code integer}, {@code varchar(16)} is
 * {@code character varying} + {@code 16}, {@code timestamp(3)} is
 * {@code timestamp without time zone} + {@code 3}, {@code serial} is {@code integer} (and implies
 * NOT NULL). The same function reads DDL text and the live database's {@code format_type}
 * output, so both sources agree.
 */
public final class TypeNames {

  /**
   * A normalised type.
   *
   * @param name e.g. {@code character varying}, {@code integer[]}
   * @param modifier e.g. {@code 16} or {@code 12,2}; empty if none
   * @param impliesNotNull the type is a {@code serial} pseudo-type, which makes the column NOT NULL
   */
  public record PgType(String name, String modifier, boolean impliesNotNull) {
    public PgType {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(modifier, "modifier");
    }
  }

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
      Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
      Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
      Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
      Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
      Map.entry("varchar", "character varying"), Map.entry("char varying", "character varying"),
      Map.entry("char", "character"), Map.entry("bpchar", "character"),
      Map.entry("national character", "character"), Map.entry("nchar", "character"),
      Map.entry("national character varying", "character varying"),
      Map.entry("bool", "boolean"),
      Map.entry("float8", "double precision"), Map.entry("float4", "real"),
      Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
      Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("time", "time without time zone"),
      Map.entry("timetz", "time with time zone"),
      Map.entry("varbit", "bit varying"));

  private TypeNames() {
  }

  /** The normalised form of a type as written in DDL or by {@code format_type}. */
  public static PgType normalize(String typeText) {
    Objects.requireNonNull(typeText, "typeText");
    List<Token> tokens = SqlLexer.tokens(typeText);
    List<String> words = new ArrayList<>();
    StringBuilder modifier = new StringBuilder();
    int arrayDims = 0;
    boolean seenModifier = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol('(') && !seenModifier) {
        int depth = 0;
        for (; i < tokens.size(); i++) {
          Token m = tokens.get(i);
          if (m.isSymbol('(')) {
            depth++;
            if (depth == 1) {
              continue;
            }
          } else if (m.isSymbol(')')) {
            depth--;
            if (depth == 0) {
              break;
            }
          }
          modifier.append(m.text());
        }
        seenModifier = true;
      } else if (t.isSymbol('[')) {
        arrayDims++;
        while (i < tokens.size() && !tokens.get(i).isSymbol(']')) {
          i++;
        }
      } else if (t.isWord("array")) {
        arrayDims = Math.max(arrayDims, 1);
      } else if (t.isSymbol('.') && !words.isEmpty()) {
        // qualified type name: glue the parts together
        String schema = words.remove(words.size() - 1);
        String name = i + 1 < tokens.size() ? Identifiers.normalize(tokens.get(++i).text()) : "";
        words.add(schema + "." + quoteIfNeeded(name, tokens.get(i)));
      } else if (t.kind() == Kind.WORD) {
        words.add(Identifiers.normalize(t.text()));
      } else if (t.kind() == Kind.QUOTED) {
        words.add(t.text());
      }
    }
    String name = String.join(" ", words);
    name = stripSchema(name, "public.");
    name = stripSchema(name, "pg_catalog.");
    String mod = modifier.toString().replace(" ", "");
    boolean serial = name.endsWith("serial") || name.matches("serial[248]");
    if (name.equals("float")) {
      name = floatType(mod);
      mod = "";
    } else if (name.equals("double")) {
      name = "double precision";
    } else {
      name = ALIASES.getOrDefault(name, name);
    }
    if (mod.isEmpty() && (name.equals("character") || name.equals("bit")) && !typeText.contains("bpchar")) {
      mod = "1"; // CHAR and BIT without a length are CHAR(1) and BIT(1)
    }
    if (name.equals("numeric") && !mod.isEmpty() && !mod.contains(",")) {
      mod = mod + ",0"; // NUMERIC(p) is NUMERIC(p,0)
    }
    if (arrayDims > 0) {
      name = name + "[]";
    }
    return new PgType(name, mod, serial && arrayDims == 0);
  }

  private static String quoteIfNeeded(String normalised, Token original) {
    return original.kind() == Kind.QUOTED ? original.text() : normalised;
  }

  private static String stripSchema(String name, String schemaDot) {
    return name.startsWith(schemaDot) ? name.substring(schemaDot.length()) : name;
  }

  /** {@code float(p)}: real for p up to 24, double precision above (and without p). */
  private static String floatType(String precision) {
    if (!precision.isEmpty()) {
      try {
        if (Integer.parseInt(precision) <= 24) {
          return "real";
        }
      } catch (NumberFormatException e) {
        // not a number: PostgreSQL would refuse it; keep the widest
      }
    }
    return "double precision";
  }
}
