#!/usr/bin/env bash
# Whole-process comparison: `shardplan partition` against `gpmetis` on the same METIS graph
# files, interleaved (ours, then gpmetis, for each graph and k), with wall time and CPU time
# (user + sys) of each process from /usr/bin/time.
# Usage: bench/partition-vs-gpmetis.sh JAR WORKDIR GRAPH:K...
#   JAR      cli/target/shardplan.jar (./shardplan or mvn -pl cli -am package builds it)
#   WORKDIR  where MetisComparison wrote GRAPH.graph (its --work option)
# Example: bench/partition-vs-gpmetis.sh cli/target/shardplan.jar partitioner/target/metis-comparison \
#            geometric-200k:8 grid2d-400:64
set -euo pipefail
jar="$1"; shift
work="$1"; shift
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| graph | k | shardplan cut | gpmetis cut | shardplan wall s | shardplan CPU s | gpmetis wall s | gpmetis CPU s | CPU ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for spec in "$@"; do
  g="${spec%%:*}"; k="${spec##*:}"
  f="$work/$g.graph"
  /usr/bin/time -f '%e %U %S' -o "$work/t1" java -Xmx3g -jar "$jar" partition "$f" "$k" --ufactor 30 --seed 1 > "$work/o1"
  /usr/bin/time -f '%e %U %S' -o "$work/t2" gpmetis -ptype=kway -ufactor=30 -seed=1 "$f" "$k" > "$work/o2"
  read -r w1 u1 s1 < "$work/t1"; read -r w2 u2 s2 < "$work/t2"
  c1=$(grep -o 'edge cut: [0-9,]*' "$work/o1" | grep -o '[0-9,]*$' | tr -d ,)
  c2=$(grep -o 'Edgecut: [0-9]*' "$work/o2" | grep -o '[0-9]*$')
  printf '| %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n' "$g" "$k" "$c1" "$c2" "$w1" "$(echo "$u1 + $s1" | bc)" "$w2" "$(echo "$u2 + $s2" | bc)" "$(echo "($u1 + $s1) / ($u2 + $s2)" | bc -l)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
