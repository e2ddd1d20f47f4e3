"""What bad input costs the generated server, under uvicorn on loopback, in a process of its own.

Seed 000's server (one JSON operation, `POST /v1/threads/runs`) and the runs API's (a
multipart upload beside JSON operations) run in a subprocess, so that their memory can be
read from `/proc/<pid>/status`. Requests go over raw sockets: a body is sent as it is
produced (never held whole by the test), with or without a Content-Length, fast or slowly,
and the client stops sending once the server has answered.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from test_server_support import Samples, built

from generator.emit.render import Renderer
from generator.emit.server import ServerEmitter

pytestmark = [
    pytest.mark.slow,
    pytest.mark.server,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the server's memory from /proc"),
]

MIB = 1024 * 1024
LIMIT = 4 * MIB  # the generated server's default for a JSON body
CHUNK = b"x" * (64 * 1024)
#: The most the server process may grow (peak RSS) while it refuses oversized bodies.
GROWTH_BUDGET = 32 * MIB

#: Runs the app of one generated package with sample handlers, under uvicorn, on a socket
#: bound here (port 0) whose port it prints first.
LAUNCHER = """
import importlib, json, logging, socket, sys
import uvicorn

out, config = sys.argv[1], json.loads(sys.argv[2])
sys.path.insert(0, out)
server = importlib.import_module(config["package"] + ".server")
resources = {}
for attribute, methods in config["handlers"].items():
    members = {}
    for method, (module, name, sample) in methods.items():
        model = getattr(importlib.import_module(module), name) if module else None

        async def answer(self, _model=model, _sample=sample, **kwargs):
            for value in kwargs.values():  # uploads are read, as a handler would
                if hasattr(value, "read") and hasattr(value, "filename"):
                    await value.read()
            return _model.model_validate(_sample) if _model is not None else _sample

        members[method] = answer
    resources[attribute] = type("Impl", (), members)()
