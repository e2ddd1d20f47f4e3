"""Jinja environment over the shipped templates, and the black-stability pass."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from generator.emit import layout
from generator.load.cache import cache_root

LINE_LIMIT = 88


def templates_dir() -> Path:
    """Templates inside the installed wheel, else the source tree's `templates/`."""
    here = Path(__file__).resolve().parent.parent
    shipped = here / "templates"
    if shipped.is_dir():
        return shipped
    return here.parent / "templates"


class Renderer:
    def __init__(self, folder: Path | None = None) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(folder or templates_dir())),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )

    def render(self, template: str, context: dict[str, Any]) -> str:
        text = self.env.get_template(template).render(**context)
        return finish(text)


def finish(text: str) -> str:
    """Black-stable text: templates emit black's layout, and long lines get black's split."""
    text = text.rstrip("\n") + "\n"
    relaid = relayout_long_lines(text)
    if relaid is None:
        return black_format(text)
    return relaid


# Lines black cannot split either: a wrapped import's first line, string-only entries.
_UNSPLITTABLE = re.compile(
    r'^\s*(from \S+ import \($|"[^"]*": "[^"]*",$|f?"[^"]*",$|\w+ as \w+,$)'
    r"|^[^#]*\S  # type: ignore(\[[^\]]*\])?$"  # black keeps a one-line statement with it whole
)


def _long_lines(lines: list[str]) -> Iterator[bool]:
    """For each line: is it too long, outside a docstring (black leaves those alone), and
    splittable at all?"""
    in_string = False
    for line in lines:
        quotes = line.count('"""')
        yield (
            not in_string
            and not quotes
            and len(line) > LINE_LIMIT
            and not _UNSPLITTABLE.match(line)
        )
        if quotes % 2 == 1:
            in_string = not in_string


_MODERN = re.compile(r"^from __future__ import annotations$|\bf[\"']|:=", re.M)


def _is_modern(text: str) -> bool:
    """Syntax from which black infers Python 3.6+ (and so a comma after `*args` is allowed)."""
    return _MODERN.search(text) is not None


_IMPORT_NAME = re.compile(r"\w+")


def _without_docstrings(lines: list[str]) -> list[str]:
    """The lines outside docstrings (which escape any triple quotes inside them): prose names
    no import."""
    out: list[str] = []
    in_doc = False
    for line in lines:
        if in_doc or line.lstrip().startswith('"""'):
            if line.count('"""') % 2 == 1:
                in_doc = not in_doc
            continue
        out.append(line)
    return out


def prune_unused_imports(text: str) -> str:
    """Drop imported names the module never uses (templates import the full runtime set).

    Looks only at the top-level imports before `__all__`; a name is used when it appears as
    a word anywhere else in the module. Statements left empty go, and the rest keep black's layout."""
    lines = text.split("\n")
    try:
        end = next(i for i, line in enumerate(lines) if line.startswith("__all__"))
    except StopIteration:
        return text
    # Uses: everything but the top-level import statements themselves.
    code: list[str] = []
    in_import = False
    for line in lines[:end]:
        if line.startswith(("from ", "import ")):
            in_import = line.endswith("(")
        elif in_import:
            in_import = line != ")"
        else:
            code.append(line)
    used = set(_IMPORT_NAME.findall("\n".join(_without_docstrings(code + lines[end:]))))
    out: list[str] = []
    i = 0
    while i < end:
        line = lines[i]
        if line.startswith("from __future__") or not line.startswith(("from ", "import ")):
            if not (line == "" and out and out[-1] == ""):
                out.append(line)
            i += 1
            continue
        if line.endswith("("):
            j = i + 1
            while lines[j] != ")":
                j += 1
            names = [n.strip().rstrip(",") for n in lines[i + 1 : j]]
            head = line[: -len(" (")]
            i = j + 1
        else:
            if line.startswith("import "):
                head, names = "import", [n.strip() for n in line[len("import ") :].split(",")]
            else:
                module, _, rest = line.partition(" import ")
                head, names = f"{module} import", [n.strip() for n in rest.split(",")]
            i += 1
        kept = [n for n in names if n.split(" as ")[-1].split(".")[0] in used]
        if not kept:
            continue
        single = f"{head} {', '.join(kept)}"
        if len(single) <= LINE_LIMIT or head == "import":
            out.append(single)
        else:
            out.append(f"{head} (")
            out.extend(f"    {n}," for n in kept)
            out.append(")")
    while len(out) > 1 and out[-1] == "" and out[-2] == "":
        out.pop()
    return "\n".join(out + lines[end:])


