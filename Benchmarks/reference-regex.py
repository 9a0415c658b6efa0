#!/usr/bin/env python3
"""The reference run.sh measures beside crosscheck, in the same rounds: one compiled Python
regular expression for years, over the same files, read the same way (bytes, decoded as UTF-8).

It does a tiny fraction of crosscheck's work (one pattern, one dimension, no normalisation),
so it is not a competitor but a yardstick: machines differ from session to session, and the
ratio of crosscheck's throughput to this one compares across machines where MB/s does not.

    python3 Benchmarks/reference-regex.py CORPUS/10MB --kind text|html

Prints one JSON line like crosscheck-bench's (mbps, seconds, cpu_seconds)."""
import json
import os
import re
import sys
import time

YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def main(argv):
    folder, kind = argv[0], "text"
    if "--kind" in argv:
        kind = argv[argv.index("--kind") + 1]
    sub = os.path.join(folder, kind)
    ext = ".html" if kind == "html" else ".txt"
    paths = sorted(os.path.join(sub, n) for n in os.listdir(sub) if n.endswith(ext))
    size = sum(os.path.getsize(p) for p in paths)
    wall, cpu = time.perf_counter(), time.process_time()
    years = 0
    for p in paths:
        with open(p, "rb") as f:
            years += len(YEAR.findall(f.read().decode("utf-8", errors="replace")))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if years == 0:
        sys.exit("reference-regex.py: no year found: wrong folder?")
    print(json.dumps({"bench": "reference", "kind": kind, "files": len(paths), "bytes": size, "matches": years,
                      "seconds": round(wall, 6), "cpu_seconds": round(cpu, 6), "mbps": round(size / 1e6 / wall, 6)}))


if __name__ == "__main__":
    main(sys.argv[1:])
