"""Purpose keys: written by the planner, read back by the same module, never elsewhere."""

import re
from datetime import UTC, datetime

from agent.core.actions import message_id_for
from agent.core.model import Address, Interview, Interviewer, Person, Reply, ReplyKind
from agent.core.plan import (
    call_key,
    check_in_key,
    describe_key,
    move_on_key,
    nudge_key,
    parse_key,
    reply_key,
    thank_you_key,
)

START = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
JANE = Interviewer("jane@acme.example", "Jane Doe", "Jane")
# A local recurring occurrence's uid carries a "/" of its own.
ROUND = Interview("weekly@x/20261124T150000Z", "Interview", "Acme", "acme", "Engineer",
                  START, START, (JANE,))  # fmt: skip


def test_keys_read_back_what_they_were_written_from() -> None:
    for key in (thank_you_key(ROUND, JANE), call_key(ROUND, JANE), nudge_key(ROUND, JANE)):
        parts = parse_key(key)
        assert (parts.interview_uid, parts.email) == (ROUND.uid, JANE.email)
    parts = parse_key(check_in_key("acme", ROUND, 2))
    assert (parts.kind, parts.application, parts.interview_uid, parts.number) == (
        "checkin", "acme", ROUND.uid, 2)  # fmt: skip
    parts = parse_key(move_on_key("acme", ROUND))
    assert (parts.kind, parts.application, parts.interview_uid) == ("moveon", "acme", ROUND.uid)


def test_keys_in_words() -> None:
    reply = Reply("m1", "t1", "acme", Address("jane@acme.example"), "Hi", START, ReplyKind.OTHER)
    assert describe_key(thank_you_key(ROUND, JANE)) == "the thank-you to jane@acme.example"
    assert describe_key(check_in_key("acme", ROUND, 2)) == "check-in 2 for acme"
    assert describe_key(nudge_key(ROUND, JANE)).startswith("the reminder to send")
    assert describe_key(reply_key(reply)) == "the reminder about a reply"
    assert describe_key("something/else") == "something/else"


def test_a_message_id_looks_like_a_mail_clients_and_names_nothing_of_ours() -> None:
    casey = Person("Casey Candidate", "Casey@Example.com")
    key = thank_you_key(ROUND, JANE)

    message_id = message_id_for(key, "v1", casey)

    # Thunderbird's form: a random UUID at the sender's domain.
    assert re.fullmatch(r"<[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
                        r"@example\.com>", message_id)  # fmt: skip
    assert "followup" not in message_id and "weekly" not in message_id
    # The same after a lost store and after a re-wording; another purpose, another id.
    assert message_id_for(key, "v2", casey) == message_id
    assert message_id_for(nudge_key(ROUND, JANE), "v1", casey) != message_id
    # Keyed by the person: someone else's tool cannot reproduce it from the key.
    assert message_id_for(key, "v1", Person("Other", "other@example.com")) != message_id
