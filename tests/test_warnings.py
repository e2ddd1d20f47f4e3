"""Nothing dropped silently: every part of a spec oasgen reads past gets a located warning,
and `generate` and `check` print them all (file:line:column (pointer): message), then a count.

tests/fixtures/shapes/not-generated.yaml holds one of each construct that is not generated;
annotations (`title`, `x-` extensions, `then` without effect of its own) must stay silent.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.report import Options
from generator.workflow.check import check_targets, generate_targets
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize

ROOT = Path(__file__).resolve().parent.parent
SPEC = "tests/fixtures/shapes/not-generated.yaml"

#: (line, pointer, words in the message), in the order they are printed
EXPECTED = [
    (10, "/paths/~1things/get/parameters/0/style", "style 'form' for an object query parameter is not generated"),
    (11, "/paths/~1things/get/parameters/1/style", "parameter style 'pipeDelimited' is not generated"),
    (12, "/paths/~1things/get/parameters/2/style", "parameter style 'matrix' is not generated for a path parameter"),
    (13, "/paths/~1things/get/parameters/3/allowEmptyValue", "`allowEmptyValue` is not generated"),
    (16, "/paths/~1things/get/parameters/4/content/application~1json", "given as application/json content"),
    (21, "/paths/~1things/get/responses/200/links", "response `links` are not generated"),
    (24, "/paths/~1things/get/responses/202/content/application~1json", "response 202 application/json is not generated"),
    (30, "/paths/~1things/post/requestBody/content/application~1xml/schema",
     "the schema of request body application/xml is not generated: the client sends it as raw bytes"),
    (32, "/paths/~1things/post/responses/default", "the `default` response is not generated"),
    (40, "/paths/~1uploads/post/requestBody/content/application~1x-www-form-urlencoded/encoding/tags/style",
     "encoding style 'pipeDelimited' of 'tags' is not generated"),
    (49, "/paths/~1report/get/responses/200/content/application~1xml/schema",
     "the schema of response 200 application/xml is not generated: the client returns its raw bytes"),
    (52, "/components/securitySchemes/mtls", "security scheme 'mtls' (mutualTLS) is not generated"),
    (57, "/components/schemas/Thing/properties/name/not", "`not` is not generated"),
    (58, "/components/schemas/Thing/properties/extra/patternProperties", "`patternProperties` is not generated"),
    (59, "/components/schemas/Thing/properties/pair/prefixItems", "`prefixItems` is not generated"),
    (60, "/components/schemas/Thing/properties/tags/uniqueItems", "`uniqueItems` is not generated"),
    (61, "/components/schemas/Thing/properties/ratio/multipleOf", "`multipleOf` is not generated"),
    (61, "/components/schemas/Thing/properties/ratio/enum", "`enum` is not generated"),
    (62, "/components/schemas/Thing/properties/kind/requried", "unknown schema keyword `requried` ignored"),
    (63, "/components/schemas/Thing/if", "`if` is not generated"),
    (65, "/components/schemas/Thing/dependentSchemas", "`dependentSchemas` is not generated"),
    (70, "/components/schemas/Pet/discriminator", "`discriminator` without `oneOf`/`anyOf` is not generated"),
]
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+) \((?P<pointer>/[^)]*)\): warning: (?P<message>.+)$")


def warnings_of(spec: str | Path) -> list[str]:
    """The spec's warnings, less the one for a spec without security schemes (see test_auth)."""
    found = normalize(load_spec(ROOT / spec if isinstance(spec, str) else spec)).warnings
    return [w for w in found if "declares no security scheme" not in w]


def test_every_construct_that_is_not_generated_has_a_located_warning() -> None:
    found = []
    for text in warnings_of(SPEC):
        m = LINE.match(text)
        assert m is not None, text
        found.append((int(m["line"]), m["pointer"], m["message"]))
    assert [(line, pointer) for line, pointer, _ in found] == [(line, pointer) for line, pointer, _ in EXPECTED]
    for (_, _, message), (_, _, words) in zip(found, EXPECTED):
        assert words in message, (message, words)
    # ordered by line as a number (line 6 before line 10), never by the text
    assert [line for line, _, _ in found] == sorted(line for line, _, _ in found)


