package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;
import shardplan.analyzer.catalog.TableElements.Additions;
import shardplan.analyzer.catalog.TableElements.ColumnDef;
import shardplan.analyzer.catalog.TableElements.KeyConstraint;
import shardplan.analyzer.catalog.TableElements.KeyKind;
import shardplan.analyzer.catalog.TableElements.TableDef;

/**
 * Reads the table elements of {@code CREATE TABLE} and {@code ALTER TABLE ... ADD} from tokens,
 * for the PostgreSQL forms JSqlParser 5.4 refuses although {@code pg_dump} writes them: constraints
 * with {@code NOT VALID}, {@code DEFERRABLE}, {@code INCLUDE (...)}, {@code NULLS NOT DISTINCT},
 * {@code EXCLUDE}, {@code ALTER TABLE IF EXISTS}, multi-dimensional arrays ({@code int[][]}).
 * It knows the grammar of table elements only; everything after the element list is ignored.
 */
final class TokenDdlReader {
  private TokenDdlReader() {
  }

  /** The table that {@code CREATE TABLE} declares; {@code nameAt} is the index of its name. */
  static TableDef createTable(List<Token> t, int nameAt) throws DdlSyntaxException {
    Tokens.QualifiedName name = Tokens.qualifiedName(t, nameAt);
    if (name == null) {
      throw new DdlSyntaxException("no table name");
    }
    int i = name.end();
    if (Tokens.isWord(t, i, "partition") && Tokens.isWord(t, i + 1, "of")) {
      Tokens.QualifiedName parent = Tokens.qualifiedName(t, i + 2);
      if (parent == null) {
        throw new DdlSyntaxException("no parent after PARTITION OF");
      }
      return new TableDef(name.tableName(), name.localName(), List.of(), List.of(), null, parent.tableName(), false, false);
    }
    if (Tokens.isWord(t, i, "as")) {
      return new TableDef(name.tableName(), name.localName(), List.of(), List.of(), null, null, true, false);
    }
    if (i >= t.size() || !t.get(i).isSymbol('(')) {
      throw new DdlSyntaxException("no column list");
    }
    if (Tokens.closingParenthesis(t, i) < 0) {
      throw new DdlSyntaxException("the column list is not closed");
    }
    List<List<Token>> elements = new ArrayList<>();
    int after = Tokens.splitParenthesised(t, i, elements);
    if (after < t.size() && t.get(after).kind() != Kind.WORD) {
      throw new DdlSyntaxException("something unexpected after the column list");
    }
    if (Tokens.isWord(t, after, "as")) {
      return new TableDef(name.tableName(), name.localName(), List.of(), List.of(), null, null, true, false);
    }
    List<ColumnDef> columns = new ArrayList<>();
    List<KeyConstraint> constraints = new ArrayList<>();
    String like = null;
    for (List<Token> e : elements) {
      if (e.isEmpty()) {
        if (elements.size() == 1) {
          break; // CREATE TABLE t () is a table without columns
        }
        throw new DdlSyntaxException("an empty element in the column list");
      }
      if (e.get(0).isWord("like")) {
        Tokens.QualifiedName likeName = Tokens.qualifiedName(e, 1);
        if (likeName == null) {
          throw new DdlSyntaxException("no table after LIKE");
        }
        like = likeName.tableName();
        continue;
      }
      element(e, columns, constraints);
    }
    return new TableDef(name.tableName(), name.localName(), columns, constraints, like, null, false, true);
  }

  /** What the ADD actions of {@code ALTER TABLE} add; {@code actions} are the comma-separated actions. */
  static Additions additions(List<List<Token>> actions) throws DdlSyntaxException {
    List<ColumnDef> columns = new ArrayList<>();
    List<KeyConstraint> constraints = new ArrayList<>();
    for (List<Token> a : actions) {
      if (a.isEmpty() || !a.get(0).isWord("add")) {
        continue;
      }
      int j = 1;
      boolean column = Tokens.isWord(a, j, "column");
      if (column) {
        j++;
      }
      j = Tokens.skipWords(a, j, "if", "not", "exists");
      List<Token> rest = a.subList(j, a.size());
      if (rest.isEmpty()) {
        throw new DdlSyntaxException("nothing after ADD");
      }
      if (column) {
        columns.add(column(rest));
      } else {
        element(rest, columns, constraints);
      }
    }
    return new Additions(columns, constraints);
  }

