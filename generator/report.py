"""How a spec's warnings reach a person: grouped by kind, most consequential first.

Every warning stays located (`file:line:column (pointer): warning: message`), but a large spec
has hundreds of the same kind (`uniqueItems` on every list of Kubernetes), and a reader needs the
few that change a call (a body that cannot be sent, an operation's own host) first. So by default
a command prints one line per kind, with its count and first places; `-v` prints every warning,
one a line; `-q` only the count; `--warnings-json FILE` writes them all for tools.

A kind is read from the message's wording (the table below), so each message keeps being written
where its finding is made; a message the table does not know is grouped by its own wording, with
names, numbers and quoted values set aside.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

#: How many places a grouped line shows.
FIRST_PLACES = 3

#: Categories in the order they are printed: what changes a call first.
CATEGORIES = ("calls", "types", "keywords", "documentation", "no effect")

_WARNING = re.compile(r"^(?P<where>.*?): warning: (?P<message>.*)$", re.S)
_PLACE = re.compile(
    r"^(?P<file>.*?)(?::(?P<line>\d+)(?::(?P<column>\d+))?)?(?: \((?P<pointer>.*)\))?$"
)

#: Media types that carry the same data as JSON in another encoding: a response the client reads
#: as JSON is not weakened by the server also offering one of these.
_ALTERNATIVE_ENCODING = re.compile(
    r"(yaml|protobuf|msgpack|cbor|bson|xml|\+json|json\+|json-seq|ndjson|jsonl|vnd\.)", re.I
)
_RESPONSE_ALTERNATIVE = re.compile(
    r"^response \S+ (?P<other>\S+) is not generated: the client returns the \S+ (?P<read>\S+) response"
)


@dataclass(frozen=True)
class Kind:
    category: str
    label: str


_NO_EFFECT = Kind(
    "no effect",
    "responses also offered in another encoding of the JSON the client reads "
    "(no effect on the generated code)",
)

#: (pattern on the message, category, label). First match wins.
_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), category, label)
    for pattern, category, label in (
        (r"`links`|\bexamples?\b|`externalDocs`", "documentation", "documentation"),
        (r"^request body .* is not generated", "calls", "request bodies the client does not send"),
        (r"^`servers` of this path or operation", "calls", "operations whose own host is not used"),
        (r" shares \w+ .*no request tells it", "calls", "operations the server cannot tell apart"),
        (r" shares \w+ .*tells it apart", "calls", "operations the server tells apart by request"),
        (r"^path key .*URL fragment", "calls", "path keys with a URL fragment"),
        (r"\bfiles?\b|\bupload|\bbinary\b", "calls", "files"),
        (r"server variable", "calls", "server variables"),
        (r"security scheme|credential", "calls", "credentials"),
        (r"paginat|\bpages?\b", "calls", "pages"),
        (r"\bparameter", "calls", "parameters"),
        (r"`encoding`|\bstyle\b|\bexplode\b", "calls", "encodings the client does not send"),
        (r"^the schema of response", "calls", "responses returned as raw bytes"),
        (r"^response \S+ \S+ is not generated", "calls", "responses the client does not return"),
        (r"`default` response|\bresponse", "calls", "responses"),
        (r"[Dd]iscriminator", "types", "discriminators"),
        (r"^`enum` is not generated", "types", "enums left open"),
        (r"^`required` names", "types", "`required` naming no property"),
    )
)
_KEYWORD = re.compile(r"^`(?P<keyword>[$\w-]+)` is not generated")
_SPECIFICS = re.compile(r"'[^']*'|\"[^\"]*\"|\([^()]*\)|\b\d+(?:\.\d+)*\b|\S*[/#{]\S*")


@dataclass(frozen=True)
class Finding:
    """One warning, taken apart: where it is and what it says."""

    text: str
    message: str
    file: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    @property
    def place(self) -> str:
        return self.text[: len(self.text) - len(self.message) - len(": warning: ")]


@dataclass
class Group:
    kind: Kind
    findings: list[Finding] = field(default_factory=list)


def parse(text: str) -> Finding:
    """A warning line as the normalizer writes it (`place: warning: message`)."""
    m = _WARNING.match(text)
    if m is None:
        return Finding(text, text, "")
    place = _PLACE.match(m["where"])
    assert place is not None  # the pattern matches any text
    return Finding(
        text,
        m["message"],
        place["file"],
        int(place["line"]) if place["line"] else None,
        int(place["column"]) if place["column"] else None,
        place["pointer"],
    )


def kind_of(message: str) -> Kind:
    """The kind of finding a message reports."""
    alternative = _RESPONSE_ALTERNATIVE.match(message)
    if (
        alternative
        and _ALTERNATIVE_ENCODING.search(alternative["other"])
        and alternative["read"].endswith("json")
    ):
        return _NO_EFFECT
    keyword = _KEYWORD.match(message)
    if keyword and keyword["keyword"] not in ("enum", "servers", "discriminator", "links"):
        return Kind("keywords", f"`{keyword['keyword']}` not enforced")
    general = _SPECIFICS.sub("…", message)  # names, paths, URLs and values set aside
    for pattern, category, label in _KINDS:
        if pattern.search(general):
            return Kind(category, label)
    return Kind("types", general.split(": ", 1)[0])


def grouped(warnings: Sequence[str]) -> list[Group]:
    """Warnings by kind: categories in consequence order, then the larger kinds first."""
    findings = [parse(text) for text in warnings]
    kinds = [kind_of(f.message) for f in findings]
    # the schema of a response the client does not read is not read either: same kind
    unread = tuple(
        f.pointer + "/"
        for f, k in zip(findings, kinds, strict=True)
        if k == _NO_EFFECT and f.pointer
    )
    groups: dict[Kind, Group] = {}
    for finding, kind in zip(findings, kinds, strict=True):
        if unread and finding.pointer and finding.pointer.startswith(unread):
            kind = _NO_EFFECT
        groups.setdefault(kind, Group(kind)).findings.append(finding)
    return sorted(
        groups.values(),
        key=lambda g: (CATEGORIES.index(g.kind.category), -len(g.findings), g.kind.label),
    )


def report_warnings(
    source: str,
    warnings: Sequence[str],
    stream: IO[str],
    *,
    mode: str = "grouped",
    json_file: str | Path | None = None,
) -> None:
    """Print `warnings` in `mode` ("grouped", "verbose": each one, "quiet": the count), then
    their count; write them all to `json_file` when given. `generate`, `check` and `inspect`
    all call this, so nothing a spec holds that the code does not is left unsaid."""
    groups = grouped(warnings)
    if json_file is not None:
        write_json(source, groups, Path(json_file))
    if not warnings:
        return
    if mode == "verbose":
        for w in warnings:
            print(w, file=stream)
    elif mode == "grouped":
        for group in groups:
            print(_group_line(group), file=stream)
    noun = "warning" if len(warnings) == 1 else "warnings"
    if mode == "quiet":
        how = " (hidden by -q)"
    elif mode == "grouped":
        kinds = "kind" if len(groups) == 1 else "kinds"
        how = f" of {len(groups)} {kinds} (-v lists each)"
    else:
        how = ""
    print(f"{source}: {len(warnings)} {noun}{how}", file=stream)


def _group_line(group: Group) -> str:
    count = len(group.findings)
    places = ", ".join(f.place for f in group.findings[:FIRST_PLACES])
    more = ", ..." if count > FIRST_PLACES else ""
    if count == 1:  # the whole finding: its message says more than the kind
        only = group.findings[0]
        return f"warning: 1 x {group.kind.label}, at {only.place}: {only.message}"
    return f"warning: {count} x {group.kind.label}, at {places}{more}"


def write_json(source: str, groups: list[Group], path: Path) -> None:
    """Every warning with its kind and place, for tools; written whole or not at all."""
    from generator.workflow.writer import atomic_write

    doc = {
        "source": source,
        "count": sum(len(g.findings) for g in groups),
        "kinds": [
            {
                "category": g.kind.category,
                "kind": g.kind.label,
                "count": len(g.findings),
                "warnings": [
                    {
                        "file": f.file,
                        "line": f.line,
                        "column": f.column,
                        "pointer": f.pointer,
                        "message": f.message,
                    }
                    for f in g.findings
                ],
            }
            for g in groups
        ],
    }
    atomic_write(path, json.dumps(doc, indent=2) + "\n")


def add_options(p: argparse.ArgumentParser) -> None:
    """The warning options `generate`, `check` and `inspect` share."""
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "-v", "--verbose", action="store_true", help="print every warning, one a line, located"
    )
    how.add_argument("-q", "--quiet", action="store_true", help="print only the count of warnings")
    p.add_argument(
        "--warnings-json",
        metavar="FILE",
        help="also write every warning, with its kind and place, to FILE as JSON",
    )


@dataclass(frozen=True)
class Options:
    """How a command shows warnings: `mode` ("grouped", "verbose", "quiet") and a JSON file."""

    mode: str = "grouped"
    json_file: str | None = None

    @classmethod
    def of(cls, args: argparse.Namespace) -> Options:
        mode = "verbose" if args.verbose else "quiet" if args.quiet else "grouped"
        return cls(mode, args.warnings_json)

    def report(self, source: str, warnings: Sequence[str], stream: IO[str]) -> None:
        report_warnings(source, warnings, stream, mode=self.mode, json_file=self.json_file)
