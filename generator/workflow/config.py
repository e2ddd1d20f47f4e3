"""Project configuration: the targets oasgen generates, from `pyproject.toml` or `oasgen.toml`.

```toml
[tool.oasgen.targets.openai]          # in oasgen.toml: [targets.openai]
spec = "specs/openai.yaml"            # relative to the config file
package = "openai_client"             # import name of the generated package
output = "output/openai"              # folder the package is written into
emit = ["models", "client"]           # among models, client, stubs, docs
naming = "specs/openai.naming.yaml"   # operationId -> "beta.threads.create_and_run"
env_api_key = "OPENAI_API_KEY"
env_base_url = "OPENAI_BASE_URL"
docs_url = "https://platform.openai.com"  # makes links like (/docs/guides) absolute
alias_threshold = 12                  # inline enums of more values are named types (0: never)
upstream = { url = "https://...", lock = "specs/openai.lock.json" }
distribution = { name = "openai-client", version = "1.2.0" }  # the output's pyproject.toml

[tool.oasgen.targets.openai.streaming]
createThreadAndRun = { event_type = "AssistantStreamEvent", mode = "event", param = "stream" }

[tool.oasgen.targets.openai.requests]  # what requests carry beyond the spec's own words
array_format = "indices"               # arrays in queries and forms: indices, brackets, repeat, comma
idempotency_header = "Idempotency-Key" # a generated key on every call of `idempotency_methods`
idempotency_methods = ["post"]         # default: post, patch
request_id_headers = ["request-id", "x-request-id", "*-request-id"]  # read in order

[tool.oasgen.targets.openai.webhooks]  # how webhooks and callbacks are signed (not in OpenAPI)
signature = "standard-webhooks"        # or "none"; the default is standard-webhooks
env_secret = "OPENAI_WEBHOOK_SECRET"   # default: <PACKAGE PREFIX>_WEBHOOK_SECRET

[tool.oasgen.targets.openai.auth]      # credentials (see README "Authentication")
env = { api_key = "OPENAI_API_KEY" }   # argument -> environment variable
arguments = { "ApiKeyAuth.token" = "api_key" }  # "scheme.part" -> argument
token_auth = { oauth = "body" }        # client-credentials id and secret in the form body
security = [["token"]]                 # default requirements of the schemes declared below

[tool.oasgen.targets.openai.auth.schemes.token]  # declared when the spec lacks it
type = "http"                          # an OpenAPI security scheme object
scheme = "bearer"
```

The config is found from the current folder upwards: the first `oasgen.toml`, or
`pyproject.toml` with a `[tool.oasgen]` table; the search stops at the repository
root (a folder holding `.git`). Unknown keys and wrong types are errors that name the
key and the file.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.emit import DEFAULT_EMIT
from generator.errors import Location, OasgenError
from generator.normalize import naming_file, pagination
from generator.normalize.naming_file import NamingEntry
from generator.normalize.schemas import DEFAULT_ALIAS_THRESHOLD
from generator.normalize.security import AuthConfig
from generator.normalize.wire import ARRAY_FORMATS, RequestSettings

if TYPE_CHECKING:
    from generator.pipeline import Target

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAMES = ("oasgen.toml", "pyproject.toml")
EMIT_CHOICES = ("models", "client", "stubs", "docs")
STREAM_MODES = ("data", "event")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ConfigError(OasgenError):
    """The oasgen configuration (or a file it names) is missing or malformed."""


@dataclass(frozen=True)
class Upstream:
    url: str
    lock: Path  # lock file (absolute); defaults to `<spec stem>.lock.json` next to the spec


@dataclass(frozen=True)
class Distribution:
    """What the output folder's `pyproject.toml` calls the package: its name and version."""

    name: str
    version: str


DEFAULT_VERSION = "0.1.0"
#: PEP 508 project names and PEP 440 public versions (what `pip` and `build` accept).
_DIST_NAME = re.compile(r"^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$")
_DIST_VERSION = re.compile(
    r"^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?"
    r"(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?$"
)


def default_distribution(package: str) -> Distribution:
    """`openai_client` -> `openai-client` 0.1.0."""
    return Distribution(package.replace("_", "-"), DEFAULT_VERSION)


