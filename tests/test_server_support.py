"""Helpers for the server tests: generating a package with its server, sample data, schemathesis.

Holds no tests itself; the `test_server*.py` modules import it.
"""

from __future__ import annotations

import atexit
import dataclasses
import functools
import importlib
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from generator.emit.formatter import format_files
from generator.emit.render import Renderer
from generator.emit.server import SCAFFOLD_MODULE, ServerEmitter, emit_server
from generator.ir import Api, NamedType, Operation, TypeRef
from generator.normalize.normalizer import iter_type_refs, named_dependencies
from generator.normalize.server_signatures import build_server
from generator.pipeline import render_package, render_scaffold
from generator.workflow.writer import write

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "server"
RUNS_API = FIXTURES / "runs-api.yaml"


SEED000 = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"

#: The slice of the 2026 spec served in the tests: assistants, threads, runs, messages,
#: vector stores and files (by the operations' resource path).
OPENAI_SLICE = (("assistants",), ("threads",), ("vector_stores",), ("files",))

#: createThreadAndRun streams `AssistantStreamEvent`s with `stream: true` (the spec does not say so).
OPENAI_STREAMING = {"createThreadAndRun": {"event_type": "AssistantStreamEvent", "mode": "event", "param": "stream"}}


@dataclass
class Built:
    """A generated package with its server, imported."""

    name: str
    api: Api
    out: Path
    package: str
    server: Any
    raw_schema: dict[str, Any]  # the spec (as served), for schemathesis


_BASE: list[Path] = []


def _base() -> Path:
    if not _BASE:
        base = Path(tempfile.mkdtemp(prefix="oasgen-server-tests-"))
        atexit.register(shutil.rmtree, base, True)
        _BASE.append(base)
    return _BASE[0]


@functools.lru_cache(maxsize=None)
def built(name: str) -> Built:
    """One generated package per name, once per test session: "runs", "seed000" or "openai"."""
    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize

    package = f"srv_{name}"
    if name == "runs":
        spec = load_spec(str(RUNS_API))
        api = normalize(spec)
    elif name == "seed000":
        spec = load_spec(str(SEED000))
        api = normalize(spec)
    elif name == "openai":
        spec = load_spec(str(OPENAI_2026))
        full = normalize(spec, streaming_overrides=OPENAI_STREAMING)
        api = prune(full, lambda op: any(op.resource[: len(p)] == p for p in OPENAI_SLICE))
    else:  # pragma: no cover
        raise ValueError(name)
    raw = json.loads(json.dumps(spec.root))
    served = {(op.method, op.path) for op in api.operations}
    raw["paths"] = {
        path: {k: v for k, v in item.items() if (k, path) in served or k == "parameters"}
        for path, item in raw["paths"].items()
        if any(p == path for _, p in served)
    }
    out = _base() / name
    generate(api, out, package)
    return Built(name, api, out, package, import_fresh(out, package), raw)


def generate(api: Api, out: Path, package: str, *, scaffold: bool = True) -> dict[str, str]:
    """Models, client and server of `api` written into `out/package`; the scaffold only if missing."""
    files = render_package(api, package)
    server = emit_server(api, package, Renderer())
    files.update(format_files({f"{package}/{rel}": text for rel, text in server.items()}))
    write(out, files)
    if scaffold:
        for rel, text in render_scaffold(api, package).items():
            target = out / rel
            if not target.exists():
                target.write_text(text, encoding="utf-8")
    return files


def import_fresh(out: Path, package: str) -> Any:
    """`package.server`, imported from `out` (dropping any earlier import of the package)."""
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    return importlib.import_module(f"{package}.server")


def prune(api: Api, keep: Callable[[Operation], bool]) -> Api:
    """`api` with only the operations `keep` accepts, and only the types they reach (the
    webhooks, and the callbacks of the operations dropped, go too)."""
    ops = [op for op in api.operations if keep(op)]
    types = api.type_by_id()
    roots: list[TypeRef | None] = []
    for op in ops:
        roots += [p.type for p in op.parameters] + [b.type for b in op.request_bodies]
        roots += [r.type for r in op.responses]
        if op.streaming is not None:
            roots.append(op.streaming.event_type)
    stack = [r.name for root in roots for r in iter_type_refs(root) if r.kind == "named" and r.name]
    reached: set[str] = set()
    while stack:
        tid = stack.pop()
        if tid in reached or tid not in types:
            continue
        reached.add(tid)
        stack.extend(named_dependencies(types[tid]))
    kept = {op.id for op in ops}
    resources = []
    for r in api.resources:
        below = [o for o in api.resources if o.path[: len(r.path)] == r.path]
        if any(kept & set(o.operations) for o in below):
            resources.append(r)
    paths = {r.path for r in resources}
    resources = [
        dataclasses.replace(
            r, children=[c for c in r.children if c in paths], operations=[o for o in r.operations if o in kept]
        )
        for r in resources
    ]
    pruned = dataclasses.replace(
        api,
        operations=ops,
        types=[t for t in api.types if t.id in reached],
        resources=resources,
        webhooks=[],
        callbacks=[c for c in api.callbacks if c.operation in kept and _holds(c.payload, reached)],
        webhook_event=None,
    )
    build_server(pruned)  # the server's handlers are those of the operations kept
    return pruned


