"""Generate a package from each of several OpenAPI specs and check that nothing went missing.

For every spec given (a file, or a folder searched for `openapi.yaml`/`openapi.json`), this runs
`oasgen generate SPEC --emit models,client,docs,stubs` into a scratch folder and compares what
the spec declares with what came out, counted independently of oasgen's own IR:

- operations: in the spec, in the client's `api.md`, and in the server's `app.openapi()`;
- typed returns: operations whose spec gives a JSON 2xx body a schema, against the methods in
  `api.md` that return something other than `None`, `object` or `Any`;
- webhooks: in the spec's `webhooks`, and documented in `api.md`;
- warnings: the count `generate` printed; with `--mypy`, mypy's error count on the package.

    python scripts/sweep_specs.py specs/*.yaml path/to/multi-file/openapi.yaml
    python scripts/sweep_specs.py --mypy --json report.json -v SPEC...

Each mismatch is listed under its spec (`-v` lists every operation concerned). Exit status: 0
when every spec generated and matched, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
UNTYPED = {"None", "object", "Any"}


@dataclass
class Result:
    spec: str
    exit_code: int = 0
    ops_spec: int = 0
    ops_api_md: int = 0
    ops_openapi: int = 0
    json_2xx: int = 0
    typed: int = 0
    webhooks_spec: int = 0
    webhooks_api_md: int = 0
    warnings: int | None = None
    mypy_errors: int | None = None
    problems: list[str] = field(default_factory=list)


class Spec:
    """The spec's own files, read with plain YAML/JSON; `$ref`s followed by hand."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[Path, Any] = {}

    def load(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self.files:
            text = path.read_text(encoding="utf-8")
            self.files[path] = (
                json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
            )
        return self.files[path]

    def deref(self, node: Any, base: Path) -> tuple[Any, Path]:
        """Follow `$ref`s (same file or relative files) until a node that is not one."""
        for _ in range(50):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, base
            target, _, pointer = node["$ref"].partition("#")
            if target:
                base = (base.parent / target).resolve()
            node = self.load(base)
            for part in pointer.split("/")[1:]:
                part = part.replace("~1", "/").replace("~0", "~")
                node = node[int(part)] if isinstance(node, list) else node[part]
        raise ValueError(f"$ref chain too long in {base}")


def spec_operations(spec: Spec) -> tuple[dict[tuple[str, str], bool], list[str]]:
    """(method, path) -> whether a 2xx response has a JSON body with a non-empty schema."""
    doc = spec.load(spec.root)
    ops: dict[tuple[str, str], bool] = {}
    for key, item in (doc.get("paths") or {}).items():
        item, base = spec.deref(item, spec.root)
        for method in METHODS:
            if method not in (item or {}):
                continue
            op, op_base = spec.deref(item[method], base)
            ops[(method, key)] = has_json_2xx(spec, op, op_base)
    return ops, sorted((doc.get("webhooks") or {}).keys())


def has_json_2xx(spec: Spec, op: dict[str, Any], base: Path) -> bool:
    for status, response in (op.get("responses") or {}).items():
        if not str(status).upper().startswith("2"):
            continue
        response, rbase = spec.deref(response, base)
        for media, content in ((response or {}).get("content") or {}).items():
            kind = media.split(";")[0].strip().lower()
            if not (
                kind == "application/json" or kind.endswith("+json") or kind == "*/*"
            ):
                continue
            schema = (content or {}).get("schema")
            if schema not in (None, {}, True):
                return True
    return False


HEADING = re.compile(r"^### `client\.(?P<call>[\w.]+)\(.*\) -> (?P<ret>.+)`$")
ROUTE = re.compile(r"^`(?P<method>[A-Z]+) (?P<path>\S+)`")


def api_md_operations(text: str) -> tuple[dict[tuple[str, str], str], list[str]]:
    """(method, path) -> return type of each documented method, and the webhook headings."""
    ops: dict[tuple[str, str], str] = {}
    webhooks: list[str] = []
    pending: str | None = None
    in_webhooks = False
    for line in text.splitlines():
        if line.startswith("## "):
            in_webhooks = line.strip() == "## Webhooks"
            continue
        if in_webhooks:
            m = re.match(r"^### `([^`]+)`$", line)
            if m:
                webhooks.append(m.group(1))
            continue
        head = HEADING.match(line)
        if head:
            pending = head.group("ret")
            continue
        route = ROUTE.match(line)
        if route and pending is not None:
            ops[(route.group("method").lower(), route.group("path"))] = pending
            pending = None
    return ops, webhooks


OPENAPI_COUNT = """
import json, sys
sys.path.insert(0, sys.argv[1])
server = __import__(sys.argv[2] + ".server", fromlist=["create_app"])
doc = server.create_app().openapi()
ops = [[m, p] for p, item in doc.get("paths", {}).items() for m in item if m in %r]
print(json.dumps(ops))
""" % (METHODS,)


def sweep(
    spec_path: Path, out: Path, package: str, run_mypy: bool, verbose: bool
) -> Result:
    result = Result(spec=str(spec_path))
    target = out / package
    shutil.rmtree(target, ignore_errors=True)
    cmd = [
        "oasgen",
        "generate",
        str(spec_path),
        "-o",
        str(target),
        "--package",
        package,
        "--emit",
        "models,client,docs,stubs",
    ]
    run = subprocess.run(cmd, capture_output=True, text=True)
    result.exit_code = run.returncode
    counted = re.findall(
        r"(\d+) warnings?",
        run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "",
    )
    result.warnings = (
        int(counted[-1]) if counted else (0 if run.returncode == 0 else None)
    )
    if run.returncode != 0:
        result.problems.append(
            f"generate exited {run.returncode}: {run.stderr.strip()[-400:]}"
        )
        return result

    spec = Spec(spec_path.resolve())
    ops, hooks = spec_operations(spec)
    result.ops_spec, result.webhooks_spec = len(ops), len(hooks)
    result.json_2xx = sum(ops.values())

    pkg = target / package
    md_ops, md_hooks = api_md_operations((pkg / "api.md").read_text(encoding="utf-8"))
    result.ops_api_md, result.webhooks_api_md = len(md_ops), len(md_hooks)
    wire = {(m, p.split("#")[0]): v for (m, p), v in md_ops.items()}
    missing = [
        f"{m.upper()} {p}"
        for (m, p) in ops
        if (m, p) not in md_ops and (m, p.split("#")[0]) not in wire
    ]
    if missing:
        result.problems.append(
            f"{len(missing)} operations not in api.md: {shorten(missing, verbose)}"
        )
    untyped = []
    for (m, p), typed_json in ops.items():
        ret = md_ops.get((m, p)) or wire.get((m, p.split("#")[0]))
        if ret is not None and ret not in UNTYPED:
            result.typed += 1
        if typed_json and ret is not None and ret in UNTYPED:
            untyped.append(f"{m.upper()} {p} -> {ret}")
    if untyped:
        result.problems.append(
            f"{len(untyped)} JSON 2xx bodies returned untyped: {shorten(untyped, verbose)}"
        )
    if set(md_hooks) != set(hooks):
        lost = sorted(set(hooks) - set(md_hooks))
        result.problems.append(f"webhooks not in api.md: {shorten(lost, verbose)}")

    probe = subprocess.run(
        [sys.executable, "-c", OPENAPI_COUNT, str(target), package],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        result.problems.append(f"app.openapi() failed: {probe.stderr.strip()[-400:]}")
    else:
        served = json.loads(probe.stdout)
        result.ops_openapi = len(served)
        if len(served) != len(ops):
            result.problems.append(
                f"app.openapi() lists {len(served)} operations, the spec {len(ops)}"
            )

    if run_mypy:
        check = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--no-incremental",
                "--follow-imports=silent",
                str(pkg),
            ],
            capture_output=True,
            text=True,
            cwd=target,
        )
        found = re.search(r"Found (\d+) errors?", check.stdout)
        result.mypy_errors = (
            int(found.group(1)) if found else (0 if check.returncode == 0 else -1)
        )
        if result.mypy_errors:
            errors = [line for line in check.stdout.splitlines() if ": error:" in line]
            result.problems.append(
                f"mypy: {result.mypy_errors} errors: {shorten(errors, verbose)}"
            )
    return result


