"""Read a spec and every file its `$ref`s reach; check each ref; keep positions.

Refs are not inlined (recursive schemas stay finite): `Spec.resolve` follows one
ref from a given document, `Spec.deref` follows chains of them, and `Spec.get`
walks down from a node following a ref wherever one sits, in whichever file it
leads to. Every file is read once. Remote refs are refused unless allowed, and
file refs may not leave the root spec's folder.
"""

from __future__ import annotations

import codecs
import json
import os
import posixpath
import re
import sys
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Location, Problem, RefError, SpecError, UnsupportedSpecError
from generator.load.yaml_reader import (
    MAX_DEPTH,
    YamlSyntaxError,
    YList,
    YMap,
    json_nesting_error,
    parse_yaml,
    position_of,
)

MAX_FILE_BYTES = 64 * 1024 * 1024
#: OpenAPI 3.0.x and 3.1.x (not 3.10, not 4.0).
_SUPPORTED_VERSION = re.compile(r"3\.[01](?:\.[0-9]+)?(?:[-+][0-9A-Za-z.-]+)?$")


_MISSING: Any = object()


@dataclass(frozen=True)
class Node:
    """A value inside a loaded document, with the document and JSON pointer it sits at.

    The normalizer walks nodes with `child` (a `$ref` stays a `$ref`: a schema's name
    comes from where it points) or with `Spec.get` (refs followed on the way), so that
    JSON pointers are built and read only here.
    """

    value: Any
    doc: str  # document key: path relative to the root folder, or a URL
    pointer: str  # JSON pointer inside that document ("" is the whole document)

    def child(self, *tokens: str | int, default: Any = None) -> Node:
        """The node at `tokens` below this one, refs not followed; `default` where nothing is."""
        value = self.value
        for token in tokens:
            value = _step(value, token)
            if value is _MISSING:
                value = default
                break
        return Node(value, self.doc, join_pointer(self.pointer, *tokens))

    def items(self) -> list[tuple[Any, Node]]:
        """(key, child) of a mapping, (index, child) of a list, nothing for anything else."""
        value = self.value
        if isinstance(value, dict):
            return [(k, Node(v, self.doc, join_pointer(self.pointer, k))) for k, v in value.items()]
        if isinstance(value, list):
            return [
                (i, Node(v, self.doc, join_pointer(self.pointer, i))) for i, v in enumerate(value)
            ]
        return []

    def with_value(self, value: Any) -> Node:
        """Another value (a merged or trimmed copy) at the same place, for messages and names."""
        return Node(value, self.doc, self.pointer)

    @property
    def tokens(self) -> list[str]:
        return split_pointer(self.pointer)

    @property
    def key(self) -> str:
        """The name this node sits under: its last pointer token, or its file's stem."""
        if self.pointer:
            return split_pointer(self.pointer)[-1]
        stem = self.doc.rsplit("/", 1)[-1]
        return stem.split(".", 1)[0]

    @property
    def is_ref(self) -> bool:
        return isinstance(self.value, dict) and isinstance(self.value.get("$ref"), str)


def _step(value: Any, token: str | int) -> Any:
    if isinstance(value, dict):
        return (
            value.get(token, _MISSING)
            if isinstance(token, str)
            else value.get(str(token), _MISSING)
        )
    if isinstance(value, list):
        try:
            index = int(token)
        except ValueError:
            return _MISSING
        return value[index] if 0 <= index < len(value) else _MISSING
    return _MISSING


