"""When the follow-up policy acts (SPEC P1-P11), at every edge, from both sides.

Pure level: `agent.core.clock`, `agent.core.schedule.cadence` and
`agent.core.plan.plan`. Every planning moment is a literal timestamp frozen
with freezegun and passed as `now`, so the core is seen at exactly the instant
the test names. Interviews are built directly (tests.builders), or read by the
detector from a calendar event when the point is how times and notes are read.

The calendar used throughout (New York unless said otherwise): November 2026
starts on a Sunday; Tue 10 Nov is the usual interview day (14:00-15:00 EST).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from agent.core import clock
from agent.core.actions import CreateDraft, DeleteReminder, PutReminder
from agent.core.model import (
    Address,
    Done,
    DraftState,
    Interview,
    Interviewer,
    Method,
    Notes,
    Policy,
    Reminder,
    Reply,
    ReplyKind,
)
from agent.core.notes import parse_notes
from agent.core.plan import (
    Plan,
    call_key,
    check_in_key,
    move_on_key,
    nudge_key,
    plan,
    reply_key,
    thank_you_key,
)
from agent.core.schedule import MIN_DAYS_BETWEEN_CHECK_INS, Cadence, Step, cadence
from agent.textenv import make_environment
from tests.builders import (
    JANE,
    RAJ,
    decided_by,
    detected,
    done,
    draft_record,
    interview,
    reminder_record,
    reply,
    situation,
)

NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
AUCKLAND = ZoneInfo("Pacific/Auckland")

ENV = make_environment()
DEFAULT = Policy()

TUESDAY_2PM = datetime(2026, 11, 10, 14, 0, tzinfo=NEW_YORK)  # ends 15:00 EST = 20:00 UTC
THURSDAY_2PM = datetime(2026, 11, 12, 14, 0, tzinfo=NEW_YORK)


def ny(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK)


# --------------------------------------------------------------------------- helpers


@contextmanager
def frozen(stamp: str, tz: ZoneInfo) -> Iterator[datetime]:
    """The clock stopped at `stamp`; yields that instant as the person's zone sees it."""
    with freeze_time(stamp):
        yield datetime.now(UTC).astimezone(tz)


def plan_at(
    stamp: str,
    interviews: Sequence[Interview],
    tz: ZoneInfo = NEW_YORK,
    **situation_fields: object,
) -> Plan:
    with frozen(stamp, tz) as now:
        return plan(situation(interviews, now, tz, **situation_fields), ENV)  # type: ignore[arg-type]


def drafts_made(result: Plan) -> dict[str, CreateDraft]:
    return {a.draft.key: a for a in result.actions if isinstance(a, CreateDraft)}


def reminders_put(result: Plan) -> dict[str, Reminder]:
    return {a.reminder.key: a.reminder for a in result.actions if isinstance(a, PutReminder)}


def reminders_deleted(result: Plan) -> set[str]:
    return {a.record.key for a in result.actions if isinstance(a, DeleteReminder)}


def steps_of(
    round_: Interview,
    replies: Sequence[Reply] = (),
    policy: Policy = DEFAULT,
    tz: ZoneInfo = NEW_YORK,
) -> Cadence:
    return cadence(round_, replies, policy, tz)


def check_ins(result: Cadence) -> list[datetime]:
    return [s.at for s in result.steps if s.kind == "check_in"]


def first_check_in(round_: Interview, policy: Policy = DEFAULT, tz: ZoneInfo = NEW_YORK) -> Step:
    return steps_of(round_, policy=policy, tz=tz).steps[0]


def real_hours(later: datetime, earlier: datetime) -> float:
    """Elapsed hours; aware datetimes in one zone subtract as wall clocks, so go via UTC."""
    return (later.astimezone(UTC) - earlier.astimezone(UTC)) / timedelta(hours=1)


# --------------------------------------------------------------------------- clock


def test_a_wall_time_in_the_spring_forward_gap_moves_forward_by_the_gap() -> None:
    moved = clock.at(date(2027, 3, 14), time(2, 30), NEW_YORK)
    assert (moved.hour, moved.minute) == (3, 30)
    assert moved.utcoffset() == timedelta(hours=-4)
    assert moved.astimezone(UTC) == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("wall", "offset_hours"),
    [(time(1, 59), -5), (time(3, 0), -4)],
    ids=["a-minute-before-the-gap", "the-first-minute-after-it"],
)
def test_wall_times_beside_the_spring_forward_gap_stay_as_written(
    wall: time, offset_hours: int
) -> None:
    kept = clock.at(date(2027, 3, 14), wall, NEW_YORK)
    assert kept.time() == wall
    assert kept.utcoffset() == timedelta(hours=offset_hours)


def test_an_ambiguous_fall_back_wall_time_takes_its_first_occurrence() -> None:
    first = clock.at(date(2026, 11, 1), time(1, 30), NEW_YORK)
    assert first.time() == time(1, 30)
    assert first.utcoffset() == timedelta(hours=-4)  # still EDT


