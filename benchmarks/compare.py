"""oasgen against openapi-python-client and datamodel-codegen on three specs, in one run.

    python benchmarks/compare.py [--only TOOLS] [--skip-peers] [--specs NAMES] [--repeat N]
                                 [--check-runs N] [--timeout SECONDS] [--json FILE] [--keep DIR]
                                 [--install]

For each spec (the pinned 2026 OpenAI spec, seed 000, seed 001) it runs, each in its own
process and into a new, empty output folder:

- `oasgen generate` of everything (models, client, docs, stubs), cold (`OASGEN_CACHE_DIR` a
  new, empty folder: nothing cached, spec validation included) then warm (the same cache);
- `openapi-python-client generate` with its defaults (a client package with its models;
  its post-hooks run ruff);
- `datamodel-codegen` to Pydantic v2 models in one file (models only).

and then `oasgen check` (no change) on the repository's configured targets, the median of
several runs. For every run it records success, wall time, peak RSS (`ru_maxrss` from
`os.wait4`), and the files and bytes written; then it prints a markdown table, the peers'
time and RSS ratios to oasgen, and the goals for the 2026 spec, met or missed.

The peers live in `benchmarks/.venv-peers`, at the versions pinned in
`benchmarks/requirements-peers.txt` (installed when the environment or a peer is missing,
or with `--install`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PEERS = HERE / ".venv-peers"
PEERS_BIN = PEERS / ("Scripts" if os.name == "nt" else "bin")
REQUIREMENTS = HERE / "requirements-peers.txt"
OASGEN = [sys.executable, "-m", "generator.cli"]

# (key, label, spec, naming file)
SPECS = [
    ("openai", "openai-2026-08-21", ROOT / "specs" / "openai-2026-08-21.yaml", ROOT / "specs" / "openai-2026-08-21.naming.yaml"),
    ("seed000", "seed000", ROOT / "specs" / "seed000-create-thread-and-run.yaml", None),
    ("seed001", "seed001", ROOT / "tests" / "fixtures" / "seed001-resolved.yaml", None),
]  # fmt: skip
GOAL_SPEC = "openai"

OPC = "openapi-python-client"
DMC = "datamodel-codegen"
PEER_TOOLS = (OPC, DMC)
TOOLS = ("oasgen", "check", OPC, DMC)

# Goals for the 2026 spec
GOAL_GENERATE_S = 2.0
GOAL_SPEEDUP = 10.0
GOAL_CHECK_S = 0.5
GOAL_RSS_MB = 300.0


@dataclass
class Sample:
    ok: bool
    exit_code: int | None
    timed_out: bool
    seconds: float
    peak_rss_mb: float
    files: int
    bytes: int
    tail: list[str]  # last lines of its output (stdout and stderr together)
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Result:
    spec: str
    tool: str
    samples: list[Sample]

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.samples)

    @property
    def seconds(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def peak_rss_mb(self) -> float:
        return statistics.median(s.peak_rss_mb for s in self.samples)

    @property
    def files(self) -> int:
        return self.samples[-1].files

    @property
    def bytes(self) -> int:
        return self.samples[-1].bytes

    def note(self) -> str:
        bad = next((s for s in self.samples if not s.ok), None)
        sample = bad or self.samples[-1]
        parts = []
        if bad is not None:
            if bad.timed_out:
                parts.append("timed out, killed")
            elif bad.exit_code != 0:
                parts.append(f"exit {bad.exit_code}")
            else:
                parts.append("wrote nothing")
            if bad.tail:
                parts.append(bad.tail[-1][:160])
        notes = sample.extra.get("notes")
        if notes:
            parts.append(str(notes))
        return "; ".join(parts)

    def to_json(self) -> dict[str, object]:
        return {
            "spec": self.spec,
            "tool": self.tool,
            "ok": self.ok,
            "seconds": self.seconds,
            "peak_rss_mb": self.peak_rss_mb,
            "files": self.files,
            "bytes": self.bytes,
            "samples": [asdict(s) for s in self.samples],
        }


# -- measuring ----------------------------------------------------------------------------


def measure(
    command: list[str], *, cwd: Path, env: dict[str, str], out: Path | None, timeout: float, log: Path
) -> Sample:
    """Run `command` in its own session; its wall time, peak RSS and what it wrote under `out`.

    The peak RSS is `ru_maxrss` of `os.wait4`: the largest resident set of the process or of
    any descendant it waited for (not a sum over processes running at the same time).
    """
    start = time.perf_counter()
    with open(log, "wb") as sink:
        proc = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
    seconds = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    try:  # the session's other processes, if the child left any behind
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    rss = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    files = [p for p in out.rglob("*") if p.is_file()] if out is not None and out.exists() else []
    text = log.read_text(encoding="utf-8", errors="replace")
    tail = [line.rstrip() for line in text.splitlines() if line.strip()][-3:]
    ok = code == 0 and not timed_out and (out is None or bool(files))
    return Sample(
        ok=ok,
        exit_code=None if timed_out else code,
        timed_out=timed_out,
        seconds=seconds,
        peak_rss_mb=rss,
        files=len(files),
        bytes=sum(p.stat().st_size for p in files),
        tail=tail,
    )


def base_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("OASGEN_NO_CACHE", "OASGEN_CACHE_DIR", "OASGEN_DEBUG")}


def oasgen_env(cache: Path) -> dict[str, str]:
    env = base_env()
    env["OASGEN_CACHE_DIR"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def peer_env() -> dict[str, str]:
    """The peers' environment first on PATH, so openapi-python-client's ruff hooks find its ruff."""
    env = base_env()
    env.pop("PYTHONPATH", None)
    env["VIRTUAL_ENV"] = str(PEERS)
    env["PATH"] = os.pathsep.join([str(PEERS_BIN), env.get("PATH", "")])
    return env


# -- what the tools said ------------------------------------------------------------------

_PY_WARNING = re.compile(r"\b(\w+Warning): ")


def opc_findings(log: Path, out: Path) -> dict[str, object]:
    """openapi-python-client's warnings, by kind, and how many endpoint modules it wrote."""
    text = log.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    skipped = sum(1 for x in lines if x.startswith("WARNING parsing") and x.endswith("Endpoint will not be generated."))
    partial = sum(1 for x in lines if x.startswith("WARNING parsing")) - skipped
    schemas = sum(1 for x in lines if x.startswith(("Unable to parse schema", "Unable to process schema")))
    # the post-hooks: ruff missing from PATH, or failing
    other = sum(1 for x in lines if x.startswith("Skipping Integration") or x == "ruff failed")
    endpoints = 0
    packages = [p.parent for p in out.glob("*/__init__.py")] if out.exists() else []
    for package in packages:
        api = package / "api"
        if api.is_dir():
            endpoints += sum(1 for p in api.rglob("*.py") if p.name != "__init__.py")
    findings: dict[str, object] = {
        "warnings": skipped + partial + schemas + other,
        "endpoints_skipped": skipped,
        "endpoints_with_responses_omitted": partial,
        "schema_warnings": schemas,
        "other_warnings": other,
        "endpoint_modules_written": endpoints,
        "wrote_package": bool(packages),
        "generated_with_warnings": "Warning(s) encountered while generating" in text,
    }
    if findings["warnings"]:
        findings["notes"] = (
            f"{findings['warnings']} warnings: {skipped} endpoints skipped, {partial} with responses omitted, "
            f"{schemas} schema warnings"
            + (f", {other} post-hook warnings" if other else "")
            + f"; {endpoints} endpoint modules written"
        )
    elif packages:
        findings["notes"] = f"{endpoints} endpoint modules written"
    return findings


