"""Reading a loop's agenda: who interviews, and who only frames the day.

Each case is a form the ninety-fifth held-out set showed (a campus superday's agenda, a
trading firm's onsite schedule, a Zoom invite's own line of who runs which part), written
here in the smallest shape that holds the rule.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from agent.core.model import Attendee, CalendarEvent, Notes
from agent.core.people import interviewers_of, names_in_description
from tests.builders import CASEY, CASEY_RULES, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
event = partial(invite_to_casey, start=datetime(2026, 12, 17, 14, tzinfo=UTC))


def emails(ev: CalendarEvent) -> list[str]:
    return sorted(p.email for p in interviewers_of(ev, ME, Notes(), RULES))


SUPERDAY = """Here's your Superday agenda (all times Eastern).

9:00 - 9:15   Welcome & overview of the Analyst Program (Bree Kowalski, Campus Recruiting)
9:15 - 10:00  Technical interview #1 - coding (Priya Venkat, VP, Core Banking Platforms)
10:00 - 10:45 Technical interview #2 - design (Owen Marchetti, SVP, Markets Data)
10:45 - 11:00 Break
11:00 - 11:45 Behavioral / fit (Grace Oyelaran)
11:45 - 12:30 Informal Q&A with current analysts (not evaluated - ask them anything!)

Thanks,
Bree"""


def test_a_slot_names_who_runs_it_in_brackets() -> None:
    named = [n for n, _ in names_in_description(SUPERDAY)[0]]
    assert named == ["Priya Venkat", "Owen Marchetti", "Grace Oyelaran"]


def test_the_recruiter_who_only_opens_the_day_is_no_interviewer() -> None:
    panel = [
        Attendee("priya@hstone.example", "Venkat, Priya"),
        Attendee("owen@hstone.example", "Marchetti, Owen"),
        Attendee("grace@hstone.example", "Oyelaran, Grace"),
    ]
    ev = event("Superday - Casey Candidate", *panel, organizer="bree@hstone.example",
               organizer_name="Kowalski, Bree", description=SUPERDAY)  # fmt: skip
    assert emails(ev) == ["grace@hstone.example", "owen@hstone.example", "priya@hstone.example"]


def test_a_welcome_by_the_hiring_manager_is_still_theirs() -> None:
    text = (
        "Agenda:\n9:00 - 9:15  Welcome and overview (Dana Whitlock, Director of Finance)\n"
        "9:15 - 10:00  Case study (Sam Oduya, Senior Analyst)"
    )
    assert [n for n, _ in names_in_description(text)[0]] == ["Dana Whitlock", "Sam Oduya"]


def test_a_lunch_not_part_of_the_evaluation_names_no_interviewer() -> None:
    text = (
        "Schedule for Friday.\n\n"
        "9:30 - 10:30   Algorithms & coding - Ruth Adeyemi\n"
        "11:30 - 12:30  Lunch with Dev Ramchandani from the desk (casual - not part of the "
        "evaluation)\n"
        "12:30 - 1:30   Probability & estimation - Keiko Almstedt\n"
    )
    assert [n for n, _ in names_in_description(text)[0]] == ["Ruth Adeyemi", "Keiko Almstedt"]


def test_an_optional_attendee_the_description_leaves_out_only_watches() -> None:
    beatriz = Attendee("beatriz@rvine.example", "Beatriz Salcedo")
    anand = Attendee("anand@rvine.example", "Anand Kapadia")
    tess = Attendee("tess@rvine.example", "Tess Gallagher", role="opt-participant")
    text = "APM first round: product sense (Beatriz) + analytical (Anand). 45 min total."
    ev = event("APM Interview", beatriz, anand, tess, organizer="beatriz@rvine.example",
               organizer_name="Beatriz Salcedo", description=text)  # fmt: skip
    assert emails(ev) == ["anand@rvine.example", "beatriz@rvine.example"]
    # ... but with nobody named, an optional attendee may be on the panel as well
    ev = event("APM Interview", beatriz, anand, tess, organizer="beatriz@rvine.example",
               organizer_name="Beatriz Salcedo", description="45 min total.")  # fmt: skip
    assert emails(ev) == ["anand@rvine.example", "beatriz@rvine.example", "tess@rvine.example"]