def _holds(payload: Any, reached: set[str]) -> bool:
    """A callback's payload types are all among the types kept."""
    if payload is None:
        return True
    return all(r.name in reached for r in iter_type_refs(payload.type) if r.kind == "named")


# -- sample data -------------------------------------------------------------------------------


class Samples:
    """The smallest JSON value of an IR type that its schema accepts: required fields only."""

    def __init__(self, api: Api) -> None:
        self.types = api.type_by_id()

    def of(self, t: TypeRef, depth: int = 0) -> Any:
        # a value rather than null where null is allowed: specs that say `allOf: [X,
        # {nullable: true}]` mean null, but a validator reading them strictly does not
        if t.nullable and depth > 12:
            return None
        kind = t.kind
        if kind == "str":
            return {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01"}.get(t.format or "", "x")
        if kind == "int":
            return 1
        if kind == "float":
            return 1.0
        if kind == "bool":
            return False
        if kind == "datetime":
            return "2024-01-01T00:00:00Z"
        if kind == "date":
            return "2024-01-01"
        if kind == "bytes":
            return ""
        if kind == "literal":
            return t.values[0]
        if kind == "array":
            return []
        if kind in ("map", "any"):
            return {}
        if kind == "null":
            return None
        if kind == "union":
            return self.of(t.members[0], depth + 1)
        assert kind == "named" and t.name is not None
        named = self.types[t.name]
        if named.kind == "alias":
            assert named.alias_of is not None
            return self.of(named.alias_of, depth + 1)
        return self.object(named, depth)

    def object(self, named: NamedType, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in named.fields:
            if not f.required:
                continue
            if f.has_default and f.type.kind == "literal":
                out[f.name] = f.default
                continue
            value = self.of(f.type, depth + 1)
            c = f.constraints
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if c.minimum is not None:
                    value = max(value, type(value)(c.minimum))
                if c.maximum is not None:
                    value = min(value, type(value)(c.maximum))
            if isinstance(value, str) and c.min_length:
                value = value * c.min_length
            out[f.name] = value
        return out


# -- handlers returning sample data -----------------------------------------------------------


def sample_handlers(api: Api, server: Any, package: str, overrides: dict[str, Callable[..., Any]] | None = None) -> Any:
    """A `Handlers` whose every method answers its operation's sample response."""
    emitter = ServerEmitter(api, package, Renderer())
    samples = Samples(api)
    objects: dict[str, Any] = {}
    for plan in emitter.resources:
        methods: dict[str, Any] = {}
        for op in plan.ops:
            custom = (overrides or {}).get(op.op.id)
            methods[op.method] = custom or _sample_method(op, samples, package)
        objects[plan.attribute] = type(plan.impl, (), methods)()
    return server.Handlers(**objects)


def _sample_method(op: Any, samples: Samples, package: str) -> Callable[..., Any]:
    response = op.response
    rtype = op.response_type
    model = _model_type(rtype, samples, package)

    if response == "events":
        assert op.op.streaming is not None
        event_type = op.op.streaming.event_type

        async def events(self: Any, **kwargs: Any) -> Any:
            for _ in range(2):
                yield samples.of(event_type)

        return events

    async def method(self: Any, **kwargs: Any) -> Any:
        if response == "empty":
            return None
        if response == "binary":
            return b"sample bytes"
        if response == "text":
            return "sample"
        if rtype is None:
            return {}
        value = samples.of(rtype)
        return model.model_validate(value) if model is not None else value

    return method


def _model_type(t: TypeRef | None, samples: Samples, package: str) -> Any:
    if t is None or t.kind != "named" or t.name is None:
        return None
    named = samples.types[t.name]
    if named.kind != "object":
        return None
    return getattr(importlib.import_module(f"{package}.types.{named.module}"), named.name)


# -- schemathesis ------------------------------------------------------------------------------


@dataclass
class FuzzReport:
    operations: list[str] = field(default_factory=list)
    cases: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    events: int = 0  # server-sent events checked against their schema
    seconds: float = 0.0


def fuzz(
    raw_schema: dict[str, Any],
    app: Any,
    *,
    headers_for: Callable[[str, str], dict[str, str]],
    max_examples: int = 10,
    seed: int = 1234,
    base_url: str | None = None,
) -> FuzzReport:
    """Schemathesis against the ASGI app in-process: status code, response schema, content type."""
    import hypothesis
    import schemathesis
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    schema = schemathesis.openapi.from_dict(raw_schema)
    schema.app = app
    report = FuzzReport()
    started = time.monotonic()
    for result in schema.get_all_operations():
        operation = result.ok()
        label = f"{operation.method.upper()} {operation.path}"
        report.operations.append(label)
        headers = headers_for(operation.method, operation.path)

        @hypothesis.seed(seed)
        @hypothesis.settings(
            max_examples=max_examples,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(hypothesis.HealthCheck),
            phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        )
        @hypothesis.given(case=operation.as_strategy())
        def run(case: Any) -> None:
            report.cases += 1
            try:
                response = case.call(headers=headers, base_url=base_url)
                report.statuses[response.status_code] = report.statuses.get(response.status_code, 0) + 1
                media_type = (response.headers.get("content-type") or [""])[0]
                if media_type.startswith("text/event-stream"):
                    # schemathesis reads an SSE schema as the event envelope's; these specs
                    # (like OpenAI's) describe each event's JSON data: checked by `check_sse`
                    case.validate_response(response, checks=[c for c in checks if c is not response_schema_conformance])
                    report.events += check_sse(raw_schema, operation.method, operation.path, response)
                else:
                    case.validate_response(response, checks=checks)
            except BaseException as exc:  # failures (exception groups too) are collected
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                report.failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:800]}")

        run()
    report.seconds = time.monotonic() - started
    return report