@dataclass
class Spec:
    """A loaded spec: the root document plus every document its refs reach."""

    root_doc: str
    root_dir: Path
    documents: dict[str, Any] = field(default_factory=dict)
    version: str = ""
    display_dir: str = ""  # folder of the root file as the user named it, for messages
    #: broken `$ref`s in documentation (examples, links, externalDocs), reported, not fatal
    warnings: list[Problem] = field(default_factory=list)

    def display(self, doc: str) -> str:
        """A document's name as messages show it (relative to where the user ran oasgen)."""
        if _is_url(doc) or not self.display_dir:
            return doc
        return posixpath.join(self.display_dir, doc)

    @property
    def root(self) -> Any:
        return self.documents[self.root_doc]

    @property
    def root_node(self) -> Node:
        return Node(self.root, self.root_doc, "")

    @property
    def is_31(self) -> bool:
        return self.version.startswith("3.1")

    # -- locations -----------------------------------------------------------

    def locate(self, doc: str, pointer: str) -> Location:
        """file:line:column of a JSON pointer (the deepest known position).

        A pointer that runs through a `$ref` (as the validator reports paths) is followed
        into the referenced schema, so the location is where the offending text is.
        """
        value = self.documents.get(doc)
        line = column = None
        if isinstance(value, (YMap, YList)):
            line, column = value.line, value.column
        tokens = split_pointer(pointer)
        real: list[str] = []  # pointer inside `doc` of `value`
        hops = 0
        i = 0
        while i < len(tokens):
            token = tokens[i]
            key: str | int = token
            if isinstance(value, list):
                try:
                    key = int(token)
                    value_next = value[key]
                except (ValueError, IndexError):
                    break
            elif isinstance(value, dict) and token in value:
                value_next = value[token]
            elif isinstance(value, dict) and isinstance(value.get("$ref"), str) and hops < 50:
                hops += 1
                try:
                    target = self.resolve(value["$ref"], doc, join_pointer("", *real))
                except SpecError:
                    break
                doc, value, real = target.doc, target.value, split_pointer(target.pointer)
                if isinstance(value, (YMap, YList)):
                    line, column = value.line, value.column
                continue  # the same token, looked up in the target
            else:
                break
            pos = position_of(value, key)
            if pos:
                line, column = pos
            value = value_next
            real.append(token)
            i += 1
        shown = join_pointer("", *real, *tokens[i:]) if hops else pointer
        return Location(self.display(doc), line, column, shown)

    # -- refs --------------------------------------------------------------------

    def resolve(self, ref: str, doc: str, at: str = "") -> Node:
        """Follow one `$ref` written in document `doc` (at pointer `at`, for messages)."""
        target_doc, pointer = self._split_ref(ref, doc, at)
        value = self.documents.get(target_doc)
        if value is None:
            raise RefError(
                f"$ref {ref!r}: document {target_doc!r} was not loaded", self.locate(doc, at)
            )
        for token in split_pointer(pointer):
            if isinstance(value, list):
                try:
                    value = value[int(token)]
                    continue
                except (ValueError, IndexError):
                    pass
            elif isinstance(value, dict) and token in value:
                value = value[token]
                continue
            raise RefError(
                f"$ref {ref!r} points at nothing: {token!r} not found", self.locate(doc, at)
            )
        return Node(value, target_doc, pointer)

    def get(self, node: Node, *tokens: str | int, default: Any = None) -> Node:
        """The node at `tokens` below `node`, following a `$ref` wherever one sits on the way.

        Authors put refs anywhere (an operation, a parameter list, a `properties` mapping):
        each step lands on what the ref points at, in whichever file that is.
        """
        node = self.deref(node)
        for i, token in enumerate(tokens):
            node = node.child(token, default=_MISSING)
            if node.value is _MISSING:
                return node.child(*tokens[i + 1 :]).with_value(default)
            node = self.deref(node)
        return node

    def deref(self, node: Node) -> Node:
        """Follow a chain of refs (`{$ref: A}` -> `{$ref: B}` -> schema) to a non-ref value."""
        seen: dict[tuple[str, str], None] = {}
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            key = (node.doc, node.pointer)
            if key in seen:
                chain = " -> ".join(self._ref_name(d, p) for d, p in [*seen, key])
                raise RefError(
                    f"$ref cycle with no schema in it: {chain}",
                    self.locate(node.doc, node.pointer + "/$ref"),
                )
            seen[key] = None
            node = self.resolve(node.value["$ref"], node.doc, node.pointer + "/$ref")
        return node

    def _ref_name(self, doc: str, pointer: str) -> str:
        return f"{'' if doc == self.root_doc else self.display(doc)}#{pointer}"

    def _split_ref(self, ref: str, doc: str, at: str) -> tuple[str, str]:
        base, _, fragment = ref.partition("#")
        pointer = urllib.parse.unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise RefError(
                f"$ref {ref!r}: only JSON-pointer fragments are supported", self.locate(doc, at)
            )
        if not base:
            return doc, pointer
        return self._doc_key(base, doc, at), pointer

    def _doc_key(self, base: str, doc: str, at: str) -> str:
        if _is_url(doc):
            return urllib.parse.urljoin(doc, base)
        if _is_url(base):
            return base
        if base.startswith("/") or (len(base) > 1 and base[1] == ":"):
            raise RefError(
                f"$ref {base!r}: absolute file paths are not allowed; use a path relative to the spec",
                self.locate(doc, at),
            )
        joined = posixpath.normpath(
            posixpath.join(posixpath.dirname(doc), urllib.parse.unquote(base))
        )
        if joined == ".." or joined.startswith("../"):
            raise RefError(f"$ref {base!r} leaves the spec's root folder", self.locate(doc, at))
        return joined


