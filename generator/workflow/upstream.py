"""Keep a pinned spec in step with where it comes from.

`oasgen upstream check [TARGET]` fetches the target's upstream URL and compares it with the
pinned spec file: exit 0 when they are the same bytes, 1 (with the semantic diff) when not.
`oasgen upstream update [TARGET]` rewrites the pinned spec and its lock file (source URL,
upstream commit, sha256, date), then regenerates the target.

Only http and https are fetched, with a timeout and a size cap; redirects must stay on
http(s). The fetched spec must load and normalise before anything is written.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from generator import __version__
from generator.errors import Location, OasgenError
from generator.workflow.config import Config, ConfigError, TargetConfig, load_config
from generator.workflow.writer import atomic_write

MAX_BYTES = 64 * 1024 * 1024
TIMEOUT = 60.0
_COMMIT = re.compile(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])")


class UpstreamError(OasgenError):
    """The upstream spec cannot be fetched or is not usable."""


@dataclass
class Lock:
    spec: str  # the pinned file, relative to the lock file's folder
    source_url: str
    upstream_commit: str | None
    sha256: str
    date: str  # when it was pinned (UTC, YYYY-MM-DD)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def commit_from_url(url: str) -> str | None:
    """The commit a URL is pinned to, when it names one (raw.githubusercontent.com/o/r/<sha>/...)."""
    match = _COMMIT.search(urllib.parse.urlsplit(url).path)
    return match.group(0) if match else None


def read_lock(path: Path) -> Lock | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise UpstreamError(f"unreadable lock file: {exc}", Location(str(path))) from None
    try:
        return Lock(
            **{k: data[k] for k in ("spec", "source_url", "upstream_commit", "sha256", "date")}
        )
    except (KeyError, TypeError):
        raise UpstreamError(
            "lock file must hold spec, source_url, upstream_commit, sha256 and date",
            Location(str(path)),
        ) from None


def write_lock(path: Path, lock: Lock) -> None:
    atomic_write(path, (json.dumps(asdict(lock), indent=2) + "\n").encode("utf-8"))


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise UpstreamError(f"{req.full_url}: redirected to a non-http(s) URL: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT) -> bytes:
    """The body at an http(s) URL, at most `max_bytes` long."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise UpstreamError(f"upstream URL must be http:// or https://, not {url!r}")
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"oasgen/{__version__}",
            "Accept": "application/yaml, application/json, */*",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise UpstreamError(
                    f"{url}: {int(length)} bytes, more than the {max_bytes} allowed"
                )
            data: bytes = resp.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise UpstreamError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise UpstreamError(f"cannot fetch {url}: {exc.reason}") from None
    except (OSError, ValueError) as exc:
        raise UpstreamError(f"cannot fetch {url}: {exc}") from None
    if len(data) > max_bytes:
        raise UpstreamError(f"{url}: more than the {max_bytes} bytes allowed")
    return data


# -- the commands ----------------------------------------------------------------------------


def pick_target(cfg: Config, name: str | None) -> TargetConfig:
    if name is not None:
        target = cfg.select([name])[0]
        if target.upstream is None:
            raise ConfigError(
                f"target {name!r} has no upstream (add upstream = {{ url = ... }})",
                Location(str(cfg.path)),
            )
        return target
    with_upstream = [t for t in cfg.targets.values() if t.upstream is not None]
    if len(with_upstream) != 1:
        names = ", ".join(sorted(t.name for t in with_upstream)) or "none"
        raise ConfigError(
            f"name the target to use (targets with an upstream: {names})", Location(str(cfg.path))
        )
    return with_upstream[0]


@dataclass
class Drift:
    target: TargetConfig
    url: str
    pinned: bytes
    upstream: bytes
    diff: Any  # diff.SpecDiff, or None when the bytes are the same

    @property
    def same(self) -> bool:
        return self.pinned == self.upstream


def compare_upstream(target: TargetConfig, url: str | None = None) -> Drift:
    from generator.pipeline import build_api
    from generator.workflow.diff import diff_apis

    assert target.upstream is not None
    url = url or target.upstream.url
    upstream = fetch(url)
    try:
        pinned = target.spec.read_bytes()
    except OSError as exc:
        raise UpstreamError(
            f"cannot read the pinned spec: {exc.strerror}", Location(target.rel(target.spec))
        ) from None
    if pinned == upstream:
        return Drift(target, url, pinned, upstream, None)
    settings = target.pipeline_target()  # the IRs the target's code would be generated from
    with tempfile.TemporaryDirectory(prefix="oasgen-upstream-") as tmp:
        fetched = Path(tmp) / target.spec.name
        fetched.write_bytes(upstream)
        new = build_api(settings, fetched)
    old = build_api(settings)
    result = diff_apis(old, new)
    result.old["file"] = target.rel(target.spec)
    result.new["file"] = url
    return Drift(target, url, pinned, upstream, result)


