"""Days people keep: public holidays by country, and reminders in waking hours (issue 9).

Pure level first (the holiday calendar, the cadence, where a nudge goes), then
the same through a real cycle on files and through the commands, so the
country inferred from the time zone, the configuration keys and what `status`
and `doctor` say are seen as a person sees them.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from agent.core.clock import waking_moment
from agent.core.days_off import UnknownRegion, public_holidays
from agent.core.model import DraftState, Notes, Policy
from agent.core.plan import nudge_key, plan
from agent.core.schedule import cadence
from agent.regions import country_of_zone, resolve
from agent.store import Store
from agent.textenv import make_environment
from tests.builders import JANE, decided_by, done, draft_record, interview, situation
from tests.world import CONFIG, World

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
AUCKLAND = ZoneInfo("Pacific/Auckland")
ENV = make_environment()


def holidays_of(country: str, year: int, subdivision: str = "") -> Policy:
    return Policy(
        country=country,
        subdivision=subdivision,
        public_holidays=public_holidays(country, subdivision, [year - 1, year, year + 1]),
    )


def first_check_in(start: datetime, policy: Policy, tz: ZoneInfo, decision: date | None = None):
    round_ = interview(start, notes=decided_by(decision) if decision else None)
    return cadence(round_, (), policy, tz).steps[0].at


# --------------------------------------------------------------------------- the calendars


def test_the_holiday_calendar_comes_from_the_holidays_package() -> None:
    us = public_holidays("US", "", [2026])
    assert us[date(2026, 11, 26)] == "Thanksgiving Day"
    assert us[date(2026, 7, 3)] == "Independence Day (observed)"  # the 4th is a Saturday
    assert date(2027, 1, 6) in public_holidays("DE", "BY", [2027])  # Epiphany, in Bavaria
    assert date(2027, 1, 6) not in public_holidays("DE", "BE", [2027])  # not in Berlin
    assert public_holidays("", "", [2026]) == {}


def test_an_unknown_country_or_subdivision_is_an_error_not_an_empty_calendar() -> None:
    with pytest.raises(UnknownRegion):
        public_holidays("XX", "", [2026])
    with pytest.raises(UnknownRegion):
        public_holidays("US", "ZZ", [2026])


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("America/New_York", "US"),
        ("Europe/London", "GB"),
        ("Europe/Berlin", "DE"),
        ("Asia/Kolkata", "IN"),
        ("Pacific/Auckland", "NZ"),
        ("UTC", ""),  # no one country: no public holidays are assumed
        ("Etc/GMT+5", ""),
        ("Not/AZone", ""),
    ],
)
def test_the_country_is_the_one_zone_tab_gives_for_the_zone(zone: str, country: str) -> None:
    assert country_of_zone(zone) == country


# --------------------------------------------------------------------------- business days


def test_us_thanksgiving_is_not_the_morning_after_a_wednesday_decision() -> None:
    # They decide by Wed 25 Nov 2026: Thu 26 is Thanksgiving, so Friday 09:00.
    start = datetime(2026, 11, 17, 14, 0, tzinfo=NEW_YORK)
    us = holidays_of("US", 2026)
    assert first_check_in(start, us, NEW_YORK, date(2026, 11, 25)) == datetime(
        2026, 11, 27, 9, 0, tzinfo=NEW_YORK
    )
    # Without the calendar it would be Thanksgiving itself; the day before is a plain Wednesday.
    assert first_check_in(start, Policy(), NEW_YORK, date(2026, 11, 25)).day == 26
    assert first_check_in(start, us, NEW_YORK, date(2026, 11, 24)).day == 25


def test_us_independence_day_observed_and_the_weekend_are_skipped() -> None:
    # Decision Thu 2 Jul 2026; Fri 3 Jul is Independence Day (observed): Monday 6 Jul.
    start = datetime(2026, 6, 23, 10, 0, tzinfo=NEW_YORK)
    assert first_check_in(start, holidays_of("US", 2026), NEW_YORK, date(2026, 7, 2)) == datetime(
        2026, 7, 6, 9, 0, tzinfo=NEW_YORK
    )


def test_uk_bank_holidays_move_the_week_rule() -> None:
    # Interview Mon 24 Aug 2026: a week later is the (English) Summer bank holiday.
    start = datetime(2026, 8, 24, 11, 0, tzinfo=LONDON)
    england = holidays_of("GB", 2026, "ENG")
    assert first_check_in(start, england, LONDON) == datetime(2026, 9, 1, 9, 0, tzinfo=LONDON)
    # Boxing Day 2026 is a Saturday; the bank holiday is Monday 28 Dec, UK-wide.
    uk = holidays_of("GB", 2026)
    start = datetime(2026, 12, 18, 11, 0, tzinfo=LONDON)
    assert first_check_in(start, uk, LONDON, date(2026, 12, 24)) == datetime(
        2026, 12, 29, 9, 0, tzinfo=LONDON
    )


def test_a_german_land_holiday_counts_only_in_its_land() -> None:
    # Interview Wed 30 Dec 2026; a week later is Epiphany, a holiday in Bavaria only.
    start = datetime(2026, 12, 30, 10, 0, tzinfo=BERLIN)
    bavaria, berlin = holidays_of("DE", 2026, "BY"), holidays_of("DE", 2026, "BE")
    assert first_check_in(start, bavaria, BERLIN) == datetime(2027, 1, 7, 9, 0, tzinfo=BERLIN)
    assert first_check_in(start, berlin, BERLIN) == datetime(2027, 1, 6, 9, 0, tzinfo=BERLIN)


def test_diwali_in_kolkata() -> None:
    # Decision Fri 17 Oct 2025; Mon 20 Oct 2025 is Diwali: Tuesday 09:00 IST.
    start = datetime(2025, 10, 8, 15, 0, tzinfo=KOLKATA)
    assert first_check_in(start, holidays_of("IN", 2025), KOLKATA, date(2025, 10, 17)) == (
        datetime(2025, 10, 21, 9, 0, tzinfo=KOLKATA)
    )


def test_waitangi_day_in_auckland() -> None:
    # Decision Thu 5 Feb 2026; Fri 6 Feb is Waitangi Day: Monday 9 Feb 09:00 NZDT.
    start = datetime(2026, 1, 27, 10, 0, tzinfo=AUCKLAND)
    assert first_check_in(start, holidays_of("NZ", 2026), AUCKLAND, date(2026, 2, 5)) == (
        datetime(2026, 2, 9, 9, 0, tzinfo=AUCKLAND)
    )


def test_urgent_check_ins_count_business_days_past_holidays() -> None:
    # P10: two business days after Wed 25 Nov 2026 skip Thanksgiving and the weekend.
    start = datetime(2026, 11, 25, 10, 0, tzinfo=NEW_YORK)
    round_ = interview(start, notes=Notes(urgent=True))
    steps = cadence(round_, (), holidays_of("US", 2026), NEW_YORK).steps
    assert steps[0].at == datetime(2026, 11, 30, 9, 0, tzinfo=NEW_YORK)


@pytest.mark.parametrize("day", range(1, 32))
def test_every_step_falls_on_a_business_day_in_waking_hours(day: int) -> None:
    """Check-ins and the move-on reminder, for an interview on every day of December."""
    us = holidays_of("US", 2026)
    start = datetime(2026, 12, day, 13, 0, tzinfo=NEW_YORK)
    for step in cadence(interview(start), (), us, NEW_YORK).steps:
        moment = step.at.astimezone(NEW_YORK)
        assert moment.weekday() < 5, step
        assert moment.date() not in us.public_holidays, step
        assert us.day_starts <= moment.time() <= time(20, 45), step


# --------------------------------------------------------------------------- waking hours


def nudge_for(end: datetime, policy: Policy | None = None) -> tuple[datetime, bool]:
    policy = policy or Policy()
    return waking_moment(
        end + timedelta(hours=policy.unsent_nudge_hours),
        after=end,
        due=end + timedelta(hours=policy.thank_you_due_hours),
        tz=end.tzinfo,  # type: ignore[arg-type]
        day_starts=policy.day_starts,
        day_ends=policy.day_ends,
        minutes=policy.reminder_minutes,
    )


def ny(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # 07:00 -> 03:00 is asleep; 08:00 next day is after the 07:00 deadline: that evening.
        (ny(10, 7), ny(10, 20, 45)),
        # 10:30 -> 06:30 is asleep; 08:00 still leaves until 10:30.
        (ny(10, 10, 30), ny(11, 8)),
        # 18:00 -> 14:00 and 22:00 -> 18:00 are waking hours: as the policy says.
        (ny(10, 18), ny(11, 14)),
        (ny(10, 22), ny(11, 18)),
        # The edges of the waking day: 08:00 and 20:45 (a 15-minute reminder ends by 21:00).
        (ny(10, 12), ny(11, 8)),
        (ny(10, 11, 59), ny(11, 8)),  # 07:59 moves to 08:00
        (ny(11, 0, 45), ny(11, 20, 45)),
        (ny(11, 0, 46), ny(11, 20, 45)),  # 20:46 would end after 21:00: back to 20:45
    ],
)
def test_the_nudge_pops_in_waking_hours_before_the_thank_you_is_due(
    end: datetime, expected: datetime
) -> None:
    assert nudge_for(end) == (expected, False)


def test_a_nudge_with_no_waking_moment_left_comes_next_morning_and_says_it_is_late() -> None:
    short = Policy(thank_you_due_hours=10, unsent_nudge_hours=8)
    # Ends 22:00: 06:00 asleep, 08:00 is the deadline, the evening before is before the end.
    assert nudge_for(ny(10, 22), short) == (ny(11, 8), True)


def test_the_nudge_stays_in_waking_hours_across_a_clock_change() -> None:
    # Ends Sat 31 Oct 2026 10:30 EDT; 20 h later is 05:30 EST on the day clocks go back.
    end = datetime(2026, 10, 31, 10, 30, tzinfo=NEW_YORK)
    assert nudge_for(end) == (datetime(2026, 11, 1, 8, 0, tzinfo=NEW_YORK), False)


def test_the_nudge_in_a_zone_far_from_utc() -> None:
    end = datetime(2026, 11, 10, 11, 0, tzinfo=KOLKATA)  # 20 h later is 07:00 IST
    assert nudge_for(end) == (datetime(2026, 11, 11, 8, 0, tzinfo=KOLKATA), False)


def test_the_planner_puts_the_late_nudge_in_the_morning_with_words_that_say_so() -> None:
    short = Policy(thank_you_due_hours=10, unsent_nudge_hours=8)
    round_ = interview(ny(10, 21), interviewers=(JANE,))  # ends 22:00
    key = "thanks/acme-1/jane.doe@acme.example"
    with freeze_time(ny(10, 22, 30)):
        result = plan(
            situation(
                [round_],
                ny(10, 22, 30),
                NEW_YORK,
                already=done([draft_record(key, DraftState.PRESENT)]),
                policy=short,
            ),
            ENV,
        )
    (nudge,) = [
        a.reminder
        for a in result.actions
        if getattr(a, "reminder", None) is not None and a.reminder.key == nudge_key(round_, JANE)
    ]
    assert nudge.start == ny(11, 8)
    assert "late" in nudge.title
    assert "while you were asleep" in nudge.description


# --------------------------------------------------------------------------- through the program


def world_with(tmp_path: Path, policy: str = "") -> World:
    text = CONFIG + (f"\n[policy]\n{policy}\n" if policy else "")
    return World(tmp_path / "home", config_text=text)


def test_a_cycle_puts_the_nudge_at_eight_not_at_half_past_six(tmp_path: Path) -> None:
    world = world_with(tmp_path)
    world.add_event("acme-1", "Interview at Acme", ny(10, 9, 30), ny(10, 10, 30))
    world.run(ny(10, 11))
    nudges = [r for r in world.reminders() if r.key.startswith("nudge/")]
    assert len(nudges) == 2  # Jane and Raj
    assert {n.start for n in nudges} == {ny(11, 8)}


def test_status_and_doctor_name_the_holiday_calendar(tmp_path: Path) -> None:
    world = world_with(tmp_path, 'subdivision = "NY"')
    world.add_event("acme-1", "Interview at Acme", ny(10, 9), ny(10, 10))
    world.run(ny(10, 11))
    status = world.cli("status", now=ny(10, 11, 5))
    doctor = world.cli("doctor", now=ny(10, 11, 5))
    as_json = world.status(ny(10, 11, 5))
    assert status.code == 0, status.err
    assert "Public holidays: United States (US, NY), from time zone America/New_York" in status.out
    assert "public holidays: United States (US, NY)" in doctor.out
    assert as_json["public_holidays"] == {
        "country": "US",
        "subdivision": "NY",
        "from": "time zone America/New_York",
    }


def test_doctor_asks_for_the_region_where_regions_keep_their_own_days(tmp_path: Path) -> None:
    """Scotland keeps 4 January 2027 off and England does not: the zone cannot tell them
    apart, so `doctor` names the key that can."""
    world = world_with(tmp_path, 'country = "GB"')
    doctor = world.cli("doctor", now=ny(10, 11, 5))
    line = next(x for x in doctor.out.splitlines() if "public holidays:" in x)
    assert "set policy.subdivision (ENG, NIR, SCT, WLS)" in line
    regional = world_with(tmp_path / "sct", 'country = "GB"\nsubdivision = "SCT"')
    line = next(x for x in regional.cli("doctor", now=ny(10, 11, 5)).out.splitlines()
                if "public holidays:" in x)  # fmt: skip
    assert "(GB, SCT)" in line and "policy.subdivision" not in line


def test_country_none_turns_public_holidays_off(tmp_path: Path) -> None:
    world = world_with(tmp_path, 'country = "none"')
    world.add_event("acme-1", "Interview at Acme", ny(10, 9), ny(10, 10))
    world.run(ny(10, 11))
    assert world.status(ny(10, 12))["public_holidays"] is None


@pytest.mark.parametrize(
    ("policy", "key"),
    [
        ('country = "XX"', "policy.country"),
        ('country = "United States"', "policy.country"),
        ('subdivision = "ZZ"', "policy.subdivision"),
        ('day_starts = "22:00"', "policy.day_starts"),
        ('morning = "07:00"', "policy.morning"),
    ],
)
def test_a_bad_holiday_or_waking_setting_names_its_key_and_exits_2(
    tmp_path: Path, policy: str, key: str
) -> None:
    world = world_with(tmp_path, policy)
    outcome = world.cli("run", "--once", now=ny(10, 12))
    assert outcome.code == 2
    assert key in outcome.err
    assert "Traceback" not in outcome.err


def test_an_ordinary_cycle_reads_the_holidays_from_the_store(tmp_path: Path) -> None:
    """The holiday calendar costs a quarter of a second to import: only the first cycle pays."""
    world = world_with(tmp_path)
    world.add_event("acme-1", "Interview at Acme", ny(10, 9), ny(10, 10))
    world.run(ny(10, 11))
    script = (
        "import sys; from agent import cli; "
        f"code = cli.main(['status', '--config', {str(world.config_path)!r}]); "
        "print('holidays' in sys.modules); sys.exit(code)"
    )
    done_ = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done_.returncode in (0, 1), done_.stderr  # 1: the cycle was weeks ago (stale)
    assert done_.stdout.strip().splitlines()[-1] == "False"
    assert "Thanksgiving" not in done_.stdout


def test_the_demo_no_longer_proposes_thanksgiving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent import cli

    assert cli.main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "Thu 26 Nov" not in out  # Thanksgiving 2026
    assert "check-in 2 on Fri 27 Nov 09:00" in out


def test_a_decision_named_by_a_holiday_is_read_with_the_persons_calendar(tmp_path: Path) -> None:
    world = world_with(tmp_path)
    world.add_event(
        "acme-1",
        "Interview at Acme",
        ny(17, 9),
        ny(17, 10),
        description="decision: after Thanksgiving",
    )
    world.run(ny(17, 11))
    (interview_,) = world.application(ny(17, 11), "Acme")["interviews"]
    # Thanksgiving is Thu 26 Nov 2026; the Friday after is a bridge day: Monday 30.
    assert interview_["decision"] == "2026-11-30"


def test_without_public_holidays_a_holiday_name_is_reported_not_guessed(tmp_path: Path) -> None:
    world = world_with(tmp_path, 'country = "none"')
    world.add_event(
        "acme-1",
        "Interview at Acme",
        ny(17, 9),
        ny(17, 10),
        description="decision: after Thanksgiving",
    )
    world.run(ny(17, 11))
    application = world.application(ny(17, 11), "Acme")
    assert application["interviews"][0]["decision"] is None
    assert any("Thanksgiving" in p for p in application["problems"])


def test_a_nudge_for_one_interviewer_leaves_the_next_ones_window_alone() -> None:
    """Jane's draft is written (her nudge is placed); Raj's was never drafted and the
    thank-you window has closed: his is shown as missed, the nudge's placement aside."""
    round_ = interview(ny(10, 9))  # Jane and Raj, ends 10:00
    jane = draft_record(f"thanks/acme-1/{JANE.email}", DraftState.PRESENT)
    with freeze_time(ny(13, 12)):
        result = plan(
            situation([round_], ny(13, 12), NEW_YORK, already=done([jane])),
            ENV,
        )
    (status,) = result.applications
    assert [t.state for t in status.thank_yous] == ["drafted", "missed"]


