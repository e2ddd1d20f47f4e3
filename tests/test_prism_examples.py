"""The 2026 spec's own Python examples (`x-oaiMeta`), run with the generated client against Prism.

`scripts/run_examples.py` does the work; this test runs it on the session's Prism
server and generated package and keeps the number of passing examples from going
down. Its output (shown when the test fails) lists every failure with its class:
`example` (the example is out of date), `client` (the generated client), `prism`
(the mock server cannot answer).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from prism_support import OPENAI_SPEC, ROOT, PrismServer

pytest_plugins = ["prism_support"]

SCRIPT = ROOT / "scripts" / "run_examples.py"
# 103 of the 155 examples ran without error when this was last set (8 of them are
# streaming examples that get no events from Prism); it went down from 108 when the client
# took the official SDK's signatures, which 8 examples predate (they pass every path
# parameter by position, or call `beta.chat_kit`). The floor leaves a margin of 4 for
# changes in the generated client that trade one example for another; raise it when a
# fix makes more of them pass.
MIN_PASSING = 99
TOTAL_EXAMPLES = 155


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("run_examples", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_examples"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script()


def test_rewrite_swaps_the_official_sdk_for_the_generated_package(
    script: ModuleType,
) -> None:
    code = (
        "from openai import OpenAI, AsyncOpenAI\n"
        "from openai.types.fine_tuning import SupervisedMethod\n"
        "import openai\n"
        "client = OpenAI()\n"
        "openai.files.list()\n"
    )
    assert script.rewrite(code) == (
        "from openai_client import Client as OpenAI, AsyncClient as AsyncOpenAI\n"
        "from openai_client.types import SupervisedMethod\n"
        "import openai_client\n"
        "openai = openai_client.Client()\n"
        "client = OpenAI()\n"
        "openai.files.list()\n"
    )
    assert (
        script.rewrite("from openai import AsyncOpenAI\n")
        == "from openai_client import AsyncClient as AsyncOpenAI\n"
    )


def test_placeholder_files_for_the_files_an_example_opens(script: ModuleType) -> None:
    code = 'open("speech.mp3", "rb"); open("/etc/passwd"); Path("data/mydata.jsonl"); open("../x.png")'
    files = script.placeholder_files(code)
    assert set(files) == {"speech.mp3", "data/mydata.jsonl"}
    assert files["speech.mp3"].startswith(b"ID3")


def test_every_python_example_is_found(script: ModuleType) -> None:
    examples = script.load_examples(OPENAI_SPEC)
    assert len(examples) == TOTAL_EXAMPLES
    keys = {e.key for e in examples}
    assert {
        "createThreadAndRun[0]",
        "createFile[0]",
        "createSpeech[0]",
        "listModels[0]",
    } <= keys
    assert len(keys) == len(examples)


def test_spec_examples_run_against_prism(
    openai_prism: PrismServer, openai_client_dir: Path, tmp_path: Path
) -> None:
    report_path = tmp_path / "examples.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--base-url",
            openai_prism.url,
            "--client-dir",
            str(openai_client_dir),
            "--json",
            str(report_path),
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(proc.stdout)
    print(proc.stderr, file=sys.stderr)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["total"] == TOTAL_EXAMPLES
    assert (
        report["passed"] >= MIN_PASSING
    ), f"{report['passed']} examples passed, fewer than {MIN_PASSING}"
    unknown = [
        r["key"] + ": " + r["error"]
        for r in report["results"]
        if not r["ok"] and r["category"] == "unknown"
    ]
    # a failure nobody has looked at yet is reported, not fatal: the floor above is the contract
    if unknown:
        print("unclassified failures:\n  " + "\n  ".join(unknown))
