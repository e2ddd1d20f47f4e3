"""A naming file from an SDK's API reference: the `api.md` that Stainless-style SDKs ship.

Each generated method is one bullet naming its endpoint and its call path, e.g.

    - <code title="get /vector_stores/{vector_store_id}/files/{file_id}">client.vector_stores.files.
      <a href="...">retrieve</a>(file_id, \\*, vector_store_id) -> <a href="...">VectorStoreFile</a></code>

Lines are matched to the spec's operations by HTTP method and path (parameter names aside,
fixed queries such as `?beta=true` included). A matched operation gets the line's call path,
its other lines become other names (`also`), path parameters take the reference's names, and
positional parameters that differ from the convention are written out. Headings linking to
other `api.md` files (`# [Responses](src/.../responses/api.md)`) are read too.
"""

from __future__ import annotations

import dataclasses
import html
import re
import urllib.parse
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator import naming
from generator.errors import Location, OasgenError
from generator.ir import Api, Operation
from generator.normalize.call_paths import call_path_of
from generator.normalize.naming_file import (
    DEFAULTS_KEY,
    NamingEntry,
    OperationNaming,
    entry_of,
    is_name,
)

_CODE = re.compile(r"<code(?P<attrs>[^>]*)>(?P<body>.*?)</code>")
_TITLE = re.compile(r'\btitle="(?P<title>[^"]*)"')
_CALL = re.compile(
    r"^(?P<root>[A-Za-z_]\w*)\.(?P<path>[A-Za-z_][\w.]*)\((?P<args>.*?)\)\s*(?:->.*)?$"
)
_LINK = re.compile(r"^#+\s*\[[^\]]*\]\((?P<href>[^)\s]+\.md)\)")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class MethodLine:
    """One method bullet of an api.md."""

    where: Location
    call: tuple[str, ...]  # ("vector_stores", "files", "retrieve"), without the client
    http_method: str | None  # None: a method written by hand, with no endpoint
    path: str | None  # "/vector_stores/{vector_store_id}/files/{file_id}"
    query: tuple[tuple[str, str], ...] = ()  # fixed query: (("beta", "true"),)
    positional: tuple[str, ...] = ()
    keyword: tuple[str, ...] = ()  # named keyword-only parameters (after `*`)

    @property
    def dotted(self) -> str:
        return ".".join(self.call)

    def key(self) -> tuple[str, str, tuple[tuple[str, str], ...]]:
        return endpoint_key(self.http_method or "", self.path or "", self.query)


@dataclass
class Reference:
    """Every method line of an api.md (and of the api.md files it links to)."""

    lines: list[MethodLine] = field(default_factory=list)
    unreadable: list[tuple[Location, str]] = field(default_factory=list)  # bullets that are no call


