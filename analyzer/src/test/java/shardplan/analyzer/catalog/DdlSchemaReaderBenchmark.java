package shardplan.analyzer.catalog;

import java.util.Locale;
import java.util.Random;

/**
 * Times {@link DdlSchemaReader} on a synthetic {@code pg_dump --schema-only} output of N tables
 * (12 columns each, primary key and foreign key added by {@code ALTER TABLE}, a unique index),
 * with JSqlParser first (the default) and with the token reader alone. Best of R runs after a
 * warm-up. Arguments: {@code tables repetitions}.
 */
public final class DdlSchemaReaderBenchmark {
  private DdlSchemaReaderBenchmark() {
  }

  public static void main(String[] args) {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String ddl = dump(tables, new Random(1));
    int statements = SqlStatementSplitter.split(ddl).size();
    System.out.printf(Locale.ROOT, "%d tables, %d statements, %d KB%n", tables, statements, ddl.length() / 1024);
    for (boolean jsql : new boolean[] {true, false}) {
      DdlSchemaReader.parse(ddl, "bench.sql", jsql);
      long best = Long.MAX_VALUE;
      for (int r = 0; r < reps; r++) {
        long t0 = System.nanoTime();
        int n = DdlSchemaReader.parse(ddl, "bench.sql", jsql).schema().tables().size();
        best = Math.min(best, System.nanoTime() - t0);
        if (n != tables) {
          throw new IllegalStateException("read " + n + " tables, expected " + tables);
        }
      }
      System.out.printf(Locale.ROOT, "%-22s %8.1f ms  (%.3f ms per table)%n",
          jsql ? "JSqlParser first" : "token reader alone", best / 1e6, best / 1e6 / tables);
    }
  }

  static String dump(int tables, Random random) {
    String[] types = {"integer", "bigint", "character varying(32)", "numeric(12,2)",
        "timestamp without time zone", "text", "boolean"};
    StringBuilder sb = new StringBuilder("SET statement_timeout = 0;\n"
        + "SELECT pg_catalog.set_config('search_path', '', false);\n\n");
    for (int i = 0; i < tables; i++) {
      sb.append("--\n-- Name: t").append(i).append("; Type: TABLE; Schema: public; Owner: postgres\n--\n\n");
      sb.append("CREATE TABLE public.t").append(i).append(" (\n");
      for (int c = 0; c < 12; c++) {
        sb.append("    c").append(c).append(' ').append(types[random.nextInt(types.length)]);
        sb.append(c < 2 ? " NOT NULL" : c == 5 ? " DEFAULT 0" : "").append(c < 11 ? ",\n" : "\n");
      }
      sb.append(");\n\nALTER TABLE public.t").append(i).append(" OWNER TO postgres;\n\n");
    }
    for (int i = 0; i < tables; i++) {
      sb.append("ALTER TABLE ONLY public.t").append(i).append("\n    ADD CONSTRAINT t").append(i)
          .append("_pkey PRIMARY KEY (c0, c1);\n\n");
      sb.append("CREATE UNIQUE INDEX t").append(i).append("_c2 ON public.t").append(i).append(" USING btree (c2);\n\n");
    }
    for (int i = 1; i < tables; i++) {
      sb.append("ALTER TABLE ONLY public.t").append(i).append("\n    ADD CONSTRAINT t").append(i)
          .append("_fk FOREIGN KEY (c0, c1) REFERENCES public.t").append(i - 1).append("(c0, c1);\n\n");
    }
    return sb.toString();
  }
}
