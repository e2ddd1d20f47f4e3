"""Run the spec's own Python examples (`x-oaiMeta`) with the generated client, against Prism.

Every operation of the OpenAI spec may carry `x-oaiMeta.examples` (one example or a
list), each with `request.python`: code written for the official SDK. This script
takes each of them, swaps the official SDK for the generated package
(`from openai import OpenAI` becomes `from openai_client import Client as OpenAI`),
and runs it in its own Python process, in a scratch folder holding small placeholder
files for the files the example opens, with `OPENAI_API_KEY` and `OPENAI_BASE_URL`
pointing at a Prism mock server of the same spec.

Loading the generated package and its 2,700 types takes seconds, so by default one
helper process loads them once and forks a child per example (where `os.fork` exists;
`--no-fork` starts a fresh interpreter per example instead).

Each failure is put in one of three classes (see `classify`):

- `example`: the example itself is out of date or wrong (it would fail with the official SDK too)
- `client`: the generated client lacks something or gets it wrong
- `prism`: the mock server cannot answer this call (it would work against the real API)

    python scripts/run_examples.py                  # generates the client and starts Prism itself
    python scripts/run_examples.py --base-url http://127.0.0.1:4010 --client-dir /tmp/out
    python scripts/run_examples.py --json report.json --min-pass 60 -v

It needs the npm packages (`npm ci`) unless `--base-url` is given. Exit status: 0, or 1
when fewer than `--min-pass` examples ran without error, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "specs" / "openai-2026-08-21.yaml"
PACKAGE = "openai_client"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Example:
    op_id: str
    index: int
    method: str
    path: str
    title: str | None
    code: str

    @property
    def key(self) -> str:
        return f"{self.op_id}[{self.index}]"


@dataclass
class Result:
    key: str
    op_id: str
    title: str | None
    ok: bool
    seconds: float
    error: str = ""  # the last line of the traceback
    category: str = ""  # example / client / prism / unknown, for failures
    reason: str = ""
    stdout_tail: str = ""
    stderr_tail: str = ""
    source: str = field(default="", repr=False)
    note: str = ""  # for passes that prove less than they seem


# -- extraction and rewriting ------------------------------------------------------------


def extract_examples(spec_root: dict[str, Any]) -> list[Example]:
    """Every `request.python` example of every operation, in the spec's order."""
    examples: list[Example] = []
    for path, item in (spec_root.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or not isinstance(op.get("operationId"), str):
                continue
            meta = op.get("x-oaiMeta")
            raw = meta.get("examples") if isinstance(meta, dict) else None
            entries = (
                raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
            )
            for index, entry in enumerate(entries):
                request = entry.get("request") if isinstance(entry, dict) else None
                code = request.get("python") if isinstance(request, dict) else None
                if isinstance(code, str) and code.strip():
                    title = entry.get("title")
                    examples.append(
                        Example(
                            op["operationId"],
                            index,
                            method.upper(),
                            path,
                            title if isinstance(title, str) else None,
                            code,
                        )
                    )
    return examples


_FROM_OPENAI = re.compile(r"^(\s*)from openai import (.+)$", re.M)
_FROM_OPENAI_SUB = re.compile(r"^(\s*)from openai\.([\w.]+) import (.+)$", re.M)
_IMPORT_OPENAI = re.compile(r"^(\s*)import openai\s*$", re.M)
_CLIENT_NAMES = {"OpenAI": "Client", "AsyncOpenAI": "AsyncClient"}


def _import_list(names: str) -> list[str]:
    return [n.strip() for n in names.strip().strip("()").split(",") if n.strip()]


def rewrite(code: str, package: str = PACKAGE) -> str:
    """The example with the official SDK replaced by the generated `package`."""

    def from_openai(m: re.Match[str]) -> str:
        indent, names = m.group(1), _import_list(m.group(2))
        out = []
        for name in names:
            base, _, alias = name.partition(" as ")
            base, alias = base.strip(), alias.strip() or base.strip()
            target = _CLIENT_NAMES.get(base, base)
            out.append(f"{target} as {alias}" if target != alias else target)
        return f"{indent}from {package} import {', '.join(out)}"

    def from_openai_sub(m: re.Match[str]) -> str:
        indent, module, names = m.group(1), m.group(2), m.group(3)
        if module == "types" or module.startswith("types."):
            # the generated types live in one flat `types` package
            return f"{indent}from {package}.types import {names}"
        return f"{indent}from {package}.{module} import {names}"

    code = _FROM_OPENAI.sub(from_openai, code)
    code = _FROM_OPENAI_SUB.sub(from_openai_sub, code)
    # `import openai` then `openai.x.y(...)`: the official module-level client
    code = _IMPORT_OPENAI.sub(
        lambda m: f"{m.group(1)}import {package}\n{m.group(1)}openai = {package}.Client()",
        code,
    )
    return code


_FILE_NAME = re.compile(
    r"""["']([\w][\w.\-/]*\.(?:mp3|mp4|wav|m4a|webm|ogg|flac|png|jpe?g|webp|gif|pdf|txt|md|json|jsonl|csv|zip))["']"""
)

PLACEHOLDERS = {
    ".png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 16,
    ".jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 16,
    ".jpeg": b"\xff\xd8\xff\xe0" + b"\x00" * 16,
    ".webp": b"RIFF\x00\x00\x00\x00WEBP",
    ".gif": b"GIF89a",
    ".mp3": b"ID3\x03\x00\x00\x00" + b"\x00" * 16,
    ".wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
    ".jsonl": b'{"messages": [{"role": "user", "content": "hi"}]}\n',
    ".json": b"{}\n",
    ".pdf": b"%PDF-1.4\n%%EOF\n",
    ".zip": b"PK\x05\x06" + b"\x00" * 18,
}


def placeholder_files(code: str) -> dict[str, bytes]:
    """Relative file names the example mentions, with small contents of the right kind."""
    files: dict[str, bytes] = {}
    for name in _FILE_NAME.findall(code):
        if name.startswith("/") or ".." in Path(name).parts:
            continue
        files[name] = PLACEHOLDERS.get(Path(name).suffix.lower(), b"placeholder\n")
    return files


# -- running -----------------------------------------------------------------------------


def _tail(text: str, lines: int = 12, chars: int = 2000) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])[-chars:]


