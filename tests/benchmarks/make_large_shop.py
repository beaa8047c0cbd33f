"""Generate the large reference shop that the benchmarks run against.

    python tests/benchmarks/make_large_shop.py OUT.db [--scale small|large] [--seed N]
                                         [--today YYYY-MM-DD]

Prints a simple progress line, then the row counts, the elapsed time and the peak
resident memory of this process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows has no getrusage; the peak memory line is skipped there
    resource = None

# Run from a checkout without installing: make the repository importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shopkeeper.services.demo import SCALES, generate_demo  # noqa: E402
from shopkeeper.store import open_db  # noqa: E402


def peak_rss_mib() -> int | None:
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak // (1024 * 1024) if sys.platform == "darwin" else peak // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the large demo shop for benchmarks.")
    parser.add_argument("out", type=Path, help="new shop file to write")
    parser.add_argument("--scale", choices=SCALES, default="large")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="last day of the order history (default: today)",
    )
    args = parser.parse_args(argv)
    if args.out.exists() and args.out.stat().st_size > 0:
        print(f"{args.out} already exists; give a new file name.", file=sys.stderr)
        return 2

    shown = [-1, ""]

    def progress(done: int, total: int, step: str) -> None:
        percent = done * 100 // max(1, total)
        if percent != shown[0] or step != shown[1]:
            shown[:] = [percent, step]
            print(f"\r{percent:3d}%  {step:<40}", end="", flush=True)

    started = time.perf_counter()
    db = open_db(args.out)
    try:
        summary = generate_demo(
            db, scale=args.scale, seed=args.seed, today=args.today, progress=progress
        )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    elapsed = time.perf_counter() - started
    print()
    for name, value in vars(summary).items():
        print(f"{name:>16}: {value:,}")
    print(f"{'elapsed':>16}: {elapsed:.1f} s")
    peak = peak_rss_mib()
    if peak is not None:
        print(f"{'peak RSS':>16}: {peak} MiB")
    print(f"{'file size':>16}: {args.out.stat().st_size // (1024 * 1024)} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
