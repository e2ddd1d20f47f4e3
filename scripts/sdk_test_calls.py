"""Measure a generated client against the calls of an official SDK's test suite.

Stainless-style SDKs test every method with generated tests (`tests/api_resources/**/test_*.py`)
whose `test_method_*` functions each make one call such as
`client.vector_stores.files.retrieve(file_id="file-abc123", vector_store_id="vs_abc123")`.
This script finds those calls (in the synchronous test classes), resolves each call path on the
generated client and binds its arguments to the method's signature; with `--run` it also makes
the call against a Prism mock server of the spec. It prints "N of M" for the plain calls and
for the `_with_all_params` ones, then every failure.

    python scripts/sdk_test_calls.py PATH/TO/openai-python/tests/api_resources
    python scripts/sdk_test_calls.py PATH/tests/api_resources --run --spec specs/openai-2026-08-21.yaml

The SDK's tests are read as data: only the argument expressions of the calls are evaluated, and
only with `--run`.
"""

from __future__ import annotations

import argparse
import ast
import collections
import inspect
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Call:
    test: str  # "vector_stores/test_files.py::test_method_retrieve"
    path: list[str]  # ["vector_stores", "files", "retrieve"]
    node: ast.Call
    source: str  # the call's source text
    all_params: bool


def find_calls(tests: Path) -> list[Call]:
    calls = []
    for file in sorted(tests.rglob("test_*.py")):
        text = file.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef) or cls.name.startswith("TestAsync"):
                continue
            for fn in cls.body:
                if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test_method_"):
                    continue
                for node in ast.walk(fn):
                    path = _client_path(node)
                    if path:
                        source = ast.get_source_segment(text, node) or ""
                        name = f"{file.relative_to(tests).as_posix()}::{fn.name}"
                        calls.append(Call(name, path, node, source, "with_all_params" in fn.name))  # type: ignore[arg-type]
                        break
    return calls


def _client_path(node: ast.AST) -> list[str] | None:
    """["a", "b", "m"] for a call `client.a.b.m(...)`."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return None
    parts = []
    cur: ast.expr = node.func
    while isinstance(cur, ast.Attribute):
        parts.append(cur.attr)
        cur = cur.value
    return list(reversed(parts)) if isinstance(cur, ast.Name) and cur.id == "client" else None


def bind(client: Any, call: Call) -> str | None:
    """None when the call path exists and its arguments bind, else what is wrong."""
    target = client
    for i, part in enumerate(call.path):
        if not hasattr(target, part):
            return f"client.{'.'.join(call.path[: i + 1])} does not exist"
        target = getattr(target, part)
    args = [None for _ in call.node.args]
    kwargs = {k.arg: None for k in call.node.keywords if k.arg}
    try:
        inspect.signature(target).bind(*args, **kwargs)
    except TypeError as exc:
        return f"client.{'.'.join(call.path)}: {exc}"
    return None


def run(client: Any, call: Call) -> str | None:
    """None when the call returns (a stream is read to its end), else the exception."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = eval(compile(ast.Expression(call.node), call.test, "eval"), {"client": client})  # noqa: S307
            if type(result).__name__.endswith("Stream"):
                for _ in result:
                    pass
    except Exception as exc:  # noqa: BLE001 - reported, one line per call
        return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    return None


def report(label: str, calls: list[Call], failures: dict[str, str]) -> list[str]:
    lines = []
    for kind, flag in (("plain", False), ("with all params", True)):
        group = [c for c in calls if c.all_params is flag]
        ok = sum(c.test not in failures for c in group)
        lines.append(f"{label}: {ok} of {len(group)} {kind} calls")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tests", type=Path, help="the SDK's tests/api_resources folder")
    parser.add_argument("--client-dir", type=Path, default=ROOT / "output" / "openai", help="folder holding the package")
    parser.add_argument("--package", default="openai_client")
    parser.add_argument("--run", action="store_true", help="also make each call against Prism")
    parser.add_argument("--spec", type=Path, default=ROOT / "specs" / "openai-2026-08-21.yaml", help="spec Prism serves")
    args = parser.parse_args(argv)
    if not args.tests.is_dir():
        parser.error(f"{args.tests}: not a folder")
    sys.path.insert(0, str(args.client_dir))
    package = __import__(args.package)
    calls = find_calls(args.tests)
    client = package.Client(api_key="sk-test", base_url="http://127.0.0.1:9")
    bound = {c.test: e for c in calls if (e := bind(client, c)) is not None}
    lines = report("bind", calls, bound)
    ran: dict[str, str] = {}
    if args.run:
        sys.path.insert(0, str(ROOT / "tests"))
        from prism_support import PrismServer

        prism = PrismServer(args.spec).start()
        try:
            client = package.Client(api_key="sk-test", base_url=prism.url, max_retries=0)
            ran = {c.test: e for c in calls if c.test not in bound and (e := run(client, c)) is not None}
            ran.update(bound)
        finally:
            prism.stop()
        lines += report("run against Prism", calls, ran)
    print("\n".join(lines))
    for test, error in sorted({**ran, **bound}.items()):
        print(f"  {test}: {error}")
    reasons = collections.Counter(e.split(":")[0] for e in ran.values())
    if reasons:
        print("failures by kind: " + ", ".join(f"{k} {n}" for k, n in reasons.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
