package shardplan.analyzer.catalog;

import java.io.ByteArrayInputStream;
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
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;
import shardplan.analyzer.catalog.SqlStatementSplitter.SqlStatement;
import shardplan.analyzer.catalog.TableElements.Additions;
import shardplan.analyzer.catalog.TableElements.ColumnDef;
import shardplan.analyzer.catalog.TableElements.KeyConstraint;
import shardplan.analyzer.catalog.TableElements.TableDef;
import shardplan.analyzer.io.Gzip;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * Reads a schema from a DDL script: {@code pg_dump --schema-only} output or hand-written
 * {@code CREATE TABLE} statements.
 *
 * <p>Only what describes tables is read: {@code CREATE TABLE} (columns, inline and table-level
 * PRIMARY KEY, UNIQUE, REFERENCES/FOREIGN KEY, NOT NULL, {@code PARTITION BY}, {@code LIKE}),
 * {@code ALTER TABLE} that adds constraints or columns, sets or drops NOT NULL, changes a
 * column's type, drops or renames a column, a foreign key or the primary key, renames the table
 * or attaches a partition (so a migration script appended to the schema reads as its result), and {@code CREATE UNIQUE INDEX} on plain columns without a {@code WHERE}. Every
 * other statement ({@code SET}, functions, views, sequences, types, comments, grants, ...) is
 * passed over without a word. A table statement that cannot be parsed is skipped with a warning;
 * the rest of the script is still read.
 *
 * <p>Partitions ({@code PARTITION OF}, {@code ATTACH PARTITION}) are not tables of their own in
 * the result: queries name the partitioned table, and Citus distributes a partitioned table with
 * its partitions. Names follow {@link Identifiers}: tables of {@code public} unqualified, others as
 * {@code schema.table}. An unqualified name in the script is resolved as the server would under
 * the script's {@code SET search_path} (or pg_dump's {@code set_config}): created in the first
 * schema of the path, looked up in its schemas in order. {@code DROP TABLE} removes a table the
 * script created; {@code CREATE TABLE IF NOT EXISTS} of an existing table does nothing.
 *
 * <p>Each statement is parsed with a fresh JSqlParser ({@code newParser(sql).Statement()}) on the
 * calling thread: {@code CCJSqlParserUtil.parse} would start a thread pool per call.
 */
public final class DdlSchemaReader {

  private final String source;
  private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
  private final Set<String> partitions = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private final boolean useJSqlParser;
  /** Schemas that unqualified names are looked up in, as the script's {@code SET search_path} left them. */
  private List<String> searchPath = List.of(Identifiers.DEFAULT_SCHEMA);
  private int createTableStatements;
  private SqlStatement current;

  private DdlSchemaReader(String source, boolean useJSqlParser) {
    this.source = source;
    this.useJSqlParser = useJSqlParser;
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
    return parse(ddl, sourceName, true);
  }

