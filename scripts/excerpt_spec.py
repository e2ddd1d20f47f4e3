"""Cut an excerpt out of a public OpenAPI spec: some operations and what they refer to.

    python scripts/excerpt_spec.py SPEC "get /v1/customers" ... -o OUT.json [--note TEXT]
    python scripts/excerpt_spec.py SPEC "/user" "/user/repos:get,post" -o OUT.json

An operation is named "METHOD /path", or "/path" for all of its path's operations, or
"/path:get,patch" for some of them. Any spec oasgen reads (JSON or YAML, one file or many) in,
JSON out.

The excerpt keeps `openapi`, `info`, `servers`, the root `security` and `components.securitySchemes`,
the named operations (with their path item's parameters) and every component they reach
through `$ref`s, transitively. A spec kept in many files is bundled into one document first.
`--success-only` keeps only the 2xx responses; `--drop PROPERTY` (repeatable) removes a property of every schema before the closure is taken, to
keep an excerpt small where a huge schema hangs off one field; `--note` is written under
`info.x-excerpt`, with the source and the operations kept, so the excerpt says where it comes
from. Test fixtures of real APIs are made so (tests/fixtures/pagination/).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.load.bundle import bundle  # noqa: E402
from generator.load.loader import load_spec  # noqa: E402


def _refs(value: Any) -> list[str]:
    out: list[str] = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            ref = v.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                out.append(ref)
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return out


def _drop(value: Any, names: set[str]) -> None:
    if isinstance(value, dict):
        props = value.get("properties")
        if isinstance(props, dict) and value.get("type", "object") == "object":
            for name in names & set(props):
                del props[name]
            if isinstance(value.get("required"), list):
                value["required"] = [r for r in value["required"] if r not in names]
        for v in value.values():
            _drop(v, names)
    elif isinstance(value, list):
        for v in value:
            _drop(v, names)


METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _selected(doc: dict[str, Any], operations: list[str]) -> list[tuple[str, str]]:
    """(path, method) of each operation named "get /path", "/path" or "/path:get,patch"."""
    out: list[tuple[str, str]] = []
    for name in operations:
        if not name.startswith("/"):
            method, _, path = name.partition(" ")
            out.append((path, method.lower()))
            continue
        path, _, methods = name.partition(":")
        wanted = methods.split(",") if methods else METHODS
        out += [(path, m) for m in METHODS if m in wanted and m in doc["paths"][path]]
    return out


def excerpt(
    doc: dict[str, Any], operations: list[str], drop: set[str], success_only: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {k: doc[k] for k in ("openapi", "info", "servers", "security") if k in doc}
    out["info"] = dict(out.get("info") or {})
    paths: dict[str, Any] = {}
    for path, method in _selected(doc, operations):
        item = doc["paths"][path]
        kept = paths.setdefault(path, {k: v for k, v in item.items() if k in ("parameters", "servers")})
        op = dict(item[method])
        if success_only:  # error bodies can pull in half of a large spec (Stripe's `error`)
            op["responses"] = {k: v for k, v in op["responses"].items() if str(k).startswith("2")}
        kept[method] = op
    out["paths"] = paths
    components = doc.get("components") or {}
    _drop(out["paths"], drop)
    kept_components: dict[str, dict[str, Any]] = {}
    if "securitySchemes" in components:
        kept_components["securitySchemes"] = components["securitySchemes"]
    todo = _refs(out["paths"])
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        _, _, section, name = ref.split("/", 3)
        value = components[section][name.replace("~1", "/").replace("~0", "~")]
        _drop(value, drop)
        kept_components.setdefault(section, {})[name] = value
        todo.extend(_refs(value))
    out["components"] = {k: dict(sorted(v.items())) for k, v in kept_components.items()}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec")
    parser.add_argument("operations", nargs="+", help='"get /path", "/path" or "/path:get,patch"')
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--note", default="")
    parser.add_argument("--drop", action="append", default=[])
    parser.add_argument("--success-only", action="store_true", help="keep only 2xx responses")
    args = parser.parse_args()
    doc = bundle(load_spec(args.spec)).document
    result = excerpt(doc, args.operations, set(args.drop), args.success_only)
    result["info"]["x-excerpt"] = {
        "source": args.note or Path(args.spec).name,
        "operations": args.operations,
        "dropped-properties": sorted(args.drop),
        "responses": "2xx only" if args.success_only else "all",
    }
    Path(args.output).write_text(json.dumps(result, indent=1, sort_keys=False) + "\n")
    print(f"{args.output}: {Path(args.output).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