@pytest.mark.parametrize(
    ("moment", "slot"),
    [
        (datetime(2026, 11, 13, 23, 0, tzinfo=UTC), ny(11, 16)),  # Friday 18:00 -> Monday
        (ny(11, 13, 16, 59), ny(11, 13, 16, 59)),  # Friday, last working minute: as is
        (ny(11, 13, 17, 0), ny(11, 16)),  # Friday 17:00: the day is over
        (ny(11, 14, 12, 0), ny(11, 16)),  # Saturday noon
        (ny(11, 16, 8, 59), ny(11, 16)),  # Monday before the morning: that morning
        (ny(11, 16, 9, 0), ny(11, 16)),  # Monday 09:00: as is
    ],
    ids=["fri-18:00", "fri-16:59", "fri-17:00", "sat-noon", "mon-08:59", "mon-09:00"],
)
def test_next_working_slot(moment: datetime, slot: datetime) -> None:
    found = clock.next_working_slot(moment, NEW_YORK, time(9, 0))
    assert found == slot
    assert found.astimezone(NEW_YORK).time() == slot.time()


def test_next_working_slot_skips_a_holiday_monday() -> None:
    found = clock.next_working_slot(ny(11, 13, 18, 0), NEW_YORK, time(9, 0), {date(2026, 11, 16)})
    assert found == ny(11, 17)


def test_business_day_arithmetic_skips_weekends_and_holidays() -> None:
    thursday = date(2026, 11, 12)
    assert clock.add_business_days(thursday, 2) == date(2026, 11, 16)
    assert clock.add_business_days(thursday, 2, {date(2026, 11, 16)}) == date(2026, 11, 17)
    assert clock.first_business_day_after(date(2026, 11, 13)) == date(2026, 11, 16)
    assert clock.on_or_after_business_day(date(2026, 11, 13)) == date(2026, 11, 13)
    assert clock.on_or_after_business_day(date(2026, 11, 14)) == date(2026, 11, 16)


def test_a_floating_time_is_read_as_wall_time_in_the_zone() -> None:
    assert clock.local(datetime(2026, 11, 10, 14, 0), KOLKATA) == datetime(
        2026, 11, 10, 14, 0, tzinfo=KOLKATA
    )


# --------------------------------------------------------------------------- P1-P3 thank-yous

ROUND = interview(TUESDAY_2PM)
THANKS = {who.email: thank_you_key(ROUND, who) for who in (JANE, RAJ)}
NUDGES = {who.email: nudge_key(ROUND, who) for who in (JANE, RAJ)}


def recorded_for(round_: Interview, state: DraftState) -> Done:
    """The store after the thank-you drafts of `round_` were written and reached `state`."""
    return done([draft_record(thank_you_key(round_, who), state) for who in round_.interviewers])


def test_no_thank_you_draft_a_minute_before_the_interview_ends() -> None:
    result = plan_at("2026-11-10T14:59:00-05:00", [ROUND])
    assert drafts_made(result) == {}
    assert [t.state for t in result.applications[0].thank_yous] == ["waiting", "waiting"]


@pytest.mark.parametrize(
    "stamp", ["2026-11-10T15:00:00-05:00", "2026-11-10T15:01:00-05:00"], ids=["at-end", "end+1m"]
)
def test_one_thank_you_draft_per_interviewer_once_the_interview_ends(stamp: str) -> None:
    made = drafts_made(plan_at(stamp, [ROUND]))
    assert set(made) == set(THANKS.values())
    recipients = {key: action.draft.to for key, action in made.items()}
    assert recipients == {
        THANKS[JANE.email]: (Address(JANE.email, JANE.name),),
        THANKS[RAJ.email]: (Address(RAJ.email, RAJ.name),),
    }


def test_thank_you_is_due_24_hours_after_the_end_in_status() -> None:
    result = plan_at("2026-11-10T15:01:00-05:00", [ROUND])
    dues = {t.interviewer.email: t.due for t in result.applications[0].thank_yous}
    assert dues == {JANE.email: ny(11, 11, 15, 0), RAJ.email: ny(11, 11, 15, 0)}


def test_no_nudge_until_the_thank_you_draft_is_recorded() -> None:
    result = plan_at("2026-11-10T15:01:00-05:00", [ROUND])
    assert not [key for key in reminders_put(result) if key.startswith("nudge/")]


@pytest.mark.parametrize("state", [DraftState.PRESENT, DraftState.EDITED])
def test_nudge_at_20_hours_after_the_end_once_the_draft_is_recorded(state: DraftState) -> None:
    result = plan_at("2026-11-10T15:02:00-05:00", [ROUND], already=recorded_for(ROUND, state))
    nudges = {k: r.start for k, r in reminders_put(result).items() if k.startswith("nudge/")}
    assert nudges == {NUDGES[JANE.email]: ny(11, 11, 11, 0), NUDGES[RAJ.email]: ny(11, 11, 11, 0)}


def test_a_sent_thank_you_deletes_its_nudge_still_to_come() -> None:
    sent = done(
        [draft_record(key, DraftState.SENT) for key in THANKS.values()],
        [reminder_record(key, ny(11, 11, 11, 0)) for key in NUDGES.values()],
    )
    result = plan_at("2026-11-11T10:59:00-05:00", [ROUND], already=sent)
    assert reminders_deleted(result) == set(NUDGES.values())
    assert not set(NUDGES.values()) & set(reminders_put(result))


