"""Spec text and names that try to break the generated code: it must compile, import and check."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import black
import pytest

from gen_support import ROOT, generate_into

SPEC = ROOT / "tests" / "fixtures" / "hostile" / "names-and-text.yaml"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    out = tmp_path_factory.mktemp("hostile")
    files = generate_into(SPEC, out, "hostile")
    sys.path.insert(0, str(out))
    yield out, files
    sys.path.remove(str(out))


def test_every_file_compiles_and_is_black_stable(hostile: tuple[Path, dict[str, str]]) -> None:
    _out, files = hostile
    for rel, text in files.items():
        if rel.endswith(".py"):
            compile(text, rel, "exec")
            assert black.format_str(text, mode=black.Mode()) == text, rel


def test_spec_text_is_kept_literally(hostile: tuple[Path, dict[str, str]]) -> None:
    _out, files = hostile
    model: Any = importlib.import_module("hostile.types").ClientModel
    assert model.__doc__.startswith('Ends with a quote"')
    assert "{{ jinja }} {% if %}" in model.__doc__  # not interpreted by the templates
    assert "{% raw %}" in files["hostile/resources/things.py"]


def test_awkward_field_names_round_trip(hostile: tuple[Path, dict[str, str]]) -> None:
    model: Any = importlib.import_module("hostile.types").ClientModel
    wire = {"class": "c", "1st": 1, "self": "s", "foo-bar": "a", "foo_bar": "b", "": "e", "def": "x",
            "model_config": "m", "schema": "s", "__init__": "i", "str": "t", "mode": 'with "quote"'}
    obj = model.model_validate(wire)
    assert (obj.class_, obj.field_1_st, obj.foo_bar, obj.foo_bar2, obj.def_) == ("c", 1, "b", "a", "x")
    assert obj.model_dump(by_alias=True) == wire
    assert all(not name.startswith("_") for name in model.model_fields)


def test_runtime_names_are_not_shadowed(hostile: tuple[Path, dict[str, str]]) -> None:
    types: Any = importlib.import_module("hostile.types")
    assert {"ClientModel", "BaseModelModel", "FieldModel", "StreamModel"} <= set(dir(types))
    stream = types.StreamModel.model_validate({"next": {"next": {}}})
    assert isinstance(stream.next.next, types.StreamModel)
    pkg: Any = importlib.import_module("hostile")
    assert pkg.Client is not types.ClientModel


def test_colliding_operation_and_schema_names_stay_distinct(hostile: tuple[Path, dict[str, str]]) -> None:
    types: Any = importlib.import_module("hostile.types")
    assert {"Foo", "Foo2"} <= set(dir(types)) or {"Foo", "FooModel"} <= set(dir(types))
    pkg: Any = importlib.import_module("hostile")
    things = pkg.Client(base_url="http://127.0.0.1:9").things
    assert callable(things.retrieve) and callable(things.create)


def test_hostile_package_type_checks(hostile: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    out, _files = hostile
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), "hostile"],
        cwd=out, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout
