package shardplan.emitter.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * The placement a new table most likely needs, by the foreign-key paths that link it to placed
 * tables. A foreign key between a new table {@code n} and a placed (or already suggested) table
 * {@code p} says, by the target's rules:
 *
 * <ul>
 *   <li>{@code n -> p}, {@code p} distributed on {@code d}: {@code n} must be distributed in
 *       {@code p}'s group on the column the key pairs with {@code d} (a distributed or reference
 *       table may not reference a distributed table otherwise); no such column: nothing keeps the
 *       key;</li>
 *   <li>{@code n -> p}, {@code p} reference: anything goes (reference is suggested when nothing
 *       else says more);</li>
 *   <li>{@code p -> n}, {@code p} reference: {@code n} must be reference;</li>
 *   <li>{@code p -> n}, {@code p} distributed on {@code d}: {@code n} joins {@code p}'s group on the
 *       column the key pairs with {@code d}; without such a column it must be reference;</li>
 *   <li>either way, {@code p} local: {@code n} stays local with it (reference would do too; distributed
 *       would not).</li>
 * </ul>
 *
 * <p>Suggestions spread in rounds, one foreign key further each round, so that a table next to a
 * placed table is decided by it rather than by another new table; within a round the musts win
 * over the preferences, and among equals the first in schema and foreign-key order wins.
 */
final class LikelyPlacements {
  private LikelyPlacements() {
  }

  /** How binding a suggestion is, weakest first. */
  private enum Strength { EITHER, PREFER_COLOCATE, MUST_REFERENCE, MUST_COLOCATE, NONE }

  private record Candidate(Strength strength, PlacementKind kind, String column, int group, String like,
                           List<String> path) {
  }

