#!/usr/bin/env bash
# Google target benchmark: request counts and wall time of syncs against the Calendar API emulator with
# injected latency. Prints a Markdown table for docs/benchmarks.md. Run from the repository root.
# Usage: bench/google.sh [MEETINGS] [LATENCY_MS] [--skip-old]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"

java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
    io.calendarsync.backend.google.GoogleTargetBenchmark "${1:-1000}" "${2:-100}" "${@:3}"
