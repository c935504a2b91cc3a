package shardplan.reports;

import shardplan.reports.svg.Svg;

/** HTML escaping for text and attribute values: the same five characters as XML, so one escaper serves both. */
final class Html {
  private Html() {
  }

  static String escape(String s) {
    return Svg.escape(s);
  }
}