def dmc_findings(log: Path) -> dict[str, object]:
    text = log.read_text(encoding="utf-8", errors="replace")
    kinds = _PY_WARNING.findall(text)
    findings: dict[str, object] = {"warnings": len(kinds), "warning_kinds": sorted(set(kinds))}
    if kinds:
        findings["notes"] = f"{len(kinds)} warnings ({', '.join(sorted(set(kinds)))})"
    return findings


# -- the peers' environment ---------------------------------------------------------------


def peer_executable(tool: str) -> Path:
    return PEERS_BIN / tool


def ensure_peers(force: bool) -> None:
    python = PEERS_BIN / "python"
    missing = [tool for tool in PEER_TOOLS if not peer_executable(tool).exists()]
    if not python.exists():
        print(f"creating {PEERS.relative_to(ROOT)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
    elif not (force or missing):
        return
    print(f"installing {REQUIREMENTS.relative_to(ROOT)} into {PEERS.relative_to(ROOT)}", file=sys.stderr)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True)


def versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    try:
        from generator import __version__

        found["oasgen"] = __version__
    except Exception:  # noqa: BLE001
        found["oasgen"] = None
    python = PEERS_BIN / "python"
    if python.exists():
        code = (
            "import json, importlib.metadata as m\n"
            "out = {}\n"
            "for name in ('openapi-python-client', 'datamodel-code-generator', 'ruff', 'black', 'pydantic'):\n"
            "    try: out[name] = m.version(name)\n"
            "    except m.PackageNotFoundError: out[name] = None\n"
            "print(json.dumps(out))"
        )
        result = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
        if result.returncode == 0:
            found.update(json.loads(result.stdout))
    return found


