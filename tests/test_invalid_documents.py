"""Documents with errors: `generate` either refuses them with a located error or says, located,
what it leaves out or reads differently from what is written (`tests/fixtures/invalid/`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "invalid"

#: file -> (exit code, what stderr says, with its place)
CASES = {
    "bad-status-code.yaml": (
        0,
        "bad-status-code.yaml:7:9 (/paths/~1/get/responses/abcdef): warning: response key 'abcdef' "
        "is not an HTTP status code (200), a range (2XX) or `default`: this response is not generated",
    ),
    "optional-path-param.yaml": (
        0,
        "optional-path-param.yaml:7:11 (/paths/~1{optional}/get/parameters/0): warning: a path "
        "parameter must say `required: true`; taken as required",
    ),
    "invalid-defaults.yaml": (
        0,
        "invalid-defaults.yaml:9:11 (/paths/~1/post/parameters/0/schema): warning: parameter default "
        "does not match its type ('notauuid'); ignored",
    ),
    "circular-body-ref.yaml": (2, "oasgen: error: circular-body-ref.yaml:11:12 (/components/requestBodies/body/$ref): $ref cycle"),
    "missing-body-ref.yaml": (2, "oasgen: error: missing-body-ref.yaml:6:21 (/paths/~1/post/requestBody/$ref): $ref '#/components/requestBodies/body' points at nothing"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_generate_says_what_it_does_with_an_invalid_document(name: str, tmp_path: Path) -> None:
    code, said = CASES[name]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OASGEN_NO_CACHE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", name, "-o", str(tmp_path / "out"), "-v"],
        cwd=FIXTURES, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr
    assert proc.returncode == code, proc.stderr
    assert said in proc.stderr, proc.stderr
    assert (tmp_path / "out").exists() == (code == 0)


def test_the_bad_response_is_left_out_and_the_path_parameter_is_required(tmp_path: Path) -> None:
    from generator.load.loader import load_spec
    from generator.normalize.normalizer import normalize

    bad = normalize(load_spec(FIXTURES / "bad-status-code.yaml"))
    assert [r.status for op in bad.operations for r in op.responses] == []
    optional = normalize(load_spec(FIXTURES / "optional-path-param.yaml"))
    (param,) = optional.operations[0].parameters
    assert param.location == "path" and param.required