@dataclass
class TargetConfig:
    """One generation target. Paths are absolute, resolved against the config file's folder."""

    name: str
    spec: Path
    package: str
    output: Path
    emit: tuple[str, ...] = DEFAULT_EMIT
    naming: Path | None = None
    streaming: dict[str, dict[str, str]] = field(default_factory=dict)
    #: operationId -> "none" or a table of `ir.Pagination` fields (normalize/pagination.py)
    pagination: dict[str, Any] = field(default_factory=dict)
    env_api_key: str | None = None
    env_base_url: str | None = None
    upstream: Upstream | None = None
    webhook_signature: str | None = None  # None: the default scheme
    env_webhook_secret: str | None = None
    docs_url: str | None = None  # base URL of the vendor's docs, for the descriptions' links
    alias_threshold: int = DEFAULT_ALIAS_THRESHOLD  # inline enums longer than this get a name
    root: Path = Path(".")  # folder of the config file
    distribution: Distribution | None = None  # None: named after the package, version 0.1.0
    auth: AuthConfig | None = None  # the `auth` table: declared schemes, argument and env names
    requests: RequestSettings = field(default_factory=RequestSettings)

    def rel(self, path: Path) -> str:
        """`path` relative to the config folder when inside it (for messages and records)."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def naming_overrides(self) -> dict[str, NamingEntry]:
        return naming_file.load_naming(self.naming) if self.naming is not None else {}

    def pipeline_target(self) -> Target:
        """What the pipeline needs of this target to build its IR (`pipeline.build_api`)."""
        from generator.pipeline import Target

        return Target(
            str(self.spec),
            self.package,
            naming=str(self.naming) if self.naming is not None else None,
            streaming=self.streaming,
            pagination=self.pagination,
            docs_url=self.docs_url,
            alias_threshold=self.alias_threshold,
            auth=self.auth,
            requests=self.requests,
        )

    def settings(self) -> dict[str, Any]:
        """Everything besides the input files that decides the generated code."""
        return {
            "package": self.package,
            "emit": list(self.emit),
            "streaming": self.streaming,
            **({"pagination": self.pagination} if self.pagination else {}),
            "env_api_key": self.env_api_key,
            "env_base_url": self.env_base_url,
            "webhook_signature": self.webhook_signature,
            "env_webhook_secret": self.env_webhook_secret,
            "docs_url": self.docs_url,
            "distribution": [self.dist.name, self.dist.version],
            "alias_threshold": self.alias_threshold,
            "auth": dataclasses.asdict(self.auth) if self.auth else None,
            "requests": self.requests.as_dict(),
        }

    @property
    def dist(self) -> Distribution:
        return self.distribution or default_distribution(self.package)


@dataclass
class Config:
    path: Path  # the config file
    targets: dict[str, TargetConfig]

    @property
    def root(self) -> Path:
        return self.path.parent

    def select(self, names: list[str] | tuple[str, ...]) -> list[TargetConfig]:
        """The named targets in the order given (all targets, sorted by name, when none)."""
        if not self.targets:
            raise ConfigError(
                "no targets configured (add a [tool.oasgen.targets.NAME] table)",
                Location(str(self.path)),
            )
        if not names:
            return [self.targets[n] for n in sorted(self.targets)]
        out: list[TargetConfig] = []
        for name in names:
            if name not in self.targets:
                known = ", ".join(sorted(self.targets))
                raise ConfigError(
                    f"unknown target {name!r} (configured: {known})", Location(str(self.path))
                )
            if self.targets[name] not in out:
                out.append(self.targets[name])
        return out


# -- finding and reading ---------------------------------------------------------------


def _oasgen_table(path: Path) -> tuple[dict[str, Any] | None, str]:
    """The oasgen table of a config file (None: a pyproject.toml without one) and its prefix."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", Location(str(path))) from None
    except UnicodeDecodeError:
        raise ConfigError("config file is not UTF-8 text", Location(str(path))) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"malformed TOML: {exc}", Location(str(path))) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        if not isinstance(tool, dict) or "oasgen" not in tool:
            return None, "tool.oasgen"
        table = tool["oasgen"]
        if not isinstance(table, dict):
            raise ConfigError("[tool.oasgen] must be a table", Location(str(path)))
        return table, "tool.oasgen"
    return data, ""