def test_documentation_and_extensions_stay_silent(tmp_path: Path) -> None:
    spec = tmp_path / "quiet.yaml"
    spec.write_text(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A:\n'
        "      type: object\n      title: A thing\n      description: d\n      x-internal: true\n"
        "      externalDocs: {url: 'https://example.com'}\n      xml: {name: a}\n      example: {n: 1}\n"
        "      properties:\n        n: {type: integer, minimum: 0, $comment: c, deprecated: true}\n"
    )
    assert warnings_of(spec) == []


def test_path_servers_are_the_base_url_when_the_spec_names_none(tmp_path: Path) -> None:
    spec = tmp_path / "servers.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n'
        "    servers: [{url: 'https://api.example.com'}]\n    get: {responses: {'204': {description: ok}}}\n"
        "  /b:\n    servers: [{url: 'https://api.example.com'}]\n    get: {responses: {'204': {description: ok}}}\n"
    )
    api = normalize(load_spec(spec))
    assert api.servers == ["https://api.example.com"]
    assert [w for w in api.warnings if "declares no security scheme" not in w] == []


def oasgen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_generate_prints_every_warning_then_the_count(tmp_path: Path) -> None:
    expected = [w.replace(str(ROOT) + "/", "") for w in warnings_of(SPEC)]
    proc = oasgen("generate", SPEC, "-o", str(tmp_path / "out"), "--package", "things", "-v")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [*expected, f"{SPEC}: {len(EXPECTED)} warnings"]
    assert "written" in proc.stdout and ": warning:" not in proc.stdout

    grouped = oasgen("generate", SPEC, "-o", str(tmp_path / "out"), "--package", "things")
    assert grouped.returncode == 0
    lines = grouped.stderr.splitlines()
    kinds = len(lines) - 1
    assert lines[-1] == f"{SPEC}: {len(EXPECTED)} warnings of {kinds} kinds (-v lists each)"
    assert 1 < kinds < len(EXPECTED)

    quiet = oasgen("generate", SPEC, "-o", str(tmp_path / "out"), "--package", "things", "-q")
    assert quiet.returncode == 0
    assert quiet.stderr.splitlines() == [f"{SPEC}: {len(EXPECTED)} warnings (hidden by -q)"]


def test_check_prints_the_warnings_from_the_fingerprint_and_when_comparing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(ROOT / SPEC, tmp_path / "api.yaml")
    (tmp_path / "oasgen.toml").write_text('[targets.things]\nspec = "api.yaml"\npackage = "things"\noutput = "out"\n')
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    expected = [w.replace(str(ROOT / SPEC), "api.yaml") for w in warnings_of(SPEC)]
    assert all(w.startswith("api.yaml:") for w in expected)

    verbose, quiet = Options("verbose"), Options("quiet")
    out, err = io.StringIO(), io.StringIO()
    assert generate_targets([], out=out, err=err, warnings=verbose) == 0
    assert err.getvalue().splitlines() == [*expected, f"things: {len(expected)} warnings"]

    for full in (False, True):  # from the fingerprint, then regenerated and compared
        out, err = io.StringIO(), io.StringIO()
        assert check_targets([], full=full, out=out, err=err, warnings=verbose) == 0
        assert ("fingerprint" if not full else "compared") in out.getvalue()
        assert err.getvalue().splitlines() == [*expected, f"things: {len(expected)} warnings"]

    out, err = io.StringIO(), io.StringIO()
    assert check_targets([], out=out, err=err, warnings=quiet) == 0
    assert err.getvalue().splitlines() == [f"things: {len(expected)} warnings (hidden by -q)"]


def test_a_get_body_is_reported_unless_it_can_hold_nothing(tmp_path: Path) -> None:
    """Some specs declare an empty form body on every GET: dropping it loses nothing."""
    spec = tmp_path / "get-bodies.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n'
        "  /empty:\n    get:\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n"
        "            schema: {type: object, properties: {}, additionalProperties: false}\n"
        "      responses: {'204': {description: ok}}\n"
        "  /full:\n    get:\n      requestBody:\n        content:\n          application/json:\n"
        "            schema: {type: object, properties: {q: {type: string}}}\n"
        "      responses: {'204': {description: ok}}\n"
    )
    (warning,) = warnings_of(spec)
    assert ":13:7 (/paths/~1full/get/requestBody): warning: a GET request carries no body" in warning
