#!/usr/bin/env bash
# Core benchmark: validate and plan of generated calendars, and start-up against a Java hello world.
# Prints Markdown tables for docs/benchmarks.md. Run from the repository root after
# ./mvnw -q -DskipTests package (test classes are compiled by test-compile below).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"
runs=${RUNS:-5}

echo "### Validate and plan (fresh JVM per run, -Xmx256m, median of $runs runs)"
echo
echo "| meetings | validate ms | plan ms | apply ms | no-op plan ms | validate + plan ms | peak heap MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for size in 100 1000 10000; do
    rows=()
    for _ in $(seq "$runs"); do
        rows+=("$(java -Xmx256m -cp "$classpath" io.calendarsync.bench.CoreBenchmark "$size" 2>/dev/null)")
    done
    printf '%s\n' "${rows[@]}" | sort -t$'\t' -k2,2n -k3,3n | awk -F'\t' -v n="$runs" '
        { v[NR]=$2; p[NR]=$3; a[NR]=$4; q[NR]=$5; h[NR]=$6; s[NR]=$2+$3 }
        END {
            m = int((n + 1) / 2)
            printf "| %d | %d | %d | %d | %d | %d | %.0f |\n", $1, v[m], p[m], a[m], q[m], s[m], h[m]
        }'
done

echo
echo "### Start-up (wall time, median of $runs runs, same machine and run)"
echo
hello=$(mktemp -d)
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
./bin/calendar-sync validate --file src/test/resources/samples/kubeflow-2025-07.yaml >/dev/null 2>&1 || true

median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local begin end
        begin=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - begin) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

hello_ms=$(median_ms java -cp "$hello" Hello)
launcher_ms=$(median_ms ./bin/calendar-sync validate --file src/test/resources/samples/kubeflow-2025-07.yaml)
plain_ms=$(median_ms java -jar target/calendar-sync.jar validate --file src/test/resources/samples/kubeflow-2025-07.yaml)
echo "| command | ms | × hello world |"
echo "|---|---:|---:|"
echo "| java Hello (hello world) | $hello_ms | 1.0 |"
awk -v l="$launcher_ms" -v p="$plain_ms" -v h="$hello_ms" 'BEGIN {
    printf "| bin/calendar-sync validate (2025 sample) | %d | %.1f |\n", l, l / h
    printf "| java -jar target/calendar-sync.jar validate (2025 sample) | %d | %.1f |\n", p, p / h
}'
rm -rf "$hello"
