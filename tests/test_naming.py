"""generator/naming.py: Python names from the spec's names."""

from __future__ import annotations

import keyword

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("AccountSid", "account_sid"),  # Twilio's PascalCase
        ("PageSize", "page_size"),
        ("From", "from_"),  # a keyword gets a `_`
        ("Body", "body"),  # no longer `Body2`: a snake_case name hides no type
        ("DateSent<", "date_sent_before"),
        ("DateSent>", "date_sent_after"),
        ("StartTime>=", "start_time_gte"),
        ("EndTime<=", "end_time_lte"),
        ("Status!=", "status_not"),
        ("userID", "user_id"),
        ("IPAddress", "ip_address"),
        ("startIndex", "start_index"),  # GitHub's SCIM parameters
        ("X-GitHub-Api-Version", "x_git_hub_api_version"),
        ("content-md5", "content_md5"),  # a digit stays with its word
        ("filter[name]", "filter_name"),
        ("$top", "top"),
        # lower-case identifiers are kept exactly (the OpenAI target's names do not move)
        ("top_logprobs", "top_logprobs"),
        ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens"),
        ("md5", "md5"),
        ("type", "type"),  # a builtin stays: annotations are strings
        ("import", "import_"),
        ("123abc", "field_123abc"),
    ],
)
def test_argument_names_are_the_wire_names_in_snake_case(wire: str, name: str) -> None:
    assert naming.argument_name(wire) == name


def test_reserved_argument_names_get_an_underscore_not_a_number() -> None:
    assert naming.argument_name("timeout", {"timeout"}) == "timeout_"
    assert naming.argument_name("Timeout", {"timeout"}) == "timeout_"


@pytest.mark.parametrize("wire", ["a<", "b>", "c<=", "d>=", "e!=", "Date Sent <"])
def test_comparison_spellings_are_valid_distinct_names(wire: str) -> None:
    name = naming.argument_name(wire)
    assert name.isidentifier() and not keyword.iskeyword(name)
    assert not name[-1].isdigit()


def test_an_operator_alone_is_not_spelled_as_a_comparison() -> None:
    assert naming.spell_comparison("<") == "<"
    assert naming.spell_comparison("Price") == "Price"


@pytest.mark.parametrize(
    ("text", "name"),
    [("oauth2", "oauth2"), ("reserved_ipv6", "reserved_ipv6"), ("v2", "v2"), ("gen-ai", "gen_ai"), ("IncomingPhoneNumbers", "incoming_phone_numbers"), ("class", "class_")],
)
def test_names_on_the_call_tree_keep_digits_with_their_word(text: str, name: str) -> None:
    assert naming.member_name(text) == name