def test_a_sent_thank_you_leaves_a_nudge_already_past_as_history() -> None:
    sent = done(
        [draft_record(key, DraftState.SENT) for key in THANKS.values()],
        [reminder_record(key, ny(11, 11, 11, 0)) for key in NUDGES.values()],
    )
    result = plan_at("2026-11-11T11:01:00-05:00", [ROUND], already=sent)
    assert not reminders_deleted(result) & set(NUDGES.values())


def test_thank_you_still_drafted_a_minute_before_the_late_limit() -> None:
    result = plan_at("2026-11-12T14:59:00-05:00", [ROUND])  # end + 48h - 1 min
    assert set(drafts_made(result)) == set(THANKS.values())
    assert [t.state for t in result.applications[0].thank_yous] == ["to draft", "to draft"]


def test_thank_you_missed_a_minute_after_the_late_limit() -> None:
    result = plan_at("2026-11-12T15:01:00-05:00", [ROUND])  # end + 48h + 1 min
    assert drafts_made(result) == {}
    assert [t.state for t in result.applications[0].thank_yous] == ["missed", "missed"]


def test_a_phone_interviewer_gets_a_call_reminder_in_working_hours_not_a_draft() -> None:
    phone = Interviewer(JANE.email, JANE.name, JANE.greeting, Method.PHONE)
    friday_late = interview(ny(11, 13, 15, 30), interviewers=(phone,))  # ends 16:30
    friday_early = interview(ny(11, 13, 14, 59), interviewers=(phone,), uid="acme-0")  # 15:59
    late = plan_at("2026-11-13T16:31:00-05:00", [friday_late])
    early = plan_at("2026-11-13T16:00:00-05:00", [friday_early])
    assert drafts_made(late) == {} and drafts_made(early) == {}
    # end + 1 h: 17:30 is after hours -> Monday 09:00; 16:59 is still Friday.
    assert reminders_put(late)[call_key(friday_late, phone)].start == ny(11, 16)
    assert reminders_put(early)[call_key(friday_early, phone)].start == ny(11, 13, 16, 59)


# --------------------------------------------------------------------------- P4 decision date


def test_decision_friday_after_a_tuesday_interview_checks_in_monday_morning() -> None:
    round_ = interview(TUESDAY_2PM, notes=decided_by(date(2026, 11, 13), "Friday"))
    result = plan_at("2026-11-10T15:01:00-05:00", [round_])
    reminder = reminders_put(result)[check_in_key("acme", round_, 1)]
    assert reminder.start == ny(11, 16)
    assert reminder.start.astimezone(NEW_YORK).time() == time(9, 0)
    assert result.applications[0].next_step == Step("check_in", 1, ny(11, 16), date(2026, 11, 13))


def test_decision_thursday_checks_in_friday_morning() -> None:  # seed 001's example
    round_ = interview(TUESDAY_2PM, notes=decided_by(date(2026, 11, 12), "Thursday"))
    assert first_check_in(round_).at == ny(11, 13)


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(59, ny(11, 11)), (60, ny(11, 11)), (61, ny(11, 12))],
    ids=["ends-08:59", "ends-09:00", "ends-09:01"],
)
def test_a_decision_the_same_day_never_checks_in_inside_the_thank_you_window(
    minutes: int, expected: datetime
) -> None:
    # Interview 08:00 on Tuesday, decision "today": the morning after is Wednesday
    # 09:00, allowed only when that is not before end + 24 h.
    round_ = interview(ny(11, 10, 8, 0), minutes=minutes, notes=decided_by(date(2026, 11, 10)))
    assert first_check_in(round_).at == expected


def test_a_decision_date_already_past_waits_for_the_thank_you_window() -> None:
    round_ = interview(TUESDAY_2PM, notes=decided_by(date(2026, 11, 9)))
    # Wednesday 09:00 is before Wednesday 15:00 (end + 24 h): Thursday 09:00.
    assert first_check_in(round_).at == ny(11, 12)


@pytest.mark.parametrize(
    ("decision", "holidays", "expected"),
    [
        (date(2026, 11, 26), frozenset(), ny(11, 27)),
        (date(2026, 11, 26), frozenset({date(2026, 11, 27)}), ny(11, 30)),
        (date(2026, 11, 13), frozenset({date(2026, 11, 16)}), ny(11, 17)),
    ],
    ids=["thu-no-holiday", "thu-friday-off", "fri-monday-off"],
)
def test_the_morning_after_a_decision_skips_holidays(
    decision: date, holidays: frozenset[date], expected: datetime
) -> None:
    round_ = interview(TUESDAY_2PM, notes=decided_by(decision))
    assert first_check_in(round_, Policy(holidays=holidays)).at == expected


# --------------------------------------------------------------------------- P5 no date


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (TUESDAY_2PM, ny(11, 17)),
        (ny(11, 13, 14), ny(11, 20)),  # Friday -> Friday
        (ny(11, 14, 10), ny(11, 23)),  # Saturday: 7th day a Saturday -> Monday
        (ny(11, 15, 10), ny(11, 23)),  # Sunday: 7th day a Sunday -> Monday
        (ny(11, 16, 10), ny(11, 23)),  # Monday -> Monday
    ],
    ids=["tue", "fri", "sat", "sun", "mon"],
)
def test_with_no_date_the_first_check_in_is_the_7th_day_moved_off_weekends(
    start: datetime, expected: datetime
) -> None:
    step = first_check_in(interview(start))
    assert (step.at, step.decision) == (expected, None)


