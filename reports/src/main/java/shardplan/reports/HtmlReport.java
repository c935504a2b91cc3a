package shardplan.reports;

import shardplan.reports.doc.Block;
import shardplan.reports.doc.Bullets;
import shardplan.reports.doc.Document;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no external files, nothing
 * fetched, readable without script (a few lines of script only make tables sortable). A print
 * stylesheet, a layout that works from a phone to a wide screen, and the Okabe–Ito colour-blind
 * safe palette; every chart's colour is backed by a shape, a dash pattern or a label.
 */
public final class HtmlReport {
  static final String STYLE = """
      :root{--ink:#1d1d1d;--muted:#5a6370;--line:#d5dae0;--head:#eef1f5;--best:#009E73;--best-bg:#dff2ea;
      --warn-bg:#fdecd2;--blue:#0072B2;--orange:#E69F00;--sky:#56B4E9;--green:#009E73;--yellow:#F0E442;
      --red:#D55E00;--purple:#CC79A7;--grey:#8c96a3}
      *{box-sizing:border-box}
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem 1.25rem 3rem;
      max-width:76rem;color:var(--ink);line-height:1.45;font-size:15px}
      h1{font-size:1.6rem;margin:.5rem 0 .25rem}h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-top:.6rem;
      border-top:2px solid var(--line)}
      .lead{color:var(--muted);margin:.25rem 0 1rem}
      nav ol{display:flex;flex-wrap:wrap;gap:.3rem .9rem;padding:0;margin:.5rem 0 1rem;list-style:none;font-size:.95rem}
      nav a{color:var(--blue)}
      p.note{background:#f3f5f8;border-left:4px solid var(--grey);padding:.5rem .75rem;margin:.75rem 0}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid var(--line);padding:.25rem .55rem;text-align:left;vertical-align:top}
      th{background:var(--head);font-weight:600}
      th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}th{max-width:11rem}
      td.best{background:var(--best-bg);font-weight:700}
      td.best::after{content:" ✓";color:var(--best)}
      td.attention{background:var(--warn-bg)}
      th[data-sort]{cursor:pointer}
      figure{margin:.75rem 0 1.25rem}
      .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,34rem),1fr));gap:0 2rem}
      figure svg{max-width:100%;height:auto;display:block}
      figure.wide svg{max-width:none}
      figcaption{color:var(--muted);font-size:.85rem;margin-top:.2rem}
      svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:12px;fill:var(--ink)}
      svg .title{font-weight:600;font-size:13px}svg .small{font-size:11px}svg .axis-title{font-size:11px;fill:var(--muted)}
      svg .badge{font-size:9px;font-weight:700;fill:#fff}
      svg .grid{stroke:#e6e9ed;stroke-width:1}svg .axis{stroke:#6b7480;stroke-width:1}
      svg .marker{stroke:var(--red);stroke-width:1.5;stroke-dasharray:5 3}svg .marker-text{fill:var(--red)}
      svg .best{fill:var(--best)}svg .other{fill:#a9b3be}svg .ref{fill:var(--orange)}svg .dist{fill:var(--blue)}
      svg .hot{fill:var(--red)}svg .local{fill:var(--yellow)}
      svg .k0{fill:var(--green)}svg .k1{fill:var(--orange)}svg .k2{fill:var(--sky)}svg .k3{fill:var(--blue)}
      svg .k4{fill:var(--purple)}svg .k5{fill:var(--red)}svg .k6{fill:#8c96a3}
      svg .g0{fill:var(--blue)}svg .g1{fill:var(--green)}svg .g2{fill:var(--purple)}svg .g3{fill:var(--sky)}
      svg .g4{fill:#1d1d1d}svg .g5{fill:#7a5c00}svg .g6{fill:#6b6b6b}svg .node.local{fill:var(--yellow);stroke:#6b5d00}
      svg .node{stroke:#fff;stroke-width:1.5}
      svg .edge{stroke:#7d8895;stroke-opacity:.75}svg .edge.coaccess{stroke:#aab3bd;stroke-dasharray:1.5 3}
      svg .edge.fkout{stroke:var(--red);stroke-dasharray:6 4;stroke-opacity:1}
      svg .sw.lg-join{fill:#7d8895}svg .sw.lg-coaccess{fill:#c4cbd3}svg .sw.lg-fkout{fill:var(--red)}
      svg .line{stroke-width:2}svg .pt{stroke:#fff;stroke-width:1}
      svg .s0{stroke:var(--blue);fill:var(--blue)}svg .s1{stroke:var(--red);fill:var(--red)}
      svg .s2{stroke:var(--green);fill:var(--green)}svg .s3{stroke:var(--purple);fill:var(--purple)}
      svg .s4{stroke:var(--orange);fill:var(--orange)}svg .s5{stroke:var(--sky);fill:var(--sky)}
      svg polyline.s1{stroke-dasharray:7 4}svg polyline.s2{stroke-dasharray:2 3}svg polyline.s3{stroke-dasharray:9 3 2 3}
      svg polyline.line{fill:none}svg .pt{stroke:#fff}
      @media (max-width:640px){body{padding:.75rem;font-size:14px}h1{font-size:1.3rem}table{font-size:.8rem}
      th,td{padding:.2rem .35rem}td{min-width:4.5rem}td:last-child{min-width:13rem}
      .figures figure>div{overflow-x:auto}.figures svg{min-width:460px;max-width:none}}
      @media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}h2{break-after:avoid}
      figure,table{break-inside:avoid}.scroll{overflow:visible}figure.wide svg{max-width:100%}
      a{color:inherit;text-decoration:none}td.best,td.attention,p.note{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  /** Sorts a table by a clicked header; the page reads the same without it. */
  static final String SCRIPT = """
      document.querySelectorAll('th[data-sort]').forEach(function (th) {
        th.addEventListener('click', function () {
          var table = th.closest('table'), body = table.tBodies[0], i = th.cellIndex;
          var asc = th.getAttribute('aria-sort') !== 'ascending';
          var key = function (r) { var t = r.cells[i].textContent.replace(/[,%✓⚠ ]/g, '');
            var n = parseFloat(t); return isNaN(n) ? r.cells[i].textContent : n; };
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) { var x = key(a), y = key(b);
            var c = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
            return asc ? c : -c; });
          rows.forEach(function (r) { body.appendChild(r); });
          table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        });
      });
      """;

  private HtmlReport() {
  }

  public static String render(ReportInput in) {
    return render(ReportDocument.build(in));
  }

  public static String render(Document d) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.escape(d.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>").append(Html.escape(d.title())).append("</h1>\n<p class=\"lead\">")
        .append(Html.escape(d.lead())).append("</p>\n<nav aria-label=\"sections\"><ol>\n");
    for (Section s : d.sections()) {
      h.append("<li><a href=\"#").append(s.id()).append("\">").append(Html.escape(s.title())).append("</a></li>\n");
    }
    h.append("</ol></nav>\n</header>\n<main>\n");
    for (Section s : d.sections()) {
      h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Html.escape(s.title())).append("</h2>\n");
      boolean inFigures = false;
      for (Block b : s.blocks()) {
        // Consecutive charts share a row on a wide screen and stack on a narrow one.
        boolean chart = b instanceof Figure f && !f.wide();
        if (chart && !inFigures) {
          h.append("<div class=\"figures\">\n");
        } else if (!chart && inFigures) {
          h.append("</div>\n");
        }
        inFigures = chart;
        block(h, b);
      }
      if (inFigures) {
        h.append("</div>\n");
      }
      h.append("</section>\n");
    }
    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void block(StringBuilder h, Block b) {
    if (b instanceof Paragraph p) {
      h.append(p.note() ? "<p class=\"note\">" : "<p>").append(Html.escape(p.text())).append("</p>\n");
    } else if (b instanceof Bullets l) {
      h.append("<ul>\n");
      l.items().forEach(i -> h.append("<li>").append(Html.escape(i)).append("</li>\n"));
      h.append("</ul>\n");
    } else if (b instanceof Figure f) {
      h.append(f.wide() ? "<figure class=\"wide\"><div class=\"scroll\">\n" : "<figure><div>\n").append(f.svg())
          .append("</div><figcaption>").append(Html.escape(f.caption())).append("</figcaption></figure>\n");
    } else if (b instanceof Table t) {
      h.append("<div class=\"scroll\"><table>\n<thead><tr>");
      for (Table.Column c : t.columns()) {
        h.append(c.numeric() ? "<th class=\"n\"" : "<th").append(t.rows().size() > 2 ? " data-sort" : "").append('>')
            .append(Html.escape(c.name())).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (var row : t.rows()) {
        h.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          Table.Cell c = row.get(i);
          String cls = (t.columns().get(i).numeric() ? "n" : "")
              + (c.mark() == Table.Mark.BEST ? " best" : c.mark() == Table.Mark.ATTENTION ? " attention" : "");
          h.append(cls.isBlank() ? "<td>" : "<td class=\"" + cls.strip() + "\">").append(Html.escape(c.text()))
              .append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
    }
  }
}
