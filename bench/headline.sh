#!/usr/bin/env bash
# Measures the headline figures quoted in README.md and writes them to
# docs/benchmarks/headline.md. Run from anywhere; needs the built jar (./shardplan builds it).
# Wall time is what a user waits; CPU time (user + sys) is steadier on a shared machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cli/target/shardplan.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package)
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
out="$root/docs/benchmarks/headline.md"

timed() { # label, command...
  local label="$1"; shift
  local t0 t1 u s m
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" > "$work/last.out" 2> "$work/last.err"
  t1=$(date +%s.%N)
  read -r u s m < "$work/time.txt"
  printf '| %s | %.1f s | %.1f s | %d MB |\n' "$label" "$(echo "$t1 - $t0" | bc)" "$(echo "$u + $s" | bc)" "$((m / 1024))"
}

{
  echo "# Headline figures"
  echo
  echo "Measured by \`bench/headline.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -n 1),"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| step | wall | CPU (user + sys) | max RSS |"
  echo "|---|---:|---:|---:|"
  timed "generate a TPC-C csvlog of about 1,000,000 statements (16 warehouses, 38,200 transactions, no data files)" \
    java -jar "$jar" workload generate tpcc --out "$work/tpcc" --scale 16 --transactions 38200 --no-data
  timed "analyze that log, -Xmx1g" \
    java -Xmx1g -jar "$jar" analyze --schema "$work/tpcc/schema.sql" "$work/tpcc/postgresql.csv"
  : > "$work/rates"
  for i in 1 2 3 4 5; do
    java -Xmx1g -jar "$jar" analyze --schema "$work/tpcc/schema.sql" "$work/tpcc/postgresql.csv" \
      | grep -E '^Analysed' | tee -a "$work/analyze.lines" | sed -E 's/.*: ([0-9,]+) statements\/s.*/\1/; s/,//g' >> "$work/rates"
  done
  timed "advise 4 nodes on that log (whole pipeline), -Xmx2g" \
    java -Xmx2g -jar "$jar" advise --schema "$work/tpcc/schema.sql" "$work/tpcc/postgresql.csv" --nodes 4 \
      --expected "$work/tpcc/expected.json" --format text --timings
  cp "$work/last.out" "$work/advise.txt"
  cp "$work/last.err" "$work/advise.timings"
  echo
  echo "Five more runs of the same analyze command; its summary line gives statements per second of"
  echo "the analysis after start-up (the machine is shared, so runs differ):"
  echo
  sed 's/^/    /' "$work/analyze.lines"
  echo
  sort -n "$work/rates" | awk '{a[NR]=$1} END {printf "statements/s: min %d, median %d, max %d\n", a[1], a[int((NR+1)/2)], a[NR]}'
  echo
  echo "Statements in the log: $(grep -o '"statements" *: *[0-9]*' "$work/tpcc/expected.json" | head -n 1 | grep -o '[0-9]*$')."
  echo
  echo "Phases of that advise run (\`--timings\`: wall-clock, and CPU of the whole process over the phase):"
  echo
  sed 's/^/    /' "$work/advise.timings"
  echo
  echo "The advice (metrics of the advice and the baselines):"
  echo
  sed -n '/distributed tx/,/^$/p' "$work/advise.txt" | sed 's/^/    /'
} > "$out"
cat "$out"
