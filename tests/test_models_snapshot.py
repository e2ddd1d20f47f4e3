"""Golden-record tests: the full package emitted for seed 000, file by file.

To accept a change, read the diff first, then run:
    OASGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_models_snapshot.py
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import black
import pytest

from gen_support import ROOT, SEED000, SEED001

GOLDEN = ROOT / "tests" / "golden" / "seed000"
UPDATE = os.environ.get("OASGEN_UPDATE_GOLDEN") == "1"


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_seed000_matches_golden(seed000_package: tuple[Path, dict[str, str]]) -> None:
    _out, files = seed000_package
    if UPDATE:
        for old in GOLDEN.rglob("*"):
            if old.is_file():
                old.unlink()
        for rel, text in files.items():
            target = GOLDEN / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    golden = _tree(GOLDEN)
    assert golden, "no golden files: run with OASGEN_UPDATE_GOLDEN=1 after reading the output"
    problems = []
    for rel in sorted(set(golden) | set(files)):
        if rel not in files:
            problems.append(f"missing from output: {rel}")
        elif rel not in golden:
            problems.append(f"new file not in golden: {rel}")
        elif golden[rel] != files[rel]:
            diff = difflib.unified_diff(
                golden[rel].splitlines(keepends=True),
                files[rel].splitlines(keepends=True),
                f"golden/{rel}",
                f"output/{rel}",
            )
            problems.append("".join(list(diff)[:80]))
    assert not problems, "output differs from golden:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("spec", [SEED000, SEED001], ids=["seed000", "seed001"])
def test_every_emitted_file_is_black_stable(spec: Path) -> None:
    from generator.emit.formatter import format_files
    from generator.pipeline import Target, build_api, render_package

    files = render_package(build_api(Target(str(spec), "pkg")), "pkg")
    python = {rel: text for rel, text in files.items() if rel.endswith((".py", ".pyi"))}
    assert format_files(python) == python  # ruff leaves its own layout as it is
    unstable = [
        rel for rel, text in python.items()
        if black.format_str(text, mode=black.Mode(is_pyi=rel.endswith(".pyi"))) != text
    ]  # fmt: skip
    assert unstable == []


def test_output_is_identical_across_hash_seeds_and_folders(tmp_path: Path) -> None:
    trees = []
    for seed, cwd in (("1", tmp_path), ("4242", ROOT)):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "OASGEN_NO_CACHE": "1"}
        subprocess.run(
            [sys.executable, "-m", "generator.cli", "generate", str(SEED000), "-o", str(out), "--package", "p"],
            cwd=cwd,
            env={**env, "PYTHONPATH": str(ROOT)},
            check=True,
            capture_output=True,
        )
        trees.append(_tree(out))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 50