def report(drift: Drift, fmt: str) -> str:
    from generator.workflow.diff import render

    t = drift.target
    old_sha, new_sha = sha256(drift.pinned), sha256(drift.upstream)
    if fmt == "json":
        data = {
            "target": t.name,
            "url": drift.url,
            "spec": t.rel(t.spec),
            "in_sync": drift.same,
            "pinned_sha256": old_sha,
            "upstream_sha256": new_sha,
            "diff": drift.diff.to_dict() if drift.diff is not None else None,
        }
        return json.dumps(data, indent=1, sort_keys=True) + "\n"
    if drift.same:
        return f"{t.name}: {t.rel(t.spec)} is up to date with {drift.url} (sha256 {old_sha[:12]})\n"
    if fmt == "markdown":
        head = (
            f"## Upstream spec changed for target `{t.name}`\n\n"
            f"`{t.rel(t.spec)}` (sha256 `{old_sha[:12]}`) differs from <{drift.url}> (sha256 `{new_sha[:12]}`).\n\n"
        )
    else:
        head = f"{t.name}: {t.rel(t.spec)} (sha256 {old_sha[:12]}) differs from {drift.url} (sha256 {new_sha[:12]})\n"
    body = render(drift.diff, fmt)
    if drift.diff is not None and not drift.diff.changes:
        body += "(no API changes: only descriptions, examples or formatting differ)\n"
    return head + body


def _warn_lock(target: TargetConfig, pinned: bytes, err: IO[str]) -> None:
    assert target.upstream is not None
    lock = read_lock(target.upstream.lock)
    if lock is None:
        print(f"oasgen: warning: no lock file {target.rel(target.upstream.lock)}", file=err)
    elif lock.sha256 != sha256(pinned):
        print(
            f"oasgen: warning: {target.rel(target.spec)} no longer matches the sha256 in "
            f"{target.rel(target.upstream.lock)} (edited since it was pinned?)",
            file=err,
        )


def upstream_check(
    name: str | None,
    *,
    url: str | None = None,
    fmt: str = "text",
    config: Config | str | Path | None = None,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
) -> int:
    """0 when the pinned spec is the upstream one, 1 when upstream has drifted."""
    out, err = out or sys.stdout, err or sys.stderr
    cfg = config if isinstance(config, Config) else load_config(config)
    target = pick_target(cfg, name)
    drift = compare_upstream(target, url)
    _warn_lock(target, drift.pinned, err)
    out.write(report(drift, fmt))
    return 0 if drift.same else 1


def upstream_update(
    name: str | None,
    *,
    url: str | None = None,
    commit: str | None = None,
    fmt: str = "text",
    config: Config | str | Path | None = None,
    generate: bool = True,
    out: IO[str] | None = None,
) -> int:
    """Pin the upstream spec: rewrite the spec file and its lock, then regenerate the target."""
    from generator.workflow.check import generate_targets

    out = out or sys.stdout
    cfg = config if isinstance(config, Config) else load_config(config)
    target = pick_target(cfg, name)
    assert target.upstream is not None
    drift = compare_upstream(target, url)  # loads and normalises the fetched spec before any write
    if commit is not None and not re.fullmatch(r"[0-9a-fA-F]{7,40}", commit):
        raise UpstreamError(f"--commit {commit!r} is not a git commit id")
    lock_path = target.upstream.lock
    lock = Lock(
        spec=os.path.relpath(target.spec, lock_path.parent).replace(os.sep, "/"),
        source_url=drift.url,
        upstream_commit=(commit or commit_from_url(drift.url) or None),
        sha256=sha256(drift.upstream),
        date=_dt.datetime.now(_dt.timezone.utc).date().isoformat(),
    )
    old_lock = read_lock(lock_path)
    if (
        drift.same
        and old_lock is not None
        and (old_lock.sha256, old_lock.source_url) == (lock.sha256, lock.source_url)
    ):
        out.write(report(drift, fmt))
        return 0
    if not drift.same:
        atomic_write(target.spec, drift.upstream)
    write_lock(lock_path, lock)
    out.write(report(drift, fmt))
    print(
        f"{target.name}: pinned {target.rel(target.spec)} and {target.rel(lock_path)}",
        file=sys.stderr,
    )
    if generate and not drift.same:
        generate_targets([target.name], config=cfg, out=sys.stderr if fmt != "text" else out)
    return 0
