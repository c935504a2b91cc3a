package shardplan.analyzer.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;
import shardplan.analyzer.catalog.SqlStatementSplitter.SqlStatement;
import shardplan.analyzer.catalog.TypeNames.PgType;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * Reads a schema from a DDL script: {@code pg_dump --schema-only} output or hand-written
 * {@code CREATE TABLE} statements.
 *
 * <p>Only what describes tables is read: {@code CREATE TABLE} (columns, inline and table-level
 * PRIMARY KEY, UNIQUE, REFERENCES/FOREIGN KEY, NOT NULL, {@code PARTITION BY}, {@code LIKE}),
 * {@code ALTER TABLE} that adds constraints or columns, sets or drops NOT NULL or attaches a
 * partition, and {@code CREATE UNIQUE INDEX} on plain columns without a {@code WHERE}. Every
 * other statement ({@code SET}, functions, views, sequences, types, comments, grants, ...) is
 * passed over without a word. A table statement that cannot be parsed is skipped with a warning;
 * the rest of the script is still read.
 *
 * <p>Partitions ({@code PARTITION OF}, {@code ATTACH PARTITION}) are not tables of their own in
 * the result: queries name the partitioned table, and Citus distributes a partitioned table with
 * its partitions. Names follow {@link Identifiers}: tables of {@code public} unqualified, others as
 * {@code schema.table}. Unqualified names in the script are taken to be in {@code public}
 * whatever {@code search_path} it sets.
 *
 * <p>Each statement is parsed with a fresh JSqlParser ({@code newParser(sql).Statement()}) on the
 * calling thread: {@code CCJSqlParserUtil.parse} would start a thread pool per call.
 */
public final class DdlSchemaReader {

  private final String source;
  private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
  private final Set<String> partitions = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private int createTableStatements;
  private SqlStatement current;

  private DdlSchemaReader(String source) {
    this.source = source;
  }

