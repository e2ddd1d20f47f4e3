"""Generated Python laid out by `ruff format`, one pinned version with every setting spelt out.

Templates and emitters write each statement on one line (or keep a bracket open with a
trailing comma where a list should stay one item a line); ruff then lays out the whole
package at once. The tests hold its output to black as well (`tests/test_formatter.py` names
the two layouts where they part).

`--isolated` ignores every configuration file, and the settings are given on the command
line, so neither a user's ruff settings nor a new default changes the bytes; a ruff of
another version is refused rather than used.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import PurePosixPath

from generator.errors import OasgenError

RUFF_VERSION = "0.17.6"  # keep equal to the `ruff==` pin in pyproject.toml
LINE_LENGTH = 88

_SETTINGS = (
    "--isolated",
    "--no-cache",
    "--no-respect-gitignore",
    "--line-length",
    str(LINE_LENGTH),
    "--target-version",
    "py310",  # the generated distribution's requires-python
    "--no-preview",
    *(
        arg
        for setting in (
            'format.quote-style = "double"',
            'format.indent-style = "space"',
            'format.line-ending = "lf"',
            "format.skip-magic-trailing-comma = false",
            "format.docstring-code-format = false",
            "indent-width = 4",
        )
        for arg in ("--config", setting)
    ),
)

_SUFFIXES = (".py", ".pyi")
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class FormatterError(OasgenError):
    """ruff is missing, or of another version."""


@lru_cache(maxsize=1)
def ruff_binary() -> str:
    """The ruff executable of the installed `ruff` package, else the one on PATH; checked to
    be version RUFF_VERSION."""
    path: str | None
    try:
        from ruff import find_ruff_bin  # type: ignore[import-untyped]

        path = os.fsdecode(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        path = shutil.which("ruff")
    if path is None:
        raise FormatterError(
            f"ruff not found: oasgen lays out the code it generates with ruff {RUFF_VERSION}"
            f" (pip install ruff=={RUFF_VERSION})"
        )
    try:
        shown = subprocess.run(
            [path, "--version"], capture_output=True, text=True, check=False
        ).stdout.split()
    except OSError as exc:
        raise FormatterError(f"{path}: cannot run ruff: {exc}") from None
    if shown[:2] != ["ruff", RUFF_VERSION]:
        found = " ".join(shown) or "no version"
        raise FormatterError(
            f"{path} is {found}: oasgen needs ruff {RUFF_VERSION} to lay out the code it"
            f" generates (pip install ruff=={RUFF_VERSION})"
        )
    return path


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """`files` ({path: text}) with every `.py` and `.pyi` text laid out by ruff format.

    All of them go through one staging folder and one ruff process; other files are returned
    as they are. Generated code that ruff cannot parse (a bug in oasgen) raises RuntimeError
    naming its path.
    """
    sources = [rel for rel in files if rel.endswith(_SUFFIXES)]
    if not sources:
        return dict(files)
    binary = ruff_binary()
    memory = _memory_folder()
    if memory is not None:
        try:
            return _format_in(memory, binary, files, sources)
        except OSError:  # full or refused: the ordinary temporary folder then
            pass
    return _format_in(None, binary, files, sources)


def _memory_folder() -> str | None:
    """A folder in memory to stage in (Linux's /dev/shm), unless a temporary folder is chosen
    (TMPDIR): thousands of small files cost seconds to write and delete on some disks."""
    if tempfile.tempdir is not None or os.environ.get("TMPDIR"):
        return None
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def _format_in(
    parent: str | None, binary: str, files: Mapping[str, str], sources: list[str]
) -> dict[str, str]:
    staged: dict[str, str] = {}  # staging name -> path in `files`
    out = dict(files)
    with tempfile.TemporaryDirectory(prefix="oasgen-format-", dir=parent) as folder:
        # flat numbered names: no generated path can match an exclusion or clash on disk
        for number, rel in enumerate(sources):
            name = f"{number}{PurePosixPath(rel).suffix}"
            staged[name] = rel
            fd = os.open(os.path.join(folder, name), _CREATE, 0o600)
            try:
                data = memoryview(files[rel].encode("utf-8"))
                while data:
                    data = data[os.write(fd, data) :]
            finally:
                os.close(fd)
        done = subprocess.run(
            [binary, "format", *_SETTINGS, "--", folder],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(_failure(done.stderr or done.stdout, folder, staged))
        for name, rel in staged.items():
            with open(os.path.join(folder, name), "rb") as laid_out:
                out[rel] = laid_out.read().decode("utf-8")
    return out


def _failure(message: str, folder: str, staged: dict[str, str]) -> str:
    """ruff's complaint with the staging names replaced by the generated files' paths."""
    named = re.sub(
        re.escape(folder) + r"[/\\](\d+\.pyi?)",
        lambda m: staged.get(m[1], m[0]),
        message.strip(),
    )
    return "ruff format could not lay out the generated code:\n" + named
