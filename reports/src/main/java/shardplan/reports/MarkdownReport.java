package shardplan.reports;

import shardplan.reports.doc.Block;
import shardplan.reports.doc.Bullets;
import shardplan.reports.doc.Document;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;

/**
 * The report as Markdown: the same sections, tables and text as the HTML report; figures are
 * left out (their numbers are in the tables beside them). Best values are bold; cells needing
 * attention carry ⚠.
 */
public final class MarkdownReport {
  private MarkdownReport() {
  }

  public static String render(ReportInput in) {
    return render(ReportDocument.build(in));
  }

  public static String render(Document d) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(inline(d.title())).append("\n\n").append(inline(d.lead())).append("\n\n");
    md.append("Sections:");
    for (int i = 0; i < d.sections().size(); i++) {
      Section s = d.sections().get(i);
      md.append(i == 0 ? " " : " · ").append('[').append(s.title()).append("](#").append(s.id()).append(')');
    }
    md.append("\n");
    for (Section s : d.sections()) {
      md.append("\n<a id=\"").append(s.id()).append("\"></a>\n## ").append(inline(s.title())).append("\n\n");
      for (Block b : s.blocks()) {
        block(md, b);
      }
    }
    return md.toString();
  }

  private static void block(StringBuilder md, Block b) {
    if (b instanceof Paragraph p) {
      md.append(p.note() ? "> " : "").append(inline(p.text())).append("\n\n");
    } else if (b instanceof Bullets l) {
      l.items().forEach(i -> md.append("- ").append(inline(i)).append('\n'));
      md.append('\n');
    } else if (b instanceof Table t) {
      md.append('|');
      t.columns().forEach(c -> md.append(' ').append(cell(c.name())).append(" |"));
      md.append("\n|");
      t.columns().forEach(c -> md.append(c.numeric() ? "---:|" : "---|"));
      md.append('\n');
      for (var row : t.rows()) {
        md.append('|');
        for (Table.Cell c : row) {
          String text = cell(c.text());
          md.append(' ').append(c.mark() == Table.Mark.BEST && !text.isEmpty() ? "**" + text + "**" : text).append(" |");
        }
        md.append('\n');
      }
      md.append('\n');
    }
    // A Figure is left out: its numbers are in the section's tables.
  }

  private static String inline(String s) {
    return s.replace("\n", " ").replace("<", "&lt;");
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }
}