def endpoint_key(
    method: str, path: str, query: tuple[tuple[str, str], ...]
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """What matches a line to an operation: parameter names do not count, query order neither."""
    return method.lower(), _PLACEHOLDER.sub("{}", path.rstrip("/") or "/"), tuple(sorted(query))


def read_reference(path: str | Path) -> Reference:
    """Parse `path` and the api.md files its headings link to (relative links only)."""
    ref = Reference()
    seen: set[Path] = set()
    todo = [Path(path)]
    while todo:
        current = todo.pop(0)
        resolved = current.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        try:
            text = current.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise OasgenError("API reference not found", Location(str(current))) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise OasgenError(
                f"cannot read the API reference: {exc}", Location(str(current))
            ) from None
        for number, raw in enumerate(text.splitlines(), 1):
            link = _LINK.match(raw.strip())
            if link and not urllib.parse.urlsplit(link["href"]).scheme:
                target = current.parent / urllib.parse.unquote(link["href"])
                if target.is_file():
                    todo.append(target)
                else:
                    ref.unreadable.append(
                        (
                            Location(str(current), number),
                            f"linked reference {link['href']} not found",
                        )
                    )
                continue
            if not raw.lstrip().startswith(("- <code", "* <code")):
                continue
            match = _CODE.search(raw)
            where = Location(str(current), number, raw.index("<code") + 1)
            line = _method_line(match, where) if match else None
            if line is None:
                ref.unreadable.append((where, raw.strip()))
            else:
                ref.lines.append(line)
    return ref


def _method_line(match: re.Match[str], where: Location) -> MethodLine | None:
    body = html.unescape(re.sub(r"<[^>]+>", "", match["body"])).replace("\\", "").strip()
    call = _CALL.match(body)
    if call is None:
        return None
    parts = tuple(call["path"].split("."))
    positional: list[str] = []
    keyword: list[str] = []
    seen_star = False
    for arg in (a.strip() for a in call["args"].split(",")):
        if not arg:
            continue
        if arg == "*" or arg.startswith("*"):
            seen_star = True  # `*`, `**params`, `*args`
            continue
        name = arg.split(":", 1)[0].split("=", 1)[0].strip()
        if name.isidentifier():
            (keyword if seen_star else positional).append(name)
    title = _TITLE.search(match["attrs"])
    method = path = None
    query: tuple[tuple[str, str], ...] = ()
    if title:
        verb, _, url = html.unescape(title["title"]).strip().partition(" ")
        path, _, fixed = url.strip().partition("?")
        method = verb.lower()
        query = tuple(urllib.parse.parse_qsl(fixed, keep_blank_values=True))
    return MethodLine(where, parts, method, path, query, tuple(positional), tuple(keyword))


@dataclass
class MatchResult:
    naming: dict[str, NamingEntry]
    matched: list[tuple[MethodLine, str]]  # (line, operation id)
    unmatched_lines: list[MethodLine]  # an endpoint the spec does not have
    handwritten: list[MethodLine]  # no endpoint: not generated from the spec
    unmatched_operations: list[tuple[str, str]]  # (operation id, its call path here)

    def report(self, reference: Reference) -> list[str]:
        out = [
            f"{len(self.matched)} method line(s) matched to {len({op for _, op in self.matched})} operation(s); "
            f"{len(self.handwritten)} line(s) without an endpoint (written by hand in the SDK) skipped; "
            f"{len(self.unmatched_lines)} line(s) match no operation; "
            f"{len(self.unmatched_operations)} operation(s) have no line"
        ]
        for where, text in reference.unreadable:
            out.append(f"{where}: not a method line: {text[:120]}")
        for line in self.unmatched_lines:
            query = "?" + urllib.parse.urlencode(line.query) if line.query else ""
            out.append(
                f"{line.where}: no operation for {line.http_method} {line.path}{query} (client.{line.dotted})"
            )
        for op_id, call in self.unmatched_operations:
            out.append(f"operation {op_id!r} has no line in the reference: named client.{call}")
        return out


def match_reference(
    reference: Reference,
    api: Api,
    *,
    base: dict[str, NamingEntry] | None = None,
    params: dict[str, str] | None = None,
) -> MatchResult:
    """The naming file the reference implies for `api`.

    Operations without a line keep their entry in `base` when it has one; the others get the
    default call path, under the prefix the reference puts their neighbours in
    (`/organization/...` -> `admin.organization....`).
    """
    by_key: dict[tuple[str, str, tuple[tuple[str, str], ...]], list[Operation]] = {}
    for op in api.operations:
        by_key.setdefault(endpoint_key(op.method, op.path, tuple(op.fixed_query)), []).append(op)
    lines_of: dict[str, list[MethodLine]] = {}
    matched: list[tuple[MethodLine, str]] = []
    unmatched: list[MethodLine] = []
    handwritten: list[MethodLine] = []
    for line in reference.lines:
        if line.http_method is None:
            handwritten.append(line)
            continue
        ops = by_key.get(line.key())
        if not ops:
            unmatched.append(line)
            continue
        # paths alike but for their parameter names (which OpenAPI forbids, and specs still
        # have): the one named alike, else the first without a line yet
        alike = next((o for o in ops if o.path == line.path), None)
        op = alike or next((o for o in ops if o.id not in lines_of), ops[0])
        lines_of.setdefault(op.id, []).append(line)
        matched.append((line, op.id))
    out: dict[str, NamingEntry] = {}
    base_defaults = (
        entry_of(base[DEFAULTS_KEY]) if base and DEFAULTS_KEY in base else OperationNaming()
    )
    defaults = dict(base_defaults.params)
    defaults.update(params or {})
    if defaults or base_defaults.types or base_defaults.pagination_rules:
        # the base's type names and paging rules are kept as they are
        out[DEFAULTS_KEY] = OperationNaming(
            params=tuple(sorted(defaults.items())),
            types=base_defaults.types,
            pagination_rules=base_defaults.pagination_rules,
        )
    taken: set[str] = set()
    for op in api.operations:
        lines = lines_of.get(op.id)
        if lines:
            out[op.id] = _entry(
                op, lines, entry_of(base[op.id]) if base and op.id in base else None
            )
            taken.update(line.dotted for line in lines)
    prefixes = _prefixes(api, lines_of)
    item_paths = {op.path for op in api.operations}
    types = {t.id: t for t in api.types}
    missing: list[tuple[str, str]] = []
    for op in api.operations:
        if op.id in lines_of:
            continue
        kept = base.get(op.id) if base else None
        call = entry_of(kept).call if kept is not None else None
        if call is None or call in taken:
            resource, name = call_path_of(op, item_paths, types)
            resource = prefixes.get(resource[0], ()) + resource
            call = ".".join(resource + (name,))
            if call in taken:
                call = ".".join(resource + (naming.member_name(op.id),))
            while call in taken:
                call += "_"
        taken.add(call)
        if kept is not None and not isinstance(kept, str):
            out[op.id] = dataclasses.replace(kept, call=_naming_call(call), where=None)
        else:
            out[op.id] = _naming_call(call)
        missing.append((op.id, call))
    return MatchResult(out, matched, unmatched, handwritten, missing)


def _entry(op: Operation, lines: list[MethodLine], kept: OperationNaming | None) -> NamingEntry:
    """The entry of an operation its lines name; `kept`: the base's, whose paging stays."""
    first = lines[0]
    ours = _PLACEHOLDER.findall(op.path)
    theirs = _PLACEHOLDER.findall(first.path or "")
    renames = tuple(
        (wire, name)
        for wire, name in zip(ours, theirs, strict=False)
        if name != wire and is_name(name)
    )
    # the line lists the method's names: the convention holds when it names the last path
    # parameter as the method does (path `{class}` is `class_`, renamed or not)
    named = {a.wire_name: a.py_name for a in op.arguments if a.source == "path"} | {
        wire: naming.argument_name(name) for wire, name in renames
    }
    names = [named.get(w, naming.argument_name(w)) for w in ours]
    positional = None if list(first.positional) == names[-1:] else first.positional
    paging = kept.pagination if kept is not None else None
    if not renames and positional is None and len(lines) == 1 and paging is None:
        return _naming_call(first.dotted)
    return OperationNaming(
        call=_naming_call(first.dotted),
        also=tuple(_naming_call(line.dotted) for line in lines[1:]),
        params=renames,
        positional=positional,
        pagination=paging,
    )


def _naming_call(dotted: str) -> str:
    """The call path as a naming file writes it: one starting with `client` keeps it only
    behind the client's own (`client.client.list`), since a leading `client.` is dropped."""
    return "client." + dotted if dotted.split(".", 1)[0] == "client" else dotted


def _prefixes(api: Api, lines_of: dict[str, list[MethodLine]]) -> dict[str, tuple[str, ...]]:
    """For each first segment of the default call paths, the prefix most lines put before it."""
    item_paths = {op.path for op in api.operations}
    types = {t.id: t for t in api.types}
    votes: dict[str, Counter[tuple[str, ...]]] = {}
    for op in api.operations:
        lines = lines_of.get(op.id)
        if not lines:
            continue
        resource, _ = call_path_of(op, item_paths, types)
        theirs = lines[0].call[:-1]
        if resource[0] in theirs:
            votes.setdefault(resource[0], Counter())[theirs[: theirs.index(resource[0])]] += 1
    return {first: counts.most_common(1)[0][0] for first, counts in votes.items()}


def render_naming(result: MatchResult, source: str) -> str:
    """The naming file's text: entries sorted by operationId, long forms where needed."""
    lines = [
        f"# operationId: call path on the client (from {source} by `oasgen naming from-api-md`)",
    ]
    keys = sorted(result.naming, key=lambda k: (k != DEFAULTS_KEY, k))
    for op_id in keys:
        value = entry_of(result.naming[op_id])
        if value.call and not (
            value.also or value.params or value.positional is not None or value.pagination
        ):
            lines.append(f"{_scalar(op_id)}: {_scalar(value.call)}")
            continue
        lines.append(f"{_scalar(op_id)}:")
        if value.call:
            lines.append(f"  call: {_scalar(value.call)}")
        if value.also:
            lines.append(f"  also: [{', '.join(map(_scalar, value.also))}]")
        if value.params:
            lines.append(
                "  params: {"
                + ", ".join(f"{_scalar(w)}: {_scalar(n)}" for w, n in value.params)
                + "}"
            )
        if value.positional is not None:
            lines.append(f"  positional: [{', '.join(map(_scalar, value.positional))}]")
        if value.types:
            lines.append("  types:")
            lines += [f"    {_scalar(pointer)}: {_scalar(cls)}" for pointer, cls, _ in value.types]
        if value.pagination is not None:
            lines.append(f"  pagination: {_flow(value.pagination)}")
        if value.pagination_rules:
            lines.append("  pagination:")
            lines += [f"    - {_flow(rule.entry)}" for rule in value.pagination_rules]
    return "\n".join(lines) + "\n"


def _flow(value: object) -> str:
    """A declaration's value as YAML flow: a mapping, a list, a string, a number or a flag."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_scalar(str(k))}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _scalar(str(value))


def _scalar(text: str) -> str:
    """A YAML key or flow value: plain when it is safe, else double-quoted with YAML's escapes."""
    plain = re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-]*", text)
    if plain and text.lower() not in (
        "true",
        "false",
        "null",
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "nan",
        "inf",
    ):
        return text
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable() and not 0xD800 <= ord(char) <= 0xDFFF:
            out.append(char)
        else:  # YAML's escapes; astral characters take `\U`, not a surrogate pair
            out.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'