def find_config(start: Path | None = None) -> Path | None:
    """The config file for `start` (default: the current folder), searching upwards."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        toml = candidate / "oasgen.toml"
        if toml.is_file():
            return toml
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _oasgen_table(pyproject)[0] is not None:
            return pyproject
        if (candidate / ".git").exists():
            break
    return None


def load_config(path: str | Path | None = None) -> Config:
    """Read and check the config at `path`, or the one found from the current folder."""
    if path is None:
        found = find_config()
        if found is None:
            raise ConfigError(
                "no oasgen configuration found: add [tool.oasgen.targets.NAME] to pyproject.toml "
                "or an oasgen.toml, in this folder or above it"
            )
        path = found
    path = Path(path).resolve()
    if not path.is_file():
        raise ConfigError("config file not found", Location(str(path)))
    table, prefix = _oasgen_table(path)
    if table is None:
        raise ConfigError("no [tool.oasgen] table", Location(str(path)))
    return parse_config(table, path, prefix)


def parse_config(table: Mapping[str, Any], path: Path, prefix: str = "tool.oasgen") -> Config:
    checker = _Checker(path, prefix)
    checker.keys(table, {"targets"}, "")
    targets_raw = table.get("targets", {})
    checker.expect(targets_raw, dict, "targets", "a table")
    targets: dict[str, TargetConfig] = {}
    for name, raw in targets_raw.items():
        checker.expect(raw, dict, f"targets.{name}", "a table")
        targets[name] = _target(checker, name, raw, path.parent)
    return Config(path, targets)


class _Checker:
    def __init__(self, path: Path, prefix: str) -> None:
        self.path = path
        self.prefix = prefix

    def where(self, key: str) -> str:
        return ".".join(p for p in (self.prefix, key) if p)

    def fail(self, message: str) -> ConfigError:
        return ConfigError(message, Location(str(self.path)))

    def keys(self, table: Mapping[str, Any], allowed: set[str], at: str) -> None:
        for key in table:
            if key not in allowed:
                options = ", ".join(sorted(allowed))
                raise self.fail(
                    f"unknown key {self.where(f'{at}.{key}' if at else key)!r} (allowed: {options})"
                )

    def expect(self, value: Any, kind: type | tuple[type, ...], key: str, what: str) -> None:
        if not isinstance(value, kind) or (kind is str and not value):
            raise self.fail(f"{self.where(key)!r} must be {what}, not {_show(value)}")


def _show(value: Any) -> str:
    names = {
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        list: "an array",
        dict: "a table",
    }
    if isinstance(value, str) and not value:
        return "an empty string"
    return names.get(type(value), type(value).__name__)


_TARGET_KEYS = {
    "spec", "package", "output", "emit", "naming", "streaming", "pagination", "env_api_key", "env_base_url", "upstream",
    "webhooks",
    "docs_url", "alias_threshold",
    "distribution", "auth", "requests",
}  # fmt: skip
WEBHOOK_SIGNATURES = ("standard-webhooks", "none")


def _target(c: _Checker, name: str, raw: Mapping[str, Any], root: Path) -> TargetConfig:
    at = f"targets.{name}"
    c.keys(raw, _TARGET_KEYS, at)
    for key in ("spec", "package", "output"):
        if key not in raw:
            raise c.fail(f"{c.where(at)!r} is missing the required key {key!r}")
        c.expect(raw[key], str, f"{at}.{key}", "a non-empty string")
    package = raw["package"]
    if not package.isidentifier() or not package.isascii():
        raise c.fail(
            f"{c.where(at + '.package')!r}: {package!r} is not a valid Python package name"
        )
    emit = raw.get("emit", list(DEFAULT_EMIT))
    c.expect(emit, list, f"{at}.emit", f"an array of strings among {', '.join(EMIT_CHOICES)}")
    for item in emit:
        if item not in EMIT_CHOICES:
            raise c.fail(
                f"{c.where(at + '.emit')!r}: unknown value {item!r} (allowed: {', '.join(EMIT_CHOICES)})"
            )
    if not emit:
        raise c.fail(f"{c.where(at + '.emit')!r} must not be empty")
    naming = raw.get("naming")
    if naming is not None:
        c.expect(naming, str, f"{at}.naming", "a non-empty string (path to a YAML file)")
    env: dict[str, str | None] = {}
    for key in ("env_api_key", "env_base_url"):
        value = raw.get(key)
        if value is not None:
            c.expect(value, str, f"{at}.{key}", "a non-empty string")
            if not _ENV_NAME.match(value):
                raise c.fail(
                    f"{c.where(at + '.' + key)!r}: {value!r} is not an environment variable name"
                )
        env[key] = value
    signature, env_secret = _webhooks(c, at, raw.get("webhooks", {}))
    docs_url = raw.get("docs_url")
    if docs_url is not None:
        c.expect(docs_url, str, f"{at}.docs_url", "a non-empty string")
        if not docs_url.startswith(("http://", "https://")):
            raise c.fail(
                f"{c.where(at + '.docs_url')!r} must be an http:// or https:// URL, not {docs_url!r}"
            )
    threshold = raw.get("alias_threshold", DEFAULT_ALIAS_THRESHOLD)
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 0:
        raise c.fail(
            f"{c.where(at + '.alias_threshold')!r} must be a whole number, 0 or more, not {threshold if isinstance(threshold, int) and not isinstance(threshold, bool) else _show(threshold)}"
        )
    spec = (root / raw["spec"]).resolve()
    return TargetConfig(
        name=name,
        spec=spec,
        package=package,
        output=(root / raw["output"]).resolve(),
        emit=tuple(dict.fromkeys(emit)),
        naming=(root / naming).resolve() if naming else None,
        streaming=_streaming(c, at, raw.get("streaming", {})),
        pagination=_pagination(c, at, raw.get("pagination", {})),
        env_api_key=env["env_api_key"],
        env_base_url=env["env_base_url"],
        upstream=_upstream(c, at, raw.get("upstream"), root, spec),
        webhook_signature=signature,
        env_webhook_secret=env_secret,
        docs_url=docs_url,
        alias_threshold=threshold,
        root=root,
        distribution=_distribution(c, at, raw.get("distribution"), package),
        auth=_auth(c, at, raw.get("auth")),
        requests=_requests(c, at, raw.get("requests", {})),
    )


_SCHEME_TYPES = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")
_PARTS = ("token", "username", "password", "key", "client_id", "client_secret")


def _auth(c: _Checker, at: str, raw: Any) -> AuthConfig | None:
    if raw is None:
        return None
    key = f"{at}.auth"
    c.expect(raw, dict, key, "a table with schemes, security, arguments, env and token_auth")
    c.keys(raw, {"schemes", "security", "arguments", "env", "token_auth"}, key)
    schemes = raw.get("schemes", {})
    c.expect(schemes, dict, f"{key}.schemes", "a table of security scheme objects")
    for name, scheme in schemes.items():
        c.expect(scheme, dict, f"{key}.schemes.{name}", "a table (an OpenAPI security scheme)")
        if scheme.get("type") not in _SCHEME_TYPES:
            raise c.fail(
                f"{c.where(f'{key}.schemes.{name}.type')!r} must be one of {', '.join(_SCHEME_TYPES)}"
            )
    security = raw.get("security")
    if security is not None:
        c.expect(security, list, f"{key}.security", "an array of arrays of scheme names")
        for req in security:
            c.expect(req, list, f"{key}.security", "an array of arrays of scheme names")
            for name in req:
                if name not in schemes:
                    raise c.fail(
                        f"{c.where(key + '.security')!r} names {name!r}, which {key}.schemes does not declare"
                    )
    arguments = raw.get("arguments", {})
    c.expect(arguments, dict, f"{key}.arguments", 'a table of "scheme.part" = argument')
    for part_key, name in arguments.items():
        if part_key.rpartition(".")[2] not in _PARTS or "." not in part_key:
            raise c.fail(
                f"{c.where(f'{key}.arguments')!r}: {part_key!r} is not scheme.part (parts: {', '.join(_PARTS)})"
            )
        if not isinstance(name, str) or (name and not name.isidentifier()):
            raise c.fail(
                f"{c.where(f'{key}.arguments')!r}: {part_key!r} must name a Python argument"
                ' ("" only for an empty password)'
            )
    env = raw.get("env", {})
    c.expect(env, dict, f"{key}.env", "a table of argument = environment variable")
    for name, value in env.items():
        c.expect(value, str, f"{key}.env.{name}", "a non-empty string")
        if not _ENV_NAME.match(value):
            raise c.fail(
                f"{c.where(f'{key}.env.{name}')!r}: {value!r} is not an environment variable name"
            )
    token_auth = raw.get("token_auth", {})
    c.expect(token_auth, dict, f"{key}.token_auth", 'a table of scheme = "basic" or "body"')
    for name, value in token_auth.items():
        if value not in ("basic", "body"):
            raise c.fail(f'{c.where(f"{key}.token_auth.{name}")!r} must be "basic" or "body"')
    return AuthConfig(
        schemes={k: dict(v) for k, v in schemes.items()},
        security=[list(r) for r in security] if security is not None else None,
        arguments=dict(arguments),
        env=dict(env),
        token_auth=dict(token_auth),
        where=f"[{c.where(key)}]",
    )


_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _value(value: Any) -> str:
    """A string as written (quoted), anything else by its kind."""
    return repr(value) if isinstance(value, str) else _show(value)


def _requests(c: _Checker, at: str, raw: Any) -> RequestSettings:
    key = f"{at}.requests"
    c.expect(
        raw,
        dict,
        key,
        "a table with array_format, idempotency_header, idempotency_methods, request_id_headers",
    )
    c.keys(
        raw,
        {"array_format", "idempotency_header", "idempotency_methods", "request_id_headers"},
        key,
    )
    default = RequestSettings()
    fmt = raw.get("array_format", default.array_format)
    if fmt not in ARRAY_FORMATS:
        raise c.fail(
            f"{c.where(key + '.array_format')!r} must be one of {', '.join(ARRAY_FORMATS)}, not {_value(fmt)}"
        )
    header = raw.get("idempotency_header")
    if header is not None:
        c.expect(header, str, f"{key}.idempotency_header", "a header name")
        if not _HEADER_NAME.match(header):
            raise c.fail(
                f"{c.where(key + '.idempotency_header')!r}: {header!r} is not a header name"
            )
    methods = raw.get("idempotency_methods", list(default.idempotency_methods))
    c.expect(
        methods, list, f"{key}.idempotency_methods", f"an array among {', '.join(_HTTP_METHODS)}"
    )
    for m in methods:
        if not isinstance(m, str) or m.lower() not in _HTTP_METHODS:
            raise c.fail(
                f"{c.where(key + '.idempotency_methods')!r}: {_value(m)} is not an HTTP method"
            )
    names = raw.get("request_id_headers", list(default.request_id_headers))
    c.expect(
        names, list, f"{key}.request_id_headers", "an array of header names (`*` matches any text)"
    )
    for n in names:
        if not isinstance(n, str) or not _HEADER_NAME.match(n):
            raise c.fail(
                f"{c.where(key + '.request_id_headers')!r}: {_value(n)} is not a header name"
            )
    return RequestSettings(
        array_format=fmt,
        idempotency_header=header,
        idempotency_methods=tuple(dict.fromkeys(m.lower() for m in methods)),
        request_id_headers=tuple(names),
    )


def _distribution(c: _Checker, at: str, raw: Any, package: str) -> Distribution | None:
    if raw is None:
        return None
    key = f"{at}.distribution"
    c.expect(raw, dict, key, "a table with name and/or version")
    c.keys(raw, {"name", "version"}, key)
    default = default_distribution(package)
    name, version = raw.get("name", default.name), raw.get("version", default.version)
    c.expect(name, str, f"{key}.name", "a non-empty string")
    c.expect(version, str, f"{key}.version", "a non-empty string")
    if not _DIST_NAME.match(name):
        raise c.fail(
            f"{c.where(key + '.name')!r}: {name!r} is not a valid distribution name (letters, digits, '.', '_', '-')"
        )
    if not _DIST_VERSION.match(version):
        raise c.fail(
            f"{c.where(key + '.version')!r}: {version!r} is not a PEP 440 version such as 1.2.0"
        )
    return Distribution(name, version)


def _streaming(c: _Checker, at: str, raw: Any) -> dict[str, dict[str, str]]:
    c.expect(raw, dict, f"{at}.streaming", "a table of operationId = {event_type, mode, param}")
    out: dict[str, dict[str, str]] = {}
    for op_id, entry in raw.items():
        key = f"{at}.streaming.{op_id}"
        c.expect(entry, dict, key, "a table with event_type, mode and param")
        c.keys(entry, {"event_type", "mode", "param"}, key)
        if "event_type" not in entry:
            raise c.fail(f"{c.where(key)!r} is missing the required key 'event_type'")
        for sub in ("event_type", "mode", "param"):
            if sub in entry:
                c.expect(entry[sub], str, f"{key}.{sub}", "a non-empty string")
        if "mode" in entry and entry["mode"] not in STREAM_MODES:
            raise c.fail(
                f"{c.where(key + '.mode')!r} must be one of {', '.join(STREAM_MODES)}, not {entry['mode']!r}"
            )
        out[op_id] = {k: entry[k] for k in sorted(entry)}
    return dict(sorted(out.items()))


def _pagination(c: _Checker, at: str, raw: Any) -> dict[str, Any]:
    """operationId -> "none" or a scheme's table, and `"*"` -> a list of rules for all
    operations of a shape (checked by normalize/pagination.py's one rule set)."""
    c.expect(raw, dict, f"{at}.pagination", 'a table of operationId = "none" or {kind, items, ...}')
    out: dict[str, Any] = {}
    for op_id, entry in raw.items():
        key = f"{at}.pagination.{op_id}"
        if op_id == pagination.RULES_KEY:
            c.expect(entry, list, key, "a list of tables of a scheme's fields")
            for n, rule in enumerate(entry):
                _declaration(c, f"{key}[{n}]", rule, rule=True)
            out[op_id] = [{k: r[k] for k in sorted(r)} for r in entry]
            continue
        _declaration(c, key, entry, rule=False)
        out[op_id] = entry if isinstance(entry, str) else {k: entry[k] for k in sorted(entry)}
    return dict(sorted(out.items()))


def _declaration(c: _Checker, key: str, entry: Any, *, rule: bool) -> None:
    problem = pagination.entry_problem(entry, rule=rule)
    if problem is not None:
        sub, what = problem
        raise c.fail(f"{c.where(f'{key}.{sub}' if sub else key)!r} {what}")


def _webhooks(c: _Checker, at: str, raw: Any) -> tuple[str | None, str | None]:
    key = f"{at}.webhooks"
    c.expect(raw, dict, key, "a table with signature and env_secret")
    c.keys(raw, {"signature", "env_secret"}, key)
    signature = raw.get("signature")
    if signature is not None:
        c.expect(signature, str, f"{key}.signature", "a non-empty string")
        if signature not in WEBHOOK_SIGNATURES:
            choices = ", ".join(WEBHOOK_SIGNATURES)
            raise c.fail(
                f"{c.where(key + '.signature')!r} must be one of {choices}, not {signature!r}"
            )
    env_secret = raw.get("env_secret")
    if env_secret is not None:
        c.expect(env_secret, str, f"{key}.env_secret", "a non-empty string")
        if not _ENV_NAME.match(env_secret):
            raise c.fail(
                f"{c.where(key + '.env_secret')!r}: {env_secret!r} is not an environment variable name"
            )
    return signature, env_secret


def _upstream(c: _Checker, at: str, raw: Any, root: Path, spec: Path) -> Upstream | None:
    if raw is None:
        return None
    key = f"{at}.upstream"
    c.expect(raw, dict, key, "a table with url and lock")
    c.keys(raw, {"url", "lock"}, key)
    if "url" not in raw:
        raise c.fail(f"{c.where(key)!r} is missing the required key 'url'")
    c.expect(raw["url"], str, f"{key}.url", "a non-empty string")
    if not raw["url"].startswith(("http://", "https://")):
        raise c.fail(
            f"{c.where(key + '.url')!r} must be an http:// or https:// URL, not {raw['url']!r}"
        )
    lock = raw.get("lock")
    if lock is not None:
        c.expect(lock, str, f"{key}.lock", "a non-empty string")
        lock_path = (root / lock).resolve()
    else:
        lock_path = spec.with_name(spec.stem + ".lock.json")
    return Upstream(raw["url"], lock_path)
