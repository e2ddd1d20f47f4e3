"""Black's line splitting for the statement shapes the templates emit, without black.

Running black costs about 1.5 ms per long statement, and the OpenAI spec has about a thousand
of them. This module ports black's right-hand, left-hand and delimiter splits (`linegen.py`,
default mode, no preview features) for a small token subset: names, numbers, one-line strings,
brackets, `,` `=` `:` `->` `.` `|` `*` `**` `@` and unary `-`. Anything else (comments,
keywords that make delimiters, operators, implicit string concatenation, magic trailing
commas, non-ASCII text) makes `split_statement` return None and the caller falls back to black.
The port mutates leaves the way black does (invisible parentheses turn visible when a split
uses them), so the order of attempts matters and follows black's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

LINE_LENGTH = 88
COMMA_PRIORITY = 18
VBAR_PRIORITY = 9
DOT_PRIORITY = 1

OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {")", "]", "}"}
_KINDS_OPEN = {"LPAR", "LSQB", "LBRACE"}
_KINDS_CLOSE = {"RPAR", "RSQB", "RBRACE"}
_BRACKET_KIND = {
    "(": "LPAR",
    ")": "RPAR",
    "[": "LSQB",
    "]": "RSQB",
    "{": "LBRACE",
    "}": "RBRACE",
}
_CLOSER_OF = {"LPAR": "RPAR", "LSQB": "RSQB", "LBRACE": "RBRACE"}
_OP_KIND = {
    ",": "COMMA",
    "=": "EQUAL",
    ":": "COLON",
    "->": "RARROW",
    ".": "DOT",
    "|": "VBAR",
    "*": "STAR",
    "**": "DOUBLESTAR",
    "@": "AT",
    "-": "MINUS",
}
# Keywords black treats as delimiters or statement structure: not handled here.
_DECLINED_NAMES = {
    "if", "else", "elif", "for", "in", "not", "is", "and", "or", "lambda", "while", "with",
    "try", "except", "finally", "del", "assert", "yield", "import", "from", "global",
    "nonlocal", "raise", "pass", "break", "continue", "case", "match", "as",
}  # fmt: skip

_TOKEN = re.compile(
    r"""(?P<ws>[ ]*)(?:
        (?P<string>[rRbBuUfF]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'))
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<number>[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9][0-9_]*[jJ]?|[0-9][0-9A-Za-z_.]*)
      | (?P<op>->|\*\*|\.\.\.|[()\[\]{},=:.|*@-])
    )""",
    re.VERBOSE,
)


_varargs_comma = False  # the file targets Python 3.6+, so black may add a comma after *args


class Declined(Exception):
    """The statement uses syntax this port does not model."""


class CannotTransform(Exception):
    pass


class Leaf:
    __slots__ = (
        "bracket_depth",
        "in_annotation",
        "kind",
        "opening_bracket",
        "prefix",
        "role",
        "value",
        "ws",
    )

    def __init__(self, kind: str, value: str, prefix: str = "", role: str = "") -> None:
        self.kind = kind
        self.value = value
        self.prefix = prefix
        self.ws = prefix  # black's whitespace() for this leaf, kept for copies
        self.role = role
        self.bracket_depth = 0
        self.opening_bracket: Leaf | None = None
        self.in_annotation = False

    def __str__(self) -> str:
        return self.prefix + self.value

    def copy(self) -> Leaf:
        leaf = Leaf(self.kind, self.value, self.ws, self.role)
        leaf.in_annotation = self.in_annotation
        return leaf


def _is_open(leaf: Leaf) -> bool:
    return leaf.kind in _KINDS_OPEN


def _is_close(leaf: Leaf) -> bool:
    return leaf.kind in _KINDS_CLOSE


class Tracker:
    __slots__ = ("delimiters", "depth", "invisible", "match", "previous")

    def __init__(self) -> None:
        self.depth = 0
        self.match: dict[tuple[int, str], Leaf] = {}
        self.delimiters: dict[int, int] = {}
        self.previous: Leaf | None = None
        self.invisible: list[Leaf] = []

    def mark(self, leaf: Leaf) -> None:
        if self.depth == 0 and _is_close(leaf) and (0, leaf.kind) not in self.match:
            return
        if _is_close(leaf):
            self.depth -= 1
            opening = self.match.pop((self.depth, leaf.kind), None)
            if opening is None:
                raise Declined("unmatched bracket")
            leaf.opening_bracket = opening
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.bracket_depth = self.depth
        if self.depth == 0:
            delim = _split_before_priority(leaf, self.previous)
            if delim and self.previous is not None:
                self.delimiters[id(self.previous)] = delim
            elif leaf.kind == "COMMA":
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if _is_open(leaf):
            self.match[self.depth, _CLOSER_OF[leaf.kind]] = leaf
            self.depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf

    def max_priority(self, exclude: frozenset[int] = frozenset()) -> int:
        values = [v for k, v in self.delimiters.items() if k not in exclude]
        if not values:
            raise ValueError("no delimiters")
        return max(values)

    def count_with_priority(self, priority: int) -> int:
        return sum(1 for p in self.delimiters.values() if p == priority)


def _split_before_priority(leaf: Leaf, previous: Leaf | None) -> int:
    if leaf.kind in ("STAR", "DOUBLESTAR") and leaf.role == "vararg":
        return 0
    if leaf.kind == "DOT" and leaf.role == "attr" and (previous is None or _is_close(previous)):
        return DOT_PRIORITY
    if leaf.kind == "VBAR":
        return VBAR_PRIORITY
    return 0


class Line:
    __slots__ = ("depth", "inside_brackets", "leaves", "should_split_rhs", "tracker")

    def __init__(self, depth: int = 0, inside_brackets: bool = False) -> None:
        self.depth = depth
        self.leaves: list[Leaf] = []
        self.tracker = Tracker()
        self.inside_brackets = inside_brackets
        self.should_split_rhs = False

    def append(self, leaf: Leaf, preformatted: bool = True, track: bool = False) -> None:
        if self.inside_brackets or not preformatted or track:
            if _is_close(leaf) and self.leaves and self.leaves[-1].kind == "COMMA":
                raise Declined("magic trailing comma")
            self.tracker.mark(leaf)
        self.leaves.append(leaf)

    def __bool__(self) -> bool:
        return bool(self.leaves)

    def __str__(self) -> str:
        if not self.leaves:
            return "\n"
        first = self.leaves[0]
        text = f"{first.prefix}{'    ' * self.depth}{first.value}"
        return text + "".join(str(leaf) for leaf in self.leaves[1:]) + "\n"

    def render(self) -> str:
        """The line as written out: black drops the first leaf's prefix when it emits it."""
        first = self.leaves[0]
        return "    " * self.depth + first.value + "".join(str(leaf) for leaf in self.leaves[1:])

    @property
    def is_def(self) -> bool:
        if not self.leaves:
            return False
        first = self.leaves[0]
        if first.kind == "NAME" and first.value == "def":
            return True
        return (
            first.kind == "NAME"
            and first.value == "async"
            and len(self.leaves) > 1
            and self.leaves[1].kind == "NAME"
            and self.leaves[1].value == "def"
        )

    def equal_count(self) -> int:
        return sum(1 for leaf in self.leaves if leaf.kind == "EQUAL")

    def clone(self) -> Line:
        line = Line(self.depth, self.inside_brackets)
        line.should_split_rhs = self.should_split_rhs
        return line


