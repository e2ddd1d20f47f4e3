"""Generated packages pass pyflakes' checks (ruff's F rules): no unused or undefined names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gen_support import ALL_PARTS, ROOT, SEED000, SEED001, generate_into

HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "names-and-text.yaml"


@pytest.mark.parametrize("spec", [SEED000, SEED001, HOSTILE], ids=["seed000", "seed001", "hostile"])
def test_generated_code_has_no_pyflakes_findings(spec: Path, tmp_path: Path) -> None:
    generate_into(spec, tmp_path, "pkg", emit=ALL_PARTS)
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F",
         "--output-format", "concise", str(tmp_path)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    assert "All checks passed" in result.stdout
