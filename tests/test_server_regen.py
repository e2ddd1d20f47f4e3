"""Regeneration keeps the user's handler module, and mypy points at what no longer matches."""

from __future__ import annotations

import asyncio
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2

from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize
from test_server_support import RUNS_API, SCAFFOLD_MODULE, generate, import_fresh

PACKAGE = "srv_regen"

IMPLEMENTED = '''    async def retrieve(self, *, run_id: str, credentials: str) -> Run:
        """Get a run

        `GET /runs/{run_id}` (getRun)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        return Run(id=run_id, object="run", status="done", created_at=0)
'''

CANCEL = '''    async def cancel(self, *, run_id: str, credentials: str) -> Run:
        """Cancel a run

        `POST /runs/{run_id}/cancel` (cancelRun)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        return Run(id=run_id, object="run", status="cancelled", created_at=0)
'''


def mypy(out: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), f"{PACKAGE}/{SCAFFOLD_MODULE}.py"],
        cwd=out,
        env={**os.environ, "MYPYPATH": str(out)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def get(app: Any, method: str, url: str) -> httpx2.Response:
    async def go() -> httpx2.Response:
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, url, headers={"Authorization": "Bearer t"})

    return asyncio.run(go())


def test_regeneration_keeps_user_code_and_mypy_reports_the_renamed_operation(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(RUNS_API.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    generate(normalize(load_spec(str(spec))), out, PACKAGE)
    user = out / PACKAGE / f"{SCAFFOLD_MODULE}.py"

    # the user implements two handlers in the scaffolded module
    text = user.read_text(encoding="utf-8")
    for implemented in (IMPLEMENTED, CANCEL):
        body = implemented.splitlines(keepends=True)
        scaffolded = "".join(body[:-1]) + "        raise NotImplementedError\n"
        assert scaffolded in text
        text = text.replace(scaffolded, implemented)
    user.write_text(text, encoding="utf-8")
    before = user.read_bytes()
    cache = tmp_path / "mypy-cache"
    first = mypy(out, cache)
    assert first.returncode == 0, first.stdout + first.stderr

    import_fresh(out, PACKAGE)
    app = importlib.import_module(f"{PACKAGE}.{SCAFFOLD_MODULE}").app
    assert get(app, "GET", "/v2/runs/run_1").json()["status"] == "done"
    assert get(app, "POST", "/v2/runs/run_1/cancel").json()["status"] == "cancelled"

    # the spec changes: a new field, and cancelRun renamed to stopRun (POST .../stop)
    changed = spec.read_text(encoding="utf-8")
    changed = changed.replace("  /runs/{run_id}/cancel:\n", "  /runs/{run_id}/stop:\n")
    changed = changed.replace("operationId: cancelRun", "operationId: stopRun")
    field = "        created_at: {type: integer}\n"
    changed = changed.replace(field, field + "        priority: {type: integer}\n", 1)
    assert changed.count("stopRun") == 1 and "priority" in changed
    spec.write_text(changed, encoding="utf-8")
    files = generate(normalize(load_spec(str(spec))), out, PACKAGE)

    # the user's module is left exactly as it was, and oasgen does not claim it
    assert user.read_bytes() == before
    assert f"{PACKAGE}/{SCAFFOLD_MODULE}.py" not in files
    generated = (out / PACKAGE / "server" / "handlers" / "runs.py").read_text(encoding="utf-8")
    assert "async def stop(" in generated and "async def cancel(" not in generated
    assert "priority" in (out / PACKAGE / "types" / "run.py").read_text(encoding="utf-8")

    # mypy over the user's module names the handler that no longer matches, and the operation
    second = mypy(out, cache)
    report = second.stdout
    assert second.returncode == 1, report + second.stderr
    assert f"{SCAFFOLD_MODULE}.py" in report
    assert '"Runs"' in report and '"RunsHandler"' in report
    assert "stop" in report
    assert all(f"{SCAFFOLD_MODULE}.py" in line for line in report.splitlines() if ": error:" in line)

    # at run time the renamed operation answers 501 until implemented; the rest still works
    import_fresh(out, PACKAGE)
    app = importlib.import_module(f"{PACKAGE}.{SCAFFOLD_MODULE}").app
    r = get(app, "POST", "/v2/runs/run_1/stop")
    assert r.status_code == 501 and r.json()["error"]["type"] == "not_implemented"
    assert get(app, "GET", "/v2/runs/run_1").json()["status"] == "done"
