"""Shared fixtures (generated packages, built once per session) and the test groups' markers.

`pytest -m "not slow"` is the quick loop. A test is put in a slow group by its file (the table
below) or by what its own code runs (mypy or pyright on generated code); every group is `slow`.
"""

from __future__ import annotations

import inspect
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


#: Files whose every test belongs to a slow group.
SLOW_FILES: dict[str, tuple[str, ...]] = {
    "test_prism_examples.py": ("prism",),
    "test_prism_openai.py": ("prism",),
    "test_prism_seed000.py": ("prism",),
    "test_editor_view.py": ("prism", "pyright"),
    "test_server_schemathesis.py": ("schemathesis",),
    "test_distribution.py": ("venv",),
}

#: Words in a test's own source that put it in a slow group.
SLOW_CALLS: dict[str, str] = {"mypy": "mypy", "pyright": "pyright", "uvicorn": "server"}


def _groups(item: pytest.Item) -> set[str]:
    groups = set(SLOW_FILES.get(item.path.name, ()))
    function = getattr(item, "function", None)
    if function is not None:
        try:
            source = inspect.getsource(function)
        except (OSError, TypeError):
            source = ""
        groups.update(group for word, group in SLOW_CALLS.items() if word in source)
    groups.update(mark.name for mark in item.iter_markers() if mark.name in SLOW_CALLS.values())
    return groups


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        groups = _groups(item)
        for group in sorted(groups):
            item.add_marker(getattr(pytest.mark, group))
        if groups:
            item.add_marker(pytest.mark.slow)
