"""Cut an excerpt out of a large public spec: the paths asked for, and every component they
refer to (followed through `$ref`s), with the spec's `openapi`, `info`, `servers` and security
schemes. Tests keep such excerpts under `tests/fixtures/` so they need no download.

    python scripts/trim_spec.py SPEC OUT.json "/user" "/repos/{owner}/{repo}/readme" ...
    python scripts/trim_spec.py SPEC OUT.json "/user:get,patch"     # only these methods
    python scripts/trim_spec.py --success-only SPEC OUT.json ...      # 2xx responses only

Any spec oasgen reads (JSON or YAML, one file or many) in, JSON out, sorted keys.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.load.bundle import bundle
from generator.load.loader import load_spec

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _refs(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            out.add(ref)
        for value in node.values():
            _refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _refs(value, out)


def _at(doc: Any, pointer: str) -> Any:
    for token in pointer.lstrip("#/").split("/"):
        doc = doc[token.replace("~1", "/").replace("~0", "~")]
    return doc


def trim(spec: dict[str, Any], wanted: list[str], success_only: bool = False) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for entry in wanted:
        path, _, methods = entry.partition(":")
        item = dict(spec["paths"][path])
        if methods:
            keep = set(methods.split(","))
            item = {k: v for k, v in item.items() if k not in METHODS or k in keep}
        if success_only:  # error bodies can pull in half of a large spec (Stripe's `error`)
            item = {
                k: {
                    **v,
                    "responses": {
                        c: r for c, r in v["responses"].items() if str(c).startswith("2")
                    },
                }
                if k in METHODS and isinstance(v, dict) and "responses" in v
                else v
                for k, v in item.items()
            }
        paths[path] = item
    out: dict[str, Any] = {k: spec[k] for k in ("openapi", "info", "servers") if k in spec}
    out["paths"] = paths
    schemes = spec.get("components", {}).get("securitySchemes")
    components: dict[str, dict[str, Any]] = {"securitySchemes": schemes} if schemes else {}
    seen: set[str] = set()
    todo: set[str] = set()
    _refs(paths, todo)
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        target = _at(spec, ref)
        _, _, kind, name = ref.split("/", 3)
        components.setdefault(kind, {})[name.replace("~1", "/")] = target
        _refs(target, todo)
    if components:
        out["components"] = {k: dict(sorted(v.items())) for k, v in sorted(components.items())}
    if "security" in spec:
        out["security"] = spec["security"]
    return out


def main() -> int:
    args = sys.argv[1:]
    success_only = "--success-only" in args
    source, target, *wanted = [a for a in args if a != "--success-only"]
    spec = bundle(load_spec(source)).document  # a spec in many files, as one document
    Path(target).write_text(
        json.dumps(trim(spec, wanted, success_only), indent=1, sort_keys=True) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
