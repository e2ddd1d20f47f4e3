"""Fuzz the generator with random OpenAPI specs for as long as you like.

    python scripts/fuzz_specs.py --examples 10000 [--seed N] [--out DIR]

The same property as tests/test_fuzz_generation.py (see tests/fuzz_support.py): each spec
drawn by tests/spec_strategies.py is generated in-process (models, client, docs, server
stubs and the scaffold); a valid spec must generate without any exception and a rejected
one must fail with the documented error it names; every emitted file must compile; the
package must import, with complete models, resolvable annotations, a reachable client and
a server app that builds; one instance per object component must round-trip.

Unlike the test, a failure does not stop the run: failures are grouped by where they
happened and what was raised, and the first spec of each group is reduced (keys, list
items and text removed while the same failure remains) and written to the output folder
with its error. At the end the figures are printed: examples run, specs by kind (rejected
ones by defect and error), what was generated, failures, examples per second, wall time.
Exit code 0 when nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from fuzz_support import EMIT_ALL, Checker, PropertyFailed  # noqa: E402
from spec_strategies import GeneratedSpec, specs  # noqa: E402


def signature(exc: BaseException) -> str:
    """Which failure this is: the stage of the property and the exception behind it."""
    if isinstance(exc, PropertyFailed):
        cause = exc.__cause__
        return (
            f"{exc.stage}: {type(cause).__name__ if cause is not None else 'property'}"
        )
    return f"crash: {type(exc).__name__}"


# -- reducing a failing spec ----------------------------------------------------------------------


def _variants(value: Any) -> Any:
    """Smaller versions of a JSON value, one change each, as (path, replacement) pairs.

    A replacement of `_DROP` removes the key or list item at that path.
    """
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, item = stack.pop(0)
        if isinstance(item, dict):
            for key in list(item):
                yield (*path, key), _DROP
            for key in list(item):
                child = item[key]
                if isinstance(child, dict) and child:
                    yield (*path, key), {}
                if isinstance(child, str) and len(child) > 1:
                    yield (*path, key), child[:1]
                stack.append(((*path, key), child))
        elif isinstance(item, list):
            for i in range(len(item)):
                yield (*path, i), _DROP
            for i, child in enumerate(item):
                stack.append(((*path, i), child))


_DROP = object()


def _apply(value: Any, path: tuple[Any, ...], replacement: Any) -> Any:
    """A copy of `value` with the change made (copies only along the path)."""
    if not path:
        return replacement
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        out = dict(value)
        if not rest and replacement is _DROP:
            del out[head]
        else:
            out[head] = _apply(value[head], rest, replacement)
        return out
    out_list = list(value)
    if not rest and replacement is _DROP:
        del out_list[head]
    else:
        out_list[head] = _apply(value[head], rest, replacement)
    return out_list


def reduce_spec(
    spec: GeneratedSpec, fails: Callable[[GeneratedSpec], bool], budget: float
) -> tuple[GeneratedSpec, int]:
    """Greedily remove what the failure does not need, for at most `budget` seconds."""
    deadline = time.monotonic() + budget
    current = spec
    tries = 0

    def attempt(candidate: GeneratedSpec) -> bool:
        nonlocal tries
        tries += 1
        return fails(candidate)

    # the naming file and other files first: often not needed at all
    for attr in ("naming", "extra_files"):
        if getattr(current, attr) and time.monotonic() < deadline:
            candidate = GeneratedSpec(
                **{**vars(current), attr: None if attr == "naming" else {}}
            )
            if attempt(candidate):
                current = candidate
    if (
        current.text is not None
        or not isinstance(current.document, dict)
        or not current.valid
    ):
        return (
            current,
            tries,
        )  # a rejected spec reduced would soon lose the very defect it is about
    progress = True
    while progress and time.monotonic() < deadline:
        progress = False
        for path, replacement in _variants(current.document):
            if time.monotonic() >= deadline:
                break
            if path in (("openapi",), ("info",), ("paths",)):
                continue
            candidate = GeneratedSpec(
                **{
                    **vars(current),
                    "document": _apply(current.document, path, replacement),
                }
            )
            if attempt(candidate):
                current = candidate
                progress = True
                break  # the paths changed: start over on the smaller document
    return current, tries


# -- the run -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--examples", type=int, default=1000, help="specs to draw (default 1000)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="hypothesis seed (default: a random one, printed)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for failing specs (default: a new temporary folder)",
    )
    parser.add_argument(
        "--rejected",
        type=float,
        default=0.1,
        help="share of specs with a defect (default 0.1)",
    )
    parser.add_argument(
        "--emit", default=",".join(EMIT_ALL), help="parts to generate (default: all)"
    )
    parser.add_argument(
        "--no-import", action="store_true", help="generate and compile only"
    )
    parser.add_argument(
        "--reduce-seconds",
        type=float,
        default=60.0,
        help="time to reduce each distinct failure (0: keep as found)",
    )
    parser.add_argument(
        "--max-saved",
        type=int,
        default=20,
        help="distinct failures to reduce and save (default 20)",
    )
    args = parser.parse_args(argv)

    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    out = args.out or Path(tempfile.mkdtemp(prefix="oasgen-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault(
        "OASGEN_CACHE_DIR", str(out / "cache")
    )  # what throwaway specs would cache
    checker = Checker(
        Path(tempfile.mkdtemp(prefix="oasgen-fuzz-work-")),
        emit=tuple(args.emit.split(",")),
        import_package=not args.no_import,
    )
    checker.run(
        GeneratedSpec(
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
        )
    )  # warm up

    kinds: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    first_failure: dict[str, tuple[GeneratedSpec, str]] = {}
    examples = 0

    @seed(run_seed)
    @settings(
        max_examples=args.examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(specs(rejected=args.rejected))
    def fuzz(spec: GeneratedSpec) -> None:
        nonlocal examples
        examples += 1
        try:
            outcome = checker.run(spec)
        except (
            Exception
        ) as exc:  # noqa: BLE001 - every failure is counted, the run goes on
            key = signature(exc)
            failures[key] += 1
            kinds[spec.kind if spec.valid else f"{spec.kind} -> failed"] += 1
            if key not in first_failure:
                first_failure[key] = (spec, "".join(traceback.format_exception(exc)))
            return
        kinds[spec.kind if spec.valid else f"{spec.kind} -> {outcome.error}"] += 1
        totals["operations"] += outcome.operations
        totals["types"] += outcome.types
        totals["files"] += outcome.files
        totals["modules imported"] += outcome.modules
        totals["instances round-tripped"] += outcome.instances
        totals["lint warnings"] += outcome.warnings
        for name, count in outcome.features.items():
            totals[name] += count

    started = time.perf_counter()
    print(
        f"fuzzing {args.examples} specs, seed {run_seed}, failures into {out}",
        flush=True,
    )
    fuzz()
    wall = time.perf_counter() - started

    saved: list[str] = []
    for n, (key, (spec, trace)) in enumerate(
        sorted(first_failure.items(), key=lambda kv: -failures[kv[0]])
    ):
        if n >= args.max_saved:
            break

        def same_failure(candidate: GeneratedSpec, key: str = key) -> bool:
            try:
                checker.run(candidate)
            except Exception as exc:  # noqa: BLE001
                return signature(exc) == key
            return False

        reduced, tries = (
            reduce_spec(spec, same_failure, args.reduce_seconds)
            if args.reduce_seconds > 0
            else (spec, 0)
        )
        folder = out / f"failure-{n + 1:02d}"
        reduced.write(folder)
        try:
            checker.run(reduced)
            error = trace
        except Exception as exc:  # noqa: BLE001
            error = "".join(traceback.format_exception(exc))
        (folder / "error.txt").write_text(
            f"{key}\nkind: {reduced.kind}\n\n{error}", encoding="utf-8"
        )
        (folder / "found.json").write_text(repr(spec), encoding="utf-8")
        saved.append(f"{key}: {failures[key]} ({folder}, reduced in {tries} tries)")

    valid = sum(c for k, c in kinds.items() if k == "valid")
    rejected = {k: c for k, c in kinds.items() if k != "valid"}
    print()
    print(f"examples run:            {examples}")
    print(f"seed:                    {run_seed}")
    print(f"valid specs:             {valid}")
    print(f"rejected specs:          {sum(rejected.values())}")
    for name, count in sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {name.removeprefix('rejected:')}: {count}")
    print("generated in total:")
    for name in (
        "operations",
        "types",
        "files",
        "modules imported",
        "instances round-tripped",
        "lint warnings",
    ):
        print(f"  {name}: {totals[name]}")
    extra = sorted(
        k
        for k in totals
        if k
        not in (
            "operations",
            "types",
            "files",
            "modules imported",
            "instances round-tripped",
            "lint warnings",
        )
    )
    if extra:
        print("  of which: " + ", ".join(f"{name} {totals[name]}" for name in extra))
    print(f"failures:                {sum(failures.values())}")
    for line in saved:
        print(f"  {line}")
    for key in failures:
        if not any(line.startswith(key + ":") for line in saved):
            print(f"  {key}: {failures[key]} (not saved)")
    print(f"examples per second:     {examples / wall:.1f}")
    print(f"wall time:               {wall:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
