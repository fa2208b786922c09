"""A name-only interviewer is given an address only from positive evidence."""

from __future__ import annotations

from datetime import UTC, datetime

from agent.core.addresses import addressed, employer_learned, known_addresses
from agent.core.model import Address, Interviewer, Reply, ReplyKind
from agent.core.names import shortened, without_middle_names
from tests.builders import JANE, interview

START = datetime(2026, 12, 1, 11, 30, tzinfo=UTC)
MARNIE = Interviewer("marnie.okoro@address-unknown.invalid", "Marnie Okoro", "Marnie")


def reply(name: str, email: str) -> Reply:
    return Reply("m-1", "t-1", "acme", Address(email, name), "Re: Thanks", START, ReplyKind.OTHER)


def test_the_name_on_mail_matched_to_the_application_gives_the_address() -> None:
    known = known_addresses([], [reply("Marnie Okoro", "Marnie.Okoro@acme.example")])
    round_ = addressed(interview(START, interviewers=(JANE, MARNIE)), known, frozenset())
    assert [p.email for p in round_.interviewers] == ["jane.doe@acme.example",
                                                      "marnie.okoro@acme.example"]  # fmt: skip


def test_her_mail_signed_without_her_middle_name_gives_it_too() -> None:
    # a Zoom copy names "Ms. Naomi Wairimu Kibe"; she writes as "Naomi Kibe"
    naomi = Interviewer("naomi.wairimu.kibe@address-unknown.invalid", "Naomi Wairimu Kibe", "Naomi")
    known = known_addresses([], [reply("Naomi Kibe", "naomi.kibe@kongoni.example")])
    round_ = addressed(interview(START, interviewers=(naomi,)), known, frozenset())
    assert [p.email for p in round_.interviewers] == ["naomi.kibe@kongoni.example"]
    # (not when two people of that shorter name write, nor from a first name alone)
    two = known_addresses([], [reply("Naomi Kibe", "naomi.kibe@kongoni.example"),
                               reply("Wairimu Kibe", "wairimu@kongoni.example")])  # fmt: skip
    assert addressed(interview(START, interviewers=(naomi,)), two, frozenset()).interviewers == (
        naomi,
    )
    assert not shortened("naomi", "kibe naomi wairimu")
    assert without_middle_names("Naomi Wairimu Kibe") == "Naomi Kibe"
    assert without_middle_names("Jan-Willem de Vries") == without_middle_names("Naomi Kibe") == ""


def test_another_round_that_invites_her_gives_it_too() -> None:
    later = interview(START, uid="acme-2", interviewers=(
        Interviewer("mokoro@acme.example", "Okoro, Marnie", "Marnie"),))  # fmt: skip
    known = known_addresses([later], [])
    assert known == {"marnie okoro": "mokoro@acme.example"}


def test_no_address_without_one_clear_answer() -> None:
    # two addresses for one name; a first name alone; a tracking system writing in her name
    assert known_addresses([], [reply("Marnie Okoro", "marnie@acme.example"),
                                reply("Marnie Okoro", "m.okoro@acme.example")]) == {}  # fmt: skip
    assert known_addresses([], [reply("Marnie", "marnie@acme.example")]) == {}
    assert known_addresses([], [reply("Marnie Okoro", "no-reply@myworkday.com")]) == {}


def test_a_placeholder_the_person_already_dealt_with_stays() -> None:
    known = {"marnie okoro": "marnie.okoro@acme.example"}
    round_ = addressed(interview(START, interviewers=(MARNIE,)), known, frozenset({MARNIE.email}))
    assert round_.interviewers == (MARNIE,)


def test_the_employer_of_interviewers_known_only_by_their_mail() -> None:
    # a Zoom copy named the panel and no company; their own mail gives the employer
    rivaldo = Interviewer("rivaldo.santana@address-unknown.invalid", "Rivaldo Santana", "Rivaldo")
    unread = (interview(START, interviewers=(rivaldo, MARNIE)),)
    known = known_addresses([], [reply("Rivaldo Santana", "rivaldo@frevocargas.com.br"),
                                 reply("Marnie Okoro", "marnie@frevocargas.com.br")])  # fmt: skip
    rounds = tuple(addressed(i, known, frozenset()) for i in unread)
    assert employer_learned(unread, rounds) == "Frevo Cargas"
    # nothing learned, or two employers' domains, or free mail: no employer
    assert employer_learned(unread, unread) == ""
    two = known_addresses([], [reply("Rivaldo Santana", "rivaldo@frevocargas.com.br"),
                               reply("Marnie Okoro", "marnie@acme.example")])  # fmt: skip
    assert employer_learned(unread, tuple(addressed(i, two, frozenset()) for i in unread)) == ""
    free = known_addresses([], [reply("Marnie Okoro", "marnie.okoro@gmail.com")])
    assert employer_learned(unread, tuple(addressed(i, free, frozenset()) for i in unread)) == ""
