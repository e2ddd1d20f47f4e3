"""generator/report.py: warnings grouped by kind for a person, every one for `-v`, JSON for tools."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.report import grouped, kind_of, parse, report_warnings

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = 40


def kubernetes_like(path: Path) -> Path:
    """A spec in Kubernetes' shape: every operation answers JSON, YAML and protobuf, every list
    is `uniqueItems`, and one path key carries a URL fragment (which changes where a call goes)."""
    paths = {}
    for i in range(OPERATIONS):
        content = {
            media: {"schema": {"$ref": "#/components/schemas/Thing"}}
            for media in ("application/json", "application/yaml", "application/vnd.kubernetes.protobuf")
        }
        paths[f"/things{i}"] = {"get": {"operationId": f"getThing{i}", "responses": {"200": {"description": "ok", "content": content}}}}
    paths["/things0#again"] = {"get": {"operationId": "again", "responses": {"204": {"description": "ok"}}}}
    schemas = {
        "Thing": {
            "type": "object",
            "properties": {f"tags{i}": {"type": "array", "items": {"type": "string"}, "uniqueItems": True} for i in range(30)},
        }
    }
    security = {"bearer": {"type": "http", "scheme": "bearer"}}
    doc = {
        "openapi": "3.0.3", "info": {"title": "k", "version": "1"}, "servers": [{"url": "https://api.example.com"}],
        "security": [{"bearer": []}], "paths": paths, "components": {"schemas": schemas, "securitySchemes": security},
    }  # fmt: skip
    spec = path / "k.json"
    spec.write_text(json.dumps(doc, indent=1))
    return spec


def oasgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OASGEN_NO_CACHE": "1"}
    proc = subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_a_spec_with_hundreds_of_warnings_reads_in_a_few_lines(tmp_path: Path) -> None:
    spec = kubernetes_like(tmp_path)
    every = oasgen("generate", spec.name, "-o", "out", "--package", "k", "-v", cwd=tmp_path)
    assert every.returncode == 0, every.stderr
    each = [line for line in every.stderr.splitlines() if ": warning: " in line]
    total = len(each)
    assert total >= 30 + 2 * OPERATIONS + 1  # uniqueItems, two encodings per operation, fragment
    assert every.stderr.splitlines()[-1] == f"{spec.name}: {total} warnings"

    default = oasgen("generate", spec.name, "-o", "out", "--package", "k", cwd=tmp_path)
    lines = default.stderr.splitlines()
    assert len(lines) <= 10
    assert lines[-1] == f"{spec.name}: {total} warnings of {len(lines) - 1} kinds (-v lists each)"
    # what changes a call comes first, keywords not enforced after, and no-effect kinds last
    assert "URL fragment" in lines[0] or "no request tells it" in lines[0]
    assert any("30 x `uniqueItems` not enforced" in line for line in lines)
    (harmless,) = [line for line in lines if "no effect on the generated code" in line]
    count = int(harmless.split("warning: ", 1)[1].split(" x ", 1)[0])
    assert count >= 2 * OPERATIONS and lines.index(harmless) == len(lines) - 2
    assert harmless.count("k.json:") == 3  # its first places, not every one

    quiet = oasgen("generate", spec.name, "-o", "out", "--package", "k", "-q", cwd=tmp_path)
    assert quiet.stderr.splitlines() == [f"{spec.name}: {total} warnings (hidden by -q)"]


def test_inspect_and_json_for_tools(tmp_path: Path) -> None:
    spec = kubernetes_like(tmp_path)
    proc = oasgen("inspect", spec.name, "--warnings-json", "w.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "kinds (-v lists each)" in proc.stdout
    doc = json.loads((tmp_path / "w.json").read_text())
    assert doc["source"] == spec.name
    counts = {kind["kind"]: kind["count"] for kind in doc["kinds"]}
    assert sum(counts.values()) == doc["count"] and counts["`uniqueItems` not enforced"] == 30
    first = doc["kinds"][0]["warnings"][0]
    assert first["file"] == spec.name and first["line"] > 0 and first["pointer"].startswith("/paths/")


def test_check_takes_the_same_options(tmp_path: Path) -> None:
    spec = kubernetes_like(tmp_path)
    (tmp_path / "oasgen.toml").write_text(f'[targets.k]\nspec = "{spec.name}"\npackage = "k"\noutput = "out"\n')
    (tmp_path / ".git").mkdir()
    assert oasgen("generate", "-q", cwd=tmp_path).returncode == 0
    grouped_run = oasgen("check", cwd=tmp_path)
    verbose_run = oasgen("check", "-v", cwd=tmp_path)
    assert grouped_run.returncode == verbose_run.returncode == 0
    assert len(grouped_run.stderr.splitlines()) < 10 < len(verbose_run.stderr.splitlines())


@pytest.mark.parametrize(
    ("message", "category", "label"),
    [
        ("request body multipart/form-data is not generated: the client sends application/json", "calls", "request bodies the client does not send"),
        ("`servers` of this path or operation (https://upload.box.com/api/2.0) are not generated: the client sends its requests to the base URL (https://api.box.com/2.0)", "calls", "operations whose own host is not used"),
        ("path key '/shared_items#folders': a URL fragment (#folders) never reaches the server; its operations are sent to '/shared_items'", "calls", "path keys with a URL fragment"),
        ("response 200 application/yaml is not generated: the client returns the 200 application/json response", "no effect", "responses also offered in another encoding of the JSON the client reads (no effect on the generated code)"),
        ("response 202 application/json is not generated: the client returns the 200 application/json response", "calls", "responses the client does not return"),
        ("`uniqueItems` is not generated: repeated items are accepted", "keywords", "`uniqueItems` not enforced"),
        ("`enum` is not generated (a Literal cannot hold its values): any value of its type is accepted", "types", "enums left open"),
        ("`required` names 'stream_ids', which is not a property", "types", "`required` naming no property"),
        ("discriminator 'type' ignored: not a distinct literal in every member", "types", "discriminators"),
        ("response `links` are not generated", "documentation", "documentation"),
    ],
)
def test_kinds_of_real_messages(message: str, category: str, label: str) -> None:
    kind = kind_of(message)
    assert (kind.category, kind.label) == (category, label)


def test_an_unknown_message_is_grouped_by_its_wording_without_its_specifics() -> None:
    a = kind_of("something new about 'Pet' at /pets (3 times): details")
    b = kind_of("something new about 'Order' at /orders (7 times): other details")
    assert a == b and "Pet" not in a.label


def test_places_are_read_back_from_the_warning_text() -> None:
    finding = parse("api.yaml:12:7 (/paths/~1a/get): warning: `uniqueItems` is not generated: x")
    assert (finding.file, finding.line, finding.column, finding.pointer) == ("api.yaml", 12, 7, "/paths/~1a/get")
    assert finding.place == "api.yaml:12:7 (/paths/~1a/get)"
    assert finding.message == "`uniqueItems` is not generated: x"


def test_grouped_order_and_empty_report() -> None:
    warnings = [
        "a.yaml:1:1 (/x): warning: `uniqueItems` is not generated: repeated items are accepted",
        "a.yaml:2:1 (/y): warning: request body text/plain is not generated: the client sends application/json",
    ]
    assert [g.kind.category for g in grouped(warnings)] == ["calls", "keywords"]
    out = io.StringIO()
    report_warnings("a.yaml", [], out)
    assert out.getvalue() == ""
