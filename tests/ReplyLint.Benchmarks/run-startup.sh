#!/usr/bin/env bash
# Measures ReplyLint the way a user runs it: the published `replylint` command's start-up, and a generated library
# of templates linted from disk with one worker and with one per processor.
#
#   tests/ReplyLint.Benchmarks/run-startup.sh > startup.md
#
# Run by hand only (never from CI or the tests): it takes a few minutes and its numbers depend on the machine.
# The Markdown report goes to stdout, progress to stderr. Everything it makes lives in one temporary folder,
# removed on exit. Settings, through the environment:
#   CORPUS_COUNT   templates to generate (10000)
#   STARTUP_RUNS   timed runs of each start-up case, the median is reported (20)
#   CORPUS_RUNS    timed runs of each corpus case, after one untimed run that warms the file cache (3)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${CORPUS_COUNT:-10000}
startup_runs=${STARTUP_RUNS:-20}
corpus_runs=${CORPUS_RUNS:-3}
jobs_max=$(nproc)

work=$(mktemp -d "${TMPDIR:-/tmp}/replylint-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

log() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo unknown; }

# GNU time reports the peak resident set size; without it only wall time is measured. Nothing is installed.
gnu_time=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true > /dev/null 2>&1; then
    gnu_time=/usr/bin/time
fi

load_start=$(load)
log "publishing the CLI (Release)..."
dotnet publish "$repo/src/ReplyLint.Cli" -c Release -o "$work/cli" --nologo -v quiet > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
cli="$work/cli/replylint"

log "generating $count templates..."
dotnet run -c Release --project "$repo/tests/ReplyLint.Benchmarks" -- generate "$work/corpus" "$count" >&2

small="$work/small.md"
cp "$repo/templates-sample/clean/password-reset.md" "$small"
corpus_files=$(find "$work/corpus" -type f | wc -l)
corpus_bytes=$(find "$work/corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

# Relative paths in the report, as a user in the library's folder would see them.
cd "$work"

# Runs the command once, output discarded, and prints its wall time in microseconds. Exit code 1 only means the
# run had findings; 2 and above is a real failure.
wall_us() {
    local start end rc=0
    start=$(date +%s%N)
    "$@" > /dev/null 2> "$work/stderr.txt" || rc=$?
    end=$(date +%s%N)
    if (( rc > 1 )); then
        log "failed with exit code $rc: $*"
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    echo $(( (end - start) / 1000 ))
}

# Runs the command once under GNU time and prints "<peak RSS in KiB> <CPU seconds, user + system>", or nothing
# without GNU time. CPU time hardly changes when other work competes for the processors; wall time does.
time_stats() {
    [[ -n $gnu_time ]] || return 0
    local rc=0
    "$gnu_time" -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || rc=$?
    if (( rc > 1 )); then
        log "failed with exit code $rc: $*"
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    awk -F': ' '/Maximum resident set size/ { rss = $2 } /User time/ { cpu += $2 } /System time/ { cpu += $2 }
        END { print rss, cpu }' "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

ms() { awk -v us="$1" 'BEGIN { printf "%.1f ms", us / 1000 }'; }
seconds() { awk -v us="$1" 'BEGIN { printf "%.2f s", us / 1e6 }'; }
mib() { if [[ -n ${1:-} ]]; then awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; else echo "n/a"; fi; }
cpu_s() { if [[ -n ${1:-} ]]; then awk -v s="$1" 'BEGIN { printf (s < 10 ? "%.2f s" : "%.1f s"), s }'; else echo "n/a"; fi; }

rows=()

# Start-up: one untimed run to warm the disk cache, then the median of the timed runs.
startup_case() {
    local label=$1
    shift
    log "timing $label ($startup_runs runs)..."
    wall_us "$@" > /dev/null
    local times=() t
    for (( i = 0; i < startup_runs; i++ )); do
        t=$(wall_us "$@")  # a plain assignment, so that set -e sees a failed run
        times+=("$t")
    done
    local med stats rss cpu
    med=$(printf '%s\n' "${times[@]}" | median)
    stats=$(time_stats "$@")
    read -r rss cpu <<< "$stats"
    rows+=("| \`$label\` | $(ms "$med") | $(cpu_s "$cpu") | $(mib "$rss") | | |")
}

corpus_case() {
    local jobs=$1
    local label="replylint corpus -j $jobs"
    log "timing $label ($corpus_runs runs)..."
    wall_us "$cli" corpus -j "$jobs" > /dev/null
    local times=() t
    for (( i = 0; i < corpus_runs; i++ )); do
        t=$(wall_us "$cli" corpus -j "$jobs")
        times+=("$t")
    done
    local stats rss cpu
    stats=$(time_stats "$cli" corpus -j "$jobs")
    read -r rss cpu <<< "$stats"
    local med
    med=$(printf '%s\n' "${times[@]}" | median)
    local files_per_s mb_per_s
    files_per_s=$(awk -v n="$corpus_files" -v us="$med" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
    mb_per_s=$(awk -v b="$corpus_bytes" -v us="$med" 'BEGIN { printf "%.2f", b / 1e6 / (us / 1e6) }')
    rows+=("| \`$label\` | $(seconds "$med") | $(cpu_s "$cpu") | $(mib "$rss") | $files_per_s | $mb_per_s |")
}

startup_case "replylint --version" "$cli" --version
startup_case "replylint small.md" "$cli" small.md
corpus_case 1
if (( jobs_max > 1 )); then
    corpus_case "$jobs_max"
fi

load_end=$(load)
cpu=$(lscpu 2> /dev/null | awk -F': *' '/^Model name/ { print $2; exit }')
memory=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
runtime=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')

echo "### ReplyLint start-up and throughput, $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores (${cpu:-unknown CPU}), $memory memory, .NET $runtime; the CLI published with"
echo "\`dotnet publish -c Release\` (framework-dependent, JIT). Corpus: $corpus_files generated templates,"
echo "$(awk -v b="$corpus_bytes" 'BEGIN { printf "%.2f MB", b / 1e6 }') in all, read from a warm file cache."
echo "Start-up rows: median of $startup_runs runs. Corpus rows: median of $corpus_runs runs after one warm-up run."
echo "Load average (1, 5, 15 min) at the start: $load_start; at the end: $load_end. Other work on the machine"
echo "inflates wall times: compare runs made at a load well under $(nproc)."
if [[ -z $gnu_time ]]; then
    echo "GNU time (/usr/bin/time -v) is not installed, so peak RSS and CPU time were not measured."
else
    echo "Peak RSS and CPU time (user + system): one further run under \`/usr/bin/time -v\`."
fi
echo
echo "| Command | Wall time | CPU time | Peak RSS | Files/s | MB/s |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