  /** As {@link #parse(String, String)}; without JSqlParser only the token reader is used (for tests). */
  static SchemaReadResult parse(String ddl, String sourceName, boolean useJSqlParser) {
    Objects.requireNonNull(ddl, "ddl");
    Objects.requireNonNull(sourceName, "sourceName");
    DdlSchemaReader reader = new DdlSchemaReader(sourceName, useJSqlParser);
    String text = ddl.startsWith("\uFEFF") ? ddl.substring(1) : ddl; // a byte order mark is not SQL
    for (SqlStatement st : SqlStatementSplitter.split(text)) {
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
      if (Gzip.startsWithMagic(bytes)) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), Gzip.BUFFER)) {
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
    if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("PGDMP")) {
      throw new SchemaReadException(file + ": a pg_dump archive, not SQL text (write the schema as SQL with"
          + " pg_restore --schema-only -f schema.sql, or pg_dump --schema-only)");
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
      built.add(b.build(tables, w -> warnings.add(source + ": " + w.replaceAll("\\p{Cntrl}", "?"))));
    }
    return new SchemaReadResult(new Schema(built), warnings);
  }

  /** One line: names damaged into holding line breaks or control characters are shown with {@code ?}. */
  private void warn(String what) {
    warnings.add(source + ":" + current.line() + ": " + what.replaceAll("\\p{Cntrl}", "?"));
  }

  // ---------------------------------------------------------------- statements

  private void accept(SqlStatement st) {
    List<Token> tokens = SqlLexer.tokens(st.text());
    if (tokens.isEmpty() || tokens.get(0).kind() != Kind.WORD) {
      return;
    }
    if (tokens.get(0).isWord("create")) {
      int i = Tokens.skipWords(tokens, 1, "or", "replace");
      i = Tokens.skipWords(tokens, i, "global", "local", "temp", "temporary", "unlogged");
      if (Tokens.isWord(tokens, i, "table")) {
        createTableStatements++;
        int nameAt = Tokens.skipWords(tokens, i + 1, "if", "not", "exists");
        createTable(st, tokens, nameAt, nameAt > i + 1);
      } else if (Tokens.isWord(tokens, i, "unique") && Tokens.isWord(tokens, i + 1, "index")) {
        createUniqueIndex(tokens, i + 2);
      }
    } else if (tokens.get(0).isWord("alter") && Tokens.isWord(tokens, 1, "table")) {
      alterTable(st, tokens);
    } else if (tokens.get(0).isWord("drop") && Tokens.isWord(tokens, 1, "table")) {
      dropTables(tokens);
    } else if (tokens.get(0).isWord("set")) {
      setSearchPath(tokens);
    } else if (tokens.get(0).isWord("select")) {
      setConfigSearchPath(tokens);
    }
  }

  // ---------------------------------------------------------------- search_path

  /** {@code SET [SESSION | LOCAL] search_path {TO | =} a, "B" | DEFAULT}. */
  private void setSearchPath(List<Token> tokens) {
    int i = Tokens.skipWords(tokens, 1, "session", "local");
    if (!Tokens.isWord(tokens, i, "search_path")) {
      return;
    }
    i++;
    if (Tokens.isWord(tokens, i, "to") || i < tokens.size() && tokens.get(i).isSymbol('=')) {
      i++;
    }
    if (Tokens.isWord(tokens, i, "default")) {
      searchPath = List.of(Identifiers.DEFAULT_SCHEMA);
      return;
    }
    List<String> path = new ArrayList<>();
    for (List<Token> item : Tokens.splitTopLevel(tokens, i)) {
      if (item.size() == 1) {
        Token t = item.get(0);
        String value = t.kind() == Kind.STRING ? unquoteString(t.text()) : t.text();
        path.addAll(schemaList(value));
      }
    }
    searchPath = List.copyOf(path);
  }

  /** {@code SELECT pg_catalog.set_config('search_path', 'a, b', false)}, as pg_dump writes it. */
  private void setConfigSearchPath(List<Token> tokens) {
    for (int i = 1; i + 4 < tokens.size(); i++) {
      if (tokens.get(i).isWord("set_config") && tokens.get(i + 1).isSymbol('(')
          && tokens.get(i + 2).kind() == Kind.STRING && unquoteString(tokens.get(i + 2).text()).equals("search_path")
          && tokens.get(i + 3).isSymbol(',') && tokens.get(i + 4).kind() == Kind.STRING) {
        searchPath = List.copyOf(schemaList(unquoteString(tokens.get(i + 4).text())));
        return;
      }
    }
  }

  /** The schemas of a search_path value; {@code "$user"} and {@code pg_catalog} never hold the script's tables. */
  private static List<String> schemaList(String value) {
    List<String> out = new ArrayList<>();
    for (List<Token> item : Tokens.splitTopLevel(SqlLexer.tokens(value), 0)) {
      if (item.size() == 1 && (item.get(0).kind() == Kind.WORD || item.get(0).kind() == Kind.QUOTED)) {
        String schema = Identifiers.normalize(item.get(0).text());
        if (!schema.startsWith("$") && !schema.equals("pg_catalog")) {
          out.add(schema);
        }
      }
    }
    return out;
  }

  private static String unquoteString(String literal) {
    String s = literal.startsWith("E") || literal.startsWith("e") ? literal.substring(1) : literal;
    return s.length() >= 2 ? s.substring(1, s.length() - 1).replace("''", "'") : s;
  }

  /** Where an unqualified table is created: the first schema of the search path ({@code public} if it is empty). */
  private String created(String scriptName) {
    if (scriptName == null || scriptName.isEmpty() || scriptName.charAt(0) != Identifiers.UNQUALIFIED) {
      return scriptName;
    }
    String schema = searchPath.isEmpty() ? Identifiers.DEFAULT_SCHEMA : searchPath.get(0);
    return Identifiers.tableName(schema, scriptName.substring(1));
  }

  /** Which table an unqualified name means: the first schema of the search path that has it. */
  private String referenced(String scriptName) {
    if (scriptName == null || scriptName.isEmpty() || scriptName.charAt(0) != Identifiers.UNQUALIFIED) {
      return scriptName;
    }
    for (String schema : searchPath) {
      String candidate = Identifiers.tableName(schema, scriptName.substring(1));
      if (tables.containsKey(candidate) || partitions.contains(candidate)) {
        return candidate;
      }
    }
    return created(scriptName);
  }

  /** {@code DROP TABLE [IF EXISTS] a, b}: a script that drops a table it created no longer has it. */
  private void dropTables(List<Token> tokens) {
    for (List<Token> item : Tokens.splitTopLevel(tokens, Tokens.skipWords(tokens, 2, "if", "exists"))) {
      Tokens.QualifiedName name = Tokens.qualifiedName(item, 0);
      if (name != null) {
        tables.remove(referenced(name.tableName()));
      }
    }
  }

  /**
   * JSqlParser reads the statement; where it refuses a form PostgreSQL accepts, the token reader
   * tries. Only if both fail is the statement skipped, with the first reader's reason.
   */
  private void createTable(SqlStatement st, List<Token> tokens, int nameAt, boolean ifNotExists) {
    Tokens.QualifiedName name = Tokens.qualifiedName(tokens, nameAt);
    String label = "CREATE TABLE" + (name == null ? "" : " " + created(name.tableName()));
    TableDef def;
    try {
      def = useJSqlParser && suitsJSqlParser(tokens) ? createTableWithJSqlParser(st)
          : TokenDdlReader.createTable(tokens, nameAt);
    } catch (DdlSyntaxException first) {
      try {
        def = TokenDdlReader.createTable(tokens, nameAt);
      } catch (DdlSyntaxException second) {
        warn(label + " skipped: " + first.getMessage());
        return;
      }
    }
    if (ifNotExists && tables.containsKey(created(def.name()))) {
      return; // as PostgreSQL does: the table exists, nothing happens
    }
    define(def, inheritedFrom(tokens, nameAt));
  }

  /** The parents named by {@code INHERITS (...)} after the column list, if any. */
  private List<String> inheritedFrom(List<Token> tokens, int nameAt) {
    Tokens.QualifiedName name = Tokens.qualifiedName(tokens, nameAt);
    if (name == null || name.end() >= tokens.size() || !tokens.get(name.end()).isSymbol('(')) {
      return List.of();
    }
    int close = Tokens.closingParenthesis(tokens, name.end());
    if (close < 0 || !Tokens.isWord(tokens, close + 1, "inherits")
        || close + 2 >= tokens.size() || !tokens.get(close + 2).isSymbol('(')) {
      return List.of();
    }
    List<List<Token>> parents = new ArrayList<>();
    Tokens.splitParenthesised(tokens, close + 2, parents);
    List<String> out = new ArrayList<>();
    for (List<Token> p : parents) {
      Tokens.QualifiedName parent = Tokens.qualifiedName(p, 0);
      if (parent != null) {
        out.add(referenced(parent.tableName()));
      }
    }
    return out;
  }

  /** Deepest parenthesis nesting JSqlParser is given; its lookahead can take exponential time on deep expressions. */
  static final int MAX_JSQLPARSER_NESTING = 16;

  /** Whether the statement is shallow enough for JSqlParser; deeper ones go to the token reader alone. */
  private static boolean suitsJSqlParser(List<Token> tokens) {
    int depth = 0;
    for (Token t : tokens) {
      if (t.isSymbol('(')) {
        if (++depth > MAX_JSQLPARSER_NESTING) {
          return false;
        }
      } else if (t.isSymbol(')')) {
        depth--;
      }
    }
    return true;
  }

  private static TableDef createTableWithJSqlParser(SqlStatement st) throws DdlSyntaxException {
    Statement parsed = JSqlDdlReader.parse(st.text());
    if (!(parsed instanceof CreateTable ct)) {
      throw new DdlSyntaxException("not read as CREATE TABLE");
    }
    return JSqlDdlReader.createTable(ct);
  }

  /**
   * Creates the table. Columns of {@code parents} ({@code INHERITS}) come first, as PostgreSQL
   * orders them; a column declared again merges with the inherited one.
   */
  private void define(TableDef def, List<String> parents) {
    String table = created(def.name());
    if (def.partitionOf() != null) {
      partitions.add(table);
      return;
    }
    if (def.asQuery()) {
      warn("CREATE TABLE " + table + " AS skipped: its columns are not declared");
      return;
    }
    if (tables.containsKey(table)) {
      warn("CREATE TABLE " + table + " skipped: the table was already created");
      return;
    }
    if (!def.hasColumnList() && def.likeTable() == null) {
      warn("CREATE TABLE " + table + " skipped: no column list");
      return;
    }
    TableBuilder tb = new TableBuilder(table, def.localName());
    if (def.likeTable() != null) {
      TableBuilder like = tables.get(referenced(def.likeTable()));
      if (like == null) {
        warn("CREATE TABLE " + table + " skipped: LIKE names a table that is not in the schema");
        return;
      }
      tb.copyColumnsFrom(like);
    }
    for (String parent : parents) {
      TableBuilder p = tables.get(parent);
      if (p == null) {
        warn("CREATE TABLE " + table + ": INHERITS names " + parent + ", which is not a table of the schema");
      } else {
        tb.inheritColumnsFrom(p);
      }
    }
    if (!addColumns(tb, def.columns())) {
      return;
    }
    tables.put(table, tb);
    applyColumnConstraints(tb, def.columns());
    def.constraints().forEach(k -> apply(tb, k));
  }

  private boolean addColumns(TableBuilder tb, List<ColumnDef> columns) {
    for (ColumnDef c : columns) {
      boolean notNull = c.spec().notNull || c.type().impliesNotNull();
      if (tb.isInherited(c.name())) {
        if (notNull) {
          tb.setNotNull(c.name(), true);
        }
        continue;
      }
      if (!tb.addColumn(c.name(), c.type().name(), c.type().modifier(), notNull)) {
        warn("CREATE TABLE " + tb.name() + " skipped: column " + c.name() + " is declared twice");
        return false;
      }
    }
    return true;
  }

  /** Inline constraints, applied once all columns exist. */
  private void applyColumnConstraints(TableBuilder tb, List<ColumnDef> columns) {
    for (ColumnDef c : columns) {
      ColumnSpec spec = c.spec();
      if (spec.primaryKey) {
        primaryKey(tb, List.of(c.name()));
      }
      if (spec.unique) {
        uniqueKey(tb, List.of(c.name()));
      }
      if (spec.referencedTable != null) {
        String fkName = spec.foreignKeyName != null ? spec.foreignKeyName
            : Identifiers.defaultConstraintName(tb.localName(), List.of(c.name()), "fkey");
        foreignKey(tb, new ForeignKey(fkName, List.of(c.name()), referenced(spec.referencedTable), spec.referencedColumns));
      }
    }
  }

  private void apply(TableBuilder tb, KeyConstraint k) {
    switch (k.kind()) {
      case PRIMARY -> primaryKey(tb, k.columns());
      case UNIQUE -> uniqueKey(tb, k.columns());
      case FOREIGN -> {
        String fkName = k.name() != null ? k.name() : Identifiers.defaultConstraintName(tb.localName(), k.columns(), "fkey");
        foreignKey(tb, new ForeignKey(fkName, k.columns(), referenced(k.referencedTable()), k.referencedColumns()));
      }
      default -> throw new IllegalStateException("unknown key kind " + k.kind());
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

  /** A unique index over plain columns and without WHERE is a unique key; others are not keys. */
  private void createUniqueIndex(List<Token> tokens, int afterIndex) {
    int i = Tokens.skipWords(tokens, afterIndex, "concurrently");
    i = Tokens.skipWords(tokens, i, "if", "not", "exists");
    if (!Tokens.isWord(tokens, i, "on")) {
      i++; // index name
    }
    if (!Tokens.isWord(tokens, i, "on")) {
      warn("CREATE UNIQUE INDEX skipped: cannot find ON <table>");
      return;
    }
    i = Tokens.skipWords(tokens, i + 1, "only");
    Tokens.QualifiedName name = Tokens.qualifiedName(tokens, i);
    if (name == null) {
      warn("CREATE UNIQUE INDEX skipped: cannot read the table name");
      return;
    }
    i = name.end();
    if (Tokens.isWord(tokens, i, "using")) {
      i += 2;
    }
    if (i >= tokens.size() || !tokens.get(i).isSymbol('(')) {
      warn("CREATE UNIQUE INDEX on " + referenced(name.tableName()) + " skipped: no column list");
      return;
    }
    List<List<Token>> elements = new ArrayList<>();
    int end = Tokens.splitParenthesised(tokens, i, elements);
    for (int j = end; j < tokens.size(); j++) {
      if (Tokens.isWord(tokens, j, "where")) {
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
    String table = referenced(name.tableName());
    TableBuilder tb = tables.get(table);
    if (tb == null) {
      if (!partitions.contains(table)) {
        warn("CREATE UNIQUE INDEX ignored: " + table + " is not a table of the schema");
      }
      return;
    }
    uniqueKey(tb, cols);
  }

  private void alterTable(SqlStatement st, List<Token> tokens) {
    int i = Tokens.skipWords(tokens, 2, "if", "exists");
    i = Tokens.skipWords(tokens, i, "only");
    Tokens.QualifiedName name = Tokens.qualifiedName(tokens, i);
    if (name == null) {
      warn("ALTER TABLE skipped: cannot read the table name");
      return;
    }
    i = name.end();
    if (i < tokens.size() && tokens.get(i).isSymbol('*')) {
      i++;
    }
    String table = referenced(name.tableName());
    boolean adds = false;
    List<List<Token>> actions = Tokens.splitTopLevel(tokens, i);
    for (List<Token> a : actions) {
      if (a.isEmpty()) {
        continue;
      }
      if (a.get(0).isWord("add")) {
        adds = true;
      } else if (a.get(0).isWord("attach") && Tokens.isWord(a, 1, "partition")) {
        Tokens.QualifiedName child = Tokens.qualifiedName(a, 2);
        if (child != null) {
          partitions.add(referenced(child.tableName()));
        }
      } else if (a.get(0).isWord("alter")) {
        alterColumn(table, a);
      } else if (a.get(0).isWord("drop") && tables.containsKey(table)) {
        if (!drop(table, a)) {
          warn("ALTER TABLE " + table + " DROP not applied");
        }
      } else if (a.get(0).isWord("rename") && tables.containsKey(table)) {
        if (!rename(table, a)) {
          warn("ALTER TABLE " + table + " RENAME not applied");
        }
      }
    }
    if (!adds) {
      return;
    }
    TableBuilder tb = tables.get(table);
    if (tb == null) {
      if (!partitions.contains(table)) {
        warn("ALTER TABLE " + table + " ADD ignored: not a table of the schema");
      }
      return;
    }
    Additions additions;
    try {
      additions = useJSqlParser && suitsJSqlParser(tokens) ? additionsWithJSqlParser(st)
          : TokenDdlReader.additions(actions);
    } catch (DdlSyntaxException first) {
      try {
        additions = TokenDdlReader.additions(actions);
      } catch (DdlSyntaxException second) {
        warn("ALTER TABLE " + table + " ADD skipped: " + first.getMessage());
        return;
      }
    }
    if (!addColumns(tb, additions.columns())) {
      return;
    }
    applyColumnConstraints(tb, additions.columns());
    additions.constraints().forEach(k -> apply(tb, k));
  }

  private static Additions additionsWithJSqlParser(SqlStatement st) throws DdlSyntaxException {
    Statement parsed = JSqlDdlReader.parse(st.text());
    if (!(parsed instanceof Alter alter)) {
      throw new DdlSyntaxException("not read as ALTER TABLE");
    }
    return JSqlDdlReader.additions(alter);
  }

  /**
   * {@code DROP [COLUMN] [IF EXISTS] c [CASCADE]}: the column goes with the keys that include it,
   * and the foreign keys of other tables that reference it (the server drops them, or refuses
   * without CASCADE); {@code DROP CONSTRAINT name} of a foreign key or of the primary key
   * ({@code table_pkey}). False for what is not read (another constraint name, say).
   */
  private boolean drop(String table, List<Token> a) {
    TableBuilder tb = tables.get(table);
    if (Tokens.isWord(a, 1, "constraint")) {
      int k = Tokens.skipWords(a, 2, "if", "exists");
      Tokens.QualifiedName c = Tokens.qualifiedName(a, k);
      if (c == null) {
        return false;
      }
      String name = c.localName();
      if (name.equals(tb.localName() + "_pkey")) {
        tb.dropPrimaryKey();
        return true;
      }
      return tb.dropForeignKey(name);
    }
    int c = Tokens.skipWords(a, 1, "column");
    int k = Tokens.skipWords(a, c, "if", "exists");
    Tokens.QualifiedName col = Tokens.qualifiedName(a, k);
    if (col == null || col.parts().size() != 1) {
      return false;
    }
    String column = col.parts().get(0);
    if (!tb.dropColumn(column)) {
      return k > c; // IF EXISTS of a column that is not there: nothing to do
    }
    tables.values().forEach(other -> other.dropForeignKeysTo(table, column));
    return true;
  }

  /**
   * {@code RENAME [COLUMN] a TO b} (keys and the foreign keys that reference it follow), {@code
   * RENAME TO t} (in place, in the same schema; foreign keys that reference it follow) and {@code
   * RENAME CONSTRAINT} (names are not kept; nothing to do). False for what is not read.
   */
  private boolean rename(String table, List<Token> a) {
    TableBuilder tb = tables.get(table);
    if (Tokens.isWord(a, 1, "constraint")) {
      return true;
    }
    if (Tokens.isWord(a, 1, "to")) {
      Tokens.QualifiedName to = Tokens.qualifiedName(a, 2);
      if (to == null || to.parts().size() != 1) {
        return false;
      }
      String prefix = tb.name().substring(0, tb.name().length() - tb.localName().length());
      String newName = prefix + to.localName();
      if (tables.containsKey(newName)) {
        return false;
      }
      Map<String, TableBuilder> renamed = new LinkedHashMap<>();
      for (Map.Entry<String, TableBuilder> e : tables.entrySet()) {
        if (e.getKey().equals(table)) {
          renamed.put(newName, tb.renamedTo(newName, to.localName()));
        } else {
          e.getValue().referencedTableRenamed(table, newName);
          renamed.put(e.getKey(), e.getValue());
        }
      }
      tables.clear();
      tables.putAll(renamed);
      return true;
    }
    int k = Tokens.skipWords(a, 1, "column");
    Tokens.QualifiedName from = Tokens.qualifiedName(a, k);
    if (from == null || from.parts().size() != 1 || !Tokens.isWord(a, from.end(), "to")) {
      return false;
    }
    Tokens.QualifiedName to = Tokens.qualifiedName(a, from.end() + 1);
    if (to == null || to.parts().size() != 1) {
      return false;
    }
    if (!tb.renameColumn(from.parts().get(0), to.parts().get(0))) {
      return false;
    }
    for (TableBuilder other : tables.values()) {
      other.referencedColumnRenamed(table, from.parts().get(0), to.parts().get(0));
    }
    return true;
  }

  /**
   * {@code ALTER [COLUMN] c SET NOT NULL}, {@code DROP NOT NULL} and {@code [SET DATA] TYPE t
   * [COLLATE …] [USING …]}; other column changes do not matter here.
   */
  private void alterColumn(String table, List<Token> a) {
    int c = Tokens.skipWords(a, 1, "column");
    Tokens.QualifiedName col = Tokens.qualifiedName(a, c);
    if (col == null || col.parts().size() != 1) {
      return;
    }
    int k = col.end();
    boolean set = Tokens.isWord(a, k, "set") && Tokens.isWord(a, k + 1, "not") && Tokens.isWord(a, k + 2, "null");
    boolean drop = Tokens.isWord(a, k, "drop") && Tokens.isWord(a, k + 1, "not") && Tokens.isWord(a, k + 2, "null");
    TableBuilder tb = tables.get(table);
    if ((set || drop) && tb != null) {
      tb.setNotNull(col.parts().get(0), set);
    }
    int t = Tokens.isWord(a, k, "set") && Tokens.isWord(a, k + 1, "data") ? k + 2 : k;
    if (Tokens.isWord(a, t, "type") && tb != null) {
      StringBuilder type = new StringBuilder();
      for (int m = t + 1; m < a.size() && !a.get(m).isWord("using") && !a.get(m).isWord("collate"); m++) {
        type.append(a.get(m).text()).append(' ');
      }
      if (type.length() == 0 || !tb.hasColumn(col.parts().get(0))) {
        warn("ALTER TABLE " + table + " ALTER COLUMN " + col.parts().get(0) + " TYPE not applied");
        return;
      }
      TypeNames.PgType pg = TypeNames.normalize(type.toString());
      tb.setType(col.parts().get(0), pg.name(), pg.modifier());
    }
  }
}