  /** A column or a table constraint; CHECK and EXCLUDE constraints are passed over. */
  private static void element(List<Token> e, List<ColumnDef> columns, List<KeyConstraint> constraints)
      throws DdlSyntaxException {
    String name = null;
    int j = 0;
    if (e.get(0).isWord("constraint")) {
      if (e.size() < 3) {
        throw new DdlSyntaxException("an incomplete CONSTRAINT");
      }
      name = Identifiers.normalize(e.get(1).text());
      j = 2;
    }
    Token head = e.get(j);
    if (head.isWord("primary") && Tokens.isWord(e, j + 1, "key")) {
      constraints.add(new KeyConstraint(KeyKind.PRIMARY, name, columnList(e, j + 2, "PRIMARY KEY"), null, List.of()));
    } else if (head.isWord("unique")) {
      int k = j + 1;
      if (Tokens.isWord(e, k, "nulls")) {
        k = Tokens.skipWords(e, k + 1, "not", "distinct");
      }
      constraints.add(new KeyConstraint(KeyKind.UNIQUE, name, columnList(e, k, "UNIQUE"), null, List.of()));
    } else if (head.isWord("foreign") && Tokens.isWord(e, j + 1, "key")) {
      List<List<Token>> cols = new ArrayList<>();
      if (j + 2 >= e.size() || !e.get(j + 2).isSymbol('(')) {
        throw new DdlSyntaxException("no column list after FOREIGN KEY");
      }
      int k = Tokens.splitParenthesised(e, j + 2, cols);
      List<String> columnNames = Tokens.plainNames(cols);
      if (columnNames == null || !Tokens.isWord(e, k, "references")) {
        throw new DdlSyntaxException("a FOREIGN KEY without plain columns and REFERENCES");
      }
      Tokens.QualifiedName ref = Tokens.qualifiedName(e, k + 1);
      if (ref == null) {
        throw new DdlSyntaxException("no table after REFERENCES");
      }
      List<String> refCols = List.of();
      if (ref.end() < e.size() && e.get(ref.end()).isSymbol('(')) {
        List<List<Token>> rc = new ArrayList<>();
        Tokens.splitParenthesised(e, ref.end(), rc);
        refCols = Tokens.plainNames(rc);
        if (refCols == null) {
          throw new DdlSyntaxException("referenced columns that are not plain names");
        }
      }
      constraints.add(new KeyConstraint(KeyKind.FOREIGN, name, columnNames, ref.tableName(), refCols));
    } else if (head.isWord("check") || head.isWord("exclude")) {
      return;
    } else if (name != null) {
      throw new DdlSyntaxException("an unknown kind of constraint");
    } else {
      columns.add(column(e));
    }
  }

  private static List<String> columnList(List<Token> e, int at, String what) throws DdlSyntaxException {
    if (at >= e.size() || !e.get(at).isSymbol('(')) {
      throw new DdlSyntaxException("no column list after " + what);
    }
    List<List<Token>> cols = new ArrayList<>();
    Tokens.splitParenthesised(e, at, cols);
    List<String> names = Tokens.plainNames(cols);
    if (names == null || names.isEmpty()) {
      throw new DdlSyntaxException(what + " over something else than plain columns");
    }
    return names;
  }

  /** {@code name type [constraints]}. */
  private static ColumnDef column(List<Token> e) throws DdlSyntaxException {
    Token nameToken = e.get(0);
    if (nameToken.kind() != Kind.WORD && nameToken.kind() != Kind.QUOTED) {
      throw new DdlSyntaxException("a column definition that does not start with a name");
    }
    int k = 1;
    StringBuilder type = new StringBuilder();
    while (k < e.size() && !(e.get(k).kind() == Kind.WORD
        && ColumnSpec.CONSTRAINT_WORDS.contains(e.get(k).text().toLowerCase(Locale.ROOT)))) {
      int next = Tokens.skipOne(e, k);
      for (int m = k; m < next; m++) {
        Token part = e.get(m);
        boolean fits = part.kind() == Kind.WORD || part.kind() == Kind.QUOTED || part.kind() == Kind.NUMBER
            || part.kind() == Kind.SYMBOL && "()[],.".indexOf(part.text().charAt(0)) >= 0;
        if (!fits) {
          throw new DdlSyntaxException("cannot read the type of column " + Identifiers.normalize(nameToken.text()));
        }
        type.append(part.text()).append(' ');
      }
      k = next;
    }
    if (type.length() == 0) {
      throw new DdlSyntaxException("a column without a type");
    }
    return new ColumnDef(Identifiers.normalize(nameToken.text()), TypeNames.normalize(type.toString()),
        ColumnSpec.of(e, k));
  }
}
