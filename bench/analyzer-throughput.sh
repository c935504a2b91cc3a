#!/usr/bin/env bash
# Measures analyze's end-to-end throughput on a generated TPC-C csvlog of about 3,000,000
# statements (uncompressed and .gz), sequential (--threads 1) against the pipeline (--threads 0),
# runs interleaved so that both see the same machine load; and the .gz ceiling: the same file
# decompressed alone with GZIPInputStream (bench/GzipRead.java), in the same run.
# Writes docs/benchmarks/analyzer-throughput.md. Needs the built jar (./shardplan builds it).
# RUNS (default 3) runs of each; BENCH_DIR keeps the generated log between runs; REF_JAR, if set,
# is an older build run interleaved with this one (the "before" of a change, same load).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/cli/target/shardplan.jar}"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package)
work="${BENCH_DIR:-$(mktemp -d)}"
runs="${RUNS:-3}"
ref="${REF_JAR:-}"
mkdir -p "$work"
out="$root/docs/benchmarks/analyzer-throughput.md"
# a "## Notes" section at the end of the page is written by hand: kept when the tables are rewritten
notes=$(sed -n '/^## Notes/,$p' "$out" 2>/dev/null || true)
log="$work/tpcc3m/postgresql.csv"
if [ ! -f "$log" ]; then
  java -jar "$jar" workload generate tpcc --out "$work/tpcc3m" --scale 16 --transactions 114600 --no-data >/dev/null
fi
[ -f "$log.gz" ] || gzip -1 -c "$log" > "$log.gz"
statements=$(grep -o '"statements" *: *[0-9]*' "$work/tpcc3m/expected.json" | head -n 1 | grep -o '[0-9]*$')

row() { # label, command...: one table row with wall, CPU, CPU per statement, statements/s, RSS, load
  local label="$1"; shift
  local l0 t0 t1 u s m wall cpu
  l0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" > "$work/last.out" 2> "$work/last.err"
  t1=$(date +%s.%N)
  read -r u s m < "$work/time.txt"
  wall=$(echo "$t1 - $t0" | bc)
  cpu=$(echo "$u + $s" | bc)
  printf '| %s | %.1f s | %.1f s | %.2f µs | %.0f | %d MB | %s |\n' "$label" "$wall" "$cpu" \
    "$(echo "$cpu * 1000000 / $statements" | bc -l)" "$(echo "$statements / $wall" | bc)" "$((m / 1024))" "$l0"
  echo "$wall" > "$work/last.wall"
}

schema="$work/tpcc3m/schema.sql"

threads() { # CPU seconds of each kind of thread of one pipeline run, read from /proc just before it exits
  java -Xmx1g -jar "$jar" analyze --threads 0 --schema "$schema" "$log" > /dev/null 2>&1 &
  local pid=$! best=0 snap tot
  while kill -0 "$pid" 2>/dev/null; do
    snap=$(for t in /proc/"$pid"/task/*; do
      v=$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null) && [ -n "$v" ] && echo "$(cat "$t/comm" 2>/dev/null)|$v"
    done 2>/dev/null || true)
    tot=$(echo "$snap" | awk -F'|' '{s += $2} END {print s + 0}')
    if [ "$tot" -ge "$best" ]; then best=$tot; echo "$snap" > "$work/threads.txt"; fi
    sleep 0.1
  done
  wait "$pid" || true
  awk -F'|' '{n = $1; sub(/[#0-9 ]+$/, "", n); s[n] += $2; t += $2}
    END {for (k in s) if (s[k] > 0) printf "| %s | %.2f s | %.0f %% |\n", k, s[k] / 100, 100 * s[k] / t
         printf "| all threads | %.2f s | 100 %% |\n", t / 100}' "$work/threads.txt" | sort -t'|' -k3 -r
}

{
  echo "# analyze throughput"
  echo
  echo "Measured by \`bench/analyzer-throughput.sh\` (RUNS=$runs) on $(date -u +%Y-%m-%d), $(nproc) cores,"
  echo "$(java -version 2>&1 | head -n 1). The log: \`workload generate tpcc --scale 16 --transactions 114600"
  echo "--no-data\`, $statements statements, $(($(stat -c %s "$log") / 1000000)) MB uncompressed,"
  echo "$(($(stat -c %s "$log.gz") / 1000000)) MB as \`gzip -1\`. Every analyze run is"
  echo "\`java -Xmx1g -jar shardplan.jar analyze --threads T --schema schema.sql LOG\`; statements/s is"
  echo "statements over the wall time of the whole process (start-up included). CPU is user + sys of"
  echo "every thread of the process; CPU per statement is that over the statements, the figure that"
  echo "other processes on the machine distort least. Load is the 1-minute load average when the run"
  echo "started: on a shared machine the wall times move with it."
  echo
  echo "| run | wall | CPU (user + sys) | CPU per statement | statements/s | max RSS | load |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for i in $(seq 1 "$runs"); do
    if [ -n "$ref" ]; then
      row "reference build, csvlog, --threads 0" java -Xmx1g -jar "$ref" analyze --threads 0 --schema "$schema" "$log"
    fi
    row "csvlog, --threads 1 (read on one thread, analyse on another)" \
      java -Xmx1g -jar "$jar" analyze --threads 1 --schema "$schema" "$log"
    row "csvlog, --threads 0 (pipeline: reader, worker(s), applier)" \
      java -Xmx1g -jar "$jar" analyze --threads 0 --schema "$schema" "$log"
  done
  row "csvlog.gz, --threads 0" java -Xmx1g -jar "$jar" analyze --threads 0 --schema "$schema" "$log.gz"
  gz_wall=$(cat "$work/last.wall")
  l0=$(cut -d' ' -f1 /proc/loadavg)
  read -r gz_bytes read_wall read_cpu < <(java "$root/bench/GzipRead.java" "$log.gz")
  printf '| decompression alone (GZIPInputStream, bench/GzipRead.java; the read, without start-up): the .gz ceiling | %.1f s | %.1f s | %.2f µs | %.0f | | %s |\n' \
    "$read_wall" "$read_cpu" "$(echo "$read_cpu * 1000000 / $statements" | bc -l)" \
    "$(echo "$statements / $read_wall" | bc)" "$l0"
  echo
  printf 'On .gz input analyze runs at %.0f %% of the ceiling (decompression alone, %s bytes, over analyze'"'"'s whole run).\n' \
    "$(echo "100 * $read_wall / $gz_wall" | bc -l)" "$gz_bytes"
  echo
  echo "CPU by thread in one more pipeline run (csvlog, \`--threads 0\`; load $(cut -d' ' -f1 /proc/loadavg) when it"
  echo "started), from \`/proc/PID/task/*/stat\` just before the process ended. The kernel keeps 15"
  echo "characters of a name: \`shardplan-log-r\` is the thread that reads and cuts the file into chunks,"
  echo "\`shardplan-log-w\` the worker that parses and prepares them, \`java\` the main thread (start-up,"
  echo "schema, then applying the prepared statements in log order); the others are the JVM's (compilers, GC)."
  echo
  echo "| thread | CPU (user + sys) | share |"
  echo "|---|---:|---:|"
  threads
  if [ -n "$notes" ]; then
    echo
    echo "$notes"
  fi
} > "$out"
cat "$out"