  /**
   * Reads a DDL file (UTF-8, or gzip-compressed UTF-8).
   *
   * @throws SchemaReadException if the file is missing, unreadable, binary, or has no table
   */
  public static SchemaReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(readText(file), file.toString());
  }

  /**
   * Reads DDL text; {@code sourceName} names it in warnings and errors.
   *
   * @throws SchemaReadException if the text has no {@code CREATE TABLE} or no table could be read
   */
  public static SchemaReadResult parse(String ddl, String sourceName) {
    Objects.requireNonNull(ddl, "ddl");
    Objects.requireNonNull(sourceName, "sourceName");
    DdlSchemaReader reader = new DdlSchemaReader(sourceName);
    for (SqlStatement st : SqlStatementSplitter.split(ddl)) {
      reader.current = st;
      reader.accept(st);
    }
    return reader.finish();
  }

  static String readText(Path file) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new SchemaReadException(file + ": is a directory, not a schema file");
      }
      bytes = Files.readAllBytes(file);
      if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          bytes = in.readAllBytes();
        }
      }
    } catch (NoSuchFileException e) {
      throw new SchemaReadException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new SchemaReadException(file + ": permission denied");
    } catch (IOException e) {
      throw new SchemaReadException(file + ": cannot read: " + e.getMessage(), e);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new SchemaReadException(file + ": not a text file (it contains NUL bytes)");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SchemaReadException(file + ": not UTF-8 text");
    }
  }

  private SchemaReadResult finish() {
    if (createTableStatements == 0) {
      throw new SchemaReadException(source + ": no CREATE TABLE found");
    }
    partitions.forEach(tables::remove);
    if (tables.isEmpty()) {
      throw new SchemaReadException(source + ": no table could be read (" + createTableStatements
          + " CREATE TABLE statements, " + warnings.size() + " warnings)");
    }
    List<Table> built = new ArrayList<>();
    for (TableBuilder b : tables.values()) {
      built.add(b.build(tables, w -> warnings.add(source + ": " + w)));
    }
    return new SchemaReadResult(new Schema(built), warnings);
  }

  private void warn(String what) {
    warnings.add(source + ":" + current.line() + ": " + what);
  }

  // ---------------------------------------------------------------- statements

  private void accept(SqlStatement st) {
    List<Token> tokens = SqlLexer.tokens(st.text());
    if (tokens.isEmpty() || tokens.get(0).kind() != Kind.WORD) {
      return;
    }
    String first = lower(tokens.get(0));
    if (first.equals("create")) {
      int i = 1;
      i = skipWords(tokens, i, "or", "replace");
      i = skipWords(tokens, i, "global", "local", "temp", "temporary", "unlogged");
      if (isWord(tokens, i, "table")) {
        createTableStatements++;
        createTable(st, tokens, i + 1);
      } else if (isWord(tokens, i, "unique") && isWord(tokens, i + 1, "index")) {
        createUniqueIndex(tokens, i + 2);
      }
    } else if (first.equals("alter") && isWord(tokens, 1, "table")) {
      alterTable(st, tokens);
    }
  }

  private void createTable(SqlStatement st, List<Token> tokens, int afterTable) {
    int nameAt = skipWords(tokens, afterTable, "if", "not", "exists");
    QualifiedName name = qualifiedName(tokens, nameAt);
    String label = "CREATE TABLE" + (name == null ? "" : " " + name.tableName());
    Statement parsed = parseStatement(st, label);
    if (!(parsed instanceof CreateTable ct)) {
      return;
    }
    String table = tableName(ct.getTable());
    if (ct.getPartitionOf() != null) {
      partitions.add(table);
      return;
    }
    if (ct.getSelect() != null) {
      warn("CREATE TABLE " + table + " AS skipped: its columns are not declared");
      return;
    }
    if (tables.containsKey(table)) {
      warn("CREATE TABLE " + table + " skipped: the table was already created");
      return;
    }
    TableBuilder tb = new TableBuilder(table, Identifiers.normalize(ct.getTable().getName()));
    if (ct.getLikeTable() != null) {
      TableBuilder like = tables.get(tableName(ct.getLikeTable()));
      if (like == null) {
        warn("CREATE TABLE " + table + " skipped: LIKE names a table that is not in the schema");
        return;
      }
      tb.copyColumnsFrom(like);
    }
    List<Runnable> columnConstraints = new ArrayList<>();
    if (ct.getColumnDefinitions() != null) {
      for (ColumnDefinition cd : ct.getColumnDefinitions()) {
        if (!addColumn(tb, cd, columnConstraints)) {
          return;
        }
      }
    }
    if (ct.getColumnDefinitions() == null && ct.getLikeTable() == null) {
      warn("CREATE TABLE " + table + " skipped: no column list");
      return;
    }
    tables.put(table, tb);
    columnConstraints.forEach(Runnable::run);
    if (ct.getIndexes() != null) {
      for (Index index : ct.getIndexes()) {
        tableConstraint(tb, index);
      }
    }
  }

  /** Adds a column; its inline constraints are queued so that they run after all columns exist. */
  private boolean addColumn(TableBuilder tb, ColumnDefinition cd, List<Runnable> constraints) {
    String column = Identifiers.normalize(cd.getColumnName());
    PgType type = TypeNames.normalize(cd.getColDataType().toString());
    ColumnSpec spec = ColumnSpec.of(cd.getColumnSpecs());
    if (!tb.addColumn(column, type.name(), type.modifier(), spec.notNull || type.impliesNotNull())) {
      warn("CREATE TABLE " + tb.name() + " skipped: column " + column + " is declared twice");
      return false;
    }
    if (spec.primaryKey) {
      constraints.add(() -> primaryKey(tb, List.of(column)));
    }
    if (spec.unique) {
      constraints.add(() -> tb.addUniqueKey(List.of(column)));
    }
    if (spec.referencedTable != null) {
      String fkName = spec.constraintName != null ? spec.constraintName
          : Identifiers.defaultConstraintName(tb.localName(), List.of(column), "fkey");
      constraints.add(() -> foreignKey(tb, new ForeignKey(fkName, List.of(column), spec.referencedTable,
          spec.referencedColumns)));
    }
    return true;
  }

  private void tableConstraint(TableBuilder tb, Index index) {
    List<String> cols = index.getColumnsNames() == null ? List.of()
        : index.getColumnsNames().stream().map(Identifiers::normalize).toList();
    if (index instanceof ForeignKeyIndex fk) {
      List<String> refCols = fk.getReferencedColumnNames() == null ? List.of()
          : fk.getReferencedColumnNames().stream().map(Identifiers::normalize).toList();
      String fkName = index.getName() != null ? Identifiers.normalize(index.getName())
          : Identifiers.defaultConstraintName(tb.localName(), cols, "fkey");
      foreignKey(tb, new ForeignKey(fkName, cols, tableName(fk.getTable()), refCols));
      return;
    }
    String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
    if (type.startsWith("PRIMARY")) {
      primaryKey(tb, cols);
    } else if (type.startsWith("UNIQUE")) {
      uniqueKey(tb, cols);
    }
  }

  private void primaryKey(TableBuilder tb, List<String> cols) {
    String missing = tb.missingColumn(cols);
    if (cols.isEmpty() || missing != null) {
      warn("primary key of " + tb.name() + " ignored: " + (cols.isEmpty() ? "no columns" : "no column " + missing));
    } else if (!tb.setPrimaryKey(cols)) {
      warn("second primary key of " + tb.name() + " ignored");
    }
  }

  private void uniqueKey(TableBuilder tb, List<String> cols) {
    String missing = tb.missingColumn(cols);
    if (cols.isEmpty() || missing != null) {
      warn("unique key of " + tb.name() + " ignored: " + (cols.isEmpty() ? "no columns" : "no column " + missing));
    } else {
      tb.addUniqueKey(cols);
    }
  }

  private void foreignKey(TableBuilder tb, ForeignKey fk) {
    String missing = tb.missingColumn(fk.columns());
    if (fk.columns().isEmpty() || missing != null) {
      warn("foreign key " + fk.name() + " of " + tb.name() + " ignored: "
          + (fk.columns().isEmpty() ? "no columns" : "no column " + missing));
    } else if (!fk.referencedColumns().isEmpty() && fk.referencedColumns().size() != fk.columns().size()) {
      warn("foreign key " + fk.name() + " of " + tb.name() + " ignored: it has " + fk.columns().size()
          + " columns but references " + fk.referencedColumns().size());
    } else {
      tb.addForeignKey(fk);
    }
  }

  private void createUniqueIndex(List<Token> tokens, int afterIndex) {
    int i = skipWords(tokens, afterIndex, "concurrently");
    i = skipWords(tokens, i, "if", "not", "exists");
    if (!isWord(tokens, i, "on")) {
      i++; // index name
    }
    if (!isWord(tokens, i, "on")) {
      warn("CREATE UNIQUE INDEX skipped: cannot find ON <table>");
      return;
    }
    i = skipWords(tokens, i + 1, "only");
    QualifiedName name = qualifiedName(tokens, i);
    if (name == null) {
      warn("CREATE UNIQUE INDEX skipped: cannot read the table name");
      return;
    }
    i = name.end;
    if (isWord(tokens, i, "using")) {
      i += 2;
    }
    if (i >= tokens.size() || !tokens.get(i).isSymbol('(')) {
      warn("CREATE UNIQUE INDEX on " + name.tableName() + " skipped: no column list");
      return;
    }
    List<List<Token>> elements = new ArrayList<>();
    int end = splitParenthesised(tokens, i, elements);
    for (int j = end; j < tokens.size(); j++) {
      if (isWord(tokens, j, "where")) {
        return; // partial: unique only among some rows
      }
    }
    List<String> cols = new ArrayList<>();
    for (List<Token> e : elements) {
      Token t = e.isEmpty() ? null : e.get(0);
      boolean plain = t != null && (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED)
          && (e.size() == 1 || e.get(1).kind() == Kind.WORD || e.get(1).kind() == Kind.QUOTED);
      if (!plain) {
        return; // an expression index: not a key of columns
      }
      cols.add(Identifiers.normalize(t.text()));
    }
    TableBuilder tb = tables.get(name.tableName());
    if (tb == null) {
      if (!partitions.contains(name.tableName())) {
        warn("CREATE UNIQUE INDEX ignored: " + name.tableName() + " is not a table of the schema");
      }
      return;
    }
    uniqueKey(tb, cols);
  }

  private void alterTable(SqlStatement st, List<Token> tokens) {
    int i = skipWords(tokens, 2, "if", "exists");
    i = skipWords(tokens, i, "only");
    QualifiedName name = qualifiedName(tokens, i);
    if (name == null) {
      warn("ALTER TABLE skipped: cannot read the table name");
      return;
    }
    i = name.end;
    if (i < tokens.size() && tokens.get(i).isSymbol('*')) {
      i++;
    }
    String table = name.tableName();
    boolean needsParser = false;
    List<List<Token>> actions = splitTopLevel(tokens, i);
    for (List<Token> a : actions) {
      if (a.isEmpty()) {
        continue;
      }
      if (isWord(a, 0, "add")) {
        needsParser = true;
      } else if (isWord(a, 0, "attach") && isWord(a, 1, "partition")) {
        QualifiedName child = qualifiedName(a, 2);
        if (child != null) {
          partitions.add(child.tableName());
        }
      } else if (isWord(a, 0, "alter")) {
        int c = skipWords(a, 1, "column");
        QualifiedName col = qualifiedName(a, c);
        if (col != null && col.parts.size() == 1) {
          boolean set = isWord(a, col.end, "set") && isWord(a, col.end + 1, "not") && isWord(a, col.end + 2, "null");
          boolean drop = isWord(a, col.end, "drop") && isWord(a, col.end + 1, "not") && isWord(a, col.end + 2, "null");
          TableBuilder tb = tables.get(table);
          if ((set || drop) && tb != null) {
            tb.setNotNull(col.parts.get(0), set);
          }
        }
      } else if (isWord(a, 0, "drop") || isWord(a, 0, "rename")) {
        if (tables.containsKey(table)) {
          warn("ALTER TABLE " + table + " " + lower(a.get(0)).toUpperCase(Locale.ROOT) + " not applied");
        }
      }
    }
    if (!needsParser) {
      return;
    }
    TableBuilder tb = tables.get(table);
    if (tb == null) {
      if (!partitions.contains(table)) {
        warn("ALTER TABLE " + table + " ADD ignored: not a table of the schema");
      }
      return;
    }
    Statement parsed = parseStatement(st, "ALTER TABLE " + table + " ADD");
    if (!(parsed instanceof Alter alter)) {
      return;
    }
    for (AlterExpression e : alter.getAlterExpressions()) {
      if (!"ADD".equals(String.valueOf(e.getOperation()))) {
        continue;
      }
      if (e.getIndex() != null) {
        tableConstraint(tb, e.getIndex());
      } else if (e.getFkColumns() != null && e.getFkSourceTable() != null) {
        List<String> cols = e.getFkColumns().stream().map(Identifiers::normalize).toList();
        List<String> refCols = e.getFkSourceColumns() == null ? List.of()
            : e.getFkSourceColumns().stream().map(Identifiers::normalize).toList();
        List<String> ref = Identifiers.parts(e.getFkSourceSchema() == null ? e.getFkSourceTable()
            : e.getFkSourceSchema() + "." + e.getFkSourceTable());
        if (ref.isEmpty()) {
          warn("foreign key of " + table + " ignored: cannot read the referenced table");
          continue;
        }
        foreignKey(tb, new ForeignKey(Identifiers.defaultConstraintName(tb.localName(), cols, "fkey"), cols,
            Identifiers.tableName(ref), refCols));
      } else if (e.getPkColumns() != null) {
        primaryKey(tb, e.getPkColumns().stream().map(Identifiers::normalize).toList());
      } else if (e.getUkColumns() != null) {
        uniqueKey(tb, e.getUkColumns().stream().map(Identifiers::normalize).toList());
      } else if (e.getColDataTypeList() != null) {
        List<Runnable> constraints = new ArrayList<>();
        for (ColumnDefinition cd : e.getColDataTypeList()) {
          if (!addColumn(tb, cd, constraints)) {
            return;
          }
        }
        constraints.forEach(Runnable::run);
      }
    }
  }

  private Statement parseStatement(SqlStatement st, String label) {
    try {
      return CCJSqlParserUtil.newParser(st.text()).Statement();
    } catch (ParseException e) {
      String where = "";
      if (e.currentToken != null && e.currentToken.next != null) {
        where = " (statement line " + e.currentToken.next.beginLine + ", column " + e.currentToken.next.beginColumn + ")";
      }
      warn(label + " skipped: cannot parse it" + where);
    } catch (RuntimeException | StackOverflowError e) {
      warn(label + " skipped: cannot parse it (" + e.getClass().getSimpleName() + ")");
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  /** What the inline constraints of one column say. */
  private static final class ColumnSpec {
    boolean notNull;
    boolean primaryKey;
    boolean unique;
    String constraintName;
    String referencedTable;
    List<String> referencedColumns = List.of();

    private static final Set<String> CONSTRAINT_WORDS = Set.of("not", "null", "constraint", "primary", "unique",
        "references", "check", "generated", "collate", "default", "deferrable", "initially");

    static ColumnSpec of(List<String> specs) {
      ColumnSpec s = new ColumnSpec();
      if (specs == null || specs.isEmpty()) {
        return s;
      }
      List<Token> t = SqlLexer.tokens(String.join(" ", specs));
      int i = 0;
      while (i < t.size()) {
        String w = t.get(i).kind() == Kind.WORD ? lower(t.get(i)) : "";
        switch (w) {
          case "not" -> {
            if (isWord(t, i + 1, "null")) {
              s.notNull = true;
              i += 2;
            } else {
              i++;
            }
          }
          case "primary" -> {
            s.primaryKey = true;
            s.notNull = true;
            i += isWord(t, i + 1, "key") ? 2 : 1;
          }
          case "unique" -> {
            s.unique = true;
            i++;
          }
          case "constraint" -> {
            String name = i + 1 < t.size() ? Identifiers.normalize(t.get(i + 1).text()) : null;
            if (isWord(t, i + 2, "references")) {
              s.constraintName = name;
            }
            i += 2;
          }
          case "generated" -> {
            int j = i + 1;
            while (j < t.size() && !isWord(t, j, "as")) {
              j++;
            }
            if (isWord(t, j + 1, "identity")) {
              s.notNull = true;
            }
            i = skipExpression(t, j + 1);
          }
          case "references" -> {
            QualifiedName ref = qualifiedName(t, i + 1);
            if (ref == null) {
              i++;
              break;
            }
            s.referencedTable = ref.tableName();
            i = ref.end;
            if (i < t.size() && t.get(i).isSymbol('(')) {
              List<List<Token>> cols = new ArrayList<>();
              i = splitParenthesised(t, i, cols);
              s.referencedColumns = cols.stream()
                  .filter(c -> !c.isEmpty())
                  .map(c -> Identifiers.normalize(c.get(0).text()))
                  .toList();
            }
          }
          case "default", "check", "collate" -> i = skipExpression(t, i + 1);
          default -> i++;
        }
      }
      return s;
    }

    /** Skips one expression: at least one token or parenthesised group, then up to the next constraint word. */
    private static int skipExpression(List<Token> t, int from) {
      int i = skipOne(t, from);
      while (i < t.size() && !(t.get(i).kind() == Kind.WORD && CONSTRAINT_WORDS.contains(lower(t.get(i))))) {
        i = skipOne(t, i);
      }
      return i;
    }

    private static int skipOne(List<Token> t, int i) {
      if (i >= t.size()) {
        return i;
      }
      if (!t.get(i).isSymbol('(')) {
        return i + 1;
      }
      int depth = 0;
      for (; i < t.size(); i++) {
        if (t.get(i).isSymbol('(')) {
          depth++;
        } else if (t.get(i).isSymbol(')') && --depth == 0) {
          return i + 1;
        }
      }
      return i;
    }
  }

  /** A possibly qualified name found in a token list; {@code end} is the index after it. */
  private record QualifiedName(List<String> parts, int end) {
    String tableName() {
      return Identifiers.tableName(parts);
    }
  }

  private static QualifiedName qualifiedName(List<Token> t, int at) {
    List<String> parts = new ArrayList<>();
    int i = at;
    while (i < t.size() && (t.get(i).kind() == Kind.WORD || t.get(i).kind() == Kind.QUOTED)) {
      parts.add(Identifiers.normalize(t.get(i).text()));
      i++;
      if (i < t.size() && t.get(i).isSymbol('.')) {
        i++;
      } else {
        break;
      }
    }
    return parts.isEmpty() ? null : new QualifiedName(parts, i);
  }

  /**
   * Splits the parenthesised list that opens at {@code open} at its top-level commas; returns
   * the index after the closing parenthesis.
   */
  private static int splitParenthesised(List<Token> t, int open, List<List<Token>> out) {
    int depth = 0;
    List<Token> cur = new ArrayList<>();
    for (int i = open; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.isSymbol('(')) {
        if (depth++ == 0) {
          continue;
        }
      } else if (k.isSymbol(')')) {
        if (--depth == 0) {
          out.add(cur);
          return i + 1;
        }
      } else if (k.isSymbol(',') && depth == 1) {
        out.add(cur);
        cur = new ArrayList<>();
        continue;
      }
      cur.add(k);
    }
    out.add(cur);
    return t.size();
  }

  /** Splits {@code t} from {@code from} at commas outside parentheses. */
  private static List<List<Token>> splitTopLevel(List<Token> t, int from) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int depth = 0;
    for (int i = from; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.isSymbol('(')) {
        depth++;
      } else if (k.isSymbol(')')) {
        depth--;
      } else if (k.isSymbol(',') && depth == 0) {
        out.add(cur);
        cur = new ArrayList<>();
        continue;
      }
      cur.add(k);
    }
    out.add(cur);
    return out;
  }

  private static int skipWords(List<Token> t, int at, String... words) {
    int i = at;
    boolean moved = true;
    while (moved && i < t.size()) {
      moved = false;
      for (String w : words) {
        if (t.get(i).isWord(w)) {
          i++;
          moved = true;
          break;
        }
      }
    }
    return i;
  }

  private static boolean isWord(List<Token> t, int at, String word) {
    return at >= 0 && at < t.size() && t.get(at).isWord(word);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String tableName(net.sf.jsqlparser.schema.Table t) {
    List<String> parts = new ArrayList<>();
    if (t.getSchemaName() != null) {
      parts.add(Identifiers.normalize(t.getSchemaName()));
    }
    parts.add(Identifiers.normalize(t.getName()));
    return Identifiers.tableName(parts);
  }
}
