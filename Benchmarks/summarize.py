#!/usr/bin/env python3
"""Prints run.sh's table from its JSON lines: medians with min-max, ratios, targets.

    python3 Benchmarks/summarize.py Benchmarks/.build/results-*.jsonl [--jobs N] [--corpus DIR] [--root DIR]
"""
import json
import os
import platform
import statistics
import subprocess
import sys


def load(path):
    by_label = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                d = json.loads(line)
                by_label.setdefault(d["label"], []).append(d)
    return by_label


def stat(rows, key):
    xs = [r[key] for r in rows]
    return statistics.median(xs), min(xs), max(xs), len(xs)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git(root, *args):
    try:
        return subprocess.run(["git", "-C", root, *args], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main(argv):
    path, jobs, corpus, root = None, os.cpu_count() or 1, "bench-corpus", "."
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--jobs":
            jobs = int(args.pop(0))
        elif a == "--corpus":
            corpus = args.pop(0)
        elif a == "--root":
            root = args.pop(0)
        else:
            path = a
    data = load(path)
    out = []
    dirty = " (uncommitted changes)" if git(root, "status", "--porcelain", "--untracked-files=no") else ""
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    out.append(f"crosscheck benchmark — commit {git(root, 'rev-parse', '--short', 'HEAD')}{dirty}")
    out.append(f"{cpu_model()}, {os.cpu_count()} cores; {swift[0] if swift else 'swift ?'}; release build")
    for size in (10, 100):
        m = os.path.join(corpus, f"{size}MB", "manifest.json")
        if os.path.exists(m) and any(f"{size}MB" in k for k in data):
            with open(m) as f:
                man = json.load(f)
            out.append(f"corpus {size} MB: {man['text_files']} text files ({man['text_bytes'] / 1e6:.1f} MB), "
                       f"{man['html_files']} HTML pages ({man['html_bytes'] / 1e6:.1f} MB), seed {man['seed']}")
    out.append("medians of n runs (fresh process each), [min–max]; MB = 10^6 bytes of input files;")
    out.append("'cores busy' = CPU time / wall time of the all-cores runs (below the core count: the machine was shared)")
    out.append("")

    def cell(label, key="mbps", fmt="{:.1f}"):
        rows = data.get(label)
        if not rows:
            return "—", None
        med, lo, hi, n = stat(rows, key)
        return f"{fmt.format(med)} [{fmt.format(lo)}–{fmt.format(hi)}] n={n}", med

    sizes = [s for s in (10, 100) if any(k.endswith(f"{s}MB j1") for k in data)]
    w = 38
    header = f"{'throughput, MB/s':<{w}}" + "".join(f"{str(s) + ' MB':<30}" for s in sizes)
    if len(sizes) == 2:
        header += "100 MB vs 10 MB"
    out.append(header)
    medians = {}
    rows_spec = [("text", "pipeline", "text: read + extract"), ("text", "extract", "text: extract only"),
                 ("html", "pipeline", "HTML: read + parse + extract")]
    for kind, mode, title in rows_spec:
        for width in (1, jobs):
            name = f"{title}, {'1 core' if width == 1 else f'{width} cores'}"
            line = f"{name:<{w}}"
            for s in sizes:
                c, med = cell(f"{kind} {mode} {s}MB j{width}")
                medians[(kind, mode, s, width)] = med
                line += f"{c:<30}"
            if len(sizes) == 2 and medians.get((kind, mode, 10, width)) and medians.get((kind, mode, 100, width)):
                line += f"{(medians[(kind, mode, 100, width)] / medians[(kind, mode, 10, width)] - 1) * 100:+.1f} %"
            out.append(line)
        line = f"{'  speed-up, ' + str(jobs) + ' cores / 1 core':<{w}}"
        for s in sizes:
            a, b = medians.get((kind, mode, s, 1)), medians.get((kind, mode, s, jobs))
            rows = data.get(f"{kind} {mode} {s}MB j{jobs}") or []
            busy = [r["cpu_seconds"] / r["seconds"] for r in rows if r.get("cpu_seconds") and r.get("seconds")]
            text = f"{b / a:.2f}×" if a and b else "—"
            if busy:
                text += f" ({statistics.median(busy):.2f} cores busy)"
            line += f"{text:<30}"
        out.append(line)
    line = f"{'reference: Python year regex, 1 core':<{w}}"
    for s in sizes:
        c, medians[("reference", s)] = cell(f"reference text {s}MB")
        line += f"{c:<30}"
    out.append(line)
    line = f"{'  text read + extract / reference':<{w}}"
    for s in sizes:
        a, b = medians.get(("text", "pipeline", s, 1)), medians.get(("reference", s))
        line += f"{(f'{a / b:.2f}×' if a and b else '—'):<30}"
    out.append(line)
    for kind, title in (("text", "text: read + ingest only, 1 core"), ("html", "HTML: read + parse only, 1 core")):
        line = f"{title:<{w}}"
        for s in sizes:
            c, _ = cell(f"{kind} ingest {s}MB j1")
            line += f"{c:<30}"
        out.append(line)
    out.append("")

    for n in (100000, 1000000):
        c, _ = cell(f"reconcile {n}", "seconds", "{:.2f}")
        if c != "—":
            rows = data[f"reconcile {n}"]
            r = rows[0]
            out.append(f"{'reconcile 10^' + str(len(str(n)) - 1) + ' claims, s':<{w}}{c:<30}"
                       f"({r['events']} events, {r['shared_events']} told by several documents, "
                       f"{r['conflicts']} conflicts)")
    for label, title in ((f"stream 100MB j{jobs}", "peak memory, streaming 100 MB, MB"),
                         (f"stream+claims 100MB j{jobs}", "  same, keeping every claim, MB"),
                         (f"stream 10MB j{jobs}", "peak memory, streaming 10 MB, MB")):
        rows = data.get(label)
        if rows:
            for r in rows:
                r["maxrss_mb"] = r["maxrss_kib"] * 1024 / 1e6
            c, _ = cell(label, "maxrss_mb", "{:.0f}")
            extra = f"({rows[0]['documents']} documents, {rows[0]['claims']} claims, {rows[0]['mbps']:.1f} MB/s)"
            out.append(f"{title:<{w}}{c:<30}{extra}")
    out.append("")

    # Targets.
    def check(ok, text):
        if ok is None:
            return
        out.append(f"  [{'ok ' if ok else 'NO '}] {text}")
    out.append("targets:")
    largest = max(sizes) if sizes else None
    t = medians.get(("text", "pipeline", largest, 1))
    check(None if t is None else t >= 30, f"text, all dimensions, 1 core ≥ 30 MB/s ({largest} MB: {t:.1f})" if t else "")
    h = medians.get(("html", "pipeline", largest, 1))
    check(None if h is None else h >= 20, f"HTML, read + parse + extract, 1 core ≥ 20 MB/s ({largest} MB: {h:.1f})" if h else "")
    if len(sizes) == 2:
        for kind, mode, title in rows_spec:
            a, b = medians.get((kind, mode, 10, 1)), medians.get((kind, mode, 100, 1))
            if a and b:
                check(abs(b / a - 1) <= 0.10, f"linear, {title}, 1 core: 100 MB within 10 % of 10 MB ({(b / a - 1) * 100:+.1f} %)")
    for kind, mode, title in rows_spec:
        a, b = medians.get((kind, mode, largest, 1)), medians.get((kind, mode, largest, jobs))
        if a and b:
            check(b / a >= 1.7, f"{title}: {jobs} cores ≥ 1.7× one core ({b / a:.2f}×)")
    rows = data.get(f"stream 100MB j{jobs}")
    if rows:
        m = statistics.median(r["maxrss_kib"] * 1024 / 1e6 for r in rows)
        check(m < 300, f"peak memory streaming 100 MB < 300 MB ({m:.0f} MB)")
    rows = data.get("reconcile 1000000")
    if rows:
        m = statistics.median(r["seconds"] for r in rows)
        check(m < 5, f"reconcile 10^6 claims < 5 s ({m:.2f} s)")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
