"""Errors and findings that carry a location, so every message says what and where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in an input file: path (as given, relative where possible), 1-based line/column, JSON pointer."""

    file: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.pointer is not None:
            where += f" ({self.pointer or '/'})"
        return where


class OasgenError(Exception):
    """An error in the user's input or usage: reported without a traceback, exit code 2."""

    exit_code = 2

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class SpecError(OasgenError):
    """The spec cannot be read, parsed or resolved."""


class UnsupportedSpecError(SpecError):
    """The document is not OpenAPI 3.0.x or 3.1.x."""


class RefError(SpecError):
    """A `$ref` that is missing, remote, cyclic or leaves the spec's root folder."""


@dataclass(frozen=True)
class Problem:
    """A finding about the spec: a schema violation or a lint (e.g. `required` naming no property)."""

    message: str
    location: Location
    severity: str = "warning"  # "error" (schema violation) or "warning" (lint)
    source: str = "lint"  # "openapi-spec-validator" or "lint"

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """Each finding once, by file, then line and column: the same spec always lists the same
    findings in the same order (line 9 before line 10, which sorting the text would not do)."""

    def key(p: Problem) -> tuple[str, int, int, str, str, str]:
        loc = p.location
        return (loc.file, loc.line or 0, loc.column or 0, loc.pointer or "", p.severity, p.message)

    return sorted(set(problems), key=key)
