"""Every string a spec gives reaches the generated code exactly, whatever its characters.

Enum and const values, defaults, wire names (aliases), paths, header and query names and
server URLs are data: a character lost or changed on the way (a NEL read as a line break,
a control character cleaned like docstring text) makes the generated code send or accept
something else. Each awkward character is put at both ends of every such string; the
package is generated (models, client, server stubs), the string constants of every module
are read back with `ast`, and the models validate and dump the wire values unchanged.
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import Target, build_api, render_package
from generator.workflow.writer import write

#: Line breaks to YAML 1.1 or to str.splitlines, controls, invisibles, noncharacters,
#: quotes and what templates or format strings would read.
CHARACTERS = {
    "NEL": "\x85",
    "LS": "\u2028",
    "PS": "\u2029",
    "NUL": "\x00",
    "BOM": "\ufeff",
    "CR": "\r",
    "LF": "\n",
    "CRLF": "\r\n",
    "TAB": "\t",
    "VT": "\x0b",
    "FF": "\x0c",
    "FS": "\x1c",
    "RS": "\x1e",
    "ESC": "\x1b",
    "DEL": "\x7f",
    "PAD": "\x80",
    "APC": "\x9f",
    "NBSP": "\xa0",
    "SHY": "\xad",
    "ZWSP": "\u200b",
    "RLO": "\u202e",
    "U+FFFE": "\ufffe",
    "U+FFFF": "\uffff",
    "U+10FFFF": "\U0010ffff",
    "emoji": "\U0001f389",
    "backslash": "\\",
    "quote": '"',
    "apostrophe": "'",
    "percent": "%",
    "jinja": "{{ x }}{%",
}


def document(c: str) -> dict[str, Any]:
    value = f"{c}v{c}"
    wire = f"{c}w{c}"
    path_c = c.replace("{", "").replace("}", "")  # braces in a path are its variables
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": f"http://127.0.0.1:9/b{path_c}s"}],
        "paths": {
            f"/p{path_c}a/{{id}}": {
                "post": {
                    "operationId": "send",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": f"q{c}n", "in": "query", "schema": {"type": "string", "enum": [value]}},
                        {"name": f"X-H{c}", "in": "header", "schema": {"type": "string", "default": value}},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": [wire],
                    "properties": {
                        wire: {"type": "string", "enum": [value, "plain"]},
                        "konst": {"const": value},
                        "dflt": {"type": "string", "enum": [value], "default": value},
                    },
                },
            }
        },
    }


def block_yaml(value: Any, indent: str = "") -> str:
    """`value` as block-style YAML whose strings are JSON strings (valid double-quoted YAML),
    characters outside JSON's escapes written as they are."""

    def scalar(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False)

    lines: list[str] = []
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, v in items:
        head = f"{indent}{scalar(key)}:" if isinstance(value, dict) else f"{indent}-"
        if isinstance(v, (dict, list)) and v:
            lines.append(head + "\n" + block_yaml(v, indent + "  "))
        else:
            lines.append(f"{head} {scalar(v)}\n")
    return "".join(lines)


WRITERS = {
    "json": lambda doc: json.dumps(doc, ensure_ascii=False, indent=1),
    "json-escaped": lambda doc: json.dumps(doc, indent=1),
    "yaml": block_yaml,
}


def string_constants(files: dict[str, str]) -> set[str]:
    """Every string constant in the generated Python (f-string parts included)."""
    found: set[str] = set()
    for rel, text in files.items():
        if rel.endswith((".py", ".pyi")):
            for node in ast.walk(ast.parse(text, rel)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    return found


@pytest.mark.parametrize("written", list(WRITERS))
@pytest.mark.parametrize("name", list(CHARACTERS))
def test_spec_strings_reach_the_generated_code_exactly(name: str, written: str, tmp_path: Path) -> None:
    c = CHARACTERS[name]
    doc = document(c)
    spec = tmp_path / ("spec.yaml" if written == "yaml" else "spec.json")
    spec.write_text(WRITERS[written](doc), encoding="utf-8")
    package = f"literal_{written.replace('-', '_')}_{list(CHARACTERS).index(name)}"
    api = build_api(Target(str(spec), package))
    files = render_package(api, package, emit=("models", "client", "stubs"))
    write(tmp_path / "out", files)

    value, wire = f"{c}v{c}", f"{c}w{c}"
    path_c = c.replace("{", "").replace("}", "")
    constants = string_constants(files)
    for text in (value, wire, f"q{c}n", f"X-H{c}", f"http://127.0.0.1:9/b{path_c}s", f"/p{path_c}a/"):
        assert text in constants, (text, sorted(t for t in constants if c in t))

    sys.path.insert(0, str(tmp_path / "out"))
    try:
        types: Any = importlib.import_module(f"{package}.types")
        thing = types.Thing
        fields = thing.model_fields
        field_name = next(n for n, f in fields.items() if f.alias == wire)
        assert set(typing.get_args(fields[field_name].annotation)) == {value, "plain"}
        obj = thing.model_validate({wire: value, "konst": value})
        assert obj.model_dump(by_alias=True, exclude_unset=True) == {wire: value, "konst": value}
        assert obj.dflt == value  # the default, unchanged
        assert thing.model_validate_json(json.dumps({wire: value})).model_dump(by_alias=True)[wire] == value
        with pytest.raises(ValueError):
            thing.model_validate({wire: value.strip() + " " if value.strip() else "x"})
        params: Any = importlib.import_module(f"{package}.types.thing_param")
        assert wire in typing.get_type_hints(params.ThingParam)
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[module]