def _to_string(line: Line) -> str:
    return str(line).strip("\n")


def _is_short(line: Line, limit: int = LINE_LENGTH) -> bool:
    """`len(str(line)) <= limit` without building the string (one-line leaves only)."""
    width = 4 * line.depth
    for leaf in line.leaves:
        width += len(leaf.prefix) + len(leaf.value)
    return width <= limit


# --- tokenizing -----------------------------------------------------------------------------


def tokenize(text: str) -> list[Leaf]:
    """Leaves of one physical line (without its indentation); raises Declined."""
    if not text.isascii() or ("#" in text and _has_comment(text)):
        raise Declined("comment or non-ASCII text")
    leaves: list[Leaf] = []
    pos = 0
    end = len(text)
    while pos < end:
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise Declined(f"token at {pos}")
        pos = m.end()
        ws = m.group("ws")
        if m.group("string") is not None:
            value = m.group("string")
            if leaves and leaves[-1].kind == "STRING":
                raise Declined("implicit string concatenation")
            leaves.append(Leaf("STRING", value, ws))
        elif m.group("name") is not None:
            value = m.group("name")
            if value in _DECLINED_NAMES:
                raise Declined(f"keyword {value}")
            leaves.append(Leaf("NAME", value, ws))
        elif m.group("number") is not None:
            number = m.group("number")
            if "+" in number or number != number.lower():
                raise Declined("a numeric literal black rewrites")  # 1E+5 -> 1e5
            leaves.append(Leaf("NUMBER", number, ws))
        else:
            op = m.group("op")
            if op in _BRACKET_KIND:
                leaves.append(Leaf(_BRACKET_KIND[op], op, ws))
            elif op == "...":
                for i in range(3):
                    leaves.append(Leaf("DOT", ".", ws if i == 0 else "", "ellipsis"))
            else:
                leaves.append(Leaf(_OP_KIND[op], op, ws))
    _assign_roles(leaves)
    return leaves


