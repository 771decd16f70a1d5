#!/usr/bin/env bash
# Core benchmark: validate and plan of generated calendars, the same through the command-line tool, and
# start-up against a Java hello world. Prints Markdown tables for docs/benchmarks.md. Run it from the
# repository root; it builds the jar first. Every figure is a median over RUNS fresh JVMs (default 5 for
# the sizes, 4 times that for start-up), and every ratio compares runs interleaved in the same loop, so
# load from other processes falls on both sides. CPU time (user + system) is given beside wall time:
# on a busy machine wall time includes waiting for a core, CPU time does not.
# Usage: RUNS=5 SIZES="100 1000 10000" bench/core.sh
set -euo pipefail
cd "$(dirname "$0")/.."

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
runs=${RUNS:-5}
sizes=${SIZES:-100 1000 10000}
startup_runs=$((runs * 4))
sample=src/test/resources/samples/kubeflow-2025-07.yaml

# The flags of bin/calendar-sync without its archive, because the archive contains only the jar's classes
# and the benchmark classes come from target/test-classes.
launcher_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:CompileThresholdScaling=3"

./mvnw -q -B -DskipTests package >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
classpath="target/test-classes:target/calendar-sync.jar"
for size in $sizes; do
    java -cp "$classpath" io.calendarsync.bench.CalendarGenerator "$size" "$work/calendar-$size.yaml"
done

# Prints the median of the numbers on standard input, formatted with $1 (default: a whole number).
median() {
    sort -g | awk -v f="${1:-%.0f}" '{ v[NR] = $1 }
        END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf f "\n", m }'
}

# Prints the median of column $2 of the benchmark lines in file $3 for calendars of $1 meetings. With a
# column $4 other than 0 it takes the sum of both columns. $5 is the format of the median.
column() {
    awk -v s="$1" -v a="$2" -v b="${4:-0}" '$1 == s { print $a + (b ? $b : 0) }' "$3" | median "${5:-%.0f}"
}

# Runs a command with its output discarded and prints "wall user+system" in milliseconds.
measure() {
    local TIMEFORMAT='%3R %3U %3S'
    local times
    times=$({ time "$@" >/dev/null 2>&1; } 2>&1 | tail -n 1)
    awk -v t="$times" 'BEGIN { split(t, f, " "); printf "%.0f %.0f\n", f[1] * 1000, (f[2] + f[3]) * 1000 }'
}

echo "### Validate and plan in one JVM"
echo
echo "Milliseconds, median of $runs fresh JVMs (-Xmx256m -XX:MarkSweepDeadRatio=0): wall time, then the"
echo "main thread's CPU time in brackets. docs/benchmarks.md explains the columns."
echo
for flags in "$launcher_flags" ""; do
    echo "JVM flags: \`${flags:-(none)}\`"
    echo
    echo "| meetings | validate | plan | validate + plan | apply | no-op plan | process CPU | peak heap MB | live heap MB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    results="$work/results"
    : >"$results"
    for _ in $(seq "$runs"); do
        for size in $sizes; do
            # A full collection of the serial and G1 collectors leaves up to 5% of the old generation as
            # dead objects in place (MarkSweepDeadRatio), which would count as live heap; 0 leaves none.
            # shellcheck disable=SC2086
            java -Xmx256m -XX:MarkSweepDeadRatio=0 $flags -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
                io.calendarsync.bench.CoreBenchmark "$work/calendar-$size.yaml" >>"$results"
        done
    done
    for size in $sizes; do
        printf '| %s | %s (%s) | %s (%s) | %s (%s) | %s (%s) | %s (%s) | %s | %s | %s |\n' "$size" \
            "$(column "$size" 2 "$results")" "$(column "$size" 3 "$results")" \
            "$(column "$size" 4 "$results")" "$(column "$size" 5 "$results")" \
            "$(column "$size" 2 "$results" 4)" "$(column "$size" 3 "$results" 5)" \
            "$(column "$size" 6 "$results")" "$(column "$size" 7 "$results")" \
            "$(column "$size" 8 "$results")" "$(column "$size" 9 "$results")" \
            "$(column "$size" 10 "$results")" "$(column "$size" 12 "$results" 0 %.1f)" \
            "$(column "$size" 13 "$results" 0 %.1f)"
    done
    echo
done

