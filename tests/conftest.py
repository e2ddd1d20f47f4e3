"""Shared fixtures: the project root, generated packages (built once per session)."""

from __future__ import annotations

import sys

import pytest

from gen_support import ALL_PARTS, SEED000, SEED000_NAMING, generate_into


@pytest.fixture(scope="session")
def seed000_package(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Seed 000's generated package, importable as `seed000_client`."""
    out = tmp_path_factory.mktemp("seed000")
    files = generate_into(SEED000, out, "seed000_client", naming=SEED000_NAMING, emit=ALL_PARTS)
    sys.path.insert(0, str(out))
    yield out, files
    sys.path.remove(str(out))
