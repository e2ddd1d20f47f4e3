"""Shared fixtures: the project root, generated packages (built once per session)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
SEED001 = ROOT / "tests" / "fixtures" / "seed001-resolved.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"


def generate_into(spec: Path, out: Path, package: str) -> dict[str, str]:
    from generator.pipeline import Target, build_api, render_package
    from generator.writer import write

    files = render_package(build_api(Target(str(spec), package)), package)
    write(out, files)
    return files


@pytest.fixture(scope="session")
def seed000_package(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Seed 000's generated package, importable as `seed000_client`."""
    out = tmp_path_factory.mktemp("seed000")
    files = generate_into(SEED000, out, "seed000_client")
    sys.path.insert(0, str(out))
    yield out, files
    sys.path.remove(str(out))
