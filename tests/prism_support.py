"""The Prism mock server and generated clients for the `test_prism*` tests.

Prism (`@stoplight/prism-cli`, pinned in `package.json`) answers every operation of
a spec with a response built from its schemas and examples. It is installed with
`npm ci` into `node_modules/`. Without it the Prism tests fail and say so, unless
`OASGEN_SKIP_PRISM=1` is set: then they are skipped.

Test modules load this file as a plugin (`pytest_plugins = ["prism_support"]`), so
its session fixtures exist once per session: one Prism process per spec, stopped at
the end of the session (and at interpreter exit, and when the test process dies).

`scripts/run_examples.py` uses `PrismServer` and `generate_client` too.

PYTEST_DONT_REWRITE (test modules import this file before pytest loads it as a plugin)
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator, Mapping

ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
SKIP_ENV = "OASGEN_SKIP_PRISM"
START_TIMEOUT = (
    90.0  # seconds; Prism needs about 3 s for seed 000 and 5-25 s for the 2026 spec
)

SEED000_SPEC = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
SEED000_NAMING = ROOT / "specs" / "seed000.naming.yaml"
OPENAI_SPEC = ROOT / "specs" / "openai-2026-08-21.yaml"
OPENAI_NAMING = ROOT / "specs" / "openai-2026-08-21.naming.yaml"
# The Assistants run operations stream `AssistantStreamEvent`s when `stream` is true.
OPENAI_STREAMING: dict[str, dict[str, str]] = {
    op: {"event_type": "AssistantStreamEvent", "mode": "event", "param": "stream"}
    for op in ("createThreadAndRun", "createRun", "submitToolOuputsToRun")
}

NPM_HINT = (
    "The Prism mock server is not installed ({path} is missing). "
    "Run `npm ci` in the repository root (it needs Node.js 18.20 or newer) to install it, "
    f"or set {SKIP_ENV}=1 to skip the Prism tests."
)


class PrismMissing(RuntimeError):
    """`node_modules/.bin/prism` (or `node`) is not there."""


class PrismError(RuntimeError):
    """Prism did not start, or stopped on its own."""


def prism_problem() -> str | None:
    """Why Prism cannot run here, or None."""
    if not PRISM_BIN.exists():
        shown = (
            PRISM_BIN.relative_to(ROOT) if PRISM_BIN.is_relative_to(ROOT) else PRISM_BIN
        )
        return NPM_HINT.format(path=shown)
    if shutil.which("node") is None:
        return (
            "Node.js (`node`) is not on PATH; the Prism mock server needs it. "
            + NPM_HINT.format(path="node")
        )
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> (
    None
):  # pragma: no cover - runs in the child, between fork and exec
    """Linux: the child gets SIGTERM when the process that started it dies, even by SIGKILL."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except Exception:
        pass


class PrismServer:
    """`prism mock` for one spec on 127.0.0.1 and a free port.

    The output is read by a thread (so the pipe never fills up) and its tail kept for
    error messages. `stop()` terminates the process group, then kills it.
    """

    def __init__(
        self,
        spec: Path,
        *,
        timeout: float = START_TIMEOUT,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.spec = Path(spec)
        self.timeout = timeout
        self.extra_args = extra_args
        self.port = 0
        self.proc: subprocess.Popen[str] | None = None
        self.output: deque[str] = deque(maxlen=400)
        self.startup_seconds = 0.0
        self._reader: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output_tail(self, lines: int = 30) -> str:
        return "".join(list(self.output)[-lines:])

    def start(self) -> PrismServer:
        problem = prism_problem()
        if problem:
            raise PrismMissing(problem)
        started = time.monotonic()
        deadline = started + self.timeout
        for _attempt in range(
            3
        ):  # another process may take the free port before Prism binds it
            self._spawn()
            if self._wait_ready(deadline):
                self.startup_seconds = time.monotonic() - started
                return self
            code = self.proc.poll() if self.proc else None
            tail = self.output_tail()
            self.stop()
            if code is None:  # still running but not answering: out of time
                raise PrismError(
                    f"Prism did not answer on {self.url} within {self.timeout:.0f} s for {self.spec.name}.\n{tail}"
                )
            if "EADDRINUSE" not in tail:
                raise PrismError(
                    f"Prism exited with code {code} for {self.spec.name}:\n{tail}"
                )
        raise PrismError(f"Prism could not bind a free port for {self.spec.name}")

    def _spawn(self) -> None:
        self.port = free_port()
        self.output.clear()
        cmd = [
            str(PRISM_BIN),
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            *self.extra_args,
            str(self.spec),
        ]
        env = dict(os.environ, NO_COLOR="1", FORCE_COLOR="0")
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,  # its own process group: stop() ends Prism and anything it started
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        _live.add(self)
        stream = self.proc.stdout
        assert stream is not None
        self._reader = threading.Thread(
            target=self._read, args=(stream,), name=f"prism-{self.port}", daemon=True
        )
        self._reader.start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            self.output.append(line)

    def _wait_ready(self, deadline: float) -> bool:
        """True once Prism answers HTTP (any status), False if it exited or time ran out."""
        assert self.proc is not None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if self._reader:
                    self._reader.join(timeout=2)
                return False
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2):
                    return True
            except urllib.error.HTTPError:  # 404 or 401: it answers
                return True
            except (OSError, ValueError):
                time.sleep(0.2)
        return False

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        _live.discard(self)
        if proc is None:
            return
        if proc.poll() is None:
            for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
                try:
                    os.killpg(
                        proc.pid, sig
                    )  # the group Prism leads (start_new_session)
                except ProcessLookupError:
                    break
                except PermissionError:
                    proc.send_signal(sig)
                try:
                    proc.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if self._reader is not None:
            self._reader.join(timeout=5)
        if proc.stdout:
            proc.stdout.close()

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_live: set[PrismServer] = set()


