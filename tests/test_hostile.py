"""Hostile and unusual calendar input, through the whole cycle to the files the person opens.

Text in events is written by others: it is data, never a template, never a
header line, always escaped in HTML. Events that are not plain one-off timed
meetings are each handled as agent/core/detect.py documents, and shown in
`followup status --json` under "skipped" when they are not followed up.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from agent.backends.local.maildir import LocalMailbox
from agent.core import actions, detect, plan
from agent.core.model import Address, Attendee, CalendarEvent, DetectRules, Done, Person
from agent.textenv import make_environment
from tests.builders import maildir_account
from tests.world import CASEY, ME, ME_NAME, NEW_YORK, Guest, World, at, read_draft_file

JINJA_EXPRESSION = "{{ 7*7 }}"
JINJA_LOOP = "{% for x in y %}{% endfor %}"
JUST_AFTER = at(2026, 11, 10, 15, 5)
SAM = Guest("sam.lee@globex.example", "Sam Lee")
# Every header a draft file carries; anything else in its head was injected.
DRAFT_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "x-followup-key",
    "mime-version",
    "content-type",
}


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def without_links(text: str) -> str:
    """Reminder text without its file:// link (a file name is random digits)."""
    return re.sub(r"file://\S+", "", text)


# --------------------------------------------------------------------------- text is data


def everything_written(world: World) -> list[str]:
    """Every text the agent wrote: drafts (subject, text, HTML) and reminders."""
    found: list[str] = []
    for draft in world.drafts():
        found += [draft.message.subject, draft.text, draft.html]
    for reminder in world.reminders():
        found += [reminder.summary, without_links(reminder.description)]
    return found


def test_template_syntax_in_a_title_and_a_name_comes_out_verbatim(world: World) -> None:
    hostile = f"{JINJA_LOOP} {JINJA_EXPRESSION}"
    title = f"{hostile} - Backend Engineer interview"  # the company is read off its head
    name = f"Jane {JINJA_EXPRESSION} {JINJA_LOOP}"
    world.add_event(
        "evil-1@test",
        title,
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(Guest("jane.doe@acme.example", name), CASEY),
    )

    world.run(JUST_AFTER)

    (draft,) = world.drafts()
    assert f"the chance to join {hostile}." in draft.text  # the company, from the title
    assert f"discussed with {name}" in draft.text  # the display name, in the marked line
    assert draft.message.to[0].name == name
    assert any(f"Interview: {title}," in r.description for r in world.reminders())
    assert world.status(JUST_AFTER)["applications"][0]["interviews"][0]["title"] == title
    assert not any("49" in text for text in everything_written(world))  # nothing evaluated


def test_template_syntax_in_description_notes_comes_out_verbatim(world: World) -> None:
    world.add_event(
        "evil-2@test",
        "Interview: Backend Engineer at Acme",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(Guest("jane.doe@acme.example", "Jane Doe"), CASEY),
        description=f"topic: {JINJA_EXPRESSION} and {JINJA_LOOP}\nforgot: {{{{ config }}}}",
    )

    world.run(JUST_AFTER)

    (draft,) = world.drafts()
    assert f"our conversation about {JINJA_EXPRESSION} and {JINJA_LOOP}." in draft.text
    assert "One thing I didn't get to mention: {{ config }}." in draft.text
    assert f"{JINJA_EXPRESSION} and {JINJA_LOOP}" in draft.html
    assert not any("49" in text for text in everything_written(world))


def test_html_in_events_is_escaped_in_the_html_part(world: World) -> None:
    world.add_event(
        "html-1@test",
        "Interview for <b>R&D</b> Lead at Acme",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(Guest("jane.doe@acme.example", "Jane Doe"), CASEY),
        description="topic: salaries & benefits",
    )

    world.run(JUST_AFTER)

    (draft,) = world.drafts()
    assert "the <b>R&D</b> Lead role" in draft.text  # plain text stays as written
    assert "salaries & benefits" in draft.text
    assert "&lt;b&gt;R&amp;D&lt;/b&gt; Lead" in draft.html
    assert "salaries &amp; benefits" in draft.html
    assert "<b>" not in draft.html and " & " not in draft.html