@pytest.mark.parametrize(
    ("holidays", "expected"),
    [(frozenset(), ny(11, 24)), (frozenset({date(2026, 11, 24)}), ny(11, 25))],
    ids=["working-day", "holiday"],
)
def test_a_7th_day_on_a_holiday_moves_to_the_next_business_day(
    holidays: frozenset[date], expected: datetime
) -> None:
    assert first_check_in(interview(ny(11, 17, 14)), Policy(holidays=holidays)).at == expected


def test_a_few_days_names_no_date_and_gets_the_week() -> None:
    notes = parse_notes("decision: a few days", interview_day=TUESDAY_2PM.date())
    assert notes.decision is not None and notes.decision.value is None
    assert notes.problems == ()
    assert first_check_in(interview(TUESDAY_2PM, notes=notes)).at == ny(11, 17)


# --------------------------------------------------------------------------- P6 spacing


def test_the_second_check_in_is_ten_days_after_the_first() -> None:
    assert check_ins(steps_of(interview(TUESDAY_2PM)))[:2] == [ny(11, 17), ny(11, 27)]


def test_a_later_check_in_on_a_weekend_moves_to_monday() -> None:
    round_ = interview(TUESDAY_2PM, notes=decided_by(date(2026, 11, 17)))
    # Wed 18 Nov + 10 days = Sat 28 Nov -> Mon 30 Nov; + 10 = Thu 10 Dec.
    assert check_ins(steps_of(round_)) == [ny(11, 18), ny(11, 30), ny(12, 10)]


@pytest.mark.parametrize(
    ("new_date", "expected"),
    [
        (date(2026, 11, 18), ny(11, 20)),  # the morning after is Thu 19: 2 days, pushed
        (date(2026, 11, 19), ny(11, 20)),  # Fri 20: exactly 3 days, allowed
        (date(2026, 11, 20), ny(11, 23)),  # Mon 23: untouched
    ],
    ids=["2-days-pushed", "3-days-kept", "6-days-kept"],
)
def test_never_two_check_ins_within_three_days_after_a_still_deciding_reply(
    new_date: date, expected: datetime
) -> None:
    deciding = reply(ReplyKind.STILL_DECIDING, ny(11, 17, 10), new_date=new_date)
    found = check_ins(steps_of(interview(TUESDAY_2PM), [deciding]))
    assert found[:2] == [ny(11, 17), expected]


def test_check_ins_stay_three_days_apart_whatever_still_deciding_replies_say() -> None:
    for day in range(0, 40, 3):
        received = ny(11, 10, 10) + timedelta(days=day)
        for offset in (None, 0, 1, 2, 5):
            new_date = None if offset is None else received.date() + timedelta(days=offset)
            replies = [
                reply(ReplyKind.STILL_DECIDING, received, new_date=new_date),
                reply(ReplyKind.STILL_DECIDING, received + timedelta(days=2), message_id="again"),
            ]
            found = check_ins(steps_of(interview(TUESDAY_2PM), replies))
            for earlier, later in zip(found, found[1:], strict=False):
                gap = later.date() - earlier.date()
                assert gap >= timedelta(days=MIN_DAYS_BETWEEN_CHECK_INS), (received, new_date)
            assert all(moment.weekday() < 5 for moment in found)


# --------------------------------------------------------------------------- P7 back-off


def test_three_check_ins_then_a_move_on_step() -> None:
    steps = steps_of(interview(TUESDAY_2PM)).steps
    assert [(s.kind, s.number, s.at) for s in steps] == [
        ("check_in", 1, ny(11, 17)),
        ("check_in", 2, ny(11, 27)),
        ("check_in", 3, ny(12, 7)),
        ("move_on", 3, ny(12, 17)),
    ]


@pytest.mark.parametrize(
    ("give_up_after_days", "expected"),
    [
        (12, [("check_in", ny(11, 18)), ("move_on", ny(11, 23))]),
        (18, [("check_in", ny(11, 18)), ("move_on", ny(11, 30))]),
        (19, [("check_in", ny(11, 18)), ("check_in", ny(11, 30)), ("move_on", ny(12, 1))]),
    ],
    ids=["12-days", "18-days-a-day-short", "19-days-lands-on-it"],
)
def test_giving_up_early_leaves_fewer_check_ins(
    give_up_after_days: int, expected: list[tuple[str, datetime]]
) -> None:
    # Wednesday 11 Nov; the second check-in would be Mon 30 Nov (day 19).
    round_ = interview(ny(11, 11, 14))
    steps = steps_of(round_, policy=Policy(give_up_after_days=give_up_after_days)).steps
    assert [(s.kind, s.at) for s in steps] == expected
    give_up = round_.day + timedelta(days=give_up_after_days)
    assert all(s.at.date() <= give_up for s in steps if s.kind == "check_in")


def test_a_give_up_day_on_a_weekend_puts_the_move_on_the_next_business_day() -> None:
    # Tuesday 10 Nov + 12 days = Sunday 22 Nov: no check-in after it; the
    # move-on reminder is not set on a Sunday but on Monday 23 Nov.
    steps = steps_of(interview(TUESDAY_2PM), policy=Policy(give_up_after_days=12)).steps
    assert [(s.kind, s.at) for s in steps] == [("check_in", ny(11, 17)), ("move_on", ny(11, 23))]


