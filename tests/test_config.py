"""The `[tool.oasgen]` / `oasgen.toml` configuration: finding it, reading it, and its errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.cli import main
from generator.emit import DEFAULT_EMIT
from generator.normalize.naming_file import load_naming
from generator.workflow.config import ConfigError, find_config, load_config
from generator.errors import OasgenError

ROOT = Path(__file__).resolve().parent.parent

PYPROJECT = """\
[project]
name = "demo"

[tool.oasgen.targets.api]
spec = "specs/api.yaml"
package = "api_client"
output = "gen/api"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value)


def test_pyproject_target_paths_are_relative_to_the_config(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / "pyproject.toml", PYPROJECT))
    (t,) = cfg.select([])
    assert t.name == "api" and t.package == "api_client"
    assert t.spec == tmp_path / "specs" / "api.yaml"
    assert t.output == tmp_path / "gen" / "api"
    assert t.emit == DEFAULT_EMIT == ("models", "client")
    assert t.naming is None and t.streaming == {} and t.upstream is None


def test_oasgen_toml_has_the_same_tables_at_the_top(tmp_path: Path) -> None:
    text = """\
[targets.api]
spec = "api.yaml"
package = "api_client"
output = "out"
emit = ["models", "client", "stubs", "docs"]
naming = "api.naming.yaml"
env_api_key = "API_KEY"
env_base_url = "API_BASE_URL"
upstream = { url = "https://example.com/api.yaml" }

[targets.api.streaming]
createRun = { event_type = "RunEvent", mode = "event", param = "stream" }
"""
    cfg = load_config(write(tmp_path / "oasgen.toml", text))
    t = cfg.targets["api"]
    assert t.emit == ("models", "client", "stubs", "docs")
    assert t.naming == tmp_path / "api.naming.yaml"
    assert t.streaming == {"createRun": {"event_type": "RunEvent", "mode": "event", "param": "stream"}}
    assert (t.env_api_key, t.env_base_url) == ("API_KEY", "API_BASE_URL")
    assert t.upstream is not None and t.upstream.url == "https://example.com/api.yaml"
    assert t.upstream.lock == tmp_path / "api.lock.json"  # default: next to the spec


def test_found_from_a_subfolder_upwards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "oasgen.toml", "[targets]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.oasgen]: skipped
    (tmp_path / "sub" / "deeper").mkdir()
    assert find_config(tmp_path / "sub" / "deeper") == tmp_path / "oasgen.toml"
    monkeypatch.chdir(tmp_path / "sub" / "deeper")
    assert load_config().path == (tmp_path / "oasgen.toml").resolve()


def test_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path / "oasgen.toml", "[targets]\n")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "src").mkdir()
    assert find_config(tmp_path / "repo" / "src") is None


def test_oasgen_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", PYPROJECT)
    write(tmp_path / "oasgen.toml", "[targets]\n")
    assert find_config(tmp_path) == tmp_path / "oasgen.toml"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('outptu = "x"', "unknown key 'tool.oasgen.targets.api.outptu'"),
        ('emit = "models"', "'tool.oasgen.targets.api.emit' must be an array"),
        ('emit = ["models", "sdk"]', "'tool.oasgen.targets.api.emit': unknown value 'sdk'"),
        ("naming = 3", "'tool.oasgen.targets.api.naming' must be a non-empty string"),
        ('env_api_key = "NOT A NAME"', "is not an environment variable name"),
        ("streaming = { createRun = { mode = 'event' } }", "'tool.oasgen.targets.api.streaming.createRun' is missing the required key 'event_type'"),
        ("streaming = { createRun = { event_type = 'E', mode = 'lines' } }", "must be one of data, event, not 'lines'"),
        ("streaming = { createRun = { event_type = 'E', size = 1 } }", "unknown key 'tool.oasgen.targets.api.streaming.createRun.size'"),
        ("upstream = { url = 'file:///etc/passwd' }", "must be an http:// or https:// URL"),
        ("upstream = { url = 'https://x/y.yaml', branch = 'main' }", "unknown key 'tool.oasgen.targets.api.upstream.branch'"),
        ("upstream = { lock = 'x.json' }", "is missing the required key 'url'"),
        ("docs_url = '/docs'", "'tool.oasgen.targets.api.docs_url' must be an http:// or https:// URL"),
        ("docs_url = 1", "'tool.oasgen.targets.api.docs_url' must be a non-empty string"),
        ("alias_threshold = -1", "'tool.oasgen.targets.api.alias_threshold' must be a whole number, 0 or more, not -1"),
        ("alias_threshold = '12'", "'tool.oasgen.targets.api.alias_threshold' must be a whole number, 0 or more, not a string"),
        ("requests = { array_format = 'nested' }", "'tool.oasgen.targets.api.requests.array_format' must be one of indices, brackets, repeat, comma, not 'nested'"),
        ("requests = { idempotency_header = 'Idem Key' }", "'tool.oasgen.targets.api.requests.idempotency_header': 'Idem Key' is not a header name"),
        ("requests = { idempotency_methods = ['send'] }", "'tool.oasgen.targets.api.requests.idempotency_methods': 'send' is not an HTTP method"),
        ("requests = { request_id_headers = 'x-request-id' }", "'tool.oasgen.targets.api.requests.request_id_headers' must be an array"),
        ("requests = { retries = 3 }", "unknown key 'tool.oasgen.targets.api.requests.retries'"),
    ],
)  # fmt: skip
def test_bad_keys_and_types_name_the_key_and_the_file(tmp_path: Path, extra: str, message: str) -> None:
    path = write(tmp_path / "pyproject.toml", PYPROJECT + extra + "\n")
    text = error_of(path)
    assert message in text
    assert text.startswith(str(path.resolve()) + ": ")