def split_pointer(pointer: str) -> list[str]:
    """JSON pointer tokens, with `~1` -> `/` and `~0` -> `~` (RFC 6901)."""
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def join_pointer(pointer: str, *tokens: str | int) -> str:
    for token in tokens:
        pointer += "/" + str(token).replace("~", "~0").replace("/", "~1")
    return pointer


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _read_text(path: Path, display: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpecError(
                f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB", Location(display)
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SpecError("file not found", Location(display)) from None
    except IsADirectoryError:
        raise SpecError("is a folder, not a spec file", Location(display)) from None
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", Location(display)) from None
    return _decode(data, display)


#: Byte-order marks of the encodings YAML allows besides UTF-8 (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, display: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):  # the codec reads the byte order from the mark and drops it
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SpecError(
                    f"not {codec.upper()} text (byte {exc.start})", Location(display)
                ) from None
    head = data[:8192]
    if b"\x00" in head:
        if len(head) >= 8 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.9 * (
            len(head) // 2
        ):
            raise SpecError(
                "UTF-16 text without a byte-order mark: save it as UTF-8 (or with the mark)",
                Location(display),
            )
        raise SpecError("not a text file (binary data)", Location(display))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1  # in bytes
        raise SpecError(
            f"not UTF-8 text (byte {exc.start})", Location(display, line, column)
        ) from None


def _holds_a_document(text: str) -> bool:
    """Anything besides blank lines (tabs included) and comments?"""
    for line in text.splitlines():
        line = line.strip(" \t\r\ufeff")
        if line and not line.startswith("#"):
            return True
    return False


def parse_document(text: str, display: str) -> Any:
    """JSON or YAML text to data with positions; JSON that YAML rejects still loads."""
    if not _holds_a_document(text):  # YAML would refuse a tab-indented blank line
        raise SpecError("the file is empty", Location(display))
    if display.lower().endswith(".json"):
        # YAML reads most JSON mistakes leniently (a trailing comma, say): a .json file is JSON.
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                f"malformed JSON: {exc.msg}", Location(display, exc.lineno, exc.colno)
            ) from None
        except RecursionError:
            pass  # the reader below reports the nesting limit with its position
    try:
        return parse_yaml(text, display)
    except YamlSyntaxError:
        if not text.lstrip().startswith(("{", "[")):
            raise
    return _parse_json(text, display)


def _parse_json(text: str, display: str) -> Any:
    """JSON that the YAML reader refused, held to the same depth limit and the same message."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates(display))
    except json.JSONDecodeError as exc:
        raise SpecError(
            f"malformed JSON: {exc.msg}", Location(display, exc.lineno, exc.colno)
        ) from None
    except RecursionError:
        data = _TOO_DEEP
    too_deep = json_nesting_error(text, display)
    if too_deep is not None:
        raise too_deep
    if data is _TOO_DEEP:  # pragma: no cover - the scan finds any depth json.loads recurses past
        raise SpecError(f"document nested deeper than {MAX_DEPTH} levels", Location(display, 1, 1))
    return data


_TOO_DEEP = object()


def _no_duplicates(display: str) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out:
                raise SpecError(f"duplicate key {k!r}", Location(display))
            out[k] = v
        return out

    return hook


#: Python frames a document MAX_DEPTH levels deep may need downstream: converting and rendering
#: a schema costs a few calls per level (`items` of `items` of ... 400 deep took 1,200).
RECURSION_LIMIT = 10 * MAX_DEPTH


def load_spec(path: str | os.PathLike[str], *, allow_remote: bool = False) -> Spec:
    """Load a spec file and every document its refs reach; check that every ref resolves."""
    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    file = Path(path)
    display = str(path)
    text = _read_text(file, display)
    data = parse_document(text, display)
    check_version(data, display)
    check_structure(data, display)
    root_key = file.name
    spec = Spec(
        root_doc=root_key, root_dir=file.resolve().parent, display_dir=posixpath.dirname(display)
    )
    spec.documents[root_key] = data
    spec.version = str(data.get("openapi"))
    _load_references(spec, allow_remote=allow_remote)
    return spec


def check_version(data: Any, display: str) -> None:
    if not isinstance(data, dict):
        raise UnsupportedSpecError(
            "not an OpenAPI document: the top level must be a mapping", Location(display, 1, 1)
        )
    if "swagger" in data:
        raise UnsupportedSpecError(
            f"Swagger {data.get('swagger')} is not supported: oasgen reads OpenAPI 3.0.x and 3.1.x "
            "(convert it first, e.g. with swagger2openapi)",
            Location(display, *(position_of(data, "swagger") or (1, 1)), "/swagger"),
        )
    version = data.get("openapi")
    if version is None:
        raise UnsupportedSpecError(
            "not an OpenAPI document: no `openapi` version field", Location(display, 1, 1, "")
        )
    if isinstance(version, float) and _SUPPORTED_VERSION.match(str(version)):
        raise UnsupportedSpecError(
            f'the `openapi` version must be a string such as "{version}.0", found the number {version!r} '
            "(quote it, or give all three parts)",
            Location(display, *(position_of(data, "openapi") or (1, 1)), "/openapi"),
        )
    if not isinstance(version, str) or not _SUPPORTED_VERSION.match(version):
        raise UnsupportedSpecError(
            f"OpenAPI version {version!r} is not supported: oasgen reads 3.0.x and 3.1.x",
            Location(display, *(position_of(data, "openapi") or (1, 1)), "/openapi"),
        )


_MAPPINGS = ("info", "paths", "components", "webhooks")
_LISTS = ("servers", "security", "tags")
_COMPONENT_SECTIONS = (
    "schemas", "responses", "parameters", "examples", "requestBodies", "headers",
    "securitySchemes", "links", "callbacks", "pathItems",
)  # fmt: skip


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "a mapping"


def check_structure(data: dict[str, Any], display: str) -> None:
    """The document's top-level shape, which everything after relies on."""

    def fail(container: Any, key: str | int, pointer: str, expected: str) -> None:
        value = container[key]
        tokens = pointer.split("/")
        what = f"`{tokens[-1]}`" if isinstance(key, str) else f"each item of `{tokens[-2]}`"
        line, column = position_of(container, key) or (None, None)
        raise SpecError(
            f"{what} must be {expected}, found {_json_type(value)}",
            Location(display, line, column, pointer),
        )

    for key in _MAPPINGS:
        if key in data and not isinstance(data[key], dict):
            fail(data, key, "/" + key, "a mapping")
    for key in _LISTS:
        if key in data and not isinstance(data[key], list):
            fail(data, key, "/" + key, "a list")
    for key in ("servers", "security"):
        for i, item in enumerate(data.get(key) or []):
            if not isinstance(item, dict):
                fail(data[key], i, f"/{key}/{i}", "a mapping")
    components = data.get("components") or {}
    for key in _COMPONENT_SECTIONS:
        if key in components and not isinstance(components[key], dict):
            fail(components, key, "/components/" + key, "a mapping")


#: Keys whose values are literal data, not schemas: refs are not looked for inside them.
#: Specification extensions (`x-...`) are too: they are not OpenAPI, so a `$ref` inside
#: one is the extension's own data (and oasgen reads none that could hold a schema).
_LITERAL_KEYS = frozenset(("example", "examples", "x-oaiMeta"))


def _literal_key(key: object) -> bool:
    return key in _LITERAL_KEYS or (isinstance(key, str) and key.startswith("x-"))


def _path_pointer(base: str, path: Any) -> str:
    tokens: list[str | int] = []
    while path is not None:
        path, token = path
        tokens.append(token)
    return join_pointer(base, *reversed(tokens))


def iter_refs(value: Any, pointer: str = "") -> Iterator[tuple[str, str, bool]]:
    """Every `$ref` string in a document as (ref, pointer of the object holding it, literal).

    Walks shared (aliased) objects once per object, so a DAG is not expanded. Pointers
    are only built for the objects that hold a ref (paths are kept as linked tuples).
    Literal values (`example`, `examples`, extensions such as `x-oaiMeta`) are skipped,
    except where those words are property names; but an entry of an `examples` mapping
    may be a `$ref` to an Example Object: that ref is yielded with `literal` true (what it
    points at is example data, with no refs of its own to follow).
    """
    seen: set[int] = set()
    stack: list[tuple[Any, Any]] = [(value, None)]
    pop, push, add = stack.pop, stack.append, seen.add
    while stack:
        item, path = pop()
        key = id(item)
        if key in seen:
            continue
        add(key)
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref, _path_pointer(pointer, path), False
            names = path is not None and path[1] == "properties"
            for k, v in item.items():
                if isinstance(v, (dict, list)) and (names or not _literal_key(k)):
                    push((v, (path, k)))
                elif k == "examples" and isinstance(v, dict):
                    for name, example in v.items():
                        if isinstance(example, dict) and isinstance(example.get("$ref"), str):
                            yield example["$ref"], _path_pointer(pointer, ((path, k), name)), True
        else:
            for i, v in enumerate(item):
                if isinstance(v, (dict, list)):
                    push((v, (path, i)))


#: Where a `$ref` is documentation that oasgen never turns into code: an Example Object
#: (`components/examples`, an `examples` entry), a Link Object (`components/links`,
#: a response's `links`) or `externalDocs`. One that does not resolve is a warning.
def _is_documentation(pointer: str) -> bool:
    tokens = split_pointer(pointer)
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else None
        if before == "properties":
            continue  # a property that happens to be called `links` or `examples`
        if token == "externalDocs":
            return True
        if token in ("examples", "links") and before == "components":
            return True
        if token == "links" and i >= 2 and tokens[i - 2] == "responses":
            return True
    return False


def _load_references(spec: Spec, *, allow_remote: bool) -> None:
    """Load every document the refs reach, check every ref resolves and no chain is a cycle.

    A ref in documentation (`_is_documentation`, or an example's `$ref`) that cannot be
    followed becomes a located warning in `spec.warnings`; every other ref must resolve."""
    pending = [spec.root_doc]
    literal: set[str] = set()  # documents only examples refer to: data, not searched for refs
    chained: list[tuple[Node, bool]] = []  # ref targets that are refs themselves
    broken: set[tuple[str, str]] = set()  # (doc, pointer) of documentation refs already reported

    def documentation_ref(error: RefError, doc: str, at: str) -> None:
        broken.add((doc, at))
        where = error.location or spec.locate(doc, at + "/$ref")
        message = (
            f"{error.message}; ignored: examples, `links` and `externalDocs` are documentation"
        )
        spec.warnings.append(Problem(message, where))

    while pending:
        doc = pending.pop()
        refs = sorted(set(iter_refs(spec.documents[doc])), key=lambda r: (r[1], r[0], r[2]))
        for ref, at, is_literal in refs:
            docs = is_literal or _is_documentation(at)
            try:
                target, _pointer = spec._split_ref(ref, doc, at + "/$ref")
                if target not in spec.documents:
                    loaded = _load_external(spec, target, ref, doc, at, allow_remote)
                    spec.documents[target] = loaded
                    if is_literal:
                        literal.add(target)
                    else:
                        pending.append(target)
                elif target in literal and not is_literal:
                    literal.discard(target)
                    pending.append(target)
            except RefError as exc:
                if not docs:
                    raise
                documentation_ref(exc, doc, at)
        for ref, at, is_literal in refs:
            docs = is_literal or _is_documentation(at)
            if (doc, at) in broken:
                continue
            try:
                node = spec.resolve(ref, doc, at + "/$ref")
            except RefError as exc:
                if not docs:
                    raise
                documentation_ref(exc, doc, at)
                continue
            if isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
                chained.append((node, docs))
    for node, docs in chained:  # every document is loaded now, so chains can be followed
        try:
            spec.deref(node)
        except RefError as exc:
            if not docs:
                raise
            documentation_ref(exc, node.doc, node.pointer)


def _load_external(spec: Spec, target: str, ref: str, doc: str, at: str, allow_remote: bool) -> Any:
    where = spec.locate(doc, at + "/$ref")
    if _is_url(target):
        if not allow_remote:
            raise RefError(
                f"remote $ref {ref!r} refused (pass --allow-remote-refs to fetch it)", where
            )
        try:
            import urllib.request

            with urllib.request.urlopen(target.partition("#")[0], timeout=30) as resp:
                data = resp.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise RefError(f"cannot fetch remote $ref {ref!r}: {exc}", where) from None
        if len(data) > MAX_FILE_BYTES:
            raise RefError(f"remote $ref {ref!r} is larger than {MAX_FILE_BYTES} bytes", where)
        return parse_document(_decode(data, target), target)
    path = spec.root_dir / target
    try:
        real = path.resolve()
        real.relative_to(spec.root_dir)
    except (ValueError, OSError):
        raise RefError(f"$ref {ref!r} leaves the spec's root folder", where) from None
    if not path.exists():
        raise RefError(f"$ref {ref!r}: file {target!r} not found", where)
    return parse_document(_read_text(path, spec.display(target)), spec.display(target))
