"""Time each phase of reading the pinned OpenAI spec: parse, ref check, validation, normalize.

    python benchmarks/load.py [SPEC] [--repeat N] [--no-validate]

Prints the wall time of every phase and the peak RSS. Validation runs twice with a fresh,
temporary cache folder: once uncached (the validator itself, ~10 s) and once cached.
The target is load (parse + ref check) + normalize <= 1.5 s for the 2026 OpenAI spec.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.load import loader  # noqa: E402
from generator.normalize.normalizer import normalize  # noqa: E402

DEFAULT_SPEC = ROOT / "specs" / "openai-2026-08-21.yaml"
TARGET_SECONDS = 1.5


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def one_run(path: Path) -> dict[str, float]:
    """Phases of `load_spec` and `normalize`, timed separately."""
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    text = loader._read_text(path, str(path))
    data = loader.parse_document(text, str(path))
    loader.check_version(data, str(path))
    t1 = time.perf_counter()
    spec = loader.Spec(root_doc=path.name, root_dir=path.resolve().parent, display_dir=str(path.parent))
    spec.documents[path.name] = data
    spec.version = str(data.get("openapi"))
    loader._load_references(spec, allow_remote=False)
    t2 = time.perf_counter()
    normalize(spec)
    t3 = time.perf_counter()
    times["parse"] = t1 - t0
    times["ref check"] = t2 - t1
    times["normalize"] = t3 - t2
    times["load + normalize"] = t3 - t0
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(DEFAULT_SPEC))
    parser.add_argument("--repeat", type=int, default=3, help="runs of load + normalize (best kept)")
    parser.add_argument("--no-validate", action="store_true", help="skip the (slow) validation phases")
    args = parser.parse_args()
    path = Path(args.spec)

    # the public entry points, once, cold (as `oasgen inspect` runs them)
    t0 = time.perf_counter()
    spec = loader.load_spec(path)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    normalize(spec)
    first_normalize = time.perf_counter() - t0

    runs = [one_run(path) for _ in range(max(1, args.repeat))]
    best = {k: min(r[k] for r in runs) for k in runs[0]}

    print(f"spec: {path} ({path.stat().st_size / 1e6:.1f} MB), {args.repeat} run(s), best of each phase")
    print(f"  {'cold load_spec':<26}{first:8.3f} s")
    print(f"  {'cold normalize':<26}{first_normalize:8.3f} s")
    for key in ("parse", "ref check", "normalize"):
        print(f"  {key:<26}{best[key]:8.3f} s")

    if not args.no_validate:
        from generator import validate

        with tempfile.TemporaryDirectory(prefix="oasgen-bench-cache-") as cache:
            os.environ["OASGEN_CACHE_DIR"] = cache
            os.environ.pop("OASGEN_NO_CACHE", None)
            t0 = time.perf_counter()
            problems = validate.validate_spec(spec)
            uncached = time.perf_counter() - t0
            t0 = time.perf_counter()
            validate.validate_spec(spec)
            cached = time.perf_counter() - t0
        print(f"  {'validation (uncached)':<26}{uncached:8.3f} s  ({len(problems)} finding(s))")
        print(f"  {'validation (cached)':<26}{cached:8.3f} s")

    total = best["load + normalize"]
    verdict = "ok" if total <= TARGET_SECONDS else "over target"
    print(f"  {'load + normalize':<26}{total:8.3f} s  (target <= {TARGET_SECONDS} s: {verdict})")
    print(f"  {'peak RSS':<26}{peak_rss_mb():8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