def test_requests_table_is_read_with_its_defaults(tmp_path: Path) -> None:
    from generator.normalize.wire import RequestSettings

    cfg = load_config(write(tmp_path / "pyproject.toml", PYPROJECT))
    assert cfg.targets["api"].requests == RequestSettings()
    extra = '[tool.oasgen.targets.api.requests]\narray_format = "brackets"\nidempotency_header = "Idempotency-Key"\nidempotency_methods = ["POST"]\nrequest_id_headers = ["x-amzn-requestid"]\n'
    cfg = load_config(write(tmp_path / "pyproject.toml", PYPROJECT + "\n" + extra))
    assert cfg.targets["api"].requests == RequestSettings("brackets", "Idempotency-Key", ("post",), ("x-amzn-requestid",))
    assert cfg.targets["api"].settings()["requests"]["array_format"] == "brackets"  # in the fingerprint


def test_missing_required_key_and_bad_package(tmp_path: Path) -> None:
    path = write(tmp_path / "oasgen.toml", '[targets.api]\nspec = "a.yaml"\noutput = "o"\n')
    assert "'targets.api' is missing the required key 'package'" in error_of(path)
    path = write(tmp_path / "oasgen.toml", '[targets.api]\nspec = "a.yaml"\noutput = "o"\npackage = "my-client"\n')
    assert "'my-client' is not a valid Python package name" in error_of(path)


def test_unknown_top_level_key_and_malformed_toml(tmp_path: Path) -> None:
    path = write(tmp_path / "oasgen.toml", "[target.api]\n")
    assert "unknown key 'target' (allowed: targets)" in error_of(path)
    path = write(tmp_path / "oasgen.toml", "[targets.api\n")
    assert "malformed TOML" in error_of(path)


def test_unknown_target_lists_the_configured_ones(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / "pyproject.toml", PYPROJECT))
    with pytest.raises(ConfigError, match=r"unknown target 'web' \(configured: api\)"):
        cfg.select(["web"])


def test_naming_file(tmp_path: Path) -> None:
    good = write(tmp_path / "n.yaml", "# comment\ncreateThreadAndRun: beta.threads.create_and_run\n")
    assert {k: v.call for k, v in load_naming(good).items()} == {"createThreadAndRun": "beta.threads.create_and_run"}
    bad = write(tmp_path / "bad.yaml", "createThreadAndRun: beta threads\n")
    with pytest.raises(OasgenError) as info:
        load_naming(bad)
    assert str(info.value).startswith(f"{bad}:1:1 (/createThreadAndRun): naming file: 'createThreadAndRun'")
    with pytest.raises(OasgenError, match="naming file not found"):
        load_naming(tmp_path / "missing.yaml")
    malformed = write(tmp_path / "malformed.yaml", "createRun: [beta\n")
    with pytest.raises(OasgenError, match=r"malformed\.yaml:2:1: malformed YAML"):
        load_naming(malformed)
    assert load_naming(write(tmp_path / "empty.yaml", "# nothing yet\n")) == {}


def test_cli_reports_config_errors_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "oasgen.toml", '[targets.api]\nspec = "a.yaml"\npackage = "a"\noutput = "o"\nemit = 1\n')
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oasgen: error: ") and "'targets.api.emit' must be an array" in err
    assert "Traceback" not in err
    os.remove(tmp_path / "oasgen.toml")
    assert main(["check"]) == 2
    assert "no oasgen configuration found" in capsys.readouterr().err


def test_this_project_config() -> None:
    cfg = load_config(ROOT / "pyproject.toml")
    assert sorted(cfg.targets) == ["openai", "seed000"]
    openai, seed = cfg.targets["openai"], cfg.targets["seed000"]
    assert openai.spec == ROOT / "specs" / "openai-2026-08-21.yaml" and openai.package == "openai_client"
    assert openai.output == ROOT / "output" / "openai"
    assert seed.spec == ROOT / "specs" / "seed000-create-thread-and-run.yaml" and seed.package == "seed000_client"
    assert seed.output == ROOT / "output" / "seed000"
    for t in (openai, seed):
        assert t.spec.is_file()
        if t.naming is not None:
            assert t.naming.is_file() and t.naming_overrides()
    assert openai.upstream is not None and openai.upstream.lock == ROOT / "specs" / "openai-2026-08-21.lock.json"
