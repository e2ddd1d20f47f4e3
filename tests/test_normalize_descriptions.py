"""generator/normalize/descriptions.py: an argument's text, whatever wraps its schema."""

from __future__ import annotations

from pathlib import Path

from gen_support import OPENAI_2026
from generator.load.loader import load_spec
from generator.normalize.normalizer import normalize

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


def test_an_allof_part_that_only_annotates_does_not_hide_the_referenced_description(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC)
    (op,) = normalize(load_spec(str(tmp_path / "spec.yaml")), problems=[]).operations
    texts = {a.py_name: a.description for a in op.arguments}
    assert texts["strategy"] == "How the thread is cut down."
    assert texts["choice"] == "Which tool is called."
    assert texts["both"] is None  # two parts that shape the value: neither text is the argument's
    assert texts["own"] == "Said beside the wrapper."


def test_create_and_run_documents_every_parameter() -> None:
    """`truncation_strategy` and `tool_choice` are `allOf: [{$ref}, {nullable: true}]`."""
    api = normalize(load_spec(str(OPENAI_2026)), problems=[])
    (op,) = [o for o in api.operations if o.id == "createThreadAndRun"]
    undocumented = [a.py_name for a in op.arguments if not a.description]
    assert len(op.arguments) == 16 and undocumented == []