def check_sse(raw_schema: dict[str, Any], method: str, path: str, response: Any) -> int:
    """Each event of an SSE body matches the spec's event schema; `[DONE]` only last."""
    import json

    import jsonschema

    status = str(response.status_code)
    responses = raw_schema["paths"][path][method.lower()]["responses"]
    assert "text/event-stream" in responses[status]["content"], f"{method} {path}: no SSE for {status}"
    pointer = "/".join(
        ["#", "paths", path.replace("~", "~0").replace("/", "~1"), method.lower(), "responses", status]
        + ["content", "text~1event-stream", "schema"]
    )
    root = {k: v for k, v in raw_schema.items() if k in ("paths", "components")}
    validator = jsonschema.Draft202012Validator({**root, "$ref": pointer})
    blocks = [b for b in response.content.decode().split("\n\n") if b.strip()]
    checked = 0
    for i, block in enumerate(blocks):
        fields: dict[str, list[str]] = {}
        for line in block.split("\n"):
            name, _, value = line.partition(":")
            fields.setdefault(name, []).append(value[1:] if value.startswith(" ") else value)
        data = "\n".join(fields.get("data", []))
        if data == "[DONE]":
            assert i == len(blocks) - 1, f"{method} {path}: [DONE] before the last event"
            continue
        decoded = json.loads(data)
        instance = {"event": fields["event"][0], "data": decoded} if "event" in fields else decoded
        errors = sorted(validator.iter_errors(instance), key=str)
        assert not errors, f"{method} {path}: event {instance!r} does not match: {errors[0].message}"
        checked += 1
    return checked


def security_headers(api: Api, token: str = "sk-test") -> Callable[[str, str], dict[str, str]]:
    """The credential headers each operation of `api` needs (by method and spec path)."""
    import base64

    kinds = {s.name: s for s in api.security_schemes}
    by_route = {(op.method, op.path): op for op in api.operations}

    def headers_for(method: str, path: str) -> dict[str, str]:
        op = by_route.get((method.lower(), path))
        if op is None or not op.security:
            return {}
        scheme = kinds.get(op.security[0])
        if scheme is None:
            return {}
        if scheme.kind == "basic":
            return {"Authorization": "Basic " + base64.b64encode(b"user:pass").decode()}
        if scheme.kind == "apiKey" and scheme.location == "header" and scheme.param_name:
            return {scheme.param_name: token}
        return {"Authorization": f"Bearer {token}"}

    return headers_for


def operation_ids(ops: Iterable[Operation]) -> list[str]:
    return sorted(op.id for op in ops)


__all__ = [
    "Built",
    "OPENAI_SLICE",
    "built",
    "FIXTURES",
    "RUNS_API",
    "SCAFFOLD_MODULE",
    "FuzzReport",
    "Samples",
    "fuzz",
    "generate",
    "import_fresh",
    "operation_ids",
    "prune",
    "sample_handlers",
    "security_headers",
]