def git_state() -> dict[str, object]:
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    dirty = git("status", "--porcelain", "--", "generator", "templates", "pyproject.toml")
    return {"commit": git("rev-parse", "--short", "HEAD"), "uncommitted_generator_changes": bool(dirty)}


# -- the runs -----------------------------------------------------------------------------


def run_oasgen(key: str, spec: Path, naming: Path | None, work: Path, repeat: int, timeout: float) -> list[Result]:
    cold, warm = Result(key, "oasgen cold", []), Result(key, "oasgen warm", [])
    for i in range(repeat):
        cache = work / f"{key}-oasgen-cache-{i}"
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        for result, label in ((cold, "cold"), (warm, "warm")):
            out = work / f"{key}-oasgen-{label}-{i}"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            command = [*OASGEN, "generate", str(spec), "-o", str(out), "--package", "pkg"]
            command += ["--emit", "models,client,docs,stubs"]
            if naming is not None:
                command += ["--naming", str(naming)]
            log = work / f"{key}-oasgen-{label}-{i}.log"
            result.samples.append(measure(command, cwd=ROOT, env=oasgen_env(cache), out=out, timeout=timeout, log=log))
    return [cold, warm]


def run_peer(tool: str, key: str, spec: Path, work: Path, repeat: int, timeout: float) -> Result:
    result = Result(key, tool, [])
    for i in range(repeat):
        run_dir = work / f"{key}-{tool}-{i}"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir()
        log = work / f"{key}-{tool}-{i}.log"
        if tool == OPC:
            # it refuses an existing output folder (without --overwrite): a fresh path in an empty folder
            out = run_dir / "out"
            command = [str(peer_executable(OPC)), "generate", "--path", str(spec), "--output-path", str(out)]
        else:
            out = run_dir / "out"
            out.mkdir()
            command = [
                str(peer_executable(DMC)), "--input", str(spec), "--input-file-type", "openapi",
                "--output-model-type", "pydantic_v2.BaseModel", "--output", str(out / "models.py"),
            ]  # fmt: skip
        sample = measure(command, cwd=run_dir, env=peer_env(), out=out, timeout=timeout, log=log)
        sample.extra = opc_findings(log, out) if tool == OPC else dmc_findings(log)
        result.samples.append(sample)
    return result


_CHECK_LINE = re.compile(r"^(\S+): (in sync|out of date)\b.*?\((?:([\d.]+) s)(?:, (\w+))?\)")


