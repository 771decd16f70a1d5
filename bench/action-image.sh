#!/usr/bin/env bash
# Action image benchmark: the image's size, and the wall time from `podman run` to exit for validate of
# the 2025 sample. Runs are timed with the class-data-sharing archive (as shipped) and without it. A
# container that only runs the dynamic loader shows podman's own start and stop cost. Prints Markdown
# for docs/benchmarks.md, after building the image with .ci/container-image on the local base images.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
image=localhost/calendar-sync:bench
export CONTAINERS_CONF=$PWD/.ci/containers.conf

.ci/container-image "$image" >&2

workspace=$(mktemp -d /var/tmp/calendar-sync-bench.XXXXXX)
trap 'rm -rf "$workspace"' EXIT
cp src/test/resources/samples/kubeflow-2025-07.yaml "$workspace/calendar.yaml"

run() {
    podman run --rm --network none --volume "$workspace:/github/workspace" --workdir /github/workspace \
        --env GITHUB_WORKSPACE=/github/workspace --env INPUT_MODE=validate "$@" >/dev/null 2>&1
}

# Prints min, median and max wall milliseconds of $runs runs of `run "$@"`, after one warm-up run.
measure() {
    run "$@" || { echo "bench: a run of $* failed" >&2; exit 1; }
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        run "$@"
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
    done | sort -n | awk '{ v[NR] = $1 } END { printf "%d | %d | %d", v[1], v[int((NR + 1) / 2)], v[NR] }'
}

java_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp /opt/calendar-sync/calendar-sync.jar
    io.calendarsync.github.ActionMain)

echo "### Action image (podman $(podman version --format '{{.Client.Version}}'), $runs runs after one warm-up, load average $(cut -d ' ' -f 1 /proc/loadavg))"
echo
bytes=$(podman image inspect --format '{{.Size}}' "$image")
echo "Image size: $((bytes / 1000000)) MB ($bytes bytes, as podman counts the uncompressed layers)."
echo
echo "| run | min ms | median ms | max ms |"
echo "|---|---:|---:|---:|"
echo "| validate, as shipped (CDS archive) | $(measure "$image") |"
echo "| validate, -Xshare:off | $(measure --entrypoint /opt/calendar-sync/runtime/bin/java "$image" -Xshare:off "${java_flags[@]}") |"
echo "| container only (ld.so --version) | $(measure --entrypoint /lib64/ld-linux-x86-64.so.2 "$image" --version) |"
