"""Golden-record test of the IR for seed 000: `oasgen inspect --json` against a committed file.

The golden file is tests/golden/ir/seed000.json. When the IR changes on purpose, read the
diff this test prints, then rewrite the golden file with:

    OASGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_ir_snapshot.py

and read the new file before committing it.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = "specs/seed000-create-thread-and-run.yaml"  # relative: the IR records sources as given
GOLDEN = ROOT / "tests" / "golden" / "ir" / "seed000.json"
UPDATE = os.environ.get("OASGEN_UPDATE_GOLDEN") == "1"
MAX_DIFF_LINES = 200


def inspect_json() -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "inspect", "--json", SPEC],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_seed000_ir_matches_golden() -> None:
    actual = inspect_json()
    if UPDATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
        pytest.skip(f"golden file rewritten: {GOLDEN.relative_to(ROOT)}")
    assert GOLDEN.is_file(), f"no golden file; create it with OASGEN_UPDATE_GOLDEN=1 ({GOLDEN})"
    expected = GOLDEN.read_text(encoding="utf-8")
    if actual != expected:
        diff = list(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                fromfile=str(GOLDEN.relative_to(ROOT)),
                tofile=f"oasgen inspect --json {SPEC}",
                lineterm="",
            )
        )
        shown = "\n".join(diff[:MAX_DIFF_LINES])
        more = f"\n... {len(diff) - MAX_DIFF_LINES} more diff lines" if len(diff) > MAX_DIFF_LINES else ""
        pytest.fail(
            f"the IR of {SPEC} changed (accept with OASGEN_UPDATE_GOLDEN=1 after reading the diff):\n{shown}{more}",
            pytrace=False,
        )


def test_golden_is_the_ir_of_seed000() -> None:
    """The golden file itself is sane: one operation, every component, sources relative."""
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert data["openapi"] == "3.0.0" and data["title"] == "OpenAI API"
    assert [o["id"] for o in data["operations"]] == ["createThreadAndRun"]
    ids = {t["id"] for t in data["types"]}
    assert "#/components/schemas/CreateThreadAndRunRequest" in ids
    assert sum(1 for i in ids if i.count("/") == 3) == 27
    assert all(t["source"].startswith(SPEC + "#/") for t in data["types"])
    names = [t["name"] for t in data["types"]]
    assert names == sorted(names) and len(set(names)) == len(names)