@atexit.register
def _stop_all() -> None:
    for server in list(_live):
        server.stop()


# -- generated clients ----------------------------------------------------------------


def load_yaml(path: Path) -> dict[str, Any]:
    import yaml

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return dict(data or {})


def generate_client(
    spec: Path,
    out: Path,
    package: str,
    *,
    naming: Path | None = None,
    streaming: Mapping[str, Mapping[str, Any]] | None = None,
    pagination: Mapping[str, Any] | None = None,
    env_api_key: str | None = None,
    env_base_url: str | None = None,
) -> Path:
    """Generate `package` from `spec` into the folder `out` (put `out` on sys.path to import it)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from generator.load.loader import load_spec
    from generator.normalize.naming_file import load_naming
    from generator.normalize.normalizer import normalize
    from generator.pipeline import render_package
    from generator.workflow.writer import write

    api = normalize(
        load_spec(str(spec)),
        naming_overrides=load_naming(naming) if naming else None,
        streaming_overrides=streaming,
        pagination_overrides=pagination,
    )
    write(
        Path(out),
        render_package(
            api, package, env_api_key=env_api_key, env_base_url=env_base_url
        ),
    )
    return Path(out)


def openai_pagination() -> dict[str, Any]:
    """The OpenAI target's declared pagination, as pyproject.toml gives it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from generator.workflow.config import load_config

    return load_config(ROOT / "pyproject.toml").targets["openai"].pagination


def generate_openai(out: Path) -> Path:
    return generate_client(
        OPENAI_SPEC,
        out,
        "openai_client",
        naming=OPENAI_NAMING,
        streaming=OPENAI_STREAMING,
        pagination=openai_pagination(),
        env_api_key="OPENAI_API_KEY",
        env_base_url="OPENAI_BASE_URL",
    )


def generate_seed000(out: Path) -> Path:
    return generate_client(SEED000_SPEC, out, "seed000_client", naming=SEED000_NAMING)


def _forget(package: str) -> None:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


def import_generated(folder: Path, package: str) -> ModuleType:
    """Import `package` from `folder`, whatever other tests imported under that name before."""
    _forget(package)
    sys.path.insert(0, str(folder))
    module = importlib.import_module(package)
    assert (
        Path(module.__file__ or "").resolve().is_relative_to(folder.resolve())
    ), module.__file__
    return module


def unimport_generated(folder: Path, package: str) -> None:
    _forget(package)
    while str(folder) in sys.path:
        sys.path.remove(str(folder))


# -- pytest fixtures (this module is loaded as a plugin) ------------------------------

try:
    import pytest
except ImportError:  # used by scripts/run_examples.py without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    def _require_prism() -> None:
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(f"{SKIP_ENV}=1: Prism tests skipped")
        problem = prism_problem()
        if problem:
            pytest.fail(problem, pytrace=False)

    @pytest.fixture(scope="session")
    def prism() -> Iterator[Callable[[Path], PrismServer]]:
        """`prism(spec)`: the session's Prism server for that spec (started on first use)."""
        _require_prism()
        servers: dict[Path, PrismServer] = {}
        failed: dict[Path, str] = {}

        def get(spec: Path) -> PrismServer:
            spec = Path(spec).resolve()
            if spec in failed:
                pytest.fail(failed[spec], pytrace=False)
            if spec not in servers:
                try:
                    servers[spec] = PrismServer(spec).start()
                except PrismError as exc:
                    failed[spec] = str(exc)
                    pytest.fail(str(exc), pytrace=False)
            server = servers[spec]
            if server.proc is None or server.proc.poll() is not None:
                pytest.fail(
                    f"Prism for {spec.name} has stopped:\n{server.output_tail()}",
                    pytrace=False,
                )
            return server

        try:
            yield get
        finally:
            for server in servers.values():
                server.stop()

    @pytest.fixture(scope="session")
    def openai_prism(prism: Callable[[Path], PrismServer]) -> PrismServer:
        return prism(OPENAI_SPEC)

    @pytest.fixture(scope="session")
    def seed000_prism(prism: Callable[[Path], PrismServer]) -> PrismServer:
        return prism(SEED000_SPEC)

    @pytest.fixture(scope="session")
    def openai_client_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
        """A folder holding the generated `openai_client` package of the 2026 spec."""
        return generate_openai(tmp_path_factory.mktemp("prism_openai"))

    @pytest.fixture(scope="session")
    def seed000_client_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return generate_seed000(tmp_path_factory.mktemp("prism_seed000"))
