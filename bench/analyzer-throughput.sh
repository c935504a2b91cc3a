#!/usr/bin/env bash
# Measures analyze's end-to-end throughput on a generated TPC-C csvlog of about 3,000,000
# statements (uncompressed and .gz), sequential (--threads 1) against the pipeline (--threads 0),
# runs interleaved so that both see the same machine load; and the .gz ceiling, decompression
# alone. Writes docs/benchmarks/analyzer-throughput.md. Needs the built jar (./shardplan builds it).
# RUNS (default 3) runs of each; BENCH_DIR keeps the generated log between runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/cli/target/shardplan.jar}"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package)
work="${BENCH_DIR:-$(mktemp -d)}"
runs="${RUNS:-3}"
mkdir -p "$work"
out="$root/docs/benchmarks/analyzer-throughput.md"
log="$work/tpcc3m/postgresql.csv"
if [ ! -f "$log" ]; then
  java -jar "$jar" workload generate tpcc --out "$work/tpcc3m" --scale 16 --transactions 114600 --no-data >/dev/null
fi
[ -f "$log.gz" ] || gzip -1 -c "$log" > "$log.gz"
statements=$(grep -o '"statements" *: *[0-9]*' "$work/tpcc3m/expected.json" | head -n 1 | grep -o '[0-9]*$')

row() { # label, command...: one table row with wall, CPU, RSS and statements/s
  local label="$1"; shift
  local l0 t0 t1 u s m wall
  l0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" > "$work/last.out" 2> "$work/last.err"
  t1=$(date +%s.%N)
  read -r u s m < "$work/time.txt"
  wall=$(echo "$t1 - $t0" | bc)
  printf '| %s | %.1f s | %.1f s | %.0f | %d MB | %s |\n' "$label" "$wall" "$(echo "$u + $s" | bc)" \
    "$(echo "$statements / $wall" | bc)" "$((m / 1024))" "$l0"
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
  echo "every thread. Load is the 1-minute load average when the run started."
  echo
  echo "| run | wall | CPU (user + sys) | statements/s | max RSS | load |"
  echo "|---|---:|---:|---:|---:|---:|"
  for i in $(seq 1 "$runs"); do
    row "csvlog, --threads 1 (read on one thread, analyse on another)" \
      java -Xmx1g -jar "$jar" analyze --threads 1 --schema "$work/tpcc3m/schema.sql" "$log"
    row "csvlog, --threads 0 (pipeline: reader, worker(s), applier)" \
      java -Xmx1g -jar "$jar" analyze --threads 0 --schema "$work/tpcc3m/schema.sql" "$log"
  done
  row "csvlog.gz, --threads 0" java -Xmx1g -jar "$jar" analyze --threads 0 --schema "$work/tpcc3m/schema.sql" "$log.gz"
  row "decompression alone (gzip -dc > /dev/null): the .gz ceiling" sh -c "gzip -dc '$log.gz' > /dev/null"
} > "$out"
cat "$out"
