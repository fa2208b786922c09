"""A misread reply costs nothing, and mail from tracking systems is read right, end to end.

Through the whole program: a real .ics calendar, a Maildir, the SQLite store,
`agent.cli.main` for `followup reply` and `status`. The interview is Acme's
(Tuesday 10 November 2026, 14:00-15:00 New York, Jane Doe and Raj Patel); the
first check-in is Tuesday 17 November at 09:00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.world import ACME_UID, JANE, RAJ, World, acme_world, at

JANE_FROM = "Jane Doe <jane.doe@acme.example>"
JANE_THANKS = f"thanks/{ACME_UID}/{JANE.email}"
RAJ_THANKS = f"thanks/{ACME_UID}/{RAJ.email}"
CHECK_IN_1 = f"checkin/acme/{ACME_UID}/1"
CHECK_IN_2 = f"checkin/acme/{ACME_UID}/2"
ARRIVES = at(2026, 11, 12, 10, 0)
NEXT_CYCLE = at(2026, 11, 12, 10, 30)
# A decision deferred, which an older reading took for a rejection ("unfortunately ... decision").
DEFERRED = (
    "Hi Casey,\n\nThanks again for your time. Unfortunately, with the holidays, we won't "
    "be able to make a final decision until early January.\n\nBest,\nJane"
)


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = acme_world(tmp_path)
    world.run(at(2026, 11, 10, 15, 5))
    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}
    return world


def acme(world: World, now: object = NEXT_CYCLE) -> dict:  # type: ignore[type-arg]
    return world.application(now, "Acme")  # type: ignore[arg-type]


def reject(world: World) -> str:
    world.deliver(
        "misread",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Hi Casey, we have decided to move forward with other candidates.",
        date=ARRIVES,
    )
    world.run(NEXT_CYCLE)
    return "misread@mail.test"


# --------------------------------------------------------------------------- corrections


def test_status_names_the_reply_that_removed_drafts(world: World) -> None:
    reply_id = reject(world)

    assert world.drafts() == []
    (reply,) = acme(world)["replies"]
    assert (reply["kind"], reply["removed_drafts"]) == ("rejection", 2)
    text = world.cli("status", now=NEXT_CYCLE)
    assert (
        f"rejection from {JANE.email} removed 2 drafts; if this is wrong: "
        f"followup reply {reply_id} other"
    ) in text.out


def test_correcting_a_misread_rejection_rewrites_the_drafts_and_the_check_ins(
    world: World,
) -> None:
    reply_id = reject(world)
    assert world.reminders(CHECK_IN_1) == []

    outcome = world.cli("reply", reply_id, "still_deciding", now=at(2026, 11, 12, 10, 40))
    assert outcome.code == 0, outcome.err
    assert "restored: the thank-you to jane.doe@acme.example" in outcome.out
    assert "restored: the thank-you to raj.patel@acme.example" in outcome.out
    world.run(at(2026, 11, 12, 11, 0))

    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}
    assert "Jane" in world.draft(JANE_THANKS).text
    status = acme(world, at(2026, 11, 12, 11, 0))
    assert {t["state"] for t in status["thank_yous"]} == {"drafted"}
    assert status["replies"][0]["removed_drafts"] == 0
    assert world.reminders(CHECK_IN_2) or world.reminders(CHECK_IN_1)  # check-ins are back
    # Restored once: later cycles and a second correction change nothing more.
    again = world.cli("reply", reply_id, "still_deciding", now=at(2026, 11, 12, 11, 5))
    assert "restored" not in again.out
    world.run(at(2026, 11, 12, 12, 0))
    assert len(world.drafts()) == 2


def test_a_correction_after_the_thank_you_window_still_rewrites_them(world: World) -> None:
    reply_id = reject(world)
    world.cli("reply", reply_id, "other", now=at(2026, 11, 14, 9, 0))  # two days on

    world.run(at(2026, 11, 14, 9, 30))

    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}


def test_correcting_to_rejection_restores_nothing(world: World) -> None:
    reply_id = reject(world)

    outcome = world.cli("reply", reply_id, "rejection", now=at(2026, 11, 12, 10, 40))
    world.run(at(2026, 11, 12, 11, 0))

    assert "restored" not in outcome.out
    assert world.drafts() == []


def test_a_check_in_draft_removed_by_a_misread_round_comes_back(world: World) -> None:
    for key in (JANE_THANKS, RAJ_THANKS):
        world.send(world.draft(key))
    world.run(at(2026, 11, 17, 9, 30))
    assert world.drafts(CHECK_IN_1)
    world.deliver(
        "round",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks Casey! Could you send me your availability for a quick call?",
        date=at(2026, 11, 17, 10, 0),
    )
    world.run(at(2026, 11, 17, 10, 30))
    assert world.drafts(CHECK_IN_1) == []

    world.cli("reply", "round@mail.test", "acknowledgement", now=at(2026, 11, 17, 10, 40))
    world.run(at(2026, 11, 17, 11, 0))

    assert world.drafts(CHECK_IN_1)
    assert acme(world, at(2026, 11, 17, 11, 0))["stage"].startswith("waiting")


# --------------------------------------------------------------------------- real-world mail


def test_a_rejection_from_greenhouses_no_reply_sender_stops_the_cadence(world: World) -> None:
    # Greenhouse's candidate mail: no-reply sender, company in the display name, bulk headers.
    world.deliver(
        "greenhouse",
        sender="Acme Talent Team via Greenhouse <no-reply@us.greenhouse-mail.io>",
        subject="Your application to Acme",
        body="Hi Casey,\n\nThank you for your interest in Acme. After careful consideration we "
        "have decided to move ahead with a candidate whose experience is a closer match.\n\n"
        "Regards,\nAcme Recruiting",
        date=ARRIVES,
        headers={
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": "<https://us.greenhouse-mail.io/unsubscribe>",
        },
    )

    report = world.run(NEXT_CYCLE)

    assert "reply from no-reply@us.greenhouse-mail.io: rejection" in report.done
    assert acme(world)["stage"] == "closed: the employer declined"


def test_a_workday_receipt_never_stops_the_cadence(world: World) -> None:
    # Workday's "thank you for applying" notice, from the employer's tenant address.
    world.deliver(
        "workday",
        sender="Workday <acme@myworkday.com>",
        subject="Thank you for applying",
        body="Thank you for applying to Acme. We have received your application. If you are "
        "not selected for this position, we will keep your resume on file.",
        date=ARRIVES,
    )

    report = world.run(NEXT_CYCLE)

    assert "reply from acme@myworkday.com: receipt" in report.done
    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}
    assert world.reminders(CHECK_IN_1)
    assert acme(world)["stage"].startswith("waiting")


def test_a_deferred_decision_moves_the_check_in_and_removes_nothing(world: World) -> None:
    world.deliver(
        "deferred", sender=JANE_FROM, subject="Re: Thank you", body=DEFERRED, date=ARRIVES
    )

    world.run(NEXT_CYCLE)

    (reply,) = acme(world)["replies"]
    assert (reply["kind"], reply["new_date"]) == ("still_deciding", "2027-01-10")
    assert len(world.drafts()) == 2


def test_an_out_of_office_without_headers_is_not_a_reply(world: World) -> None:
    world.deliver(
        "ooo",
        sender=JANE_FROM,
        subject="Re: Thank you for the interview",
        body="Hello,\n\nI am out of the office until November 30 with limited access to email."
        "\n\nJane",
        date=ARRIVES,
    )

    report = world.run(NEXT_CYCLE)

    assert report.replies == []
    assert any(line.startswith("not a reply (out-of-office") for line in report.done)
    assert world.reminders(CHECK_IN_1)
    assert acme(world)["replies"] == []


def test_a_job_alert_from_a_tracking_system_is_not_a_reply(world: World) -> None:
    world.deliver(
        "alert",
        sender="Acme via Greenhouse <no-reply@greenhouse.io>",
        subject="New jobs at Acme you might like",
        body="Staff Engineer, Platform - New York\nData Engineer - Remote\n\nView all jobs.",
        date=ARRIVES,
        headers={"List-Unsubscribe": "<https://greenhouse.io/unsubscribe>"},
    )

    report = world.run(NEXT_CYCLE)

    assert report.replies == []
    assert acme(world)["replies"] == []
    assert acme(world)["stage"].startswith("waiting")


def test_an_acknowledgement_is_shown_and_changes_nothing(world: World) -> None:
    world.deliver(
        "thanks",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks for the lovely note, Casey! It was great meeting you too.",
        date=ARRIVES,
    )

    report = world.run(NEXT_CYCLE)

    assert "reply from jane.doe@acme.example: acknowledgement" in report.done
    assert len(world.drafts()) == 2 and world.reminders(CHECK_IN_1)
    assert acme(world)["stage"].startswith("waiting; check-in 1")
    assert "acknowledgement" in world.cli("status", now=NEXT_CYCLE).out


def test_a_date_in_a_reply_that_cannot_be_used_is_said_in_status(world: World) -> None:
    world.deliver(
        "far",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks Casey, we will decide by December 4, 2062.",
        date=ARRIVES,
    )

    world.run(NEXT_CYCLE)

    (reply_,) = acme(world)["replies"]
    assert (reply_["kind"], reply_["new_date"]) == ("still_deciding", None)
    assert reply_["date_written"] == "December 4, 2062"
    assert "their date 'December 4, 2062' was not used" in world.cli("status", now=NEXT_CYCLE).out


def test_a_system_rejection_from_the_companys_own_domain_counts(world: World) -> None:
    # An applicant-tracking system sending as the employer: no-reply at its domain.
    world.deliver(
        "own-ats",
        sender="Acme Careers <no-reply@acme.example>",
        subject="Your application",
        body="Dear Casey,\n\nWe have decided to move forward with other candidates.",
        date=ARRIVES,
        headers={"Auto-Submitted": "auto-generated"},
    )
    world.deliver(
        "newsletter",
        sender="Acme News <news@acme.example>",
        subject="Acme is hiring: meet the team at our open house",
        body="Join us on Thursday to meet the team! Book a time slot on our site.",
        date=ARRIVES,
        headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<mailto:u@acme.example>"},
    )

    report = world.run(NEXT_CYCLE)

    assert [r.sender.email for r in report.replies] == ["no-reply@acme.example"]
    assert acme(world)["stage"] == "closed: the employer declined"


def test_a_store_from_before_the_removal_reasons_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    from agent.store import SCHEMA, SCHEMA_VERSION, Store

    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(str(path))
    old.executescript(SCHEMA)
    old.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    old.execute(
        "INSERT INTO drafts(key, state, version, text_hash, message_id) "
        "VALUES ('thanks/u/jane@acme.example', 'removed', 'v', 'h', '<m@x>')"
    )
    old.commit()
    old.close()

    store = Store.open(path)

    assert store.meta("schema_version") == str(SCHEMA_VERSION)
    record = store.done().drafts["thanks/u/jane@acme.example"]
    assert record.removed_by == ""  # removed before reasons were kept: nothing to restore
    assert store.removed_by("any") == []
    store.close()