@pytest.mark.parametrize(
    "display_name",
    [
        "Raj Patel\r\nBcc: mallory@evil.example",
        "Raj Patel\nX-Injected: yes",
        "Raj Patel\rX-Injected: yes",
    ],
    ids=["crlf-bcc", "lf-header", "cr-header"],
)
def test_a_line_break_in_a_display_name_cannot_add_a_header(
    world: World, display_name: str
) -> None:
    # icalendar writes the break as RFC 6868 "^n" in the CN parameter and reads it back.
    guest = Guest("raj.patel@acme.example", display_name)
    world.add_event(
        "crlf-1@test",
        "Interview at Acme",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(guest, CASEY),
    )

    world.run(JUST_AFTER)

    (draft,) = world.drafts()
    head = draft.raw.split(b"\n\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0].lower() for line in head.split("\n") if line[:1] not in " \t"]
    assert set(names) <= DRAFT_HEADERS and len(names) == len(set(names))
    assert "bcc" not in names and "x-injected" not in names
    assert "bcc" not in draft.message.headers and "x-injected" not in draft.message.headers
    assert [a.email for a in draft.message.to] == ["raj.patel@acme.example"]
    assert "\n" not in draft.message.to[0].name and "\r" not in draft.message.to[0].name
    for reminder in world.reminders():
        assert "\n" not in reminder.summary and "\r" not in reminder.summary


def test_a_line_break_in_an_attendee_built_in_code_cannot_add_a_header(tmp_path: Path) -> None:
    """The same through the core, for a backend that hands over a raw CR/LF (Google's JSON)."""
    event = CalendarEvent(
        uid="raw-1@test",
        calendar_id="primary",
        title="Interview at Acme",
        start=at(2026, 11, 10, 14, 0),
        end=at(2026, 11, 10, 15, 0),
        attendees=(
            Attendee("eve@acme.example", "Eve Smith\r\nBcc: mallory@evil.example\r\n"),
            Attendee("sam@acme.example", "Sam Lee\r\nX-Injected: yes"),
            Attendee(ME, ME_NAME, is_self=True),
        ),
    )
    interviews, _ = detect.detect([event], me=ME, tz=NEW_YORK, rules=DetectRules())
    situation = plan.Situation(
        interviews=interviews,
        replies=[],
        done=Done(),
        now=JUST_AFTER,
        tz=NEW_YORK,
        person=Person(ME_NAME, ME),
    )
    drafts = [
        a.draft
        for a in plan.plan(situation, make_environment()).actions
        if isinstance(a, actions.CreateDraft)
    ]
    mailbox = LocalMailbox(maildir_account(tmp_path / "Maildir"), me=Address(ME, ME_NAME))

    for draft in drafts:
        mailbox.create_draft(draft)

    written = {
        d.to[0]: d
        for d in map(read_draft_file, (tmp_path / "Maildir" / ".Drafts" / "cur").iterdir())
    }
    assert sorted(written) == ["eve@acme.example", "sam@acme.example"]
    for draft in written.values():
        head = draft.raw.split(b"\n\n", 1)[0].decode("ascii")
        names = [
            line.split(":", 1)[0].lower() for line in head.split("\n") if line[:1] not in " \t"
        ]
        assert set(names) <= DRAFT_HEADERS
        assert len(draft.to) == 1
    assert written["sam@acme.example"].message.to[0].name == "Sam Lee X-Injected: yes"


# --------------------------------------------------------------------------- unusual events


def skipped(world: World, now: datetime) -> dict[str, str]:
    return {s["uid"]: s["reason"] for s in world.status(now)["skipped"]}


def test_an_all_day_event_is_skipped_and_shown(world: World) -> None:
    world.add_event(
        "allday-1@test",
        "Interview day at Hooli",
        date(2026, 11, 10),
        date(2026, 11, 11),
        attendees=(Guest("gavin@hooli.example", "Gavin B"), CASEY),
    )

    world.run(at(2026, 11, 11, 9, 0))

    assert world.drafts() == [] and world.reminders() == []
    assert skipped(world, at(2026, 11, 11, 9, 0))["allday-1@test"].startswith("all-day event")
    assert world.status(at(2026, 11, 11, 9, 0))["applications"] == []


def test_an_event_with_no_attendees_is_tracked_with_a_check_in_to_the_company(
    world: World,
) -> None:
    world.add_event(
        "alone-1@test",
        "Interview at Initech",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(),
    )

    world.run(JUST_AFTER)

    (initech,) = world.status(JUST_AFTER)["applications"]
    assert initech["company"] == "Initech"
    assert initech["interviews"][0]["interviewers"] == []
    assert initech["thank_yous"] == []  # nobody to thank
    assert world.drafts() == []
    check_in = world.reminder("checkin/initech/alone-1@test/1")
    assert check_in.summary.startswith("Check in with Initech")
    assert check_in.start == at(2026, 11, 17, 9, 0).astimezone(UTC)
    world.run(at(2026, 11, 17, 9, 30))  # its moment: still no draft, there is no address
    assert world.drafts() == []


def test_a_recurring_event_is_skipped_with_its_reason(world: World) -> None:
    world.add_event(
        "weekly-1@test",
        "Mock interview practice",
        at(2026, 11, 2, 18, 0),
        at(2026, 11, 2, 19, 0),
        attendees=(Guest("coach@career.example", "Lee"), CASEY),
        rrule="FREQ=WEEKLY;COUNT=3",
    )

    world.run(at(2026, 11, 17, 9, 0))

    assert world.drafts() == [] and world.reminders() == []
    reasons = skipped(world, at(2026, 11, 17, 9, 0))
    assert sorted(reasons) == [
        "weekly-1@test/20261102T230000Z",
        "weekly-1@test/20261109T230000Z",
        "weekly-1@test/20261116T230000Z",
    ]
    assert all(r.startswith("recurring event") for r in reasons.values())
    text = world.cli("status", now=at(2026, 11, 17, 9, 0)).out
    assert "Mock interview practice: recurring event" in text and "(3 occurrences)" in text


def test_a_floating_time_is_read_in_the_persons_zone(world: World) -> None:
    # No TZID: 14:00-15:00 wall-clock time, which is New York time for Casey.
    world.add_event(
        "float-1@test",
        "Phone screen - Globex",
        datetime(2026, 11, 10, 14, 0),
        datetime(2026, 11, 10, 15, 0),
        attendees=(SAM, CASEY),
    )

    # Read as UTC it would have ended at 10:00 New York time; it has not.
    world.run(at(2026, 11, 10, 14, 59))
    assert world.drafts() == []
    world.run(JUST_AFTER)

    (draft,) = world.drafts()
    assert "Tuesday, November 10" in draft.text
    interview = world.status(JUST_AFTER)["applications"][0]["interviews"][0]
    assert (interview["start"], interview["end"]) == (
        "2026-11-10T14:00:00-05:00",
        "2026-11-10T15:00:00-05:00",
    )
    nudge = world.reminder("nudge/float-1@test/sam.lee@globex.example")
    assert nudge.start == datetime(2026, 11, 11, 16, 0, tzinfo=UTC)  # 15:00 + 20 h, EST
    check_in = world.reminder("checkin/globex/float-1@test/1")
    assert check_in.start == datetime(2026, 11, 17, 14, 0, tzinfo=UTC)  # 09:00 EST


def test_a_declined_event_is_skipped(world: World) -> None:
    declined = Guest(ME, ME_NAME, partstat="DECLINED")
    world.add_event(
        "declined-1@test",
        "Interview with Umbrella",
        at(2026, 11, 10, 9, 0),
        at(2026, 11, 10, 10, 0),
        attendees=(Guest("al@umbrella.example", "Al Wesker"), declined),
    )

    world.run(JUST_AFTER)

    assert world.drafts() == [] and world.reminders() == []
    assert skipped(world, JUST_AFTER) == {"declined-1@test": "you declined it"}


def test_a_cancelled_event_is_skipped(world: World) -> None:
    world.add_event(
        "cancelled-1@test",
        "Interview with Soylent",
        at(2026, 11, 10, 9, 0),
        at(2026, 11, 10, 10, 0),
        attendees=(Guest("hr.lead@soylent.example"), CASEY),
        status="CANCELLED",
    )

    world.run(JUST_AFTER)

    assert world.drafts() == [] and world.reminders() == []
    assert skipped(world, JUST_AFTER) == {"cancelled-1@test": "cancelled"}


def test_one_unusual_event_does_not_hide_the_others(world: World) -> None:
    world.add_event(
        "allday-1@test", "Interview day at Hooli", date(2026, 11, 10), date(2026, 11, 11)
    )
    world.add_event(
        "weekly-1@test",
        "Interview practice",
        at(2026, 11, 3, 18, 0),
        at(2026, 11, 3, 19, 0),
        rrule="FREQ=WEEKLY;COUNT=2",
    )
    world.add_event(
        "real-1@test",
        "Phone screen - Globex",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(SAM, CASEY),
    )

    world.run(JUST_AFTER)

    assert [d.key for d in world.drafts()] == ["thanks/real-1@test/sam.lee@globex.example"]
    assert len(skipped(world, JUST_AFTER + timedelta(minutes=1))) == 3