@pytest.mark.parametrize(
    ("policy", "expected_check_ins", "move_on"),
    [
        (Policy(max_check_ins=1), [ny(11, 17)], ny(11, 27)),
        # the 5th (Mon 28 Dec) is past the 45 days (Fri 25 Dec): four, then move on then
        (Policy(max_check_ins=5), [ny(11, 17), ny(11, 27), ny(12, 7), ny(12, 17)], ny(12, 25)),
        (
            Policy(max_check_ins=5, give_up_after_days=60),
            [ny(11, 17), ny(11, 27), ny(12, 7), ny(12, 17), ny(12, 28)],
            ny(1, 7, year=2027),
        ),
    ],
    ids=["max-1", "max-5-capped-by-45-days", "max-5"],
)
def test_max_check_ins(
    policy: Policy, expected_check_ins: list[datetime], move_on: datetime
) -> None:
    result = steps_of(interview(TUESDAY_2PM), policy=policy)
    assert check_ins(result) == expected_check_ins
    assert result.steps[-1] == Step("move_on", len(expected_check_ins), move_on, None)


@pytest.mark.parametrize(
    ("stamp", "next_kind", "stage"),
    [
        ("2026-12-17T08:59:00-05:00", "move_on", "no reply after 3 check-ins; move on"),
        ("2026-12-17T09:01:00-05:00", None, "done: time to move on"),
    ],
    ids=["before-move-on", "after-move-on"],
)
def test_the_move_on_step_is_the_last_thing_on_the_calendar(
    stamp: str, next_kind: str | None, stage: str
) -> None:
    result = plan_at(stamp, [ROUND], already=recorded_for(ROUND, DraftState.SENT))
    status = result.applications[0]
    assert (status.next_step.kind if status.next_step else None) == next_kind
    assert status.stage.startswith(stage)
    assert reminders_put(result)[move_on_key("acme", ROUND)].start == ny(12, 17)


def test_a_check_in_draft_is_written_12_hours_before_its_reminder_and_not_sooner() -> None:
    key = check_in_key("acme", ROUND, 1)  # check-in 1: Tue 17 Nov 09:00
    before = plan_at(
        "2026-11-16T20:59:00-05:00", [ROUND], already=recorded_for(ROUND, DraftState.SENT)
    )
    after = plan_at(
        "2026-11-16T21:01:00-05:00", [ROUND], already=recorded_for(ROUND, DraftState.SENT)
    )
    assert key not in drafts_made(before)
    assert drafts_made(after)[key].draft.to == (Address(JANE.email, JANE.name),)


# --------------------------------------------------------------------------- P8 replies

STOPPING = [ReplyKind.OFFER, ReplyKind.REJECTION, ReplyKind.NEXT_ROUND, ReplyKind.OTHER]


@pytest.mark.parametrize("kind", STOPPING, ids=lambda k: k.value)
def test_a_reply_after_the_first_check_in_stops_the_cadence(kind: ReplyKind) -> None:
    answer = reply(kind, ny(11, 18, 10))
    result = steps_of(interview(TUESDAY_2PM), [answer])
    assert [(s.kind, s.at) for s in result.steps] == [("check_in", ny(11, 17))]
    assert result.stopped_by == answer


@pytest.mark.parametrize("kind", STOPPING, ids=lambda k: k.value)
def test_a_reply_before_the_first_check_in_leaves_no_step(kind: ReplyKind) -> None:
    result = steps_of(interview(TUESDAY_2PM), [reply(kind, ny(11, 12, 10))])
    assert result.steps == ()


@pytest.mark.parametrize(
    ("received", "stops"),
    [(ny(11, 10, 13, 59), False), (ny(11, 10, 14, 0), True)],
    ids=["a-minute-before-the-interview", "at-its-start"],
)
def test_only_replies_since_the_round_began_count(received: datetime, stops: bool) -> None:
    result = steps_of(interview(TUESDAY_2PM), [reply(ReplyKind.REJECTION, received)])
    assert (result.stopped_by is not None) == stops
    assert len(result.steps) == (0 if stops else 4)


@pytest.mark.parametrize(
    ("new_date", "expected"),
    [(date(2026, 11, 19), ny(11, 20)), (date(2026, 11, 20), ny(11, 23))],
    ids=["thursday->friday", "friday->monday"],
)
def test_still_deciding_with_a_date_moves_the_next_check_in_to_the_morning_after_it(
    new_date: date, expected: datetime
) -> None:
    deciding = reply(ReplyKind.STILL_DECIDING, ny(11, 18, 10), new_date=new_date)
    result = steps_of(interview(TUESDAY_2PM), [deciding])
    assert result.stopped_by is None
    assert [(s.number, s.at) for s in result.steps[:2]] == [(1, ny(11, 17)), (2, expected)]
    assert result.steps[1].decision == new_date


