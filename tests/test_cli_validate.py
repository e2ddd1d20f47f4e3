"""`oasgen validate`: schema errors and lint warnings, located; schema errors fail (exit 1),
lint warnings only with --strict.

The validator's cache goes to a temporary folder (OASGEN_CACHE_DIR) in every test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from generator.load.validate import validate_spec

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "fixtures" / "specs"
SCHEMA_ERROR = "tests/fixtures/specs/schema-error.yaml"
SEED004 = "tests/fixtures/specs/seed004-create-thread-and-run.yaml"


def run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OASGEN_CACHE_DIR": str(cache)}
    env.pop("OASGEN_NO_CACHE", None)
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_schema_error_is_listed_with_file_line_column_and_pointer(tmp_path: Path) -> None:
    proc = run("validate", SCHEMA_ERROR, cache=tmp_path)
    assert proc.returncode == 1  # a schema error fails without --strict
    assert proc.stdout.strip() == f"{SCHEMA_ERROR}: invalid: 2 schema error(s), 3 warning(s)"
    lines = proc.stderr.splitlines() + [proc.stdout.strip()]
    type_error = [line for line in lines if "'strin'" in line and ": error: " in line]
    assert type_error == [
        f"{SCHEMA_ERROR}:21:21 (/paths/~1pets/get/responses/200/content/application~1json/schema/properties/id/type): "
        "error: 'strin' is not valid under any of the given schemas "
        "(closest: 'strin' is not one of ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'])"
    ]
    lint = [line for line in lines if "'owner'" in line]
    assert lint == [
        f"{SCHEMA_ERROR}:18:17 (/paths/~1pets/get/responses/200/content/application~1json/schema/required): "
        "warning: `required` names 'owner', which is not a property"
    ]
    for line in lines[:-1]:  # every finding says file:line:column (pointer)
        assert re.match(re.escape(SCHEMA_ERROR) + r":\d+:\d+ \(/[^)]*\): (error|warning): ", line), line


def test_lint_warnings_alone_pass_unless_strict(tmp_path: Path) -> None:
    spec = tmp_path / "lint.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n'
        "    Pet:\n      type: object\n      required: [name, owner]\n      properties:\n        name: {type: string}\n"
    )
    lenient = run("validate", str(spec), cache=tmp_path / "cache")
    assert lenient.returncode == 0 and lenient.stderr == ""
    assert lenient.stdout.splitlines()[-1] == f"{spec}: ok: 0 schema error(s), 1 warning(s)"
    assert f"{spec}:8:7 (/components/schemas/Pet/required): warning: `required` names 'owner'" in lenient.stdout
    strict = run("validate", "--strict", str(spec), cache=tmp_path / "cache")
    assert strict.returncode == 1 and "'owner'" in strict.stderr
    assert strict.stdout.strip() == f"{spec}: invalid: 0 schema error(s), 1 warning(s)"


def test_strict_fails_on_findings(tmp_path: Path) -> None:
    proc = run("validate", "--strict", SCHEMA_ERROR, cache=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.strip() == f"{SCHEMA_ERROR}: invalid: 2 schema error(s), 3 warning(s)"
    assert f"{SCHEMA_ERROR}:21:21 " in proc.stderr and "'strin'" in proc.stderr


def test_clean_spec_passes_strict(tmp_path: Path) -> None:
    spec = tmp_path / "clean.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\nsecurity: [{bearer: []}]\npaths:\n'
        "  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema: {type: array, items: {type: string}}\n"
        "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n"
    )
    proc = run("validate", "--strict", str(spec), cache=tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith(": ok: 0 schema error(s), 0 warning(s)")
    assert proc.stderr == ""


def test_seed004_required_names_a_missing_property(tmp_path: Path) -> None:
    lenient = run("validate", SEED004, cache=tmp_path)
    assert lenient.returncode == 0
    (warning,) = [line for line in lenient.stdout.splitlines() if "thread_id" in line]
    assert warning.startswith(f"{SEED004}:18:15 (/paths/~1threads~1runs/post/requestBody/content/application~1json/schema/required)")
    assert "warning: `required` names 'thread_id', which is not a property" in warning

    strict = run("validate", "--strict", SEED004, cache=tmp_path)
    assert strict.returncode == 1
    assert "thread_id" in strict.stderr and "invalid" in strict.stdout


def test_seed004_default_mode_still_builds_the_ir(tmp_path: Path) -> None:
    proc = run("inspect", SEED004, cache=tmp_path)
    assert proc.returncode == 0
    assert "operations: 1" in proc.stdout
    (warning,) = [line for line in proc.stdout.splitlines() if "thread_id" in line]
    assert f"{SEED004}:18:15" in warning
    # in the IR the missing property is simply not there, and the real one stays required
    api = normalize(load_spec(SPECS / "seed004-create-thread-and-run.yaml"))
    (body,) = api.operations[0].request_bodies
    request = api.type_by_id()[body.type.name or ""]
    required = {f.name: f.required for f in request.fields}
    assert required["assistant_id"] is True and "thread_id" not in required
    assert any("thread_id" in w for w in api.warnings)


def test_findings_inside_a_referenced_file_point_into_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "openapi.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /pets:\n    get:\n      responses:\n'
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: 'schemas/pet.yaml#/Pet'}\n"
    )
    (tmp_path / "schemas" / "pet.yaml").write_text("Pet:\n  type: object\n  properties:\n    name:\n      type: strng\n")
    monkeypatch.setenv("OASGEN_CACHE_DIR", str(tmp_path / "cache"))
    problems = validate_spec(load_spec(tmp_path / "openapi.yaml"))
    # the schema as a whole ("valid under none of its forms") and the keyword that is wrong,
    # both in the file where they are, as for a component schema of a one-file spec
    assert {p.location.file for p in problems} == {str(tmp_path / "schemas" / "pet.yaml")}
    (problem,) = [p for p in problems if "'strng'" in p.message]
    assert "'strng'" in problem.message and problem.severity == "error"
    assert problem.location.file.endswith("schemas/pet.yaml")
    assert (problem.location.line, problem.location.column) == (5, 7)
    assert problem.location.pointer == "/Pet/properties/name/type"


def test_validation_result_is_cached_by_content(tmp_path: Path) -> None:
    first = run("validate", SCHEMA_ERROR, cache=tmp_path)
    cached = list(tmp_path.glob("validate-*.json"))
    assert len(cached) == 1
    second = run("validate", SCHEMA_ERROR, cache=tmp_path)
    assert (second.stdout, second.stderr, second.returncode) == (first.stdout, first.stderr, first.returncode)
    # a changed spec is a new entry, not a stale hit
    changed = tmp_path / "changed.yaml"
    changed.write_text((ROOT / SCHEMA_ERROR).read_text().replace("type: strin", "type: string"))
    third = run("validate", str(changed), cache=tmp_path)
    assert "'strin'" not in third.stderr + third.stdout and len(list(tmp_path.glob("validate-*.json"))) == 2


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "OASGEN_CACHE_DIR": str(tmp_path), "OASGEN_NO_CACHE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "validate", SCHEMA_ERROR],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and "'strin'" in proc.stderr
    assert list(tmp_path.iterdir()) == []
