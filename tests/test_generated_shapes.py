"""Response and schema shapes met in vendor specs, each once in a small hand-written spec:
the generated package (client, models, stubs) passes `mypy --strict` and works over HTTP.

Each fixture under tests/fixtures/shapes/ stands for one class of mypy error the generator
once produced (for example "Cast target is not a type" for a response that is a
discriminated union); the mypy run covers them all at once.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Iterator

import pytest

from gen_support import ALL_PARTS, ROOT, generate_into, loopback

SHAPES = ROOT / "tests" / "fixtures" / "shapes"
#: fixture file -> package name
CASES = {"union-responses.yaml": "unions", "shadowing-arguments.yaml": "shadow"}

CARD = {"id": "card_1", "object": "card", "brand": "visa"}
BANK = {"id": "ba_1", "object": "bank_account", "bank_name": "B"}
SOURCE = {"id": "src_1", "object": "source", "flow": "redirect"}


class Replies(BaseHTTPRequestHandler):
    """Fixed JSON answers by method and path."""

    answers: dict[tuple[str, str], Any] = {
        ("GET", "/v1/sources/ba_1"): BANK,
        ("GET", "/v1/sources/src_1"): SOURCE,
        ("GET", "/v1/sources"): [CARD, BANK],
        ("POST", "/v1/sources"): "pending",
        ("DELETE", "/v1/sources/card_1"): CARD,
        ("DELETE", "/v1/sources/gone"): None,
        ("PUT", "/v1/PaymentServices?List=l"): {"PaymentServices": [{"PaymentServiceName": "n"}]},
    }
    received: list[tuple[str, dict[str, str], bytes]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.received.append((self.path, dict(self.headers), self.rfile.read(length) if length else b""))
        data = json.dumps(self.answers[(self.command, self.path)]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = do_PUT = _answer


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("shapes")
    for spec, package in CASES.items():  # one folder each: a folder holds one generated package
        generate_into(SHAPES / spec, out / package, package, emit=ALL_PARTS)
        sys.path.insert(0, str(out / package))
    yield out
    for package in CASES.values():
        sys.path.remove(str(out / package))


def test_every_shape_type_checks(generated: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"),
         *sorted(CASES.values())],
        cwd=generated, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture()
def server() -> Iterator[str]:
    Replies.received.clear()
    with loopback(Replies) as url:
        yield url + "/v1"


def test_discriminated_union_responses_are_typed_for_checkers_and_parsed_by_their_tag(
    generated: Path, server: str
) -> None:
    text = "".join((generated / "unions" / "unions" / "resources" / "sources.py").read_text().split())
    text = re.sub(r'"""[^"]*"""', "", text)  # docstrings aside

    def returns(annotation: str) -> bool:
        """The method is annotated so and its `return cast(...)` names the same type."""
        flat = "".join(annotation.split())
        return f")->{flat}:returncast({flat}," in text

    # the method's type and its cast target are the plain union; the parse keeps the discriminator
    assert returns("Union[Card, BankAccount, Source]")
    assert 'cast_to=cast(Any,Annotated[Union[Card,BankAccount,Source],Field(discriminator="object")]' in text
    assert returns('Union[Literal["pending"], Card, BankAccount]')
    assert returns("List[Union[Card, BankAccount]]")
    assert returns("Optional[Union[Card, BankAccount]]")

    unions = importlib.import_module("unions")
    types = {name: importlib.import_module(f"unions.types.{name}") for name in ("card", "bank_account", "source")}
    with unions.Client(base_url=server, max_retries=0) as client:
        assert type(client.sources.retrieve("ba_1")) is types["bank_account"].BankAccount
        assert type(client.sources.retrieve("src_1")) is types["source"].Source
        assert [type(x).__name__ for x in client.sources.list()] == ["Card", "BankAccount"]
        assert client.sources.create() == "pending"
        assert type(client.sources.delete("card_1")) is types["card"].Card
        assert client.sources.delete("gone") is None


def test_an_argument_named_like_the_model_it_returns_does_not_hide_it(generated: Path, server: str) -> None:
    """`PaymentServices` is the body field and the response model (and `List` a query
    parameter): the arguments are their snake_case names, which hide no type, and the wire
    names stay."""
    text = (generated / "shadow" / "shadow" / "resources" / "payment_services.py").read_text()
    assert "payment_services: Union[Iterable[PaymentServiceParam], NotGiven] = NOT_GIVEN," in text
    assert "list: Union[str, NotGiven] = NOT_GIVEN," in text
    assert "cast_to=PaymentServices," in text
    shadow = importlib.import_module("shadow")
    model = importlib.import_module("shadow.types.payment_services").PaymentServices
    with shadow.Client(base_url=server, max_retries=0) as client:
        result = client.payment_services.update(payment_services=[{"PaymentServiceName": "n"}], list="l")
    assert type(result) is model and result.PaymentServices[0].PaymentServiceName == "n"
    path, _, body = Replies.received[-1]
    assert path == "/v1/PaymentServices?List=l"
    assert json.loads(body) == {"PaymentServices": [{"PaymentServiceName": "n"}]}
