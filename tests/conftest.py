"""Shared fixtures (generated packages, built once per session) and the test groups' markers.

`pytest -m "not slow"` is the quick loop. A test is put in a slow group by its file, its name
or a fixture it takes (the tables below), or by what its own code runs (mypy or pyright on
generated code); every group is `slow`.
A parametrized test of `SAMPLED_TESTS` keeps a covering sample in the quick loop (each value of
each parameter at least once); its other combinations are the `cases` group.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from gen_support import ALL_PARTS, SEED000, SEED000_NAMING, generate_into, import_generated

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
def package_of(tmp_path: Path) -> Iterator[Callable[..., ModuleType]]:
    """Spec (a path, YAML text or a document) -> its generated package, imported; `settings`
    are the target's (naming, emit, auth, requests, pagination...). The package leaves
    sys.path and sys.modules after the test."""
    made: list[str] = []

    def build(spec: Any, package: str = "client", **settings: Any) -> ModuleType:
        out = tmp_path / "out" / package
        generate_into(_spec_file(tmp_path, spec), out, package, **settings)
        made.append(package)
        return import_generated(out, package)

    yield build
    for package in made:
        sys.path.remove(str(tmp_path / "out" / package))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


#: Files whose every test belongs to a slow group.
SLOW_FILES: dict[str, tuple[str, ...]] = {
    "test_prism_examples.py": ("prism",),
    "test_prism_openai.py": ("prism",),
    "test_prism_seed000.py": ("prism",),
    "test_editor_view.py": ("prism", "pyright"),
    "test_server_schemathesis.py": ("schemathesis",),
    "test_distribution.py": ("venv",),
    "test_fuzz_generation.py": ("fuzz",),
    "test_routes_openai.py": ("openai",),
    "test_server_docs.py": ("openai",),
    "test_openai_client.py": ("openai",),
    "test_models_examples.py": ("openai",),
    "test_literal_text.py": ("generation",),
    "test_hostile_generation.py": ("generation",),
    "test_deep_chains.py": ("generation",),
    "test_determinism.py": ("openai",),
    "test_server_request_bodies.py": ("server", "openai"),
    "test_server_streaming.py": ("server", "openai"),
    "test_adversarial.py": ("adversarial",),
}

#: Single tests that build the whole OpenAI package or IR several times over.
SLOW_TESTS: dict[str, str] = {
    "test_openai_names_survive_unrelated_changes_to_the_spec": "openai",
    "test_any_client_documented_as_a_reference_is_named_again_from_it": "openai",
    "test_the_openai_naming_file_is_what_the_reference_gives": "openai",
    "test_same_input_same_ir_in_process": "openai",
    "test_same_input_same_ir_across_hash_seeds": "openai",
    "test_upstream_specs_load_and_normalise": "openai",
    "test_every_emitted_file_is_black_stable": "generation",
    "test_fixed_paths_win_over_templated_ones": "openai",
    "test_openai_webhooks_enter_the_ir_with_typed_payloads_and_a_union": "openai",
    "test_openai_check_with_nothing_changed_is_fast": "openai",
    "test_create_thread_and_run_streams_assistant_stream_events": "server",
    "test_create_and_run_documents_every_parameter": "openai",
}

#: Fixtures that build (or import) the whole OpenAI IR or package: a test taking one is in the
#: `openai` group.
SLOW_FIXTURES: dict[str, str] = {
    "openai_2026": "openai",  # test_normalizer_specs.py
    "upstream_diff": "openai",  # test_diff.py: the 2024 and 2026 IRs
    "openai_clients": "openai",  # test_sdk_reference.py: the generated client, imported
}

#: Parametrized tests whose every combination runs a fresh interpreter or a deep document: the
#: quick loop runs a covering sample of them.
SAMPLED_TESTS = frozenset(
    {
        "test_deep_nesting_is_the_same_located_error_through_every_command",
        "test_bad_input_exits_2_with_a_located_message",
        "test_deep_nesting_is_one_located_error_whatever_the_yaml_library",
    }
)

#: Words in a test's own source that put it in a slow group.
SLOW_CALLS: dict[str, str] = {"mypy": "mypy", "pyright": "pyright", "uvicorn": "server"}


#: Every slow group (a test marked with one of these by hand is slow too).
GROUPS = frozenset(
    {
        "prism", "pyright", "mypy", "schemathesis", "venv", "server", "fuzz", "openai",
        "generation", "adversarial", "cases",
    }  # fmt: skip
)


def _groups(item: pytest.Item) -> set[str]:
    groups = set(SLOW_FILES.get(item.path.name, ()))
    name = getattr(item, "originalname", None) or item.name
    if name in SLOW_TESTS:
        groups.add(SLOW_TESTS[name])
    fixtures = getattr(item, "fixturenames", ())
    groups.update(group for fixture, group in SLOW_FIXTURES.items() if fixture in fixtures)
    function = getattr(item, "function", None)
    if function is not None:
        try:
            source = inspect.getsource(function)
        except (OSError, TypeError):
            source = ""
        groups.update(group for word, group in SLOW_CALLS.items() if word in source)
    groups.update(mark.name for mark in item.iter_markers() if mark.name in GROUPS)
    return groups


def _beyond_the_sample(items: list[pytest.Item]) -> set[str]:
    """The node ids of the `SAMPLED_TESTS` combinations left out of the quick loop: in
    collection order, a combination stays when it brings a parameter value not seen yet."""
    seen: set[tuple[str, str, str]] = set()
    out: set[str] = set()
    for item in items:
        name = getattr(item, "originalname", None) or item.name
        callspec = getattr(item, "callspec", None)
        if name not in SAMPLED_TESTS or callspec is None:
            continue
        pairs = {(name, key, repr(value)) for key, value in callspec.params.items()}
        if pairs <= seen:
            out.add(item.nodeid)
        seen |= pairs
    return out


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    beyond = _beyond_the_sample(items)
    for item in items:
        groups = _groups(item)
        if item.nodeid in beyond:
            groups.add("cases")
        for group in sorted(groups):
            item.add_marker(getattr(pytest.mark, group))
        if groups:
            item.add_marker(pytest.mark.slow)
