/**
 * The report as a format-free document: sections of paragraphs, lists, tables and figures, which
 * the Markdown and HTML renderers both draw, so that both reports say the same.
 */
package shardplan.reports.doc;
