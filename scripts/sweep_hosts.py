"""Where each spec's operations are sent, and the constructor arguments its servers become.

    python scripts/sweep_hosts.py SPEC [SPEC ...] [--json]

For each spec: the base URL, every other host (the name `base_urls` overrides it by, its URL
and how many operations go there), each server variable (its argument, default and allowed
values), the operations declaring an `Idempotency-Key` header, and the form and query
arguments written with `style: deepObject`. Counted independently of the IR, from the spec
itself: operations with `servers` of their own that do not list the base URL; the sweep
fails (exit 1) when that count differs from the operations the IR sends elsewhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.load.loader import load_spec  # noqa: E402
from generator.normalize.normalizer import normalize  # noqa: E402

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def elsewhere_in_spec(spec: Any, base: str | None) -> int:
    """Operations whose own (or path's) servers name a host but do not list the base URL,
    read from the spec (following the `$ref`s of a spec in many files)."""
    count = 0
    for _, item in spec.get(spec.root_node, "paths").items():
        pnode = spec.get(item)
        if not isinstance(pnode.value, dict):
            continue
        for method in METHODS:
            op = spec.get(pnode, method).value
            if not isinstance(op, dict):
                continue
            servers = op.get("servers") or pnode.value.get("servers") or []
            urls = [s.get("url") for s in servers if isinstance(s, dict)]
            if not urls or base in urls or not isinstance(urls[0], str):
                continue
            first = urlsplit(urls[0])
            if first.scheme and not first.netloc:  # names no host: stays on the base URL
                continue
            count += 1
    return count


def sweep(path: str) -> dict[str, Any]:
    spec = load_spec(path)
    api = normalize(spec, problems=[])
    base = api.servers[0] if api.servers else None
    per_host: dict[str, int] = {}
    for op in api.operations:
        if op.host is not None:
            per_host[op.host] = per_host.get(op.host, 0) + 1
    deep = sum(
        1
        for op in api.operations
        for a in op.arguments
        if a.style == "deepObject" and a.type.kind == "array"
    )
    return {
        "spec": path,
        "operations": len(api.operations),
        "base_url": base,
        "hosts": [
            {"name": h.name, "url": h.url, "relative": h.relative, "operations": per_host.get(h.name, 0)}
            for h in api.hosts
        ],
        "server_variables": [
            {"name": v.name, "argument": v.py_name, "default": v.default, "enum": v.enum}
            for v in api.server_variables
        ],
        "declared_idempotency": sum(1 for op in api.operations if op.idempotency_header),
        "deep_object_arrays": deep,
        "elsewhere_in_ir": sum(per_host.values()),
        "elsewhere_in_spec": elsewhere_in_spec(spec, base),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = [sweep(p) for p in args.specs]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(f"{r['spec']}: {r['operations']} operations, base URL {r['base_url']}")
            for h in r["hosts"]:
                kind = " (relative to the base URL)" if h["relative"] else ""
                print(f"  host {h['name']!r}: {h['url']}{kind}, {h['operations']} operation(s)")
            for v in r["server_variables"]:
                allowed = f", one of {', '.join(v['enum'])}" if v["enum"] else ""
                print(f"  variable {{{v['name']}}}: {v['argument']}= (default {v['default']!r}{allowed})")
            print(
                f"  sent elsewhere: {r['elsewhere_in_ir']} (spec: {r['elsewhere_in_spec']}); "
                f"declared Idempotency-Key: {r['declared_idempotency']}; "
                f"deepObject arrays: {r['deep_object_arrays']}"
            )
    bad = [r["spec"] for r in results if r["elsewhere_in_ir"] != r["elsewhere_in_spec"]]
    for spec in bad:
        print(f"{spec}: operations sent elsewhere differ between the IR and the spec", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
