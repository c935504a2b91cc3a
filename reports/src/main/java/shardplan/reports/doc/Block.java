package shardplan.reports.doc;

/**
 * A piece of a report section that both renderers understand: Markdown and HTML show the same
 * blocks, so the two reports cannot say different things.
 */
public sealed interface Block permits Paragraph, Bullets, Table, Figure {
}
