"""Generate models from the pinned OpenAI spec with oasgen and with datamodel-codegen, side by side.

    python benchmarks/models.py [SPEC] [--timeout SECONDS] [--no-dmc] [--keep DIR]

Runs, one after the other, each in its own process:

1. `oasgen generate` cold: `OASGEN_CACHE_DIR` set to a new, empty folder;
2. `oasgen generate` warm: the same command again with the cache the first run left;
3. `datamodel-codegen` (Pydantic v2 models, one output file) on the same spec, with a timeout.

Every run writes into a new, empty folder. For each it prints the wall time, the peak RSS of
the process (`ru_maxrss` from `os.wait4`), the files and bytes written, and whether it
succeeded; then the ratios of datamodel-codegen to oasgen. The oasgen figures cover the whole
package it writes (models, params, client); datamodel-codegen writes models only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import compare  # the same measuring as the peer comparison (benchmarks/ is on sys.path)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "specs" / "openai-2026-08-21.yaml"
PACKAGE = "openai_bench"
OASGEN = [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main())"]
DMC = [sys.executable, "-m", "datamodel_code_generator"]


@dataclass
class Run:
    name: str
    ok: bool
    seconds: float
    peak_rss_mb: float
    files: int
    bytes: int
    note: str = ""


def measure(name: str, command: list[str], out: Path, env: dict[str, str], timeout: float, log: Path) -> Run:
    """Run `command` as a child process; its wall time, peak RSS and what it wrote to `out`."""
    sample = compare.measure(command, cwd=ROOT, env=env, out=out, timeout=timeout, log=log)
    if sample.timed_out:
        note = f"killed after the {timeout:.0f} s timeout"
    elif sample.exit_code != 0:
        note = f"exit {sample.exit_code}: {(sample.tail or [''])[-1][:160]}"
    else:
        note = ""
    return Run(name, sample.ok, sample.seconds, sample.peak_rss_mb, sample.files, sample.bytes, note)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(DEFAULT_SPEC))
    parser.add_argument("--timeout", type=float, default=600, help="seconds each run may take (default 600)")
    parser.add_argument("--no-dmc", action="store_true", help="skip datamodel-codegen")
    parser.add_argument(
        "--keep", metavar="DIR", help="keep the outputs and logs in DIR (default: a temporary folder)"
    )
    args = parser.parse_args()
    spec = Path(args.spec).resolve()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="oasgen-bench-models-"))
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("OASGEN_NO_CACHE", "OASGEN_CACHE_DIR")}
    env["OASGEN_CACHE_DIR"] = str(cache)

    runs: list[Run] = []
    try:
        for label in ("cold", "warm"):
            out = work / f"oasgen-{label}"
            shutil.rmtree(out, ignore_errors=True)
            command = [*OASGEN, "generate", str(spec), "-o", str(out), "--package", PACKAGE]
            runs.append(
                measure(
                    f"oasgen generate ({label})",
                    command,
                    out,
                    env,
                    args.timeout,
                    work / f"oasgen-{label}.log",
                )
            )
        if not args.no_dmc:
            out = work / "dmc"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            command = [
                *DMC, "--input", str(spec), "--input-file-type", "openapi",
                "--output-model-type", "pydantic_v2.BaseModel", "--output", str(out / "models.py"),
            ]  # fmt: skip
            runs.append(measure("datamodel-codegen", command, out, env, args.timeout, work / "dmc.log"))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"spec: {spec} ({spec.stat().st_size / 1e6:.1f} MB), python {sys.version.split()[0]}")
    print(f"  {'run':<28}{'ok':>4}{'wall s':>9}{'peak RSS MB':>13}{'files':>7}{'MB written':>12}")
    for r in runs:
        print(
            f"  {r.name:<28}{'yes' if r.ok else 'NO':>4}{r.seconds:>9.2f}{r.peak_rss_mb:>13.1f}"
            f"{r.files:>7}{r.bytes / 1e6:>12.2f}" + (f"  ({r.note})" if r.note else "")
        )
    by = {r.name: r for r in runs}
    cold, warm = by["oasgen generate (cold)"], by["oasgen generate (warm)"]
    if cold.ok and warm.ok:
        time_ratio, rss_ratio = warm.seconds / cold.seconds, warm.peak_rss_mb / cold.peak_rss_mb
        print(f"  oasgen warm / cold: time {time_ratio:.2f}x, RSS {rss_ratio:.2f}x")
    dmc = by.get("datamodel-codegen")
    if dmc is not None:
        for ref in (cold, warm):
            label = ref.name.split("(")[1].rstrip(")")
            time_ratio, rss_ratio = dmc.seconds / ref.seconds, dmc.peak_rss_mb / ref.peak_rss_mb
            unfinished = "" if dmc.ok else " (datamodel-codegen did not finish)"
            print(
                f"  datamodel-codegen / oasgen {label}: time {time_ratio:.2f}x, RSS {rss_ratio:.2f}x{unfinished}"
            )
    if args.keep:
        print(f"outputs and logs kept in {work}")
    return 0 if all(r.ok for r in runs if r.name.startswith("oasgen")) else 1


if __name__ == "__main__":
    sys.exit(main())
