"""``_types`` sentinels, ``strip_not_given`` and forward-compatible ``construct_type``."""

from __future__ import annotations

import copy
import enum
import pickle
from types import SimpleNamespace
from typing import Dict, List, Optional, Union

import pydantic
import pytest


def test_not_given_is_a_falsy_singleton(rt: SimpleNamespace) -> None:
    not_given = rt.types.NOT_GIVEN
    assert not not_given
    assert repr(not_given) == "NOT_GIVEN"
    assert rt.types.NotGiven() is not_given
    assert copy.deepcopy(not_given) is not_given
    assert copy.copy(not_given) is not_given
    assert rt.types.is_given(0) and not rt.types.is_given(not_given)
    assert not rt.types.Omit()
    assert repr(rt.types.Omit()) == "Omit()"


def test_not_given_pickles_to_the_same_object(rt: SimpleNamespace) -> None:
    assert pickle.loads(pickle.dumps(rt.types.NOT_GIVEN)) is rt.types.NOT_GIVEN


def test_strip_not_given_keeps_none_and_recurses(rt: SimpleNamespace) -> None:
    ng = rt.types.NOT_GIVEN
    body = {
        "a": 1,
        "b": ng,
        "c": None,
        "d": {"x": ng, "y": None, "z": [1, ng, {"k": ng, "v": 2}]},
    }
    assert rt.utils.strip_not_given(body) == {
        "a": 1,
        "c": None,
        "d": {"y": None, "z": [1, {"v": 2}]},
    }
    assert rt.utils.strip_not_given(None) == {}
    file_tuple = ("a.txt", b"A", "text/plain")
    assert rt.utils.strip_not_given({"f": file_tuple, "g": [file_tuple]}) == {
        "f": file_tuple,
        "g": [file_tuple],
    }
    assert rt.base.strip_not_given is rt.utils.strip_not_given


def test_make_request_options(rt: SimpleNamespace) -> None:
    opts = rt.base.make_request_options(
        query={"a": 1},
        extra_query={"b": 2},
        extra_headers={"X-A": "1"},
        extra_body={"extra": True},
        timeout=3.0,
        idempotency_key="key-1",
    )
    assert opts == {
        "params": {"a": 1, "b": 2},
        "headers": {"X-A": "1"},
        "extra_json": {"extra": True},
        "timeout": 3.0,
        "idempotency_key": "key-1",
    }
    assert rt.base.make_request_options() == {}


def test_base_model_config_and_dumps(rt: SimpleNamespace) -> None:
    Widget = rt.widget.Widget
    widget = Widget.model_validate(
        {"id": "w1", "name": "n", "kind": "small", "from": "x", "colour": "red"}
    )
    assert widget.from_ == "x"
    assert widget.colour == "red"  # type: ignore[attr-defined]
    assert widget.to_dict() == {
        "id": "w1",
        "name": "n",
        "kind": "small",
        "from": "x",
        "colour": "red",
    }
    assert '"from": "x"' in widget.to_json()
    assert Widget(id="w", name="n", kind="large", from_="y").from_ == "y"
    config = rt.models.BaseModel.model_config
    assert config["extra"] == "allow"
    assert config["populate_by_name"] is True
    assert config["protected_namespaces"] == ()
    assert config["arbitrary_types_allowed"] is True


def test_construct_type_keeps_unknown_fields_as_extras(rt: SimpleNamespace) -> None:
    widget = rt.models.construct_type(
        rt.widget.Widget,
        {"id": "w1", "name": "n", "kind": "small", "brand_new": {"a": 1}},
    )
    assert isinstance(widget, rt.widget.Widget)
    assert widget.model_extra == {"brand_new": {"a": 1}}
    assert widget.brand_new == {"a": 1}


def test_construct_type_accepts_a_literal_value_newer_than_the_model(
    rt: SimpleNamespace,
) -> None:
    widget = rt.models.construct_type(
        rt.widget.Widget,
        {"id": "w1", "name": "n", "kind": "gigantic", "size": "7", "extra": 1},
    )
    assert isinstance(widget, rt.widget.Widget)
    assert widget.kind == "gigantic"
    assert widget.size == 7  # the valid fields are still validated and coerced
    assert widget.extra == 1
    assert widget.to_dict()["kind"] == "gigantic"


