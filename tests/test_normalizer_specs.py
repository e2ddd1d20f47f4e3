"""The real specs: counts, shared objects in the resolved seed 001, and determinism.

The 2026 OpenAI spec (3 MB) is loaded and normalised once for this module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import summarize
from generator.errors import Problem
from generator.ir import Api, TypeRef
from generator.load.loader import Spec, load_spec
from generator.normalize.normalizer import normalize

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
SEED001 = ROOT / "tests" / "fixtures" / "seed001-resolved.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"
UPSTREAM = sorted((ROOT / "tests" / "fixtures" / "upstream").glob("*.yaml"))


def load(path: Path) -> tuple[Spec, Api, list[Problem]]:
    spec = load_spec(path)
    problems: list[Problem] = []
    return spec, normalize(spec, problems=problems), problems


@pytest.fixture(scope="module")
def openai_2026() -> tuple[Spec, Api, list[Problem]]:
    return load(OPENAI_2026)


@pytest.fixture(scope="module")
def seed001() -> tuple[Spec, Api, list[Problem]]:
    return load(SEED001)


def component_count(spec: Spec) -> int:
    return len(spec.root["components"]["schemas"])


def assert_consistent(api: Api) -> None:
    """Every named reference points at a type, and names and modules are unique."""
    by_id = api.type_by_id()
    assert len(by_id) == len(api.types)
    assert len({t.name for t in api.types}) == len(api.types)
    assert len({t.module.lower() for t in api.types}) == len(api.types)
    assert len({o.id for o in api.operations}) == len(api.operations)
    assert len({(o.resource, o.py_name) for o in api.operations}) == len(api.operations)

    def refs(t: TypeRef | None) -> list[str]:
        out, stack = [], [t]
        while stack:
            cur = stack.pop()
            if cur is None:
                continue
            if cur.kind == "named":
                out.append(cur.name)
            stack.append(cur.item)
            stack.extend(cur.members)
        return out

    roots: list[TypeRef | None] = []
    for t in api.types:
        roots += [f.type for f in t.fields] + [t.additional, t.alias_of]
    for o in api.operations:
        roots += [p.type for p in o.parameters] + [b.type for b in o.request_bodies] + [r.type for r in o.responses]
    dangling = {name for root in roots for name in refs(root) if name not in by_id}
    assert not dangling


# -- counts ---------------------------------------------------------------------------------------


def test_seed000_counts() -> None:
    spec, api, problems = load(SEED000)
    assert component_count(spec) == 27
    assert len(api.operations) == 1
    (operation,) = api.operations
    assert (operation.id, operation.method, operation.path) == ("createThreadAndRun", "post", "/threads/runs")
    assert api.openapi == "3.0.0" and problems == []
    components = [t for t in api.types if t.id.startswith("#/components/schemas/") and t.id.count("/") == 3]
    assert len(components) == 27
    assert_consistent(api)


def test_seed001_counts(seed001: tuple[Spec, Api, list[Problem]]) -> None:
    spec, api, problems = seed001
    assert component_count(spec) == 152
    assert len(api.operations) == 64
    assert all(p.severity == "warning" for p in problems)
    assert_consistent(api)


def test_openai_2026_counts(openai_2026: tuple[Spec, Api, list[Problem]]) -> None:
    spec, api, problems = openai_2026
    assert spec.is_31 and component_count(spec) == 1422
    summary = summarize(api)
    assert summary["operations"] == 288
    assert summary["component_types"] >= 1422
    assert 5 <= summary["streaming_operations"] <= 20
    assert 30 <= summary["paginated_operations"] <= 100
    assert summary["discriminated_unions"] > 20
    assert summary["named_types"] < 2 * 1422
    assert summary["warnings"] == len(api.warnings) and len(api.warnings) < 100
    assert_consistent(api)


@pytest.mark.parametrize("path", UPSTREAM, ids=[p.name for p in UPSTREAM])
def test_upstream_specs_load_and_normalise(path: Path) -> None:
    spec, api, problems = load(path)
    assert spec.version.startswith("3.0")
    assert len(api.operations) > 10 and len(api.types) >= component_count(spec)
    assert all(p.severity == "warning" for p in problems)
    assert_consistent(api)


# -- 2026 spec: what the client needs ---------------------------------------------------------------


def test_openai_2026_streaming_and_pagination(openai_2026: tuple[Spec, Api, list[Problem]]) -> None:
    _spec, api, _problems = openai_2026
    ops = {o.id: o for o in api.operations}
    chat = ops["createChatCompletion"]
    assert (chat.resource, chat.py_name) == (("chat", "completions"), "create")
    assert chat.streaming is not None and chat.streaming.param == "stream"
    assert chat.streaming.event_type == TypeRef("named", name="#/components/schemas/CreateChatCompletionStreamResponse")
    page = ops["listAssistants"].pagination
    assert page is not None and (page.kind, page.cursor_param) == ("cursor", "after")
    upload = ops["createFile"].request_bodies
    assert [(b.kind, b.file_fields) for b in upload] == [("multipart", ["file"])]


def test_openai_2026_warnings_are_located(openai_2026: tuple[Spec, Api, list[Problem]]) -> None:
    _spec, api, problems = openai_2026
    assert problems
    for p in problems:
        assert p.location.file.endswith("openai-2026-08-21.yaml")
        assert p.location.line is not None and p.location.pointer is not None


# -- seed 001: a fully resolved spec keeps shared objects shared -----------------------------------


def test_seed001_inline_copies_are_not_new_models(seed001: tuple[Spec, Api, list[Problem]]) -> None:
    spec, api, _problems = seed001
    components = component_count(spec)
    assert len(api.types) < 2 * components  # ~275: components plus their real inline objects


def test_seed001_assistant_tools_refer_to_the_tool_components(seed001: tuple[Spec, Api, list[Problem]]) -> None:
    _spec, api, _problems = seed001
    by_id = api.type_by_id()
    tools = next(f for f in by_id["#/components/schemas/AssistantObject"].fields if f.name == "tools")
    assert tools.type.kind == "array" and tools.type.item is not None
    union = tools.type.item
    expected = ("AssistantToolsCode", "AssistantToolsFileSearch", "AssistantToolsFunction")
    assert union.members == tuple(TypeRef("named", name=f"#/components/schemas/{n}") for n in expected)
    assert union.discriminator is not None and union.discriminator.property == "type"
    assert dict(union.discriminator.mapping) == {
        "code_interpreter": "#/components/schemas/AssistantToolsCode",
        "file_search": "#/components/schemas/AssistantToolsFileSearch",
        "function": "#/components/schemas/AssistantToolsFunction",
    }
    # no type was made for the inline copies themselves
    assert not [t for t in api.types if t.id.startswith("#/components/schemas/AssistantObject/properties/tools")]


# -- determinism ----------------------------------------------------------------------------------------


def test_same_input_same_ir_in_process(openai_2026: tuple[Spec, Api, list[Problem]]) -> None:
    _spec, api, _problems = openai_2026
    _spec2, again, _problems2 = load(OPENAI_2026)
    assert again.to_dict() == api.to_dict()


def test_same_input_same_ir_across_hash_seeds() -> None:
    outputs = []
    for seed in ("1", "2024"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "generator.cli", "inspect", "--json", str(SEED001.relative_to(ROOT))],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    dumped = json.loads(outputs[0])
    assert len(dumped["operations"]) == 64
