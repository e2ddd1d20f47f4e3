"""The client generated from the pinned OpenAI spec: call paths, laziness, type-check."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from gen_support import OPENAI_2026, ROOT

NAMING = ROOT / "specs" / "openai-2026-08-21.naming.yaml"
STREAMING = {
    op: {"event_type": "AssistantStreamEvent", "mode": "event", "param": "stream"}
    for op in ("createThreadAndRun", "createRun", "submitToolOuputsToRun")
}


@pytest.fixture(scope="module")
def openai_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from generator.load.loader import load_spec
    from generator.normalize.naming_file import load_naming
    from generator.normalize.normalizer import normalize
    from generator.pipeline import render_package
    from generator.workflow.writer import write

    out = tmp_path_factory.mktemp("openai")
    naming = load_naming(NAMING)
    api = normalize(load_spec(str(OPENAI_2026)), naming_overrides=naming, streaming_overrides=STREAMING)
    write(out, render_package(api, "openai_client", env_api_key="OPENAI_API_KEY", env_base_url="OPENAI_BASE_URL"))
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))


#: Examples the official SDK rejects too: they pass arguments no SDK method takes.
STALE_EXAMPLES = {
    "updateChatCompletion: client.chat.completions.update(request_body=...)": "the body fields are "
    "keyword arguments (metadata=...), there is no request_body argument",
    "cancelVectorStoreFileBatch: client.vector_stores.file_batches.cancel(file_batch_id=...)": "the "
    "spec's path parameter is batch_id",
    "DeleteThreadMethod: client.beta.chat_kit.threads.delete": "the SDK has one ChatKit resource, "
    "beta.chatkit (beta.chatkit.threads.delete)",
}


def _example_calls() -> list[tuple[str, str, list[str]]]:
    """(operationId, dotted call path, keyword names) of every Python example's client call."""
    spec = yaml.load(OPENAI_2026.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    calls = []
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "x-oaiMeta" not in op:
                continue
            examples = op["x-oaiMeta"].get("examples")
            for ex in examples if isinstance(examples, list) else [examples] if examples else []:
                code = ((ex or {}).get("request") or {}).get("python") if isinstance(ex, dict) else None
                if not isinstance(code, str):
                    continue
                try:
                    tree = ast.parse(code)
                except SyntaxError:
                    continue
                for node in ast.walk(tree):
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                        parts = []
                        cur: ast.expr = node.func
                        while isinstance(cur, ast.Attribute):
                            parts.append(cur.attr)
                            cur = cur.value
                        if isinstance(cur, ast.Name) and cur.id == "client" and len(parts) >= 2:
                            kws = [k.arg for k in node.keywords if k.arg]
                            calls.append((op["operationId"], ".".join(reversed(parts)), kws))
    return calls


def test_every_example_call_path_exists_with_its_keywords(openai_package: Path) -> None:
    pkg: Any = importlib.import_module("openai_client")
    client = pkg.Client(api_key="sk-test", base_url="http://127.0.0.1:9")
    calls = _example_calls()
    operations = {op_id for op_id, _, _ in calls}
    assert len(operations) >= 110  # 116 operations show a Python example
    missing = []
    for op_id, path, keywords in calls:
        target: Any = client
        try:
            for attr in path.split("."):
                target = getattr(target, attr)
        except AttributeError:
            missing.append(f"{op_id}: client.{path}")
            continue
        params = inspect.signature(target).parameters
        unknown = [k for k in keywords if k not in params]
        if unknown:
            missing.append(f"{op_id}: client.{path}({', '.join(unknown)}=...)")
    assert missing == list(STALE_EXAMPLES), missing


def test_importing_the_client_loads_no_models(openai_package: Path) -> None:
    code = (
        "import sys, openai_client\n"
        "c = openai_client.Client(api_key='k')\n"
        "print(sum(m.startswith('openai_client.types.') for m in sys.modules))\n"
        "c.beta.threads.runs\n"
        "print(sum(m.startswith('openai_client.types.') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=openai_package, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "0"
    assert 0 < int(out[1]) < 400  # only what the runs resource's signatures use


def test_generated_openai_package_type_checks_strict(openai_package: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "openai_client"],
        cwd=openai_package,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
