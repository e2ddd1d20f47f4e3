"""`generator/normalize/selection.py`: the success response each operation returns, decided once."""

from __future__ import annotations

from generator.ir import Response, TypeRef
from generator.normalize.selection import success_response

JSON = TypeRef("named", name="#/components/schemas/Thing")


def test_the_first_2xx_that_is_not_a_stream() -> None:
    responses = [
        Response("200", "text/event-stream", "sse", JSON),
        Response("200", "application/json", "json", JSON),
        Response("201", "application/zip", "binary", TypeRef("bytes")),
    ]
    assert success_response(responses) is responses[1]


def test_a_stream_when_it_is_the_only_2xx() -> None:
    responses = [Response("400", "application/json", "json", JSON), Response("200", "text/event-stream", "sse", JSON)]
    assert success_response(responses) is responses[1]


def test_in_spec_order_a_download_before_its_json_twin() -> None:
    responses = [Response("200", "application/zip", "binary", TypeRef("bytes")), Response("200", "application/json", "json", JSON)]
    assert success_response(responses) is responses[0]


def test_none_without_a_2xx() -> None:
    assert success_response([Response("default", "application/json", "json", JSON)]) is None
    assert success_response([]) is None