@pytest.mark.parametrize(
    ("received", "expected"),
    [(ny(11, 17, 10), ny(11, 27)), (ny(11, 18, 10), ny(11, 30))],
    ids=["tuesday->friday", "wednesday->saturday->monday"],
)
def test_still_deciding_without_a_date_checks_in_ten_days_after_the_reply(
    received: datetime, expected: datetime
) -> None:
    result = steps_of(interview(TUESDAY_2PM), [reply(ReplyKind.STILL_DECIDING, received)])
    assert check_ins(result)[:2] == [ny(11, 17), expected]


def test_a_stopping_reply_after_a_still_deciding_one_drops_the_steps_after_it() -> None:
    replies = [
        reply(ReplyKind.STILL_DECIDING, ny(11, 18, 10), new_date=date(2026, 11, 19)),
        reply(ReplyKind.OFFER, ny(11, 23, 8, 0)),
    ]
    result = steps_of(interview(TUESDAY_2PM), replies)
    assert check_ins(result) == [ny(11, 17), ny(11, 20)]
    assert result.stopped_by == replies[1]


def test_an_offer_removes_the_coming_check_in_and_asks_for_action_at_once() -> None:
    offer = reply(ReplyKind.OFFER, ny(11, 18, 10))
    already = done(
        [draft_record(key, DraftState.SENT) for key in THANKS.values()],
        [
            reminder_record(check_in_key("acme", ROUND, 1), ny(11, 17)),
            reminder_record(check_in_key("acme", ROUND, 2), ny(11, 27)),
        ],
    )
    result = plan_at("2026-11-18T10:05:00-05:00", [ROUND], replies=[offer], already=already)
    assert reminders_deleted(result) == {check_in_key("acme", ROUND, 2)}
    assert reminders_put(result)[reply_key(offer)].start == ny(11, 18, 10)
    assert result.applications[0].stage == "offer received"
    assert result.applications[0].next_step is None


@pytest.mark.parametrize(
    ("received", "slot"),
    [(ny(11, 20, 16, 59), ny(11, 20, 16, 59)), (ny(11, 20, 18, 0), ny(11, 23))],
    ids=["friday-16:59", "friday-18:00->monday"],
)
def test_a_reply_to_act_on_is_reminded_in_working_hours(received: datetime, slot: datetime) -> None:
    offer = reply(ReplyKind.NEXT_ROUND, received)
    result = plan_at("2026-11-20T18:05:00-05:00", [ROUND], replies=[offer])
    assert reminders_put(result)[reply_key(offer)].start == slot


@pytest.mark.parametrize(
    ("received", "new_date"),
    [(ny(12, 8, 10), date(2026, 12, 18)), (ny(12, 20, 10), date(2027, 1, 5))],
    ids=["after-the-3rd-check-in", "after-the-move-on"],
)
def test_a_still_deciding_date_after_the_last_check_in_is_still_followed_up(
    received: datetime, new_date: date
) -> None:
    deciding = reply(ReplyKind.STILL_DECIDING, received, new_date=new_date)
    result = steps_of(interview(TUESDAY_2PM), [deciding])
    morning_after = clock.at(clock.first_business_day_after(new_date), time(9, 0), NEW_YORK)
    later = [s for s in result.steps if s.at > received]
    assert later, "nothing planned after their reply"
    assert later[0].at >= morning_after


def test_a_still_deciding_reply_never_schedules_a_check_in_before_itself() -> None:
    deciding = reply(ReplyKind.STILL_DECIDING, ny(11, 25, 10), new_date=date(2026, 11, 12))
    result = steps_of(interview(TUESDAY_2PM), [deciding])
    second = next(s for s in result.steps if s.kind == "check_in" and s.number == 2)
    assert second.at > deciding.received


# --------------------------------------------------------------------------- P10 urgent


@pytest.mark.parametrize(
    ("start", "holidays", "expected"),
    [
        (THURSDAY_2PM, frozenset(), ny(11, 16)),  # Thu + 2 business days = Mon
        (THURSDAY_2PM, frozenset({date(2026, 11, 16)}), ny(11, 17)),
        (TUESDAY_2PM, frozenset(), ny(11, 12)),  # Tue -> Thu
    ],
    ids=["thursday", "thursday-monday-off", "tuesday"],
)
def test_urgent_checks_in_after_two_business_days(
    start: datetime, holidays: frozenset[date], expected: datetime
) -> None:
    round_ = interview(start, notes=Notes(urgent=True))
    assert first_check_in(round_, Policy(holidays=holidays)).at == expected
    assert first_check_in(interview(start)).at == start.replace(hour=9) + timedelta(days=7)


def test_urgent_after_one_business_day_still_waits_for_the_thank_you_window() -> None:
    round_ = interview(TUESDAY_2PM, notes=Notes(urgent=True))
    # Wednesday 09:00 is before Wednesday 15:00 (end + 24 h): Thursday 09:00.
    assert first_check_in(round_, Policy(urgent_check_in_business_days=1)).at == ny(11, 12)


# --------------------------------------------------------------------------- P11 rounds

FIRST_ROUND = interview(ny(11, 10, 10), uid="acme-1")  # Tue 10:00-11:00
SECOND_ROUND = interview(ny(11, 11, 14), uid="acme-2")  # Wed 14:00-15:00


