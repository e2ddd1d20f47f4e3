"""`oasgen upstream check|update` against a local HTTP server (127.0.0.1, never the internet)."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import io
import json
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from gen_support import loopback
from generator.workflow.check import check_targets
from generator.cli import main
from generator.workflow.upstream import UpstreamError, commit_from_url, fetch, read_lock, upstream_check, upstream_update

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "diff"
COMMIT = "f85dbe223d40e1a31cba812ab2d755c7e98a92a3"


class Server:
    """Serves `files` (path -> bytes); `/redirect-SCHEME` redirects to a SCHEME:// URL."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(self.path)
                if self.path.startswith("/redirect-"):
                    self.send_response(302)
                    scheme = self.path.removeprefix("/redirect-")
                    self.send_header("Location", f"{scheme}://127.0.0.1/etc/passwd")
                    self.end_headers()
                    return
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404, "Not Found")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/yaml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._running = contextlib.ExitStack()
        self._root = self._running.enter_context(loopback(Handler))

    def url(self, path: str) -> str:
        return self._root + path

    def stop(self) -> None:
        self._running.close()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    s = Server()
    yield s
    s.stop()


@pytest.fixture
def project(tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A target pinned to base.yaml, whose upstream URL serves a newer spec."""
    (tmp_path / "specs").mkdir()
    shutil.copy(FIX / "base.yaml", tmp_path / "specs" / "api.yaml")
    shutil.copy(FIX / "naming.yaml", tmp_path / "specs" / "api.naming.yaml")
    (tmp_path / "oasgen.toml").write_text(
        "[targets.demo]\n"
        'spec = "specs/api.yaml"\npackage = "demo_client"\noutput = "out"\nnaming = "specs/api.naming.yaml"\n'
        f'upstream = {{ url = "{server.url("/latest/openapi.yaml")}", lock = "specs/api.lock.json" }}\n',
        encoding="utf-8",
    )
    (tmp_path / ".git").mkdir()
    server.files["/latest/openapi.yaml"] = (FIX / "request_field_removed.yaml").read_bytes()
    server.files["/same/openapi.yaml"] = (FIX / "base.yaml").read_bytes()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_reports_drift_with_the_semantic_diff(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upstream", "check", "demo"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("demo: specs/api.yaml (sha256 ")
    assert "differs from http://127.0.0.1:" in out
    assert "Breaking for clients (1):" in out
    assert "client.beta.threads.create_and_run(truncation_strategy=...)" in out


def test_the_drift_report_reads_both_specs_with_the_targets_settings(
    tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`listMembers = "none"`: the client never pages it, so upstream dropping the parameter
    its inferred paging needed changes no page (only the argument goes)."""
    pinned = (ROOT / "tests" / "fixtures" / "pagination" / "declared.yaml").read_text()
    dropped = "        - {name: after, in: query, schema: {type: string}}\n"
    assert dropped in pinned
    (tmp_path / "api.yaml").write_text(pinned)
    server.files["/api.yaml"] = pinned.replace(dropped, "").encode()
    (tmp_path / "oasgen.toml").write_text(
        f'[targets.chat]\nspec = "api.yaml"\npackage = "chat"\noutput = "out"\nupstream = {{ url = "{server.url("/api.yaml")}" }}\n'
        '[targets.chat.pagination]\nlistMembers = "none"\n'
    )
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["upstream", "check", "chat"]) == 1
    out = capsys.readouterr().out
    assert "client.guilds.members.list(after=...)" in out
    assert "page" not in out, out


