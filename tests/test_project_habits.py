"""The project keeps the habits it asks of its users: its generator formatted and linted by
ruff and type-checked by mypy (settings in pyproject.toml), so CI fails when they slip."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it is in the test extra)")
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_generator_is_formatted_by_ruff() -> None:
    proc = run(tool("ruff"), "format", "--check", "generator")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_generator_passes_ruff_check() -> None:
    proc = run(tool("ruff"), "check", "generator")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_generator_type_checks_with_mypy() -> None:
    proc = run(tool("mypy"), "generator")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_generator_does_not_import_black() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "generator").rglob("*.py")
        if any(line.strip().startswith(("import black", "from black")) for line in p.read_text().splitlines())
    ]
    assert offenders == []
