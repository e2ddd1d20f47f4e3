"""generator/normalize/descriptions.py: an argument's text, whatever wraps its schema."""

from __future__ import annotations

from collections.abc import Callable

from gen_support import OPENAI_2026
from generator.ir import Api

SPEC = """\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /runs:
    post:
      operationId: createRun
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                strategy:
                  allOf: [{$ref: "#/components/schemas/Strategy"}, {nullable: true}]
                choice:
                  allOf: [{nullable: true}, {$ref: "#/components/schemas/Choice"}]
                both:
                  allOf: [{$ref: "#/components/schemas/Strategy"}, {$ref: "#/components/schemas/Choice"}]
                own:
                  description: Said beside the wrapper.
                  allOf: [{$ref: "#/components/schemas/Strategy"}, {nullable: true, description: ignored}]
      responses: {"200": {description: ok}}
components:
  schemas:
    Strategy:
      type: object
      description: How the thread is cut down.
      properties: {type: {type: string}}
    Choice:
      type: string
      description: Which tool is called.
"""


def test_an_allof_part_that_only_annotates_does_not_hide_the_referenced_description(api_of: Callable[..., Api]) -> None:
    (op,) = api_of(SPEC).operations
    texts = {a.py_name: a.description for a in op.arguments}
    assert texts["strategy"] == "How the thread is cut down."
    assert texts["choice"] == "Which tool is called."
    assert texts["both"] is None  # two parts that shape the value: neither text is the argument's
    assert texts["own"] == "Said beside the wrapper."


def test_create_and_run_documents_every_parameter(api_of: Callable[..., Api]) -> None:
    """`truncation_strategy` and `tool_choice` are `allOf: [{$ref}, {nullable: true}]`."""
    (op,) = [o for o in api_of(OPENAI_2026).operations if o.id == "createThreadAndRun"]
    undocumented = [a.py_name for a in op.arguments if not a.description]
    assert len(op.arguments) == 16 and undocumented == []