  /**
   * @param schema the schema
   * @param placed the tables the placement places
   * @param skip tables not to suggest anything for (placed on a column that no longer exists)
   * @return a suggestion per new table reachable by foreign keys from a placed table, in schema order
   */
  static Map<String, LikelyPlacement> find(Schema schema, Placement placed, Set<String> skip) {
    Map<String, TablePlacement> known = new LinkedHashMap<>();
    Map<String, List<String>> pathTo = new LinkedHashMap<>();
    Map<String, String> likeOf = new LinkedHashMap<>();
    for (TablePlacement tp : placed.tables()) {
      known.put(tp.table(), tp);
      pathTo.put(tp.table(), List.of());
      likeOf.put(tp.table(), tp.table());
    }
    Map<String, LikelyPlacement> out = new LinkedHashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, LikelyPlacement> round = new LinkedHashMap<>();
      Map<String, TablePlacement> roundPlacements = new LinkedHashMap<>();
      Map<String, Candidate> roundWinners = new LinkedHashMap<>();
      for (Table n : schema.tables()) {
        if (known.containsKey(n.name()) || out.containsKey(n.name()) || skip.contains(n.name())) {
          continue;
        }
        List<Candidate> cands = candidates(schema, n, known, pathTo, likeOf);
        if (cands.isEmpty()) {
          continue;
        }
        Candidate best = pick(cands);
        round.put(n.name(), new LikelyPlacement(best.kind(), best.column(), best.group(), best.like(), best.path(),
            note(schema, n, best, cands, known)));
        roundWinners.put(n.name(), best);
        if (best.kind() == PlacementKind.REFERENCE) {
          roundPlacements.put(n.name(), TablePlacement.reference(n.name(), "suggested"));
        } else if (best.kind() == PlacementKind.LOCAL) {
          roundPlacements.put(n.name(), TablePlacement.local(n.name(), "suggested"));
        } else if (best.kind() == PlacementKind.DISTRIBUTED) {
          roundPlacements.put(n.name(), TablePlacement.distributed(n.name(), best.column(), best.group(), "suggested"));
        }
      }
      for (Map.Entry<String, LikelyPlacement> e : round.entrySet()) {
        out.put(e.getKey(), e.getValue());
        changed = true;
        TablePlacement tp = roundPlacements.get(e.getKey());
        if (tp != null) {
          known.put(e.getKey(), tp);
          pathTo.put(e.getKey(), roundWinners.get(e.getKey()).path());
          likeOf.put(e.getKey(), roundWinners.get(e.getKey()).like());
        }
      }
    }
    Map<String, LikelyPlacement> ordered = new LinkedHashMap<>();
    for (Table t : schema.tables()) {
      if (out.containsKey(t.name())) {
        ordered.put(t.name(), out.get(t.name()));
      }
    }
    return ordered;
  }

  private static List<Candidate> candidates(Schema schema, Table n, Map<String, TablePlacement> known,
                                            Map<String, List<String>> pathTo, Map<String, String> likeOf) {
    List<Candidate> out = new ArrayList<>();
    for (ForeignKey fk : n.foreignKeys()) {
      TablePlacement p = known.get(fk.referencedTable());
      if (p == null || fk.referencedTable().equals(n.name())) {
        continue;
      }
      List<String> path = extend(PlacementChecker.describe(n.name(), fk), pathTo.get(p.table()));
      String like = likeOf.get(p.table());
      if (p.kind() == PlacementKind.REFERENCE) {
        out.add(new Candidate(Strength.EITHER, PlacementKind.REFERENCE, null, 0, like, path));
      } else if (p.kind() == PlacementKind.LOCAL) {
        out.add(new Candidate(Strength.EITHER, PlacementKind.LOCAL, null, 0, like, path));
      } else {
        int i = fk.referencedColumns().indexOf(p.column());
        out.add(i >= 0
            ? new Candidate(Strength.MUST_COLOCATE, PlacementKind.DISTRIBUTED, fk.columns().get(i), p.colocationGroup(),
                like, path)
            : new Candidate(Strength.NONE, null, null, 0, like, path));
      }
    }
    for (Table c : schema.tables()) {
      TablePlacement p = known.get(c.name());
      if (p == null || c.name().equals(n.name())) {
        continue;
      }
      for (ForeignKey fk : c.foreignKeys()) {
        if (!fk.referencedTable().equals(n.name())) {
          continue;
        }
        List<String> path = extend(PlacementChecker.describe(c.name(), fk), pathTo.get(p.table()));
        String like = likeOf.get(p.table());
        if (p.kind() == PlacementKind.REFERENCE) {
          out.add(new Candidate(Strength.MUST_REFERENCE, PlacementKind.REFERENCE, null, 0, like, path));
        } else if (p.kind() == PlacementKind.LOCAL) {
          out.add(new Candidate(Strength.EITHER, PlacementKind.LOCAL, null, 0, like, path));
        } else {
          int i = fk.columns().indexOf(p.column());
          out.add(i >= 0
              ? new Candidate(Strength.PREFER_COLOCATE, PlacementKind.DISTRIBUTED, fk.referencedColumns().get(i),
                  p.colocationGroup(), like, path)
              : new Candidate(Strength.MUST_REFERENCE, PlacementKind.REFERENCE, null, 0, like, path));
        }
      }
    }
    return out;
  }

  /** The key from the new table first, then the path of the table it reaches. */
  private static List<String> extend(String fk, List<String> rest) {
    List<String> path = new ArrayList<>();
    path.add(fk);
    path.addAll(rest);
    return path;
  }

  /**
   * A must-colocate wins; then must-reference; then a preferred colocation; then "either". A
   * table that must be colocated and referenced at once, or whose key to a distributed table
   * lacks its distribution column, can keep no placement that holds every foreign key.
   */
  private static Candidate pick(List<Candidate> cands) {
    for (Strength s : List.of(Strength.NONE, Strength.MUST_COLOCATE, Strength.MUST_REFERENCE,
        Strength.PREFER_COLOCATE, Strength.EITHER)) {
      for (Candidate c : cands) {
        if (c.strength() == s) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("no candidate");
  }

  /** What else the suggestion should say: keys it breaks, a type that differs, a weak guess. */
  private static String note(Schema schema, Table n, Candidate best, List<Candidate> cands,
                             Map<String, TablePlacement> known) {
    List<String> notes = new ArrayList<>();
    if (best.strength() == Strength.NONE) {
      notes.add("its foreign key " + best.path().get(0) + " does not include the distribution column of the"
          + " distributed table it references");
    }
    for (Candidate c : cands) {
      if (c == best || c.strength() == Strength.EITHER || c.strength() == Strength.PREFER_COLOCATE) {
        continue;
      }
      boolean agrees = c.kind() == best.kind() && java.util.Objects.equals(c.column(), best.column())
          && c.group() == best.group();
      if (!agrees) {
        notes.add("conflicts with " + c.path().get(0));
      }
    }
    if (best.strength() == Strength.EITHER && best.kind() == PlacementKind.REFERENCE) {
      notes.add("it only references reference tables, so distributed would do too");
    }
    if (best.strength() == Strength.EITHER && best.kind() == PlacementKind.LOCAL) {
      notes.add("linked to a local table: reference would do too, distributed would not");
    }
    if (best.kind() == PlacementKind.DISTRIBUTED) {
      String type = n.column(best.column()).map(Column::type).orElse("?");
      for (TablePlacement tp : known.values()) {
        if (tp.kind() == PlacementKind.DISTRIBUTED && tp.colocationGroup() == best.group()) {
          String other = schema.table(tp.table()).flatMap(t -> t.column(tp.column())).map(Column::type).orElse(type);
          if (!other.equals(type)) {
            notes.add("but " + n.name() + "." + best.column() + " is " + type + " and " + tp.table() + "."
                + tp.column() + " is " + other);
          }
          break;
        }
      }
    }
    return String.join("; ", notes);
  }
}