fallbacks = 0  # statements the layout port declined (black laid them out instead)


def relayout_long_lines(text: str) -> str | None:
    """Each long line split as black would, from its own text and the line before it.

    Templates lay every statement out as black does, so a long physical line is a whole
    statement, one item inside brackets (the line before it ends with an opening bracket or
    a comma), or a signature's `) -> ReturnType:` line. None when a line is none of these or
    uses syntax `layout` does not model.
    """
    global fallbacks
    lines = text.split("\n")
    long = list(_long_lines(lines))
    if not any(long):
        return text
    modern = _is_modern(text)
    out: list[str] = []
    previous = ""
    for line, too_long in zip(lines, long, strict=False):
        if too_long:
            body = line.lstrip(" ")
            indent = len(line) - len(body)
            relaid: str | None = None
            if indent % 4 == 0:
                depth = indent // 4
                if body.startswith(")"):
                    relaid = layout.split_def_tail(body, depth, modern)
                elif previous.endswith(("(", "[", "{", ",")):
                    relaid = layout.split_element(body, depth, modern)
                else:
                    relaid = layout.split_statement(body, depth, modern)
            if relaid is None:
                fallbacks += 1
                return None
            out.append(relaid)
        else:
            out.append(line)
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            previous = stripped
    return "\n".join(out)


def _cache_dir() -> Path | None:
    root = cache_root()
    return root / "black" if root else None


_statements: dict[str, str] | None = None
_statements_dirty = False


def _statement_cache() -> dict[str, str]:
    global _statements
    if _statements is None:
        _statements = {}
        folder = _cache_dir()
        if folder is not None:
            with contextlib.suppress(OSError, ValueError):
                _statements = json.loads(
                    (folder / f"statements-{_black_mode()[1]}.json").read_text()
                )
    return _statements


def save_statement_cache() -> None:
    """Keep black's layouts of long statements for the next run (generation is 2x faster)."""
    global _statements_dirty
    folder = _cache_dir()
    if folder is None or not _statements_dirty or _statements is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"statements-{_black_mode()[1]}.json"
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_statements, sort_keys=True))
        tmp.replace(path)
        _statements_dirty = False
    except OSError:
        pass


def black_statement(line: str, indent: int = 0) -> str:
    """One statement laid out as black would, at the given indent (4 spaces a level)."""
    global _statements_dirty, fallbacks
    pad = "    " * indent
    if len(pad) + len(line) <= LINE_LIMIT:
        return pad + line
    relaid = layout.split_statement(line, indent)
    if relaid is not None:
        return relaid
    fallbacks += 1
    cache = _statement_cache()
    key = f"{indent}\0{line}"
    hit = cache.get(key)
    if hit is not None:
        return hit
    import black

    mode, _ = _black_mode()
    wrapped = "".join(f"{'    ' * i}class _{i}:\n" for i in range(indent)) + pad + line + "\n"
    out = black.format_str(wrapped, mode=mode)
    result = "\n".join(out.rstrip("\n").split("\n")[indent:])
    cache[key] = result
    _statements_dirty = True
    return result


@lru_cache(maxsize=1)
def _black_mode() -> Any:
    import black

    return black.Mode(), black.__version__


def black_format(text: str) -> str:
    import black

    mode, version = _black_mode()
    key = hashlib.sha256(f"{version}\0{text}".encode()).hexdigest()
    folder = _cache_dir()
    path = folder / key[:2] / key if folder else None
    if path is not None and path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            pass
    formatted = black.format_str(text, mode=mode)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(formatted, encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass
    return formatted