def shorten(items: list[str], verbose: bool) -> str:
    if verbose or len(items) <= 3:
        return "; ".join(items)
    return "; ".join(items[:3]) + f"; ... ({len(items) - 3} more)"


def find_spec(path: Path) -> Path:
    if path.is_dir():
        for name in ("openapi.yaml", "openapi.yml", "openapi.json"):
            if (path / name).exists():
                return path / name
        raise SystemExit(f"{path}: no openapi.yaml/.yml/.json in this folder")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    parser.add_argument(
        "--out", type=Path, help="where to generate (default: a temporary folder)"
    )
    parser.add_argument(
        "--mypy", action="store_true", help="also run mypy on each generated package"
    )
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every operation a mismatch concerns",
    )
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="oasgen-sweep-"))
    results = []
    for spec_path in args.specs:
        spec_path = find_spec(spec_path)
        package = re.sub(
            r"\W",
            "_",
            spec_path.stem if spec_path.stem != "openapi" else spec_path.parent.name,
        )
        package = "sweep_" + package.lower()
        res = sweep(spec_path, out, package, args.mypy, args.verbose)
        results.append(res)
        print(
            f"{spec_path.name}: exit {res.exit_code}, operations {res.ops_spec}/{res.ops_api_md}/{res.ops_openapi}, "
            f"typed {res.typed} of {res.json_2xx} JSON 2xx, webhooks {res.webhooks_spec}/{res.webhooks_api_md}, "
            f"warnings {res.warnings}"
            + (f", mypy {res.mypy_errors}" if args.mypy else ""),
            flush=True,
        )
        for problem in res.problems:
            print(f"  - {problem}", flush=True)
    if args.json:
        args.json.write_text(
            json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8"
        )
    return 1 if any(r.problems for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
