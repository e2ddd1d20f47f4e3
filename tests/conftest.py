"""Shared fixtures (generated packages, built once per session) and the test groups' markers.

`pytest -m "not slow"` is the quick loop. A test is put in a slow group by its file (the table
below) or by what its own code runs (mypy or pyright on generated code); every group is `slow`.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gen_support import ALL_PARTS, SEED000, SEED000_NAMING, generate_into

from generator.ir import Api


@pytest.fixture(scope="session")
def seed000_package(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Seed 000's generated package, importable as `seed000_client`."""
    out = tmp_path_factory.mktemp("seed000")
    files = generate_into(SEED000, out, "seed000_client", naming=SEED000_NAMING, emit=ALL_PARTS)
    sys.path.insert(0, str(out))
    yield out, files
    sys.path.remove(str(out))



def _spec_file(folder: Path, spec: Any) -> Path:
    """A spec given as a path, as YAML text or as a document, as a file in `folder`."""
    if isinstance(spec, Path):
        return spec
    path = folder / ("spec.json" if isinstance(spec, dict) else "spec.yaml")
    text = json.dumps(spec, indent=1, default=str) if isinstance(spec, dict) else spec
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def api_of(tmp_path: Path) -> Callable[..., Api]:
    """Spec (a path, YAML text or a document) -> IR, the way every command gets it
    (`pipeline.spec_to_api`); `naming` is a naming file's path."""
    from generator.normalize.naming_file import load_naming
    from generator.pipeline import spec_to_api

    def build(spec: Any, *, naming: Path | None = None) -> Api:
        overrides = load_naming(naming) if naming is not None else None
        return spec_to_api(_spec_file(tmp_path, spec), naming=overrides)

    return build


@pytest.fixture
def generated_package(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Spec -> a generated package written under tmp_path and importable by its name for the
    test's duration; returns the output folder."""
    added: list[str] = []
    packages: list[str] = []

    def generate(spec: Any, package: str, *, emit: tuple[str, ...] = ("models", "client"), naming: Path | None = None) -> Path:
        out = tmp_path / f"out-{package}"
        generate_into(_spec_file(tmp_path, spec), out, package, naming=naming, emit=emit)
        sys.path.insert(0, str(out))
        added.append(str(out))
        packages.append(package)
        return out

    yield generate
    for folder in added:
        sys.path.remove(folder)
    for name in [m for m in sys.modules if m.split(".")[0] in packages]:
        del sys.modules[name]


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
