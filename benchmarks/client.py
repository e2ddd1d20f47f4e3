"""Generated OpenAI client vs the official `openai` SDK, measured in the same run.

    python benchmarks/client.py [--runs 15] [--requests 300]

- import time: `import openai_client` (the committed output/openai) vs `import openai`, each in
  a fresh interpreter, best and median of N runs; goal: ours <= 1/3 of theirs.
- per-request overhead: the same call (`client.models.retrieve("m")`) against one loopback
  server on 127.0.0.1, N requests each, no retries; goal: ours no slower.

The official SDK is installed into this benchmark's own virtual environment
(`benchmarks/.venv-peers`, created on first use), never into the project's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import venv
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "output" / "openai"
PEERS = Path(__file__).resolve().parent / ".venv-peers"
MODEL = json.dumps({"id": "m", "object": "model", "created": 1, "owned_by": "openai"}).encode()


def peer_python() -> Path:
    python = PEERS / "bin" / "python"
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(PEERS)
    if subprocess.run([str(python), "-c", "import openai, httpx2"], capture_output=True).returncode:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "openai", "httpx2"], check=True)
    return python


def _env(path: Path | None) -> dict[str, str]:
    """Bytecode caching on for both packages (as users have it), our package on the path."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(path) if path else ""
    return env


def time_import(python: Path, module: str, runs: int, path: Path | None) -> list[float]:
    env = _env(path)
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    subprocess.run([str(python), "-c", code], env=env, capture_output=True, check=True)  # writes .pyc
    out = []
    for _ in range(runs):
        result = subprocess.run([str(python), "-c", code], env=env, capture_output=True, text=True, check=True)
        out.append(float(result.stdout.strip()))
    return out


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(MODEL)))
        self.end_headers()
        self.wfile.write(MODEL)


REQUEST_CODE = """
import sys, time
{setup}
client.models.retrieve("m")  # warm the connection and the lazy imports
t = time.perf_counter()
for _ in range({n}):
    client.models.retrieve("m")
print((time.perf_counter() - t) / {n})
"""


def time_requests(python: Path, setup: str, n: int, path: Path | None) -> float:
    env = _env(path)
    code = REQUEST_CODE.format(setup=setup, n=n)
    result = subprocess.run([str(python), "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    if not (OURS / "openai_client").is_dir():
        print("output/openai is missing: run `oasgen generate openai` first", file=sys.stderr)
        return 2
    python = peer_python()
    ours = time_import(python, "openai_client", args.runs, OURS)
    theirs = time_import(python, "openai", args.runs, None)
    print(f"import, best / median of {args.runs} (s):")
    print(f"  oasgen openai_client  {min(ours):.3f} / {statistics.median(ours):.3f}")
    print(f"  official openai       {min(theirs):.3f} / {statistics.median(theirs):.3f}")
    print(f"  ratio ours/theirs     {statistics.median(ours) / statistics.median(theirs):.2f} (goal <= 0.33)")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        ours_req = [
            time_requests(
                python,
                f"from openai_client import Client\nclient = Client(api_key='k', base_url={base!r}, max_retries=0)",
                args.requests,
                OURS,
            )
            for _ in range(3)
        ]
        theirs_req = [
            time_requests(
                python,
                f"from openai import OpenAI\nclient = OpenAI(api_key='k', base_url={base!r}, max_retries=0)",
                args.requests,
                None,
            )
            for _ in range(3)
        ]
    finally:
        server.shutdown()
        server.server_close()
    print(f"per request, best of 3 x {args.requests} (ms):")
    print(f"  oasgen openai_client  {min(ours_req) * 1000:.3f}")
    print(f"  official openai       {min(theirs_req) * 1000:.3f}")
    print(f"  ratio ours/theirs     {min(ours_req) / min(theirs_req):.2f} (goal <= 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
