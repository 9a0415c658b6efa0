#!/usr/bin/env bash
# crosscheck's benchmark: the one command to rerun.
#
#   Benchmarks/run.sh            full run: 10 MB x5 and 100 MB x3, one core and all cores (~6 min; more the first time)
#   Benchmarks/run.sh --quick    10 MB only, 3 runs each, reconcile 10^5 only (~2 min)
#
# Options: --corpus DIR (default: bench-corpus/ at the repository root, git-ignored),
#          --runs N (runs of every 10 MB / 10^5 measurement, default 5), --large-runs N (100 MB
#          and 10^6, default 3), --jobs N (the "all cores" width, default: nproc).
#
# Generates the corpora if missing (deterministic, seeded), builds -c release, then runs every
# measurement in a fresh process, the measurements interleaved round by round so that a busy
# moment on a shared machine does not hit one of them only. Prints a table of medians with
# min-max; the raw JSON lines are kept in Benchmarks/.build/results-*.jsonl.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
corpus="$root/bench-corpus"
runs=5
large_runs=3
quick=0
jobs="$(nproc 2>/dev/null || sysctl -n hw.ncpu)"

while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; runs=3; shift ;;
        --corpus) corpus="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --large-runs) large_runs="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

command -v python3 >/dev/null || { echo "run.sh: python3 is needed (corpus generator and table)" >&2; exit 2; }

echo "== corpus ($corpus)"
if [ "$quick" = 1 ]; then sizes=1,10; else sizes=1,10,100; fi
python3 "$here/generate-corpus.py" "$corpus" --sizes "$sizes"

echo "== build (release)"
swift build -c release --package-path "$here" 2>&1 | grep -E "error|warning: |Compiling|Build complete" | grep -v "^\[" || true
bin="$(swift build -c release --package-path "$here" --show-bin-path)/crosscheck-bench"
[ -x "$bin" ] || { echo "run.sh: build failed" >&2; exit 1; }

out="$here/.build/results-$(date +%Y%m%d-%H%M%S).jsonl"
: > "$out"

# label | runs | arguments
plan=()
add() { plan+=("$1|$2|$3"); }
for size in 10 100; do
    [ "$quick" = 1 ] && [ "$size" = 100 ] && continue
    n=$runs; [ "$size" = 100 ] && n=$large_runs
    dir="$corpus/${size}MB"
    for width in 1 "$jobs"; do
        add "text pipeline ${size}MB j$width" "$n" "extract --dir $dir --kind text --mode pipeline --jobs $width"
        add "text extract ${size}MB j$width"  "$n" "extract --dir $dir --kind text --mode extract --jobs $width"
        add "html pipeline ${size}MB j$width" "$n" "extract --dir $dir --kind html --mode pipeline --jobs $width"
    done
    # The yardstick: one Python regular expression for years over the same text files.
    add "reference text ${size}MB" "$n" "py:$dir --kind text"
    # Reading and ingestion alone (bytes → documents, no extraction): one core.
    add "text ingest ${size}MB j1" "$n" "extract --dir $dir --kind text --mode ingest --jobs 1"
    add "html ingest ${size}MB j1" "$n" "extract --dir $dir --kind html --mode ingest --jobs 1"
done
add "reconcile 100000" "$runs" "reconcile --claims 100000"
if [ "$quick" = 0 ]; then
    add "reconcile 1000000" "$large_runs" "reconcile --claims 1000000"
    add "stream 100MB j$jobs" "$large_runs" "stream --dir $corpus/100MB --jobs $jobs"
    add "stream+claims 100MB j$jobs" "$large_runs" "stream --dir $corpus/100MB --jobs $jobs --keep-claims"
else
    add "stream 10MB j$jobs" "$runs" "stream --dir $corpus/10MB --jobs $jobs"
fi

max_runs=$runs; [ "$large_runs" -gt "$max_runs" ] && max_runs=$large_runs
echo "== measuring (${#plan[@]} measurements, up to $max_runs rounds; results in $out)"
for round in $(seq 1 "$max_runs"); do
    for entry in "${plan[@]}"; do
        IFS='|' read -r label n args <<<"$entry"
        [ "$round" -gt "$n" ] && continue
        # shellcheck disable=SC2086
        if [ "${args#py:}" != "$args" ]; then
            line="$(python3 "$here/reference-regex.py" ${args#py:})" || { echo "run.sh: '$label' failed" >&2; exit 1; }
        else
            line="$("$bin" $args)" || { echo "run.sh: '$label' failed" >&2; exit 1; }
        fi
        echo "{\"label\": \"$label\", \"round\": $round, ${line#\{}" >> "$out"
        printf '  round %d  %-28s %s\n' "$round" "$label" "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(("%.1f MB/s" % d["mbps"]) if "mbps" in d and d["bench"] in ("extract", "reference") else ("%.3f s" % d["seconds"]) if d["bench"]=="reconcile" else ("%.0f MB peak" % (d["maxrss_kib"]/1024)))' "$line")"
    done
done

python3 "$here/summarize.py" "$out" --jobs "$jobs" --corpus "$corpus" --root "$root"
