"""A long chain of distinct models (each holding the next) imports without hitting Python's
recursion limit: deep modules first import one further down their chain (`_preloads`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import black

from generator.emit.models import PRELOAD_DEPTH, _preloads
from gen_support import generate_into


def _chain(n: int) -> dict[str, object]:
    schemas = {}
    for i in range(n):
        props: dict[str, object] = {"v": {"type": "string"}}
        if i + 1 < n:
            props["next"] = {"$ref": f"#/components/schemas/Node{i + 1}"}
        schemas[f"Node{i}"] = {"type": "object", "properties": props}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def test_a_chain_of_600_models_imports_and_validates(tmp_path: Path) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(json.dumps(_chain(600)))
    files = generate_into(spec, tmp_path / "out", "deep", emit=("models",))
    code = (
        "import deep.types as t\n"
        "m = t.Node0.model_validate({'v': 'a', 'next': {'v': 'b', 'next': {'v': 'c'}}})\n"
        "assert m.next.next.v == 'c'\n"
        "assert t.Node599.model_validate({'v': 'z'}).v == 'z'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path / "out", capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
    first = files["deep/types/node_0.py"]
    assert 'importlib.import_module(".node_40", __package__)' in first
    assert black.format_str(first, mode=black.Mode()) == first


def test_preloads_only_for_deep_modules_and_stop_at_the_bottom() -> None:
    deps = {f"m{i}": {f"m{i + 1}"} for i in range(99)} | {"m99": set(), "side": {"m98"}}
    preload = _preloads(deps)
    assert preload["m0"] == f"m{PRELOAD_DEPTH}"
    assert f"m{99 - PRELOAD_DEPTH}" not in preload  # exactly PRELOAD_DEPTH deep: none needed
    assert preload[f"m{98 - PRELOAD_DEPTH}"] == "m98"
    assert "side" not in preload