@pytest.mark.parametrize(
    ("zone", "subdivision", "boxing_day_observed"),
    [
        # Boxing Day 2026 is a Saturday: every Australian state keeps Monday 28 December,
        # which the national calendar alone does not know.
        ("Australia/Darwin", "NT", True),
        ("Australia/Perth", "WA", True),
        ("Australia/Melbourne", "VIC", True),
        # Sydney's zone is the Capital Territory's too: no one state, the national calendar
        ("Australia/Sydney", "", False),
    ],
)
def test_an_australian_zone_that_stands_for_one_state_gives_its_holidays(
    tmp_path: Path, zone: str, subdivision: str, boxing_day_observed: bool
) -> None:
    store = Store.open(tmp_path / "state.db")
    policy, calendar = resolve(Policy(), zone, store, date(2026, 12, 7))
    assert (calendar.country, calendar.subdivision) == ("AU", subdivision)
    assert (date(2026, 12, 28) in policy.public_holidays) is boxing_day_observed
    assert date(2026, 12, 25) in policy.public_holidays
    # a subdivision set in the configuration wins
    policy, calendar = resolve(Policy(subdivision="QLD"), zone, store, date(2026, 12, 7))
    assert calendar.subdivision == "QLD"


# --------------------------------------------------------------------------- the working week


def test_a_person_in_riyadh_is_nudged_on_their_working_days_not_on_friday(tmp_path: Path) -> None:
    riyadh = ZoneInfo("Asia/Riyadh")
    store = Store.open(tmp_path / "state.db")
    policy, calendar = resolve(Policy(), "Asia/Riyadh", store, date(2026, 12, 7))
    assert calendar.country == "SA" and policy.weekend == frozenset({4, 5})
    # a decision promised for Thursday 17 December: the morning after is Sunday the 20th there,
    # Friday the 18th in New York
    start = datetime(2026, 12, 8, 10, 0, tzinfo=riyadh)
    assert first_check_in(start, policy, riyadh, date(2026, 12, 17)).date() == date(2026, 12, 20)
    us = holidays_of("US", 2026)
    assert first_check_in(start, us, NEW_YORK, date(2026, 12, 17)).date() == date(2026, 12, 18)