def check_paths(log: Path) -> dict[str, str]:
    """target -> how check decided: 'fingerprint', 'compared' or 'out of date'."""
    paths = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _CHECK_LINE.match(line)
        if m:
            paths[m.group(1)] = m.group(4) or m.group(2)
    return paths


def run_check(name: str, cwd: Path, cache: Path, work: Path, runs: int, timeout: float) -> Result:
    """`oasgen check` in `cwd`: one run to warm up (not counted), then `runs` measured runs."""
    result = Result("config targets", name, [])
    env = oasgen_env(cache)
    for i in range(runs + 1):
        log = work / f"{name.replace(' ', '-')}-{i}.log"
        sample = measure([*OASGEN, "check"], cwd=cwd, env=env, out=None, timeout=timeout, log=log)
        paths = check_paths(log)
        sample.extra = {"targets": paths, "notes": ", ".join(f"{t}: {p}" for t, p in paths.items())}
        if i:
            result.samples.append(sample)
    return result


def scratch_copy(work: Path) -> Path | None:
    """A folder with the repository's pyproject.toml and links to the inputs its targets read,
    but its own, empty output folders: there `generate` then `check` is a genuine no-change check,
    whatever the state of the committed output/."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    targets = config.get("tool", {}).get("oasgen", {}).get("targets", {})
    if not targets:
        return None
    inputs: set[str] = set()
    outputs: set[str] = set()
    for target in targets.values():
        for key in ("spec", "naming"):
            if key in target:
                inputs.add(Path(target[key]).parts[0])
        upstream = target.get("upstream")
        if isinstance(upstream, dict) and "lock" in upstream:
            inputs.add(Path(upstream["lock"]).parts[0])
        outputs.add(Path(target["output"]).parts[0])
    if inputs & outputs or any(Path(p).is_absolute() or p == ".." for p in inputs | outputs):
        return None  # an output would be written through a link into the repository
    scratch = work / "check-scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", scratch / "pyproject.toml")
    for name in inputs:
        (scratch / name).symlink_to(ROOT / name)
    return scratch


# -- reporting ----------------------------------------------------------------------------


def fmt_ratio(peer: Result, ref: Result | None, attr: str) -> str:
    if ref is None or not ref.ok:
        return "n/a"
    value = getattr(peer, attr) / getattr(ref, attr)
    text = f"{value:.2f}x" if value < 10 else f"{value:.1f}x"
    if not peer.ok:
        text = (">" if attr == "seconds" and any(s.timed_out for s in peer.samples) else "") + text + " (failed)"
    return text


def report(
    results: list[Result], meta: dict[str, object], only: set[str], goals_out: list[dict[str, object]]
) -> list[str]:
    lines: list[str] = []
    say = lines.append
    v = meta["versions"]
    assert isinstance(v, dict)
    say(
        f"oasgen {v.get('oasgen')} (commit {meta['git']['commit']}"  # type: ignore[index]
        + (", with uncommitted generator changes" if meta["git"]["uncommitted_generator_changes"] else "")  # type: ignore[index]
        + f"), python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
    if only & set(PEER_TOOLS):
        say(
            f"peers: openapi-python-client {v.get('openapi-python-client')} (ruff {v.get('ruff')}), "
            f"datamodel-code-generator {v.get('datamodel-code-generator')} (black {v.get('black')}, "
            f"pydantic {v.get('pydantic')})"
        )
    say(
        f"timeout {meta['timeout']:.0f} s per run; median of {meta['repeat']} run(s) per measure, check median of {meta['check_runs']}"
    )
    say("")
    say("| spec | tool | ok | wall s | peak RSS MB | files | MB written | notes |")
    say("|---|---|---|---:|---:|---:|---:|---|")
    for r in results:
        wrote = "| - | - |" if r.tool.startswith("oasgen check") else f"| {r.files} | {r.bytes / 1e6:.2f} |"
        say(
            f"| {r.spec} | {r.tool} | {'yes' if r.ok else 'NO'} | {r.seconds:.2f} | {r.peak_rss_mb:.0f} "
            f"{wrote} {r.note()} |"
        )
    by = {(r.spec, r.tool): r for r in results}

    peers = [r for r in results if r.tool in PEER_TOOLS]
    if peers and "oasgen" in only:
        say("")
        say("| spec | peer | time / oasgen cold | time / oasgen warm | RSS / oasgen cold | RSS / oasgen warm |")
        say("|---|---|---:|---:|---:|---:|")
        for p in peers:
            cold, warm = by.get((p.spec, "oasgen cold")), by.get((p.spec, "oasgen warm"))
            say(
                f"| {p.spec} | {p.tool} | {fmt_ratio(p, cold, 'seconds')} | {fmt_ratio(p, warm, 'seconds')} | "
                f"{fmt_ratio(p, cold, 'peak_rss_mb')} | {fmt_ratio(p, warm, 'peak_rss_mb')} |"
            )

    label = next(lbl for key, lbl, _, _ in SPECS if key == GOAL_SPEC)

    def goal(name: str, met: bool | None, text: str) -> None:
        if not goals_out:
            say("")
            say(f"Goals for the 2026 spec ({label}):")
        verdict = "n/a" if met is None else ("met" if met else "MISSED")
        goals_out.append({"goal": name, "met": met, "detail": text})
        say(f"- [{verdict}] {name}: {text}")

    cold, warm = by.get((label, "oasgen cold")), by.get((label, "oasgen warm"))
    if cold is not None and warm is not None:
        goal(
            f"full generation <= {GOAL_GENERATE_S:g} s",
            cold.ok and cold.seconds <= GOAL_GENERATE_S,
            f"cold {cold.seconds:.2f} s (warm {warm.seconds:.2f} s)" + ("" if cold.ok else ", cold run failed"),
        )
        done = [by[(label, t)] for t in PEER_TOOLS if (label, t) in by and by[(label, t)].ok]
        if done:
            fastest = min(done, key=lambda r: r.seconds)
            speedup = fastest.seconds / cold.seconds
            goal(
                f">= {GOAL_SPEEDUP:g}x faster than the fastest peer that completes it",
                cold.ok and speedup >= GOAL_SPEEDUP,
                f"{fastest.tool} {fastest.seconds:.2f} s / oasgen cold {cold.seconds:.2f} s = {speedup:.1f}x "
                f"(/ warm: {fastest.seconds / warm.seconds:.1f}x)",
            )
        elif any((label, t) in by for t in PEER_TOOLS):
            goal(f">= {GOAL_SPEEDUP:g}x faster than the fastest peer that completes it", None, "no peer completed it")
        rss = max(cold.peak_rss_mb, warm.peak_rss_mb)
        goal(
            f"peak RSS <= {GOAL_RSS_MB:g} MB",
            cold.ok and warm.ok and rss <= GOAL_RSS_MB,
            f"cold {cold.peak_rss_mb:.0f} MB, warm {warm.peak_rss_mb:.0f} MB",
        )
    repo = by.get(("config targets", "oasgen check (repository)"))
    scratch = by.get(("config targets", "oasgen check (fresh output)"))
    if repo is not None:
        paths = repo.samples[-1].extra.get("targets", {})
        assert isinstance(paths, dict)
        unchanged = bool(paths) and all(p == "fingerprint" for p in paths.values())
        if unchanged or scratch is None:
            goal(
                f"check with no change <= {GOAL_CHECK_S:g} s",
                repo.ok and repo.seconds <= GOAL_CHECK_S,
                f"{repo.seconds:.2f} s in the repository ({repo.note()})",
            )
        else:
            goal(
                f"check with no change <= {GOAL_CHECK_S:g} s",
                scratch.ok and scratch.seconds <= GOAL_CHECK_S,
                f"{scratch.seconds:.2f} s right after generating into fresh output folders; in the repository "
                f"{repo.seconds:.2f} s, where the committed output's fingerprint is stale ({repo.note()})",
            )
    return lines


# -- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", metavar="TOOLS",
        help=f"comma-separated, among {', '.join(TOOLS)} (default: all)",
    )  # fmt: skip
    parser.add_argument("--skip-peers", action="store_true", help=f"skip {OPC} and {DMC}")
    parser.add_argument(
        "--specs", metavar="NAMES", help=f"comma-separated, among {', '.join(k for k, *_ in SPECS)} (default: all)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each generation, median taken (default 1)")
    parser.add_argument("--check-runs", type=int, default=5, help="runs of oasgen check, median taken (default 5)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds each run may take (default 600)")
    parser.add_argument("--json", metavar="FILE", help="write the raw figures to FILE")
    parser.add_argument("--keep", metavar="DIR", help="keep outputs and logs in DIR (default: a temporary folder)")
    parser.add_argument("--install", action="store_true", help="(re)install the pinned peers first")
    args = parser.parse_args()

    only = set(TOOLS)
    if args.only:
        only = {t.strip() for t in args.only.split(",") if t.strip()}
        unknown = only - set(TOOLS)
        if unknown:
            parser.error(f"--only: unknown {', '.join(sorted(unknown))} (choose among {', '.join(TOOLS)})")
    if args.skip_peers:
        only -= set(PEER_TOOLS)
    specs = SPECS
    if args.specs:
        wanted = {s.strip() for s in args.specs.split(",") if s.strip()}
        unknown = wanted - {k for k, *_ in SPECS}
        if unknown:
            parser.error(f"--specs: unknown {', '.join(sorted(unknown))}")
        specs = [s for s in SPECS if s[0] in wanted]
    if args.repeat < 1 or args.check_runs < 1:
        parser.error("--repeat and --check-runs must be at least 1")

    if only & set(PEER_TOOLS) or args.install:
        ensure_peers(args.install)

    work = Path(args.keep).resolve() if args.keep else Path(tempfile.mkdtemp(prefix="oasgen-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    meta: dict[str, object] = {
        "versions": versions(),
        "git": git_state(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "timeout": args.timeout,
        "repeat": args.repeat,
        "check_runs": args.check_runs,
        "specs": {
            label: {"path": str(path.relative_to(ROOT)), "bytes": path.stat().st_size} for _, label, path, _ in specs
        },
    }
    results: list[Result] = []
    try:
        for _key, label, spec, naming in specs:
            if "oasgen" in only:
                print(f"{label}: oasgen cold and warm", file=sys.stderr)
                results += run_oasgen(label, spec, naming, work, args.repeat, args.timeout)
            for tool in PEER_TOOLS:
                if tool in only:
                    print(f"{label}: {tool}", file=sys.stderr)
                    results.append(run_peer(tool, label, spec, work, args.repeat, args.timeout))
        if "check" in only:
            print("oasgen check in the repository", file=sys.stderr)
            cache = work / "check-cache"
            cache.mkdir(exist_ok=True)
            results.append(run_check("oasgen check (repository)", ROOT, cache, work, args.check_runs, args.timeout))
            scratch = scratch_copy(work)
            if scratch is not None:
                print("oasgen generate then check with fresh output folders", file=sys.stderr)
                setup = measure(
                    [*OASGEN, "generate"], cwd=scratch, env=oasgen_env(cache), out=scratch / "output",
                    timeout=args.timeout, log=work / "check-scratch-generate.log",
                )  # fmt: skip
                meta["check_scratch_generate"] = asdict(setup)
                if setup.ok:
                    results.append(
                        run_check("oasgen check (fresh output)", scratch, cache, work, args.check_runs, args.timeout)
                    )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    goals: list[dict[str, object]] = []
    lines = report(results, meta, only, goals)
    sys.stderr.flush()
    print("\n".join(lines), flush=True)
    if args.keep:
        print(f"\noutputs and logs kept in {work}")
    if args.json:
        payload = {**meta, "results": [r.to_json() for r in results], "goals": goals}
        Path(args.json).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0 if all(r.ok for r in results if r.tool.startswith("oasgen")) else 1


if __name__ == "__main__":
    sys.exit(main())