def _last_error(stderr: str) -> str:
    for line in reversed(stderr.strip().splitlines()):
        if (
            line
            and not line.startswith((" ", "\t"))
            and not line.startswith("Traceback")
        ):
            return line.strip()[:500]
    return ""


def run_example(
    example: Example,
    *,
    base_url: str,
    client_dir: Path,
    timeout: float,
    package: str = PACKAGE,
) -> Result:
    source = rewrite(example.code, package)
    with tempfile.TemporaryDirectory(prefix="oasgen-example-") as tmp:
        cwd = Path(tmp)
        for name, content in placeholder_files(example.code).items():
            target = cwd / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        script = cwd / "example.py"
        script.write_text(source, encoding="utf-8")
        env = _example_env(base_url, client_dir)
        started = time.monotonic()
        try:
            proc = subprocess.run(
                [sys.executable, str(script)],
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:
            out = (
                exc.stdout.decode(errors="replace")
                if isinstance(exc.stdout, bytes)
                else exc.stdout or ""
            )
            return Result(
                example.key,
                example.op_id,
                example.title,
                False,
                time.monotonic() - started,
                error=f"timed out after {timeout:.0f} s",
                stdout_tail=_tail(out),
                source=source,
            )
    seconds = time.monotonic() - started
    if proc.returncode == 0:
        return Result(
            example.key,
            example.op_id,
            example.title,
            True,
            seconds,
            stdout_tail=_tail(proc.stdout, 3, 300),
        )
    return Result(
        example.key,
        example.op_id,
        example.title,
        False,
        seconds,
        error=_last_error(proc.stderr) or f"exit status {proc.returncode}",
        stdout_tail=_tail(proc.stdout),
        stderr_tail=_tail(proc.stderr, 30, 4000),
        source=source,
    )


# -- running with one preloaded helper process that forks a child per example -------------


def _die_with_parent() -> None:
    """Linux: this process gets SIGKILL when its parent dies."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _preload(package: str, retries: int | None) -> None:
    """Import the generated package, every resource module and every type.

    With `retries` set, it becomes the default `max_retries` of the clients the
    examples create (a Prism 500 then fails at once instead of after backoffs).
    """
    import importlib
    import pkgutil

    module = importlib.import_module(package)
    if retries is not None:
        for cls in (module.Client, module.AsyncClient):
            cls.__init__.__kwdefaults__["max_retries"] = retries
    types = importlib.import_module(f"{package}.types")
    for name in dir(types):
        if name[:1].isupper():
            getattr(types, name)
    resources = importlib.import_module(f"{package}.resources")
    for info in pkgutil.walk_packages(resources.__path__, f"{package}.resources."):
        importlib.import_module(info.name)
    del module


def _child(job: dict[str, Any], folder: Path) -> None:
    """In the forked child: run one example in `folder`, then leave with its status."""
    status = 1
    try:
        _die_with_parent()
        os.chdir(folder)
        out = os.open(folder / "stdout.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        err = os.open(folder / "stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdin = open(os.devnull)
        script = folder / "example.py"
        code = compile(job["source"], str(script), "exec")
        sys.argv = [str(script)]
        namespace: dict[str, Any] = {
            "__name__": "__main__",
            "__file__": str(script),
            "__builtins__": __builtins__,
        }
        try:
            exec(code, namespace)
            status = 0
        except SystemExit as exc:
            status = (
                exc.code
                if isinstance(exc.code, int)
                else (0 if exc.code is None else 1)
            )
        except BaseException:
            traceback.print_exc()
            status = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)


def host_main(jobs: int, timeout: float, package: str, retries: int | None) -> int:
    """`--host`: read jobs (JSON lines) from stdin, fork a child for each, write results."""
    _die_with_parent()
    try:
        _preload(package, retries)
    except BaseException:
        print(json.dumps({"fatal": traceback.format_exc()}), flush=True)
        return 1
    queue = [json.loads(line) for line in sys.stdin if line.strip()]
    queue.reverse()
    import gc

    gc.freeze()  # the preloaded objects stay shared with the children (no copy on write by the collector)
    root = Path(tempfile.mkdtemp(prefix="oasgen-examples-"))
    running: dict[int, tuple[dict[str, Any], float, Path]] = {}
    try:
        while queue or running:
            while queue and len(running) < jobs:
                job = queue.pop()
                folder = root / str(len(running)) / re.sub(r"\W", "_", job["key"])
                folder.mkdir(parents=True)
                (folder / "example.py").write_text(job["source"], encoding="utf-8")
                for name, content in job["files"].items():
                    target = folder / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(bytes.fromhex(content))
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    _child(job, folder)
                running[pid] = (job, time.monotonic(), folder)
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                now = time.monotonic()
                for child, (job, started, _folder) in list(running.items()):
                    if now - started > timeout:
                        os.kill(child, signal.SIGKILL)
                        job["timed_out"] = True
                time.sleep(0.01)
                continue
            job, started, folder = running.pop(pid)
            result = {
                "key": job["key"],
                "seconds": time.monotonic() - started,
                "returncode": os.waitstatus_to_exitcode(status),
                "timed_out": bool(job.get("timed_out")),
                "stdout": (
                    (folder / "stdout.txt").read_text(
                        encoding="utf-8", errors="replace"
                    )
                    if (folder / "stdout.txt").exists()
                    else ""
                ),
                "stderr": (
                    (folder / "stderr.txt").read_text(
                        encoding="utf-8", errors="replace"
                    )
                    if (folder / "stderr.txt").exists()
                    else ""
                ),
            }
            print(json.dumps(result), flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        for child in running:
            try:
                os.kill(child, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(root, ignore_errors=True)
    return 0


def run_with_host(
    examples: list[Example],
    *,
    base_url: str,
    client_dir: Path,
    jobs: int,
    timeout: float,
    retries: int | None = 0,
    package: str = PACKAGE,
) -> list[Result]:
    by_key = {e.key: e for e in examples}
    sources = {e.key: rewrite(e.code, package) for e in examples}
    payload = "".join(
        json.dumps(
            {
                "key": e.key,
                "source": sources[e.key],
                "files": {n: c.hex() for n, c in placeholder_files(e.code).items()},
            }
        )
        + "\n"
        for e in examples
    )
    env = _example_env(base_url, client_dir)
    with tempfile.TemporaryFile() as host_err:
        host = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--host",
                "--jobs",
                str(jobs),
                "--timeout",
                str(timeout),
            ]
            + (["--retries", str(retries)] if retries is not None else []),
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=host_err,
            text=True,
            encoding="utf-8",
        )
        try:
            out, _ = host.communicate(payload, timeout=timeout * len(examples) + 120)
        except subprocess.TimeoutExpired:
            host.kill()
            host.communicate()
            raise
        host_err.seek(0)
        errors = host_err.read().decode(errors="replace")
    results: list[Result] = []
    for line in out.splitlines():
        data = json.loads(line)
        if "fatal" in data:
            raise RuntimeError(
                f"the example host could not load {package} from {client_dir}:\n{data['fatal']}"
            )
        example = by_key[data["key"]]
        if data["timed_out"]:
            results.append(
                Result(
                    example.key,
                    example.op_id,
                    example.title,
                    False,
                    data["seconds"],
                    error=f"timed out after {timeout:.0f} s",
                    stdout_tail=_tail(data["stdout"]),
                    source=sources[example.key],
                )
            )
        elif data["returncode"] == 0:
            results.append(
                Result(
                    example.key,
                    example.op_id,
                    example.title,
                    True,
                    data["seconds"],
                    stdout_tail=_tail(data["stdout"], 3, 300),
                )
            )
        else:
            results.append(
                Result(
                    example.key,
                    example.op_id,
                    example.title,
                    False,
                    data["seconds"],
                    error=_last_error(data["stderr"])
                    or f"exit status {data['returncode']}",
                    stdout_tail=_tail(data["stdout"]),
                    stderr_tail=_tail(data["stderr"], 30, 4000),
                    source=sources[example.key],
                )
            )
    if len(results) != len(examples):
        raise RuntimeError(
            f"the example host answered {len(results)} of {len(examples)} examples:\n{errors[-3000:]}"
        )
    order = {e.key: i for i, e in enumerate(examples)}
    return sorted(results, key=lambda r: order[r.key])


def _example_env(base_url: str, client_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "OPENAI_API_KEY": "sk-prism-example",
        "OPENAI_BASE_URL": base_url,
        "PYTHONPATH": os.pathsep.join(
            [str(client_dir), os.environ.get("PYTHONPATH", "")]
        ).rstrip(os.pathsep),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
    }


# -- classification ----------------------------------------------------------------------

# (category, reason) for failures, by what the traceback says. First match wins.
RULES: list[tuple[str, str, str]] = [
    (
        r"Invalid reference token",
        "prism",
        "Prism cannot build this response from the spec (json-schema-faker fails on a $ref: 'Invalid reference token')",
    ),
    (
        r"NO_COMPLEX_OBJECT_TEXT",
        "prism",
        "Prism cannot send an event stream: it serialises the JSON schema as text and fails",
    ),
    (
        r"Transfer-Encoding|Unrecognized content encoding|RemoteProtocolError|Connection error",
        "prism",
        "Prism sends the spec's response header `Transfer-Encoding: string`, which no HTTP client accepts",
    ),
    (
        r"has no attribute 'with_streaming_response'",
        "client",
        "the generated client has no `with_streaming_response` (the official SDK's streamed raw responses)",
    ),
    (
        r"NOT_ACCEPTABLE|Error code: 406",
        "client",
        "the client sends `Accept: application/json` for an operation whose response is not JSON; Prism answers 406",
    ),
    (
        r"Request body property \w+ must be (array|object)",
        "client",
        "multipart bodies JSON-encode arrays and objects; the API (and Prism) expect `name[]=...` / `name[key]=...` fields",
    ),
    (
        r"Request body property \w+ must be string",
        "client",
        "a file argument is sent as JSON, not as a file part of a multipart body",
    ),
    (
        r"is not JSON serializable",
        "client",
        "a file argument (a oneOf/anyOf of binary, or an array of files) is not treated as a file, so it is JSON-encoded",
    ),
    (
        r"cannot import name .* from '\w+\.types'",
        "client",
        "the generated types are named after the spec's schemas, not the official SDK's type names the example imports",
    ),
    (
        r"unexpected keyword argument 'request_body'",
        "example",
        "the example passes `request_body=`; the operation's body fields are keyword arguments (`metadata=`)",
    ),
    (
        r"unexpected keyword argument 'file_batch_id'",
        "example",
        "the example passes `file_batch_id=`; the path parameter is `batch_id`",
    ),
    (
        r"takes \d+ positional arguments? but \d+ were given",
        "example",
        "the example passes every path parameter by position; as in the official SDK, only the last one is "
        "positional and the others are keywords (`runs.retrieve(run_id, eval_id=...)`)",
    ),
    (
        r"object is not subscriptable",
        "example",
        "the example indexes a list page (`completions[0]`); pages are not sequences (use `.data[0]`), as in the official SDK",
    ),
    (
        r"has no attribute 'stream_to_file'|'function' object has no attribute|object has no attribute 'with_",
        "client",
        "the call path or helper the example uses does not exist on the generated client",
    ),
    (
        r"'tuple' object has no attribute 'choices'",
        "client",
        "`completions.create(stream=True)` is not a streaming method (the spec declares no event stream for "
        "createCompletion and there is no streaming override for it): iterating the parsed model yields field tuples",
    ),
    (
        r"'BinaryAPIResponse' object has no attribute 'read'",
        "client",
        "`BinaryAPIResponse` has no `read()` (the official SDK's binary responses have it; here it is `.content`)",
    ),
    (
        r"binascii.Error|Incorrect padding",
        "prism",
        'Prism fills `b64_json` with the placeholder "string", which is not base64',
    ),
    (
        r"UnprocessableEntityError|Error code: 422",
        "client",
        "Prism rejects the request the client builds (422)",
    ),
]

# Failures whose cause the traceback alone does not tell: key -> (pattern, category, reason);
# used when the pattern matches the error, else the rules above apply.
KNOWN: dict[str, tuple[str, str, str]] = {
    "DeleteThreadMethod[0]": (
        r"has no attribute 'chat_kit'",
        "example",
        "the example calls `client.beta.chat_kit`; the official SDK has one ChatKit resource, `client.beta.chatkit`",
    ),
    "createSpeech[0]": (
        r"has no attribute 'with_streaming_response'",
        "client",
        "the example streams `client.audio.speech.with_streaming_response.create(...)`, which the "
        "generated client lacks; Prism could not serve the audio anyway (`Transfer-Encoding: string`)",
    ),
    "createTranscription[1]": (
        r"has no attribute 'segments'",
        "prism",
        "`response_format='diarized_json'`: Prism always sends the first shape of the response oneOf (no `segments`)",
    ),
    "createTranscription[4]": (
        r"has no attribute 'words'",
        "prism",
        "`response_format='verbose_json'`: Prism always sends the first shape of the response oneOf (no `words`)",
    ),
    "createTranscription[5]": (
        r"has no attribute 'words'",
        "prism",
        "`response_format='verbose_json'`: Prism always sends the first shape of the response oneOf (no `words`)",
    ),
    "createVectorStoreFileBatch[0]": (
        r"chunking_strategy must NOT have additional properties",
        "example",
        "the example's static chunking strategy is flat; the spec nests it: "
        "`{'type': 'static', 'static': {'max_chunk_size_tokens': ..., 'chunk_overlap_tokens': ...}}`",
    ),
}


def classify(result: Result) -> tuple[str, str]:
    text = result.error + "\n" + result.stderr_tail
    known = KNOWN.get(result.key)
    if known and re.search(known[0], text):
        return known[1], known[2]
    for pattern, category, reason in RULES:
        if re.search(pattern, text):
            return category, reason
    if result.error.startswith("timed out"):
        return "unknown", "the example did not finish in time"
    return "unknown", "not classified"


# -- driver ------------------------------------------------------------------------------


def load_examples(spec: Path) -> list[Example]:
    sys.path.insert(0, str(ROOT))
    from generator.load.loader import load_spec

    return extract_examples(load_spec(str(spec)).root)


def run_all(
    examples: Iterable[Example],
    *,
    base_url: str,
    client_dir: Path,
    jobs: int,
    timeout: float,
    fork: bool = True,
    retries: int | None = 0,
) -> list[Result]:
    examples = list(examples)
    if fork and hasattr(os, "fork"):
        results = run_with_host(
            examples,
            base_url=base_url,
            client_dir=client_dir,
            jobs=jobs,
            timeout=timeout,
            retries=retries,
        )
    else:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(
                pool.map(
                    lambda e: run_example(
                        e, base_url=base_url, client_dir=client_dir, timeout=timeout
                    ),
                    examples,
                )
            )
    codes = {e.key: e.code for e in examples}
    for result in results:
        if not result.ok:
            result.category, result.reason = classify(result)
        elif re.search(r"stream\s*=\s*True", codes[result.key]):
            result.note = "no events: Prism answers JSON to `stream=True`, so the stream was empty"
    return results


def summary(results: list[Result], verbose: bool = False) -> str:
    passed = sum(r.ok for r in results)
    ops = {r.op_id for r in results}
    ops_ok = {r.op_id for r in results if r.ok}
    empty_streams = [r.key for r in results if r.ok and r.note]
    lines = [
        f"{passed} of {len(results)} examples ran without error "
        f"({len(ops_ok)} of {len(ops)} operations with examples have at least one passing)"
    ]
    if empty_streams:
        lines.append(
            f"  {len(empty_streams)} of them stream and got no events (Prism answers JSON): {', '.join(empty_streams)}"
        )
    by_category: dict[str, list[Result]] = {}
    for r in results:
        if not r.ok:
            by_category.setdefault(r.category, []).append(r)
    for category in ("client", "prism", "example", "unknown"):
        failed = by_category.get(category, [])
        if not failed:
            continue
        lines.append(f"\n{category}: {len(failed)}")
        reasons: dict[str, list[str]] = {}
        for r in failed:
            reasons.setdefault(r.reason, []).append(r.key)
        for reason, keys in sorted(reasons.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"  - {reason} ({len(keys)}): {', '.join(keys)}")
            if verbose:
                for r in failed:
                    if r.reason == reason:
                        lines.append(f"      {r.key}: {r.error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        help="the OpenAI spec (default: %(default)s)",
    )
    parser.add_argument(
        "--base-url", help="a running Prism server of the spec (default: start one)"
    )
    parser.add_argument(
        "--client-dir",
        type=Path,
        help=f"folder holding the generated `{PACKAGE}` (default: generate one)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(8, 2 * (os.cpu_count() or 1)),
        help="examples run at once",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds per example (default: %(default)s)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="operationId (or key like createFile[0]); repeatable",
    )
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument(
        "--min-pass", type=int, help="exit with 1 when fewer examples pass"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print each failure's error"
    )
    parser.add_argument(
        "--show",
        help="print the rewritten source and output of one example (key like createFile[0])",
    )
    parser.add_argument(
        "--no-fork",
        action="store_true",
        help="a fresh interpreter per example (slower)",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=0,
        help="default max_retries of the examples' clients when forking "
        "(default: %(default)s; -1: the client's own, which --no-fork always uses)",
    )
    parser.add_argument(
        "--host", action="store_true", help=argparse.SUPPRESS
    )  # the helper process
    args = parser.parse_args(argv)
    if args.host:
        return host_main(
            args.jobs, args.timeout, PACKAGE, None if args.retries < 0 else args.retries
        )

    started = time.monotonic()
    examples = load_examples(args.spec)
    if args.only:
        examples = [e for e in examples if e.op_id in args.only or e.key in args.only]
    if args.show:
        examples = [e for e in examples if e.key == args.show]
    if not examples:
        print("no examples selected", file=sys.stderr)
        return 2

    sys.path.insert(0, str(ROOT / "tests"))
    from prism_support import OPENAI_SPEC, PrismMissing, PrismServer, generate_openai

    with tempfile.TemporaryDirectory(prefix="oasgen-examples-client-") as tmp:
        client_dir = args.client_dir
        if client_dir is None:
            if args.spec.resolve() != OPENAI_SPEC.resolve():
                print(
                    "--client-dir is needed for a spec other than the pinned OpenAI spec",
                    file=sys.stderr,
                )
                return 2
            client_dir = generate_openai(Path(tmp))
        server = None
        base_url = args.base_url
        if base_url is None:
            try:
                server = PrismServer(args.spec).start()
            except PrismMissing as exc:
                print(exc, file=sys.stderr)
                return 2
            base_url = server.url
            print(
                f"Prism started in {server.startup_seconds:.1f} s on {base_url}",
                file=sys.stderr,
            )
        try:
            results = run_all(
                examples,
                base_url=base_url,
                client_dir=client_dir,
                jobs=args.jobs,
                timeout=args.timeout,
                fork=not args.no_fork,
                retries=None if args.retries < 0 else args.retries,
            )
        finally:
            if server is not None:
                server.stop()

    if args.show:
        (r,) = results
        print(r.source or rewrite(examples[0].code))
        print("--- ok" if r.ok else f"--- {r.category}: {r.reason}\n{r.stderr_tail}")
        print(r.stdout_tail)
    print(summary(results, args.verbose))
    elapsed = time.monotonic() - started
    print(f"\n{elapsed:.1f} s", file=sys.stderr)
    if args.json:
        report = {
            "passed": sum(r.ok for r in results),
            "total": len(results),
            "seconds": round(elapsed, 1),
            "results": [
                {k: v for k, v in asdict(r).items() if k != "source"} for r in results
            ],
        }
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.min_pass is not None and sum(r.ok for r in results) < args.min_pass:
        print(f"fewer than {args.min_pass} examples passed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