def test_a_second_round_restarts_the_cadence_and_both_rounds_get_thank_yous() -> None:
    earlier = done(reminders=[reminder_record(check_in_key("acme", FIRST_ROUND, 1), ny(11, 17))])
    result = plan_at("2026-11-11T15:01:00-05:00", [FIRST_ROUND, SECOND_ROUND], already=earlier)
    assert set(drafts_made(result)) == {
        thank_you_key(round_, who) for round_ in (FIRST_ROUND, SECOND_ROUND) for who in (JANE, RAJ)
    }
    assert reminders_deleted(result) == {check_in_key("acme", FIRST_ROUND, 1)}
    assert reminders_put(result)[check_in_key("acme", SECOND_ROUND, 1)].start == ny(11, 18)
    status = result.applications[0]
    assert [t.interview_uid for t in status.thank_yous] == ["acme-1"] * 2 + ["acme-2"] * 2
    assert status.next_step == Step("check_in", 1, ny(11, 18), None)


def test_a_later_round_moves_a_check_in_that_was_coming_for_the_earlier_one() -> None:
    second = interview(ny(11, 16, 10), uid="acme-2")  # Monday, the day before check-in 1
    earlier = done(
        [draft_record(thank_you_key(FIRST_ROUND, who), DraftState.SENT) for who in (JANE, RAJ)],
        [reminder_record(check_in_key("acme", FIRST_ROUND, 1), ny(11, 17))],
    )
    result = plan_at("2026-11-16T11:01:00-05:00", [FIRST_ROUND, second], already=earlier)
    assert reminders_deleted(result) == {check_in_key("acme", FIRST_ROUND, 1)}
    assert reminders_put(result)[check_in_key("acme", second, 1)].start == ny(11, 23)
    states = [(t.interview_uid, t.state) for t in result.applications[0].thank_yous]
    assert states == [("acme-1", "sent")] * 2 + [("acme-2", "to draft")] * 2


def test_a_reply_about_an_earlier_round_does_not_stop_the_latest_one() -> None:
    invite = reply(ReplyKind.NEXT_ROUND, ny(11, 10, 16))  # between the rounds
    result = steps_of(SECOND_ROUND, [invite])
    assert result.stopped_by is None
    assert check_ins(result)[0] == ny(11, 18)


# --------------------------------------------------------------------------- daylight saving


def test_a_check_in_a_week_after_the_fall_back_is_09_00_est() -> None:
    step = first_check_in(interview(ny(10, 30, 14)))  # Friday, EDT
    assert step.at == ny(11, 6)
    assert step.at.time() == time(9, 0)
    assert step.at.utcoffset() == timedelta(hours=-5)
    assert step.at.astimezone(UTC) == datetime(2026, 11, 6, 14, 0, tzinfo=UTC)


def test_a_check_in_a_week_after_the_spring_forward_is_09_00_edt() -> None:
    step = first_check_in(interview(ny(3, 12, 14, year=2027)))  # Friday, EST
    assert step.at == ny(3, 19, year=2027)
    assert step.at.time() == time(9, 0)
    assert step.at.utcoffset() == timedelta(hours=-4)
    assert step.at.astimezone(UTC) == datetime(2027, 3, 19, 13, 0, tzinfo=UTC)


def test_the_check_in_reminder_across_the_fall_back_keeps_its_wall_clock() -> None:
    round_ = interview(ny(10, 30, 14))
    result = plan_at("2026-10-30T15:01:00-04:00", [round_])
    start = reminders_put(result)[check_in_key("acme", round_, 1)].start
    assert (start.astimezone(NEW_YORK).time(), start.utcoffset()) == (
        time(9, 0),
        timedelta(hours=-5),
    )


def test_nudge_and_due_across_the_fall_back_are_real_hours() -> None:
    # "Within 24 hours" is a duration: 15:00 EDT Sat + 20 h = 10:00 EST Sun.
    round_ = interview(ny(10, 31, 14))  # Saturday 14:00-15:00 EDT
    sent = recorded_for(round_, DraftState.PRESENT)
    result = plan_at("2026-10-31T15:02:00-04:00", [round_], already=sent)
    nudge = reminders_put(result)[nudge_key(round_, JANE)].start
    assert nudge == ny(11, 1, 10, 0)
    assert nudge.utcoffset() == timedelta(hours=-5)
    assert real_hours(nudge, round_.end) == 20
    due = result.applications[0].thank_yous[0].due
    assert (due, real_hours(due, round_.end)) == (ny(11, 1, 14, 0), 24)


def test_nudge_across_the_spring_forward_is_20_real_hours() -> None:
    round_ = interview(ny(3, 13, 14, year=2027))  # Saturday 14:00-15:00 EST
    sent = recorded_for(round_, DraftState.PRESENT)
    result = plan_at("2027-03-13T15:02:00-05:00", [round_], already=sent)
    nudge = reminders_put(result)[nudge_key(round_, JANE)].start
    assert nudge == ny(3, 14, 12, 0, year=2027)
    assert nudge.utcoffset() == timedelta(hours=-4)
    assert real_hours(nudge, round_.end) == 20


def test_auckland_fall_back_in_april_keeps_09_00() -> None:
    start = datetime(2027, 4, 2, 10, 0, tzinfo=AUCKLAND)  # Friday, NZDT (+13)
    step = first_check_in(interview(start), tz=AUCKLAND)
    assert step.at == datetime(2027, 4, 9, 9, 0, tzinfo=AUCKLAND)
    assert step.at.utcoffset() == timedelta(hours=12)  # NZST after 4 April


