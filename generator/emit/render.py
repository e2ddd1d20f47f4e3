"""Jinja environment over the shipped templates, and the imports a module does not use.

What templates render is laid out afterwards, a whole package at once (`formatter`)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import jinja2


def templates_dir() -> Path:
    """Templates inside the installed wheel, else the source tree's `templates/`."""
    here = Path(__file__).resolve().parent.parent
    shipped = here / "templates"
    if shipped.is_dir():
        return shipped
    return here.parent / "templates"


class Renderer:
    """The templates of a folder (the shipped ones by default). Renderers of the same folder
    share one environment, so each template is compiled once per process, not once per package
    (Jinja still recompiles a template whose file changed)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.env = _environment(str(folder or templates_dir()))

    def render(self, template: str, context: dict[str, Any]) -> str:
        return self.env.get_template(template).render(**context)


@functools.lru_cache(maxsize=8)
def _environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


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
    a word anywhere else in the module. Statements left empty go; the rest
    are written on one line, for the formatter to lay out."""
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
        out.append(f"{head} {', '.join(kept)}")
    while len(out) > 1 and out[-1] == "" and out[-2] == "":
        out.pop()
    return "\n".join(out + lines[end:])