# bin/calendar-sync writes its archive on the first run. An apply puts the classes of validate, plan and
# apply in it, as a first run of apply by hand would.
rm -f target/calendar-sync.jsa
./bin/calendar-sync apply --file "$sample" --target "ics:$work/trained.ics" >/dev/null 2>&1
largest=${sizes##* }

hello="$work/hello"
mkdir -p "$hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"

# The yardstick: the same flags and an archive of its own, with only Jackson and SnakeYAML on the class path.
floor="$work/floor"
mkdir -p "$floor"
jar cf "$floor/floor.jar" -C target/test-classes io/calendarsync/bench/YamlFloor.class
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$floor/classpath" >/dev/null
yaml_jars=$(tr ':' '\n' <"$floor/classpath" | grep -E '/(jackson-core|jackson-dataformat-yaml|snakeyaml)-[0-9][^/]*\.jar$' | paste -sd:)
floor_classpath="$floor/floor.jar:$yaml_jars"
# shellcheck disable=SC2086
java $launcher_flags -XX:ArchiveClassesAtExit="$floor/floor.jsa" -Xlog:cds=off -cp "$floor_classpath" \
    io.calendarsync.bench.YamlFloor "$sample" >/dev/null

commands=(
    "java -cp $hello Hello"
    "java $launcher_flags -XX:SharedArchiveFile=$floor/floor.jsa -Xlog:cds=off -cp $floor_classpath io.calendarsync.bench.YamlFloor $sample"
    "./bin/calendar-sync validate --file $sample"
    "java -jar target/calendar-sync.jar validate --file $sample"
    "./bin/calendar-sync plan --file $work/calendar-$largest.yaml --target ics:$work/none.ics"
    "java -jar target/calendar-sync.jar plan --file $work/calendar-$largest.yaml --target ics:$work/none.ics"
)
labels=(
    "java Hello (hello world)"
    "yardstick: read the 2025 sample with jackson-dataformat-yaml, look up one zone"
    "bin/calendar-sync validate (2025 sample)"
    "java -jar target/calendar-sync.jar validate (2025 sample)"
    "bin/calendar-sync plan ($largest meetings, empty target)"
    "java -jar target/calendar-sync.jar plan ($largest meetings, empty target)"
)
# The plans of the largest calendar take seconds, so they run in every fourth round only.
samples="$work/startup"
: >"$samples"
for round in $(seq "$startup_runs"); do
    for i in "${!commands[@]}"; do
        if [ "$i" -ge 4 ] && [ $((round % 4)) -ne 1 ]; then
            continue
        fi
        # shellcheck disable=SC2086
        echo "$round $i $(measure ${commands[$i]})" >>"$samples"
    done
done

echo "### Start-up and the command-line tool"
echo
echo "Milliseconds, median of $startup_runs rounds ($runs for the plan rows). *× hello* is the median of each"
echo "round's ratio to that round's hello world; *beyond start-up* subtracts the median hello world time."
echo
echo "| command | wall | CPU | wall × hello | CPU × hello | wall beyond start-up |"
echo "|---|---:|---:|---:|---:|---:|"
hello_wall=$(awk '$2 == 0 { print $3 }' "$samples" | median)
for i in "${!commands[@]}"; do
    wall=$(awk -v i="$i" '$2 == i { print $3 }' "$samples" | median)
    cpu=$(awk -v i="$i" '$2 == i { print $4 }' "$samples" | median)
    wall_ratio=$(awk -v i="$i" '$2 == 0 { w[$1] = $3 } $2 == i { r[$1] = $3 } END { for (k in r) printf "%.2f\n", r[k] / w[k] }' "$samples" | median %.1f)
    cpu_ratio=$(awk -v i="$i" '$2 == 0 { w[$1] = $4 } $2 == i { r[$1] = $4 } END { for (k in r) printf "%.2f\n", r[k] / w[k] }' "$samples" | median %.1f)
    if [ "$i" -ge 4 ]; then
        wall_ratio="–"
        cpu_ratio="–"
    fi
    printf '| %s | %s | %s | %s | %s | %s |\n' "${labels[$i]}" "$wall" "$cpu" "$wall_ratio" "$cpu_ratio" \
        "$(awk -v w="$wall" -v h="$hello_wall" 'BEGIN { printf "%.0f", w - h }')"
done
echo
echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)),"\
    "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)."
echo "Load average (1, 5, 15 minutes) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)."