def test_construct_type_tolerates_a_missing_required_field(
    rt: SimpleNamespace,
) -> None:
    widget = rt.models.construct_type(
        rt.widget.Widget, {"id": "w1", "kind": "small", "new": 1}
    )
    assert isinstance(widget, rt.widget.Widget)
    assert widget.id == "w1"
    assert widget.name is None
    assert "name" not in widget.model_fields_set
    assert widget.to_dict() == {"id": "w1", "kind": "small", "new": 1}
    with pytest.raises(pydantic.ValidationError):
        rt.models.validate_type(rt.widget.Widget, {"id": "w1", "kind": "small"})


def test_discriminated_union_picks_the_member_by_discriminator(
    rt: SimpleNamespace,
) -> None:
    w = rt.widget
    shapes = rt.models.construct_type(
        List[w.Shape],
        [{"type": "square", "side": 2}, {"type": "circle", "radius": 1.5}],
    )
    assert [type(s) for s in shapes] == [w.Square, w.Circle]
    # A member that fails validation still gets picked by its discriminator value.
    lenient = rt.models.construct_type(
        w.Shape, {"type": "square", "side": "not a number", "new": 1}
    )
    assert isinstance(lenient, w.Square)
    assert lenient.side == "not a number"
    assert lenient.new == 1
    # An unknown discriminator value stays raw instead of failing.
    unknown = rt.models.construct_type(w.Shape, {"type": "hexagon", "sides": 6})
    assert unknown == {"type": "hexagon", "sides": 6}


def test_nested_models_are_built_leniently_field_by_field(
    rt: SimpleNamespace,
) -> None:
    w = rt.widget
    drawing = rt.models.construct_type(
        w.Drawing,
        {
            "id": "d1",
            "shapes": [
                {"type": "circle", "radius": 1},
                {"type": "triangle", "a": 1},
                {"type": "square"},
            ],
            "owner": {"name": "ann", "tier": "enterprise"},
        },
    )
    assert isinstance(drawing, w.Drawing)
    assert isinstance(drawing.shapes[0], w.Circle)
    assert drawing.shapes[1] == {"type": "triangle", "a": 1}
    assert isinstance(drawing.shapes[2], w.Square)
    assert isinstance(drawing.owner, w.Owner)
    assert drawing.owner.tier == "enterprise"


def test_union_without_discriminator_uses_literal_fields(rt: SimpleNamespace) -> None:
    w = rt.widget
    value = rt.models.construct_type(
        Union[w.Circle, w.Square], {"type": "square", "side": None}
    )
    assert isinstance(value, w.Square)


def test_construct_type_on_containers_and_scalars(rt: SimpleNamespace) -> None:
    construct = rt.models.construct_type

    class Colour(enum.Enum):
        RED = "red"

    assert construct(Dict[str, int], {"a": "1"}) == {"a": 1}
    assert construct(Dict[str, int], {"a": "x"}) == {"a": "x"}
    assert construct(Optional[int], None) is None
    assert construct(Colour, "red") is Colour.RED
    assert construct(Colour, "blue") == "blue"
    assert construct(object, {"raw": [1]}) == {"raw": [1]}
    assert construct(List[int], "not a list") == "not a list"


def test_model_rebuild_and_alias_in_lenient_path(rt: SimpleNamespace) -> None:
    widget = rt.models.construct_type(
        rt.widget.Widget, {"id": 1, "name": "n", "kind": "odd", "from": "there"}
    )
    assert widget.from_ == "there"
    assert widget.to_dict()["from"] == "there"


def test_final_request_options_build(rt: SimpleNamespace) -> None:
    options = rt.models.FinalRequestOptions.build(
        method="post",
        url="/x",
        options={"headers": {"A": "1"}, "max_retries": 5, "timeout": 1.0},
        body={"a": 1},
    )
    assert options.get_max_retries(2) == 5
    assert options.timeout == 1.0
    assert options.json_data == {"a": 1}
    bare = rt.models.FinalRequestOptions.build(method="get", url="/x", options={})
    assert bare.get_max_retries(2) == 2
    assert isinstance(bare.timeout, rt.types.NotGiven)


def test_exception_hierarchy(rt: SimpleNamespace) -> None:
    exc = rt.exceptions
    assert issubclass(exc.APIError, exc.ClientError)
    assert issubclass(exc.APITimeoutError, exc.APIConnectionError)
    assert issubclass(exc.SSEError, exc.APIError)
    assert issubclass(exc.RateLimitError, exc.APIStatusError)
    assert issubclass(exc.APIResponseValidationError, exc.APIError)