app = server.create_app(server.Handlers(**resources), **config["settings"])
logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off")).run(sockets=[sock])
"""


@dataclass
class Served:
    port: int
    process: subprocess.Popen[str]
    tmp: Path  # the server's TMPDIR
    log: Path  # its stderr

    def status(self, key: str) -> int:
        """`VmHWM` (peak RSS) or `VmRSS` of the server process, in bytes."""
        text = Path(f"/proc/{self.process.pid}/status").read_text()
        match = re.search(rf"^{key}:\s+(\d+) kB$", text, re.M)
        assert match is not None, text
        return int(match[1]) * 1024

    def temporary_files(self) -> list[str]:
        """The server's open files under its TMPDIR (spooled uploads)."""
        found = []
        for fd in Path(f"/proc/{self.process.pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith(str(self.tmp)):
                found.append(target)
        return found


def _serve(name: str, tmp: Path, **settings: Any) -> Iterator[Served]:
    """The server of `built(name)` with sample handlers; `settings` go to its `create_app`."""
    b = built(name)
    samples = Samples(b.api)
    types = b.api.type_by_id()
    handlers: dict[str, dict[str, Any]] = {}
    for plan in ServerEmitter(b.api, b.package, Renderer()).resources:
        for op in plan.ops:
            rtype = op.response_type
            named = types.get(rtype.name or "") if rtype is not None and rtype.kind == "named" else None
            module = f"{b.package}.types.{named.module}" if named is not None else None
            sample = samples.of(rtype) if rtype is not None else None
            handlers.setdefault(plan.attribute, {})[op.method] = (module, named.name if named else None, sample)
    config = {"package": b.package, "handlers": handlers, "settings": settings}
    server_tmp = tmp / "server-tmp"
    server_tmp.mkdir()
    log = tmp / "server.log"
    env = {**os.environ, "TMPDIR": str(server_tmp), "PYTHONPATH": os.pathsep.join(sys.path)}
    with open(log, "w") as err:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(b.out), json.dumps(config)],
            stdout=subprocess.PIPE, stderr=err, text=True, env=env,
        )  # fmt: skip
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        served = Served(port, process, server_tmp, log)
        deadline = time.monotonic() + 30
        while True:  # uvicorn is serving once a request gets an answer
            try:
                exchange(served, "GET", "/nothing")
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, log.read_text()
                time.sleep(0.05)
        yield served
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def seed000(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    yield from _serve("seed000", tmp_path_factory.mktemp("seed000-server"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    yield from _serve("runs", tmp_path_factory.mktemp("runs-server"))


# -- a raw HTTP/1.1 client ---------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    sent: int  # body bytes the client managed to send

    def json(self) -> Any:
        return json.loads(self.body)


def exchange(
    served: Served,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    size: int = 0,
    chunked: bool = False,
    declare: bool = True,
    pause: float = 0.0,
    keep_sending: bool = False,
    timeout: float = 30.0,
) -> Answer:
    """One request on a connection of its own. The body is `body`, or `size` bytes of filler
    produced as it is sent (`chunked`: as chunks without a Content-Length; `pause`: a wait
    between 64 KiB pieces); sending stops once the answer has arrived, unless `keep_sending`
    (as a client that sends its whole body before it reads does), or the server closes."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{served.port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if body is not None:
        size = len(body)
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    elif declare and (size or body is not None):
        lines.append(f"Content-Length: {size}")
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=timeout)
    answered = threading.Event()
    sent = 0

    def pieces() -> Iterator[bytes]:
        if body is not None:
            for start in range(0, len(body), len(CHUNK)):
                yield body[start : start + len(CHUNK)]
            return
        left = size
        while left > 0:
            piece = CHUNK[: min(left, len(CHUNK))]
            left -= len(piece)
            yield piece

    def send_body() -> None:
        nonlocal sent
        try:
            for piece in pieces():
                if answered.is_set() and not keep_sending:
                    return
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                sent += len(piece)
                if pause:
                    time.sleep(pause)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed: the answer is read below

    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
    sender = threading.Thread(target=send_body, daemon=True)
    sender.start()
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            piece = sock.recv(65536)
            if not piece:
                break
            data += piece
        head, _, rest = data.partition(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        answer_headers = {}
        for line in header_lines:
            key, _, value = line.partition(":")
            answer_headers[key.strip().lower()] = value.strip()
        answered.set()
        length = int(answer_headers.get("content-length", "0"))
        while len(rest) < length:
            piece = sock.recv(65536)
            if not piece:
                break
            rest += piece
    finally:
        answered.set()
        sender.join(timeout)
        sock.close()
    return Answer(int(status_line.split()[1]), answer_headers, rest[:length], sent)


BEARER = {"Authorization": "Bearer sk-test"}
JSON = {**BEARER, "Content-Type": "application/json"}


def run_body(size: int) -> bytes:
    """A valid `createThreadAndRun` body of exactly `size` bytes."""
    head, tail = b'{"assistant_id": "asst_1", "instructions": "', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


def refused(answer: Answer, status: int) -> dict[str, Any]:
    """The error of an answer refused with `status`, in the server's error shape."""
    assert answer.status == status, (answer.status, answer.body[:300])
    assert answer.headers["content-type"].startswith("application/json")
    error = answer.json()["error"]
    assert {"message", "type", "param", "code", "request_id"} <= set(error)
    assert error["request_id"] == answer.headers["x-request-id"]
    return error  # type: ignore[no-any-return]


# -- the tests -----------------------------------------------------------------------------------


def test_oversized_bodies_cost_no_memory(seed000: Served) -> None:
    """20 concurrent 64 MiB bodies, then 256 MiB with and without a Content-Length: each gets
    413 and the server's peak RSS grows by less than 32 MiB; it answers a good request after."""
    assert exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, body=run_body(1000)).status == 200
    before = seed000.status("VmHWM")
    began = time.monotonic()
    with ThreadPoolExecutor(20) as pool:
        answers = list(
            pool.map(
                lambda i: exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, size=64 * MIB, chunked=i % 2 == 0),
                range(20),
            )
        )
    answers.append(exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, size=256 * MIB))
    answers.append(exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, size=256 * MIB, keep_sending=True))
    answers.append(exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, size=256 * MIB, chunked=True))
    took = time.monotonic() - began
    growth = seed000.status("VmHWM") - before
    for answer in answers:
        error = refused(answer, 413)
        assert error["code"] == "request_too_large" and str(LIMIT) in error["message"]
        assert answer.sent < 64 * MIB  # the answer came, and the connection closed, early
        assert answer.headers["connection"] == "close"
    print(f"peak RSS growth {growth / MIB:.1f} MiB over {len(answers)} oversized bodies in {took:.1f} s")
    assert growth < GROWTH_BUDGET, f"the server grew by {growth / MIB:.1f} MiB"
    assert exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, body=run_body(1000)).status == 200


def test_a_body_at_the_limit_gets_through(seed000: Served) -> None:
    for chunked in (False, True):
        answer = exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, body=run_body(LIMIT), chunked=chunked)
        assert answer.status == 200, answer.body[:300]
        assert answer.json()["object"] == "thread.run"
        over = exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, body=run_body(LIMIT + 1), chunked=chunked)
        assert refused(over, 413)["code"] == "request_too_large"


