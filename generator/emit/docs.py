"""A method's documentation laid out from the IR: summary, description, then `Args:`.

The client's methods (sync and async, overloads included), api.md and the server's handler
methods say the same thing, so all are built here from one list of (name, text) pairs: what
the spec says about the operation and each argument, deprecations marked. Each emitter adds
what is its own (the client's request options, the handler's route) and lays the text out
with `docstring_text`, so an argument reads the same on both sides of the wire.
"""

from __future__ import annotations

import re
import textwrap

from generator.ir import Operation
from generator.normalize.pagination import describe

#: The keyword arguments every client method ends with, documented once per method.
REQUEST_OPTIONS: tuple[tuple[str, str], ...] = (
    (
        "extra_headers",
        "Headers to send with this request, beside (and overriding) the client's own.",
    ),
    ("extra_query", "Query parameters to add to this request."),
    ("extra_body", "JSON properties to add to this request's body."),
    (
        "timeout",
        "This request's timeout in seconds (or an `httpx2.Timeout`), instead of the client's.",
    ),
)

_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
_VERBATIM = re.compile(r"^\s*(#|>|\||```|~~~|<)|^\s{4,}\S")
_FENCE = re.compile(r"^\s*(```|~~~)")


def described(description: str | None, deprecated: bool) -> str | None:
    """A parameter's or field's text, led by "Deprecated." when the spec deprecates it and
    its description does not already say so."""
    if not deprecated:
        return description
    if description and description.lstrip("*_ ").lower().startswith("deprecated"):
        return description
    return "Deprecated." + (f" {description}" if description else "")


def wrap_markdown(text: str, width: int, lead: str = "") -> list[str]:
    """`text` as lines of at most `width` columns where it can be: prose paragraphs and list
    items are re-flowed; code, tables, headings, quotes and HTML are kept as they are; no
    word (a URL, a code span without spaces) is ever broken. `lead` starts the first line
    (on a line of its own when the text does not open with prose)."""
    lines = textwrap.dedent(text.expandtabs(4)).strip("\n").split("\n")
    out: list[str] = []
    para: list[str] = []
    fenced = False

    def flush() -> None:
        if para:
            first = lead if not out else ""
            out.extend(_fill(" ".join(s.strip() for s in para), width, first, ""))
            para.clear()

    for line in lines:
        if fenced or _FENCE.match(line):
            flush()
            out.append(line.rstrip())
            if _FENCE.match(line):
                fenced = not fenced
            continue
        if not line.strip():
            flush()
            if out and out[-1]:  # markdown reads several blank lines as one
                out.append("")
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            indent = item.group(1)
            out.extend(
                _fill(line.strip(), width, indent, indent + " " * (item.end() - len(indent)))
            )
            continue
        if _VERBATIM.match(line):
            flush()
            out.append(line.rstrip())
            continue
        if not para and out and out[-1] and _ITEM.match(out[_item_start(out)]):
            # a lazy continuation of the list item above: re-flow the item with it
            start = _item_start(out)
            head = _ITEM.match(out[start])
            assert head is not None
            indent = head.group(1)
            joined = " ".join(s.strip() for s in out[start:]) + " " + line.strip()
            del out[start:]
            out.extend(_fill(joined, width, indent, indent + " " * (head.end() - len(indent))))
            continue
        para.append(line)
    flush()
    while out and not out[-1]:
        out.pop()
    if lead and (not out or not out[0].startswith(lead)):
        out.insert(0, lead.rstrip())
    return out


def _item_start(out: list[str]) -> int:
    """Index of the first line of the list item that `out` ends with."""
    i = len(out) - 1
    while i > 0 and not _ITEM.match(out[i]) and out[i - 1]:
        i -= 1
    return i


def _fill(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=max(width, len(first) + 20),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def summary_and_description(summary: str | None, description: str | None) -> list[str]:
    """Both as paragraphs, or the description alone where it opens with the summary."""
    if summary and description and description.startswith(summary.rstrip(".")):
        return [description]
    return [p for p in (summary, description) if p]


def operation_text(op: Operation) -> list[str]:
    """The paragraphs about the operation itself: summary, description, deprecation."""
    parts = summary_and_description(op.summary, op.description)
    if op.deprecated:
        parts.append(f"Deprecated: {op.deprecation}" if op.deprecation else "Deprecated.")
    if op.pagination is not None and op.pagination.page_class == "ListPage":
        parts.append(
            f"A list in pages ({describe(op.pagination)}): the client's call returns a "
            "page, and iterating it yields every item of every page."
        )
    return parts


def argument_docs(op: Operation, names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(Python name, text) of each argument the spec describes or deprecates, in signature order.

    `names` renames arguments whose Python name differs where they are laid out.
    """
    out = []
    for a in op.arguments:
        text = described(a.description, a.deprecated)
        if text:
            out.append(((names or {}).get(a.py_name, a.py_name), text))
    return out


def docstring_text(paragraphs: list[str], args: list[tuple[str, str]], width: int) -> str:
    """A docstring's text (without quotes or indentation), `width` wide: the paragraphs, then
    `Args:` (when there are any) with each argument's name and text, the text's further lines
    hanging four columns under the name. `paragraphs` must not be empty: the first line is
    never "Args:" (black would then re-indent the section under it)."""
    assert paragraphs, "a docstring opens with prose"
    blocks = ["\n".join(wrap_markdown(part, width)) for part in paragraphs]
    if args:
        lines = ["Args:"]
        for i, (name, text) in enumerate(args):
            if i:
                lines.append("")
            body = wrap_markdown(text, width - 8, lead=f"{name}: ")
            lines.append("    " + body[0])
            lines.extend(("        " + line) if line else "" for line in body[1:])
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def method_docstring_text(op: Operation, width: int) -> str:
    """The docstring's text of a client method: the operation's paragraphs, then its
    arguments and the request options every method takes."""
    paragraphs = operation_text(op) or [f"{op.method.upper()} {op.path}"]
    return docstring_text(paragraphs, argument_docs(op) + list(REQUEST_OPTIONS), width)
