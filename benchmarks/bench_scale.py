"""How `briefgen notes` grows with the corpus: 100, 1,000, 10,000 generated news-like sources.

For each size: a fresh workspace with the generated corpus (benchmarks/corpus.py),
then `briefgen notes` three times as a user runs it (a separate process each):
cold (nothing cached), no change, and after one source changed. Prints JSON with
seconds, CPU seconds (user + system, workers included), peak memory (largest process, MB), sources, MB of text and notes made,
and the growth factor of the cold time from one size to the next.

Run: python benchmarks/bench_scale.py [SIZES...]   (default: 100 1000 10000)
Targets (issue 4): 1,000 sources cold < 30 s; 10,000 < 300 s and < 4 GB; no change < 1 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402


def run(workspace: Path, *args: str) -> tuple[float, float, str, float]:
    """Seconds, peak RSS in MB of the largest process, stdout, and CPU seconds (user + system,
    workers included: less disturbed than wall time by other load) of one briefgen command."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "briefgen", *args, "-w", str(workspace)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate()
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"briefgen {' '.join(args)} failed: {err.strip()}")
    # ru_maxrss of all waited-for children: the largest single process so far (sizes only grow).
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, after.ru_maxrss / 1024, out.strip(), cpu


def measure(size: int, root: Path) -> dict[str, object]:
    workspace = root / f"ws-{size}"
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(workspace)], check=True, capture_output=True)
    total = write_corpus(workspace / "sources", size)
    cold, peak, said, cold_cpu = run(workspace, "notes")
    unchanged, _, said_again, unchanged_cpu = run(workspace, "notes")
    first = sorted((workspace / "sources").glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nOfficials said on Friday that talks would resume "
                     "next month after a pause of several weeks.\n", encoding="utf-8")
    one_changed, _, _, one_changed_cpu = run(workspace, "notes")
    return {
        "sources": size,
        "text_mb": round(total / 1e6, 2),
        "cold_s": round(cold, 2),
        "no_change_s": round(unchanged, 2),
        "one_changed_s": round(one_changed, 2),
        "cold_cpu_s": round(cold_cpu, 2),
        "no_change_cpu_s": round(unchanged_cpu, 2),
        "one_changed_cpu_s": round(one_changed_cpu, 2),
        "peak_rss_mb": round(peak),
        "notes": said,
        "no_change_said": said_again,
    }


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    if not all(arg.isdigit() for arg in sys.argv[1:]):
        raise SystemExit("bench_scale.py: give corpus sizes as whole numbers (e.g. 1000); see --help")
    sizes = [int(arg) for arg in sys.argv[1:]] or [100, 1000, 10000]
    print(f"cores: {len(os.sched_getaffinity(0))}", file=sys.stderr)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            result = measure(size, Path(tmp))
            if results:
                previous = results[-1]
                result["cold_growth_vs_previous"] = round(float(result["cold_s"]) / float(previous["cold_s"]), 2)
            results.append(result)
            print(json.dumps(result), file=sys.stderr)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