# --------------------------------------------------------------------------- far from UTC


@pytest.mark.parametrize(
    ("tz", "start_utc", "local_day", "check_in_utc"),
    [
        # 22:30-23:30 local Tuesday: the same day in UTC (17:00-18:00)
        (
            KOLKATA,
            datetime(2026, 11, 10, 17, 0, tzinfo=UTC),
            date(2026, 11, 10),
            datetime(2026, 11, 17, 3, 30, tzinfo=UTC),
        ),
        # 04:00 local Wednesday = 22:30 Tuesday in UTC: the local Wednesday counts
        (
            KOLKATA,
            datetime(2026, 11, 10, 22, 30, tzinfo=UTC),
            date(2026, 11, 11),
            datetime(2026, 11, 18, 3, 30, tzinfo=UTC),
        ),
        # 22:30-23:30 local Tuesday (NZDT, +13) = 09:30 Tuesday UTC
        (
            AUCKLAND,
            datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
            date(2026, 11, 10),
            datetime(2026, 11, 16, 20, 0, tzinfo=UTC),
        ),
        # 09:00 local Wednesday = 20:00 Tuesday UTC
        (
            AUCKLAND,
            datetime(2026, 11, 10, 20, 0, tzinfo=UTC),
            date(2026, 11, 11),
            datetime(2026, 11, 17, 20, 0, tzinfo=UTC),
        ),
        # 22:30-23:30 local Friday = Saturday 03:30 UTC: Friday counts, not Saturday
        (
            NEW_YORK,
            datetime(2026, 11, 14, 3, 30, tzinfo=UTC),
            date(2026, 11, 13),
            datetime(2026, 11, 20, 14, 0, tzinfo=UTC),
        ),
    ],
    ids=[
        "kolkata-late",
        "kolkata-utc-day-before",
        "auckland-late",
        "auckland-utc-day-before",
        "new-york-utc-day-after",
    ],
)
def test_the_week_counts_from_the_local_date_and_checks_in_at_local_09_00(
    tz: ZoneInfo, start_utc: datetime, local_day: date, check_in_utc: datetime
) -> None:
    round_ = detected(start_utc, start_utc + timedelta(hours=1), tz)
    assert round_.day == local_day
    step = first_check_in(round_, tz=tz)
    assert step.at.astimezone(UTC) == check_in_utc
    assert step.at.astimezone(tz).time() == time(9, 0)
    assert step.at.astimezone(tz).date() == local_day + timedelta(days=7)


@pytest.mark.parametrize(
    ("stamp", "drafted"),
    [("2026-11-10T20:59:00Z", False), ("2026-11-10T21:01:00Z", True)],
    ids=["end-1m", "end+1m"],
)
def test_thank_yous_in_auckland_follow_the_end_in_any_zone(stamp: str, drafted: bool) -> None:
    round_ = detected(
        datetime(2026, 11, 10, 20, 0, tzinfo=UTC),
        datetime(2026, 11, 10, 21, 0, tzinfo=UTC),
        AUCKLAND,
    )  # Wednesday 09:00-10:00 NZDT
    result = plan_at(stamp, [round_], tz=AUCKLAND)
    assert bool(drafts_made(result)) is drafted
    due = result.applications[0].thank_yous[0].due
    assert due == datetime(2026, 11, 12, 10, 0, tzinfo=AUCKLAND)


# --------------------------------------------------------------------------- dates in notes


@pytest.mark.parametrize(
    ("written", "decision", "check_in"),
    [
        ("Thursday", date(2026, 11, 12), ny(11, 13)),
        ("Nov 24th", date(2026, 11, 24), ny(11, 25)),
        ("November 24", date(2026, 11, 24), ny(11, 25)),
        ("2026-11-24", date(2026, 11, 24), ny(11, 25)),
        ("in two weeks", date(2026, 11, 24), ny(11, 25)),
        ("end of next week", date(2026, 11, 20), ny(11, 23)),
    ],
)
def test_each_decision_date_form_in_the_event_description_sets_the_first_check_in(
    written: str, decision: date, check_in: datetime
) -> None:
    round_ = detected(
        TUESDAY_2PM,
        TUESDAY_2PM + timedelta(hours=1),
        NEW_YORK,
        description=f"Bring portfolio.\n\ndecision: {written}\ntopic: the event pipeline",
    )
    result = plan_at("2026-11-10T15:01:00-05:00", [round_])
    assert result.applications[0].problems == ()
    assert result.applications[0].next_step == Step("check_in", 1, check_in, decision)
    assert reminders_put(result)[check_in_key("acme", round_, 1)].start == check_in


def test_an_unreadable_decision_date_is_reported_and_the_week_rule_applies() -> None:
    round_ = detected(
        TUESDAY_2PM,
        TUESDAY_2PM + timedelta(hours=1),
        NEW_YORK,
        description="decision: when the stars align",
    )
    result = plan_at("2026-11-10T15:01:00-05:00", [round_])
    (problem,) = result.applications[0].problems
    assert "when the stars align" in problem
    assert result.applications[0].next_step == Step("check_in", 1, ny(11, 17), None)