def test_a_slow_body_does_not_hold_up_others(seed000: Served) -> None:
    """A body trickling in (64 KiB every 50 ms) while other requests are answered at once."""
    result: dict[str, Answer] = {}

    def slow() -> None:
        result["slow"] = exchange(
            seed000, "POST", "/v1/threads/runs", headers=JSON, size=LIMIT + 2 * len(CHUNK), chunked=True, pause=0.05
        )

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    for _ in range(5):
        began = time.monotonic()
        assert exchange(seed000, "POST", "/v1/threads/runs", headers=JSON, body=run_body(100)).status == 200
        assert time.monotonic() - began < 1.0
    assert thread.is_alive()  # still sending
    thread.join(60)
    assert refused(result["slow"], 413)["code"] == "request_too_large"


def test_media_types(seed000: Served) -> None:
    answer = exchange(seed000, "POST", "/v1/threads/runs", headers={**BEARER, "Content-Type": "text/plain"}, body=run_body(100))
    error = refused(answer, 415)
    assert error["code"] == "unsupported_media_type" and "application/json" in error["message"]
    # with a charset it is still JSON
    answer = exchange(
        seed000, "POST", "/v1/threads/runs", headers={**BEARER, "Content-Type": "application/json; charset=utf-8"}, body=run_body(100)
    )
    assert answer.status == 200
    # no Content-Type: with a body, and without one where the body is required
    error = refused(exchange(seed000, "POST", "/v1/threads/runs", headers=BEARER, body=run_body(100)), 400)
    assert error["code"] == "missing_content_type" and "application/json" in error["message"]
    error = refused(exchange(seed000, "POST", "/v1/threads/runs", headers=BEARER), 400)
    assert error["code"] == "missing_content_type" and "requires" in error["message"]


def test_request_ids(seed000: Served) -> None:
    ids = set()
    for path, method, headers, body in (
        ("/v1/threads/runs", "POST", JSON, run_body(100)),  # 200
        ("/v1/threads/runs", "POST", {"Content-Type": "application/json"}, run_body(100)),  # 401
        ("/v1/threads/runs", "GET", {}, None),  # 405
        ("/v1/nothing", "GET", {}, None),  # 404
    ):
        answer = exchange(seed000, method, path, headers=headers, body=body)
        rid = answer.headers["x-request-id"]
        assert re.fullmatch(r"req_[0-9a-f]{32}", rid), rid
        if answer.status >= 400:
            assert answer.json()["error"]["request_id"] == rid
        ids.add(rid)
    assert len(ids) == 4
    # the caller's own id is echoed when it is a short token, replaced when not
    answer = exchange(seed000, "POST", "/v1/threads/runs", headers={**JSON, "X-Request-Id": "trace-42.a_b"}, body=b"{")
    assert answer.headers["x-request-id"] == "trace-42.a_b" == refused(answer, 400)["request_id"]
    for unsafe in ("a" * 129, "two words", "a/b", ""):
        answer = exchange(seed000, "GET", "/v1/nothing", headers={"X-Request-Id": unsafe})
        assert re.fullmatch(r"req_[0-9a-f]{32}", answer.headers["x-request-id"])
    # the server's log line names it
    time.sleep(0.2)
    assert re.search(r"POST /v1/threads/runs 400 \d+ ms request_id=trace-42\.a_b$", seed000.log.read_text(), re.M)


def test_uploads_are_spooled_to_disk_and_removed(runs: Served) -> None:
    """A multipart upload larger than the JSON limit gets through (its own, larger limit), its
    file spooled to the server's TMPDIR while it arrives and gone after the answer."""
    boundary = "oasgen-boundary"

    def multipart(size: int) -> bytes:
        return (
            f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\ninput\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n"
        ).encode() + b"\0" * size + f"\r\n--{boundary}--\r\n".encode()

    headers = {**BEARER, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    seen: list[list[str]] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            seen.append(runs.temporary_files())
            time.sleep(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        body = multipart(8 * MIB)
        answer = exchange(runs, "POST", "/v2/runs/run_1/files", headers=headers, body=body, pause=0.002)
    finally:
        stop.set()
        watcher.join()
    assert answer.status == 200, answer.body[:300]
    assert any(seen), "the upload was never on disk"
    time.sleep(0.2)
    assert runs.temporary_files() == []
    # a JSON body of the same size is over the JSON limit
    answer = exchange(runs, "POST", "/v2/runs", headers=JSON, size=8 * MIB)
    assert refused(answer, 413)["code"] == "request_too_large"
    # an upload over its limit, chunked: 413, and no file left behind
    answer = exchange(runs, "POST", "/v2/runs/run_1/files", headers=headers, body=multipart(101 * MIB), chunked=True)
    assert refused(answer, 413)["code"] == "request_too_large"
    time.sleep(0.2)
    assert runs.temporary_files() == []
