#!/usr/bin/env bash
# Schedule checks and agenda benchmark: validation (which runs the checks) and agendas of generated
# calendars, with the video links spread over 50 rooms, one room per meeting (0), or a single room.
# Prints a Markdown table for docs/benchmarks.md. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"
runs=${RUNS:-5}

echo "### Schedule checks and agenda (fresh JVM per run, -Xmx256m, run with the median warm validation of $runs)"
echo
echo "| meetings | rooms | first validation ms | warm validation ms | warnings | agenda 14 days ms | agenda 366 days ms | agenda entries |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for case in "1000 50" "10000 50" "10000 0" "10000 1"; do
    rows=()
    for _ in $(seq "$runs"); do
        # shellcheck disable=SC2086 # the case holds two arguments
        rows+=("$(java -Xmx256m -cp "$classpath" io.calendarsync.bench.ScheduleChecksBenchmark $case 2>/dev/null)")
    done
    printf '%s\n' "${rows[@]}" | sort -t$'\t' -k4,4n | sed -n "$(( (runs + 1) / 2 ))p" | awk -F'\t' '
        { printf "| %d | %s | %d | %d | %d | %d | %d | %d |\n", $1, ($2 == 0 ? "one each" : $2), $3, $4, $5, $6, $7, $8 }'
done