def test_check_same_bytes_is_exit_0(project: Path, server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upstream", "check", "--url", server.url("/same/openapi.yaml")]) == 0
    captured = capsys.readouterr()
    assert "demo: specs/api.yaml is up to date with http://127.0.0.1:" in captured.out
    assert "no lock file specs/api.lock.json" in captured.err
    assert server.requests == ["/same/openapi.yaml"]


def test_check_markdown_and_json(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upstream", "check", "demo", "--format", "markdown"]) == 1
    md = capsys.readouterr().out
    assert md.startswith("## Upstream spec changed for target `demo`")
    assert "#### Breaking for clients (1)" in md
    assert main(["upstream", "check", "demo", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["in_sync"] is False and data["target"] == "demo"
    assert data["diff"]["summary"]["breaking_clients"] == 1


def test_update_pins_the_spec_writes_the_lock_and_regenerates(project: Path, server: Server) -> None:
    newer = server.files["/latest/openapi.yaml"]
    out = io.StringIO()
    assert upstream_update("demo", commit=COMMIT, out=out) == 0
    assert (project / "specs" / "api.yaml").read_bytes() == newer
    lock = read_lock(project / "specs" / "api.lock.json")
    assert lock is not None
    assert lock.source_url == server.url("/latest/openapi.yaml")
    assert lock.upstream_commit == COMMIT
    assert lock.sha256 == hashlib.sha256(newer).hexdigest()
    assert lock.spec == "api.yaml" and len(lock.date) == 10
    assert "demo: out: " in out.getvalue()  # the target was regenerated
    assert check_targets(["demo"], out=io.StringIO()) == 0
    assert upstream_check("demo", out=io.StringIO(), err=io.StringIO()) == 0
    # updating again changes nothing
    before = (project / "specs" / "api.lock.json").read_text()
    assert upstream_update("demo", commit=COMMIT, out=io.StringIO()) == 0
    assert (project / "specs" / "api.lock.json").read_text() == before


def test_update_takes_the_commit_from_a_pinned_url(project: Path, server: Server) -> None:
    path = f"/openai/openai-openapi/{COMMIT}/openapi.yaml"
    server.files[path] = server.files["/latest/openapi.yaml"]
    assert upstream_update(None, url=server.url(path), generate=False, out=io.StringIO()) == 0
    lock = read_lock(project / "specs" / "api.lock.json")
    assert lock is not None and lock.upstream_commit == COMMIT and lock.source_url.endswith(path)
    assert not (project / "out").exists()  # --no-generate


def test_edited_pin_is_warned_about(project: Path, server: Server) -> None:
    upstream_update("demo", url=server.url("/same/openapi.yaml"), generate=False, out=io.StringIO())
    spec = project / "specs" / "api.yaml"
    spec.write_text(spec.read_text() + "# local edit\n")
    err = io.StringIO()
    assert upstream_check("demo", url=server.url("/same/openapi.yaml"), out=io.StringIO(), err=err) == 1
    assert "no longer matches the sha256 in specs/api.lock.json" in err.getvalue()


def test_unusable_upstream_writes_nothing(project: Path, server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    server.files["/broken.yaml"] = b"openapi: 3.1.0\ninfo: [not, a, mapping\n"
    before = (project / "specs" / "api.yaml").read_bytes()
    assert main(["upstream", "update", "demo", "--url", server.url("/broken.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oasgen: error: ") and "Traceback" not in err
    assert (project / "specs" / "api.yaml").read_bytes() == before
    assert not (project / "specs" / "api.lock.json").exists()
    assert main(["upstream", "check", "demo", "--url", server.url("/missing.yaml")]) == 2
    assert "HTTP 404" in capsys.readouterr().err


def test_fetch_limits(server: Server) -> None:
    server.files["/big"] = b"x" * 1000
    assert fetch(server.url("/big")) == b"x" * 1000
    with pytest.raises(UpstreamError, match="more than the 100 allowed"):
        fetch(server.url("/big"), max_bytes=100)
    with pytest.raises(UpstreamError, match="must be http:// or https://"):
        fetch("file:///etc/passwd")
    with pytest.raises(UpstreamError, match="redirected to a non-http"):
        fetch(server.url("/redirect-ftp"))
    with pytest.raises(UpstreamError, match="not allowed"):
        fetch(server.url("/redirect-file"))


def test_target_needs_an_upstream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "oasgen.toml").write_text('[targets.a]\nspec = "a.yaml"\npackage = "a"\noutput = "o"\n')
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["upstream", "check"]) == 2
    assert "targets with an upstream: none" in capsys.readouterr().err
    assert main(["upstream", "check", "a"]) == 2
    assert "target 'a' has no upstream" in capsys.readouterr().err


def test_commit_from_url() -> None:
    assert commit_from_url(f"https://raw.githubusercontent.com/openai/openai-openapi/{COMMIT}/openapi.yaml") == COMMIT
    assert commit_from_url("https://raw.githubusercontent.com/openai/openai-openapi/HEAD/openapi.yaml") is None


def test_this_project_lock() -> None:
    lock = read_lock(ROOT / "specs" / "openai-2026-08-21.lock.json")
    assert lock is not None
    assert lock.source_url == f"https://raw.githubusercontent.com/openai/openai-openapi/{COMMIT}/openapi.yaml"
    assert lock.upstream_commit == COMMIT
    assert lock.sha256 == hashlib.sha256((ROOT / "specs" / "openai-2026-08-21.yaml").read_bytes()).hexdigest()
    assert lock.spec == "openai-2026-08-21.yaml"