def _has_comment(text: str) -> bool:
    return bool(re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', "", text).count("#"))


_VALUE_END = {"NAME", "NUMBER", "STRING", "RPAR", "RSQB", "RBRACE"}


def _assign_roles(leaves: list[Leaf]) -> None:
    """The few parse facts black's decisions use: bracket kinds, varargs, attribute dots."""
    prev: Leaf | None = None
    for leaf in leaves:
        kind = leaf.kind
        if kind in ("LPAR", "LSQB"):
            if (
                prev is not None
                and prev.kind in _VALUE_END
                and not (prev.kind == "NAME" and prev.value in ("return", "await"))
            ):
                leaf.role = "trailer"
            else:
                leaf.role = "atom"
        elif kind == "LBRACE":
            leaf.role = "atom"
        elif kind in ("STAR", "DOUBLESTAR"):
            if prev is None or prev.kind in ("LPAR", "COMMA"):
                leaf.role = "vararg"
            else:
                raise Declined("arithmetic")
        elif kind == "MINUS":
            if prev is not None and prev.kind in _VALUE_END:
                raise Declined("arithmetic")
            leaf.role = "unary"
        elif kind == "DOT" and leaf.role != "ellipsis":
            leaf.role = "attr"
        elif kind == "AT" and prev is not None:
            raise Declined("matrix product")
        prev = leaf


def _link_brackets(leaves: list[Leaf]) -> list[Leaf]:
    """Pair brackets; unmatched closers (a tail's leading `)`) get a detached opener."""
    stack: list[Leaf] = []
    unmatched: list[Leaf] = []
    for leaf in leaves:
        if _is_open(leaf):
            stack.append(leaf)
        elif _is_close(leaf):
            if stack:
                opener = stack.pop()
                if _CLOSER_OF[opener.kind] != leaf.kind:
                    raise Declined("mismatched brackets")
                leaf.opening_bracket = opener
            else:
                leaf.opening_bracket = Leaf(_opener_kind(leaf.kind), "(")
                unmatched.append(leaf)
    if stack:
        raise Declined("unclosed bracket")
    return unmatched


def _opener_kind(closer: str) -> str:
    return {"RPAR": "LPAR", "RSQB": "LSQB", "RBRACE": "LBRACE"}[closer]


def _wrap_invisible(leaves: list[Leaf], start: int, stop: int) -> None:
    """Invisible parentheses around leaves[start:stop], as black's normalize_invisible_parens."""
    if start >= stop:
        raise Declined("empty value")
    first = leaves[start]
    if first.kind == "LPAR" and first.role == "atom":
        raise Declined("parenthesized value")
    opener = Leaf("LPAR", "", first.prefix, "invisible")
    first.prefix = first.ws = ""
    closer = Leaf("RPAR", "", "", "invisible")
    leaves.insert(stop, closer)
    leaves.insert(start, opener)


def _top_level(leaves: list[Leaf]) -> list[int]:
    """Indexes of leaves at bracket depth 0."""
    out = []
    depth = 0
    for i, leaf in enumerate(leaves):
        if _is_close(leaf):
            depth -= 1
        if depth == 0:
            out.append(i)
        if _is_open(leaf):
            depth += 1
    return out


def _mark_annotations(leaves: list[Leaf], start: int) -> None:
    """Flag leaves inside parameter annotations (black's is_part_of_annotation)."""
    depth = 0
    in_annotation = False
    for leaf in leaves[start:]:
        if _is_close(leaf):
            depth -= 1
        if depth == 1 and leaf.kind in ("COLON", "EQUAL", "COMMA"):
            in_annotation = leaf.kind == "COLON"
        elif depth >= 1:
            leaf.in_annotation = in_annotation
        if _is_open(leaf):
            depth += 1
        if depth == 0 and _is_close(leaf):
            break


def statement_leaves(text: str) -> tuple[list[Leaf], bool]:
    """Leaves of a whole statement with black's invisible parentheses; is it a def?"""
    leaves = tokenize(text)
    if not leaves:
        raise Declined("empty")
    if _link_brackets(leaves):
        raise Declined("unmatched closing bracket")
    first = leaves[0]
    top = _top_level(leaves)
    is_def = first.value == "def" or (
        first.value == "async" and len(leaves) > 1 and leaves[1].value == "def"
    )
    if first.kind == "AT":
        raise Declined("decorator")
    if first.kind == "NAME" and first.value in ("def", "async"):
        if not is_def:
            raise Declined("async statement")
        paren = next((i for i, leaf in enumerate(leaves) if leaf.kind == "LPAR"), None)
        if paren is None:
            raise Declined("def without parameters")
        leaves[paren].role = "params"
        _mark_annotations(leaves, paren)
        arrow = next((i for i in top if leaves[i].kind == "RARROW"), None)
        colon = max((i for i in top if leaves[i].kind == "COLON"), default=None)
        if colon is None:
            raise Declined("def without colon")
        if arrow is not None:
            if leaves[arrow + 1].kind == "STRING":
                raise Declined("string return annotation")
            _wrap_invisible(leaves, arrow + 1, colon)
        return leaves, True
    if first.kind == "NAME" and first.value == "class":
        if len(leaves) > 2 and leaves[2].kind == "LPAR":
            leaves[2].role = "classdef"
        return leaves, False
    if first.kind == "NAME" and first.value == "return":
        if any(leaves[i].kind == "COMMA" for i in top):
            raise Declined("tuple")
        _wrap_invisible(leaves, 1, len(leaves))
        return leaves, False
    if any(leaves[i].kind in ("COMMA", "RARROW") for i in top):
        raise Declined("tuple or unexpected arrow")
    # Expression statement: invisible parens after a top-level `:` (annotation) and each `=`.
    marks = [i for i in top if leaves[i].kind in ("EQUAL", "COLON")]
    if sum(1 for i in marks if leaves[i].kind == "COLON") > 1:
        raise Declined("several colons")
    for n, i in reversed(list(enumerate(marks))):
        stop = marks[n + 1] if n + 1 < len(marks) else len(leaves)
        _wrap_invisible(leaves, i + 1, stop)
    return leaves, False


# --- black's transforms -----------------------------------------------------------------------


def transform_line(line: Line, fop: bool = False) -> list[Line]:
    if not line.should_split_rhs and _is_short(line):
        return [line]
    line_str = _to_string(line)
    if line.is_def:
        transformers = [left_hand_split]
    elif line.inside_brackets:
        transformers = [delimiter_split, rhs_with_omits]
    else:
        transformers = [rhs_with_omits]
    for transform in transformers:
        try:
            return run_transformer(line, transform, fop, line_str)
        except CannotTransform:
            continue
    return [line]


def run_transformer(line: Line, transform, fop: bool, line_str: str) -> list[Line]:  # type: ignore[no-untyped-def]
    optional_parens = [b for b in line.tracker.invisible if b.bracket_depth == 0]
    result: list[Line] = []
    for transformed in transform(line, fop):
        if _to_string(transformed) == line_str:
            raise CannotTransform("unchanged")
        result.extend(transform_line(transformed, fop))
    if (
        fop
        or transform is not rhs_with_omits
        or not line.tracker.invisible
        or any(b.value for b in optional_parens)
        or _is_short(result[0])
    ):
        return result
    copy = line.clone()
    for leaf in line.leaves:
        copy.append(leaf.copy(), preformatted=False)
    second = run_transformer(copy, transform, True, line_str)
    if all(_is_short(ln) for ln in second):
        result = second
    return result


def left_hand_split(line: Line, fop: bool) -> Iterator[Line]:
    head: list[Leaf] = []
    body: list[Leaf] = []
    tail: list[Leaf] = []
    current = head
    matching: Leaf | None = None
    for leaf_kind in ("LPAR", "LSQB"):
        head, body, tail = [], [], []
        current = head
        matching = None
        depth = 0
        for index, leaf in enumerate(line.leaves):
            if index == 2 and leaf.kind == "LSQB":
                depth += 1
            elif depth > 0:
                if leaf.kind == "LSQB":
                    depth += 1
                elif leaf.kind == "RSQB":
                    depth -= 1
            if (
                current is body
                and _is_close(leaf)
                and leaf.opening_bracket is matching
                and matching is not None
                and not (leaf_kind == "LPAR" and depth > 0)
            ):
                _ensure_visible(leaf)
                _ensure_visible(matching)
                current = tail if body else head
            current.append(leaf)
            if (
                current is head
                and leaf.kind == leaf_kind
                and not (leaf_kind == "LPAR" and depth > 0)
            ):
                matching = leaf
                current = body
        if matching is not None and tail:
            break
    if matching is None or not tail:
        raise CannotTransform("no brackets")
    h = _build_line(head, line, matching, "head")
    b = _build_line(body, line, matching, "body")
    t = _build_line(tail, line, matching, "tail")
    _split_succeeded_or_raise(h, b, t)
    for part in (h, b, t):
        if part:
            yield part


class RHS:
    __slots__ = ("body", "closing", "head", "opening", "tail")

    def __init__(self, head: Line, body: Line, tail: Line, opening: Leaf, closing: Leaf) -> None:
        self.head, self.body, self.tail, self.opening, self.closing = (
            head,
            body,
            tail,
            opening,
            closing,
        )


def rhs_with_omits(line: Line, fop: bool) -> Iterator[Line]:
    first_lines: list[Line] | None = None
    prefix_lengths: dict[int, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = length
        length += len(leaf.prefix) + len(leaf.value)
    for omit in _trailers_to_omit(line):
        if omit:
            target: Leaf | None = None
            for leaf in reversed(line.leaves):
                if _is_close(leaf) and id(leaf) not in omit:
                    target = leaf.opening_bracket
                    break
            if (
                target is not None
                and target.value
                and prefix_lengths.get(id(target), 0) > LINE_LENGTH
            ):
                continue
        lines = list(right_hand_split(line, fop, omit))
        if first_lines is None and not omit:
            first_lines = lines
        if _is_short(lines[0]):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from right_hand_split(line, fop)


def right_hand_split(line: Line, fop: bool, omit: frozenset[int] = frozenset()) -> Iterator[Line]:
    rhs = _first_rhs(line, omit)
    yield from _maybe_split_omitting_optional_parens(rhs, line, fop, omit)


def _first_rhs(line: Line, omit: frozenset[int] = frozenset()) -> RHS:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and _is_close(leaf) and id(leaf) not in omit:
            opening = leaf.opening_bracket
            closing = leaf
            current = body
    if opening is None or closing is None or not head:
        raise CannotTransform("no brackets")
    tail.reverse()
    body.reverse()
    head.reverse()
    h = _build_line(head, line, opening, "head")
    b = _build_line(body, line, opening, "body")
    t = _build_line(tail, line, opening, "tail")
    _split_succeeded_or_raise(h, b, t)
    return RHS(h, b, t, opening, closing)


def _maybe_split_omitting_optional_parens(
    rhs: RHS, line: Line, fop: bool, omit: frozenset[int]
) -> Iterator[Line]:
    if (
        not fop
        and rhs.opening.kind == "LPAR"
        and not rhs.opening.value
        and rhs.closing.kind == "RPAR"
        and not rhs.closing.value
        and _can_omit_invisible_parens(rhs)
    ):
        omit = frozenset({id(rhs.closing), *omit})
        try:
            rhs_oop = _first_rhs(line, omit)
            if _prefer_split_rhs_oop(rhs_oop, rhs):
                yield from _maybe_split_omitting_optional_parens(rhs_oop, line, fop, omit)
                return
        except CannotTransform as e:
            if line.equal_count() > 1:
                pass
            elif not _can_be_split(rhs.body) and not _is_short(rhs.body):
                raise CannotTransform("body too long and unsplittable") from e
    _ensure_visible(rhs.opening)
    _ensure_visible(rhs.closing)
    for part in (rhs.head, rhs.body, rhs.tail):
        if part:
            yield part


def _prefer_split_rhs_oop(rhs_oop: RHS, rhs: RHS) -> bool:
    head = rhs.head.leaves
    if not (len(head) >= 2 and head[-2].kind == "EQUAL"):
        return True
    if not any(_is_open(leaf) or _is_close(leaf) for leaf in head[:-1]):
        return True
    if not _is_short(rhs.head, LINE_LENGTH - 1):
        return True
    rhs_equals = rhs.head.equal_count()
    if rhs_equals > 1 and rhs_equals > rhs_oop.head.equal_count():
        return False
    closing_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.kind == "EQUAL":
            break
        if _is_close(leaf):
            closing_after_assign = True
            break
    return closing_after_assign or (
        any(leaf.kind == "EQUAL" for leaf in rhs_oop.head.leaves) and _is_short(rhs_oop.head)
    )


def _can_omit_invisible_parens(rhs: RHS) -> bool:
    line = rhs.body
    bt = line.tracker
    if not bt.delimiters:
        return True
    max_priority = bt.max_priority()
    if bt.count_with_priority(max_priority) > 1:
        return False
    if max_priority == DOT_PRIORITY:
        return True
    first, second = line.leaves[0], line.leaves[1]
    if _is_open(first) and not _is_close(second) and _can_omit_opening_paren(line, first):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.kind in ("RPAR", "RBRACE") or (
        last.kind == "RSQB"
        and last.opening_bracket is not None
        and last.opening_bracket.role != "trailer"
    ):
        if _is_open(penultimate):
            return False
        if _can_omit_closing_paren(line, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = 4 * line.depth
    index = -1
    for index, leaf in enumerate(line.leaves):  # noqa: B007
        leaf_length = len(leaf.prefix) + len(leaf.value)
        if _is_close(leaf) and leaf.opening_bracket is first:
            remainder = True
        if remainder:
            length += leaf_length
            if length > LINE_LENGTH:
                break
            if _is_open(leaf):
                remainder = False
    else:
        if len(line.leaves) == index + 1:
            return True
    return False


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for leaf in line.leaves:
        length += len(leaf.prefix) + len(leaf.value)
        if leaf is last.opening_bracket:
            if seen_other_brackets or length <= LINE_LENGTH:
                return True
        elif _is_open(leaf):
            seen_other_brackets = True
    return False


def _can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].kind == "STRING" and leaves[1].kind == "DOT":
        call_count = 0
        dot_count = 0
        nxt = leaves[-1]
        for leaf in leaves[-2::-1]:
            if _is_open(leaf):
                if not _is_close(nxt):
                    return False
                call_count += 1
            elif leaf.kind == "DOT":
                dot_count += 1
            elif leaf.kind == "NAME":
                if not (nxt.kind == "DOT" or _is_open(nxt)):
                    return False
            elif not _is_close(leaf):
                return False
            if dot_count > 1 and call_count > 1:
                return False
            nxt = leaf
    return True


def _split_succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
    tail_len = len(str(tail).strip())
    if not body:
        if tail_len == 0:
            raise CannotTransform("same line")
        if tail_len < 3:
            raise CannotTransform("not worth it")


def _ensure_trailing_comma(leaves: list[Leaf], original: Line, opening: Leaf) -> bool:
    if not leaves or not original.is_def or opening.value != "(":
        return False
    return not any(leaf.kind == "COMMA" and not leaf.in_annotation for leaf in leaves)


def _inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    start = next((i for i, leaf in enumerate(leaves) if _is_open(leaf)), None)
    if start is None:
        return set()
    ids: set[int] = set()
    stack: list[tuple[str, list[int]]] = []
    for leaf in leaves[start:]:
        if _is_open(leaf):
            stack.append((_CLOSER_OF[leaf.kind], [id(leaf)]))
        elif _is_close(leaf):
            if stack and leaf.kind == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def _build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    result = Line(original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening):
            for i in range(len(leaves) - 1, -1, -1):
                if leaves[i].kind != "COMMA":
                    leaves.insert(i + 1, Leaf("COMMA", ","))
                break
    track = _inside_matching_brackets(leaves) if component == "head" else set()
    for leaf in leaves:
        result.append(leaf, preformatted=True, track=id(leaf) in track)
    if component == "body" and _should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def _should_split_line(line: Line, opening: Leaf) -> bool:
    if opening.kind not in ("LPAR", "LSQB", "LBRACE") or opening.value not in "[{(":
        return False
    exclude: frozenset[int] = frozenset()
    trailing_comma = False
    if not line.leaves:
        return False
    last = line.leaves[-1]
    if last.kind == "COMMA":
        trailing_comma = True
        exclude = frozenset({id(last)})
    try:
        max_priority = line.tracker.max_priority(exclude)
    except ValueError:
        return False
    return max_priority == COMMA_PRIORITY and (
        trailing_comma or opening.role in ("atom", "invisible")
    )


def _trailers_to_omit(line: Line) -> Iterator[frozenset[int]]:
    omit: set[int] = set()
    yield frozenset(omit)
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    leaves = line.leaves
    for index in range(len(leaves) - 1, -1, -1):
        leaf = leaves[index]
        length += len(leaf.prefix) + len(leaf.value)
        if length > LINE_LENGTH:
            break
        if opening is not None:
            if leaf is opening:
                opening = None
            elif _is_close(leaf):
                inner.add(id(leaf))
        elif _is_close(leaf):
            prev = leaves[index - 1] if index > 0 else None
            if prev is not None and _is_open(prev):
                inner.add(id(leaf))
                continue
            if closing is not None:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield frozenset(omit)
            if leaf.value:
                opening = leaf.opening_bracket
                closing = leaf


def delimiter_split(line: Line, fop: bool) -> Iterator[Line]:
    if not line.leaves:
        raise CannotTransform("empty")
    last = line.leaves[-1]
    bt = line.tracker
    try:
        priority = bt.max_priority(frozenset({id(last)}))
    except ValueError:
        raise CannotTransform("no delimiters") from None
    if priority == DOT_PRIORITY and bt.count_with_priority(priority) == 1:
        raise CannotTransform("single attribute")
    current = Line(line.depth, line.inside_brackets)
    lowest_depth = 1 << 30
    trailing_comma_safe = True
    for leaf in line.leaves:
        current.append(leaf, preformatted=True)
        lowest_depth = min(lowest_depth, leaf.bracket_depth)
        if trailing_comma_safe and leaf.bracket_depth == lowest_depth and leaf.role == "vararg":
            trailing_comma_safe = _varargs_comma
        if bt.delimiters.get(id(leaf)) == priority:
            current.leaves[0].prefix = ""
            yield current
            current = Line(line.depth, line.inside_brackets)
    if current:
        if (
            trailing_comma_safe
            and priority == COMMA_PRIORITY
            and current.leaves[-1].kind != "COMMA"
        ):
            current.append(Leaf("COMMA", ","))
        current.leaves[0].prefix = ""
        yield current


def _ensure_visible(leaf: Leaf) -> None:
    if leaf.kind == "LPAR":
        leaf.value = "("
    elif leaf.kind == "RPAR":
        leaf.value = ")"


# --- entry points -----------------------------------------------------------------------------


def _emit(lines: list[Line], is_def: bool = False, tail: bool = False) -> str:
    rendered = [line.render() for line in lines]
    if is_def:
        _refuse_exploded_return_type(rendered, tail)
    return "\n".join(rendered)


def _refuse_exploded_return_type(rendered: list[str], tail: bool) -> None:
    """Black formats twice: an exploded return type gains a magic comma, and the second pass
    splits the signature on the right instead. After parameters that are already one per
    line, that gives the same layout when the split is at the return type's own subscript
    (`) -> Union[` ... `]:`); other cases are not modelled."""
    arrow = next((i for i, text in enumerate(rendered) if "->" in text), None)
    if arrow is None or not any(text.endswith(",") for text in rendered[arrow:]):
        return
    last = rendered[-1].strip()
    if tail and arrow == 0 and rendered[0].endswith("[") and last in ("]:", "]: ..."):
        return
    if tail and arrow == 0 and rendered[0].endswith("(") and last in ("):", "): ..."):
        return  # split inside black's own parentheses around the return type
    raise Declined("exploded return type")


@cache
def split_statement(text: str, depth: int, modern: bool = False) -> str | None:
    """Black's layout of one whole statement at an indent level, or None if not modelled.

    `modern`: the file uses Python 3.6+ syntax (black then allows a comma after `*args`).
    """
    global _varargs_comma
    _varargs_comma = modern
    if text.startswith("#"):
        return "    " * depth + text  # black leaves comments as they are
    if text.startswith("from ") and " import " in text and "(" not in text and "#" not in text:
        return _split_import(text, depth)
    try:
        leaves, is_def = statement_leaves(text)
        return _lay_out(leaves, Line(depth), preformatted=False, is_def=is_def)
    except Declined:
        return None


def _lay_out(
    leaves: list[Leaf],
    line: Line,
    *,
    preformatted: bool = True,
    is_def: bool = False,
    tail: bool = False,
) -> str:
    for leaf in leaves:
        line.append(leaf, preformatted=preformatted)
    return _emit(transform_line(line), is_def, tail)


def _split_import(text: str, depth: int) -> str:
    """`from m import a, b` too long: black always puts one name per line."""
    head, names = text.split(" import ", 1)
    pad = "    " * depth
    items = "".join(f"{pad}    {name.strip()},\n" for name in names.split(","))
    return f"{pad}{head} import (\n{items}{pad})"


@cache
def split_element(text: str, depth: int, modern: bool = False) -> str | None:
    """Black's layout of one line inside brackets (an argument, a parameter, an item)."""
    global _varargs_comma
    _varargs_comma = modern
    try:
        leaves = tokenize(text)
        if _link_brackets(leaves):
            raise Declined("unmatched")
        return _lay_out(leaves, Line(depth, inside_brackets=True))
    except Declined:
        return None


@cache
def split_def_tail(text: str, depth: int, modern: bool = False) -> str | None:
    """Black's layout of a signature's last line, `) -> ReturnType:`, split from its `def`."""
    global _varargs_comma
    _varargs_comma = modern
    try:
        leaves = tokenize(text)
        if len(leaves) < 3 or leaves[0].kind != "RPAR" or leaves[1].kind != "RARROW":
            raise Declined("not a signature tail")
        unmatched = _link_brackets(leaves)
        if unmatched != [leaves[0]]:
            raise Declined("unexpected brackets")
        top = list(_top_level(leaves[1:]))
        colon = max((i + 1 for i in top if leaves[i + 1].kind == "COLON"), default=None)
        if colon is None or leaves[2].kind == "STRING":
            raise Declined("no colon")
        _wrap_invisible(leaves, 2, colon)
        # Link the new invisible pair (the tail is not bracket-tracked by black either).
        leaves[2].opening_bracket = None
        closer = leaves[colon + 1]
        closer.opening_bracket = leaves[2]
        return _lay_out(leaves, Line(depth), is_def=True, tail=True)
    except Declined:
        return None
