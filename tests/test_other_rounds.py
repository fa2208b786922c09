"""A company's unclear invite, answered by another round with that employer (agent/core/detect.py).

"<Company> - intro" or "Quick chat" from someone at a company may or may not be
about a job; when another event with the same employer is plainly an interview,
they are rounds of one application. Invites modelled on Google Calendar REQUEST
invites from an employer's Workspace calendar (ORGANIZER at the employer, Meet link).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect
from agent.core.employer import shared_names
from agent.core.model import Attendee, CalendarEvent, DetectRules
from tests.test_employer import read

ME = "casey@example.com"
RULES = DetectRules(my_name="Casey Candidate")


def event(uid: str, title: str, organizer: str, day: int, *others: str) -> CalendarEvent:
    return CalendarEvent(
        uid=uid,
        calendar_id="primary",
        title=title,
        start=datetime(2026, 11, day, 15, tzinfo=UTC),
        end=datetime(2026, 11, day, 15, 30, tzinfo=UTC),
        attendees=(
            Attendee(ME, "Casey Candidate"),
            Attendee(organizer, organizer.partition("@")[0].replace(".", " ").title()),
            *(Attendee(o, "") for o in others),
        ),
        organizer_email=organizer,
        organizer_name=organizer.partition("@")[0].replace(".", " ").title(),
        link="https://meet.google.com/abc-defg-hij",
    )


def system_round(
    title: str, sender: str, sender_name: str, description: str = "", day: int = 18, hour: int = 10
) -> CalendarEvent:
    """A first round a tracking system sent from its no-reply address: no employer domain."""
    return CalendarEvent(
        uid="a",
        calendar_id="primary",
        title=title,
        start=datetime(2026, 11, day, hour, tzinfo=UTC),
        end=datetime(2026, 11, day, hour + 1, tzinfo=UTC),
        attendees=(Attendee(ME, "Casey Candidate"),),
        organizer_email=sender,
        organizer_name=sender_name,
        description=description,
    )


def one_application(events: list[CalendarEvent]) -> bool:
    interviews, _ = detect(events, me=ME, tz=ZoneInfo("UTC"), rules=RULES)
    return len(interviews) == len(events) and len({i.application for i in interviews}) == 1


def outcome(events: list[CalendarEvent], uid: str) -> str:
    interviews, skipped = detect(events, me=ME, tz=ZoneInfo("UTC"), rules=RULES)
    if any(i.uid == uid for i in interviews):
        return "interview"
    return "maybe" if any(s.uid == uid and s.maybe for s in skipped) else "not"


CASES = [
    # (unclear event, other event or None, expected outcome of the unclear one)
    (
        event("a", "Saltmarsh Robotics - intro", "nora.hale@saltmarsh-robotics.com", 3),
        event("b", "Interview: Saltmarsh Robotics onsite", "nora.hale@saltmarsh-robotics.com", 9),
        "interview",
    ),
    (
        event("a", "Quick chat", "ravi.iyer@brackenhollow.io", 4),
        event("b", "Phone screen - Bracken Hollow", "talent@brackenhollow.io", 2),
        "interview",
    ),
    # A later round named by what it is: "Final", a plant walk, an exec "convo".
    (
        event("a", "CVJ – Final – C. Candidate", "isa.roy@val-fleuri.ca", 8),
        event("b", "Entrevue / Interview – Marketing Manager", "isa.roy@val-fleuri.ca", 2),
        "interview",
    ),
    (
        event("a", "Visita a planta / plant walk – Casey", "ramon.g@lagunaverde.com", 9),
        event("b", "Interview – Regional Ops Manager", "dana.o@lagunaverde.com", 1),
        "interview",
    ),
    (
        event("a", "Visita a planta / plant walk – Casey", "ramon.g@lagunaverde.com", 9),
        None,
        "maybe",
    ),
    (
        event("a", "LVS <> Casey – final (exec convo)", "theo.s@lagunaverde.com", 9),
        event("b", "Hiring manager interview – Laguna Verde", "theo.s@lagunaverde.com", 2),
        "interview",
    ),
    # Nothing else with that employer: the person is asked.
    (
        event("a", "Saltmarsh Robotics - intro", "nora.hale@saltmarsh-robotics.com", 3),
        None,
        "maybe",
    ),
    # An interview with another employer answers nothing.
    (
        event("a", "Saltmarsh Robotics - intro", "nora.hale@saltmarsh-robotics.com", 3),
        event("b", "Interview: Bracken Hollow", "ravi.iyer@brackenhollow.io", 9),
        "maybe",
    ),
]


@pytest.mark.parametrize(("unclear", "other", "expected"), CASES)
def test_another_round_with_the_employer_settles_an_unclear_invite(
    unclear: CalendarEvent, other: CalendarEvent | None, expected: str
) -> None:
    events = [unclear] if other is None else [unclear, other]
    assert outcome(events, "a") == expected


def test_a_cancelled_round_settles_nothing() -> None:
    other = event("b", "Interview: Saltmarsh Robotics", "nora.hale@saltmarsh-robotics.com", 9)
    other = CalendarEvent(**{**other.__dict__, "status": "cancelled"})
    unclear = event("a", "Saltmarsh Robotics - intro", "nora.hale@saltmarsh-robotics.com", 3)
    assert outcome([unclear, other], "a") == "maybe"


def test_whose_interview_it_is_stays_the_persons_question() -> None:
    # The person organised it with the company: are they the candidate? Not answered here.
    mine = CalendarEvent(
        **{
            **event("a", "Coffee chat", "nora.hale@saltmarsh-robotics.com", 3).__dict__,
            "organizer_email": ME,
            "organizer_name": "Casey Candidate",
        }
    )
    other = event("b", "Interview: Saltmarsh Robotics", "nora.hale@saltmarsh-robotics.com", 9)
    assert outcome([mine, other], "a") != "interview"


@pytest.mark.parametrize(
    ("title", "person", "company"),
    [
        ("Interview: SaltmarshRobotics Inc. final", "Nora Hale <nora@saltmarsh-robotics.com>",
         "Saltmarsh Robotics"),
        ("Interview: Saltmarsh Robotics final", "Nora Hale <nora@saltmarsh-robotics.com>",
         "Saltmarsh Robotics"),
        ("Interview: T-Mobile final", "Nora Hale <nora@t-mobile.com>", "T-Mobile"),
        ("Interview: HubSpot final", "Nora Hale <nora@hubspot.com>", "HubSpot"),
    ],
)  # fmt: skip
def test_a_hyphenated_domain_parts_a_run_together_name(
    title: str, person: str, company: str
) -> None:
    assert read(title, person).company == company


def test_a_round_a_tracking_system_sent_under_the_employers_name_answers_a_later_one() -> None:
    # the first round came from a system's no-reply address, so it gives no domain; the
    # employer's name it writes is the one the second round's domain spells
    first = system_round("Interview: Data Analyst Pricing – Donaukanal Handels AG",
                         "noreply@successfactors.eu", "Donaukanal Handels AG Recruiting",
                         day=23, hour=9)  # fmt: skip
    second = event("b", "DHAG – Case Study Präsentation", "petra.holzer@donaukanal-handel.example",
                   30, "jonas.egger@donaukanal-handel.example")  # fmt: skip
    assert outcome([first, second], "b") == "interview"
    assert outcome([second], "b") == "maybe"


def test_a_round_titled_by_initials_and_a_department_joins_the_full_name() -> None:
    """ "HTV Estates – second stage" on a shared health domain, after a tracking system's
    invite under "Hartshead and Tame Valley Hospitals ..." (our own names)."""
    trust = "Ribble and Calder Valley Hospitals NHS Trust"
    first = system_round(f"Interview: Estates Engineer – {trust}", "noreply@trac.jobs", trust)
    second = replace(
        event("b", "RCV Estates – second stage – Casey Candidate", "amos.boateng@nhs.net", 30,
              "ruth.okafor@nhs.net"),
        description="Following your interview, Ruth and I would like to meet you on site.",
    )  # fmt: skip
    interviews, _ = detect([first, second], me=ME, tz=ZoneInfo("UTC"), rules=RULES)
    assert len(interviews) == 2 and len({i.application for i in interviews}) == 1
    assert shared_names([(i.company, i.role) for i in interviews])[0] == (
        "Ribble and Calder Valley Hospitals NHS Trust"
    )


@pytest.mark.parametrize(
    ("first_title", "first_sender", "second_title", "second_organizer"),
    [
        # the same initials, once from a tracking system and once from the employer's domain
        ("Invitation: Sr. Planner (Req 1) - ZOS", "noreply@successfactors.eu",
         "ZOS panel interview Sr. Planner (on site)", "bart.smit@zos-optisch.example"),
        # the full name from a system; initials, then a word of the name, in the domain
        ("Interview: Planner - Zeeland Terminal Operations", "zto@myworkday.com",
         "ZTO - 2e gesprek Planner", "femke.bos@zto-terminals.example"),
        # the first word and the start of the last in the domain
        ("Colloquio: Planner - Chiara Componenti Automotive", "noreply@successfactors.eu",
         "CCA | secondo colloquio", "ugo.neri@chiara-auto.example"),
    ],
)  # fmt: skip
def test_a_round_from_a_system_joins_the_round_from_the_employers_domain(
    first_title: str, first_sender: str, second_title: str, second_organizer: str
) -> None:
    first = system_round(first_title, first_sender, "Talent Acquisition")
    assert one_application([first, event("b", second_title, second_organizer, 30)])


def test_a_round_titled_by_initials_with_an_ampersand_keeps_the_full_name() -> None:
    assert shared_names(
        [("Delaware & Tinicum University", "Instructional Designer"), ("D&T CTL search", "")]
    ) == ("Delaware & Tinicum University", "Instructional Designer")


def test_a_round_titled_by_every_initial_and_a_department_keeps_the_full_name() -> None:
    assert shared_names([("Kalayaan Savings and Trust Bank", "Team Lead"), ("KSTB SSC", "")]) == (
        "Kalayaan Savings and Trust Bank",
        "Team Lead",
    )


def test_a_name_the_address_writes_whole_beats_its_short_form_in_the_title() -> None:
    jo = "jo@acmecodeworks.example"
    found = read("Acme Code - final interview (onsite) - Casey", f"Jo Tan <{jo}>",
                 organizer=jo, location="Acme Codeworks, 6F eBloc 4")  # fmt: skip
    assert found.company == "Acme Codeworks"


def test_a_domain_named_for_one_word_of_the_employer_joins_its_rounds() -> None:
    first = system_round("Interview: R-1 CRM Manager - Casey Candidate", "zelmira@myworkday.com",
                         "Maison Zelmira Japon",
                         "Thank you for your application to Maison Zelmira Japon K.K.")  # fmt: skip
    second = event("b", "【Zelmira Japan】最終面接", "anne.roux@zelmira.example", 30)
    assert one_application([first, second])


FIRST = event("r1", "Interview: Tallowfen Freight - Ops Manager", "ines.moreau@tallowfen.co", 3)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # titled by initials and a topic, or by the company and the person: no interview word
        (event("r2", "TF | Ops Mgr - case presentation", "ines.moreau@tallowfen.co", 10,
               "kofi.asante@tallowfen.co"), "interview"),
        (event("r2", "Tallowfen x Casey - ops deep dive", "kofi.asante@tallowfen.co", 17),
         "interview"),
        # what comes after a hire, or said not to be an interview
        (event("r2", "Welcome to Tallowfen!", "ines.moreau@tallowfen.co", 10), "not"),
        (event("r2", "Fingerprinting / temp badge", "security@tallowfen.co", 10), "not"),
        (replace(event("r2", "Admin with Ines", "ines.moreau@tallowfen.co", 10),
                 description="Not an interview - purely admin."), "not"),
        # another organisation's people on it too
        (event("r2", "Quarterly planning", "ines.moreau@tallowfen.co", 10, "lee@partner.example"),
         "not"),
        # weeks after the interview, or before it
        (replace(event("r2", "Ops planning", "ines.moreau@tallowfen.co", 3),
                 start=datetime(2027, 1, 20, 15, tzinfo=UTC),
                 end=datetime(2027, 1, 20, 16, tzinfo=UTC)), "not"),
        (event("r2", "Ops planning", "ines.moreau@tallowfen.co", 1), "not"),
    ],
)  # fmt: skip
def test_a_later_meeting_with_the_same_employer_is_a_later_round(
    later: CalendarEvent, expected: str
) -> None:
    """A second round titled without an interview word ("ZP | Sr Mgr RevOps - case
    presentation") follows the first within weeks, with that employer's people alone."""
    assert outcome([FIRST, later], "r2") == expected
    if expected == "interview":
        assert one_application([FIRST, later])


def test_a_meeting_that_may_be_a_later_round_is_kept_for_detection() -> None:
    """The stored-event filter keeps a meeting with one outside employer's people, so the
    cycle sees it beside the interview it may follow."""
    from agent.core.detect import noticed

    assert noticed(event("r2", "Ops planning", "ines.moreau@tallowfen.co", 10), RULES, ME)
    assert not noticed(event("r2", "Dentist", "desk@dental.example", 10, "x@other.example"),
                       RULES, ME)  # fmt: skip


def test_an_agencys_round_and_the_clients_own_next_one_are_one_application() -> None:
    """A recruitment agency books the first round for its client; the client's CFO sends the
    second from the client's own domain, titled without an interview word (set 87's shape:
    "Vintry Ward - Ingrid / Casey Candidate (Webex)")."""
    first = replace(
        event("a1", "Casey Candidate - 1st interview - Vintry Ward Capital - Head of Financial "
              "Control", "reuben.stallybrass@harcastlefinch.example", 3),
        description="Confirming your first interview with Vintry Ward Capital LLP for the Head "
        "of Financial Control role.\n\nI won't be attending.\n\nReuben Stallybrass\nPrincipal "
        "Consultant\nHarcastle Finch Recruitment | 020 7946 0318",
    )  # fmt: skip
    second = event("a2", "Vintry Ward - Ingrid / Casey Candidate (Webex)",
                   "dominic.aspinwall@vintryward.example", 10,
                   "ingrid.kvalvik@vintryward.example")  # fmt: skip
    assert read(first.title, description=first.description,
                organizer=first.organizer_email).company == "Vintry Ward Capital"  # fmt: skip
    assert outcome([first, second], "a2") == "interview"
    assert one_application([first, second])
    # an employer's own recruiting team signing its name is no agency
    own = replace(
        first, description="Scheduled by GoodTime on behalf of Harcastle Finch Recruiting"
    )
    assert outcome([own, second], "a2") != "interview"


def test_a_brands_case_study_after_the_legal_names_interview() -> None:
    # Workday invited under "Tèxtils Garbí, S.A."; the next round comes from garbi.com,
    # titled only "Case study + equip": the brand is one word of the legal name.
    first = system_round(
        "Interview: Data Analyst – Pricing (R-0041872) – Tèxtils Garbí, S.A.",
        "garbi@myworkday.com",
        "Tèxtils Garbí, S.A.",
        day=3,
    )
    second = event("b", "GARBÍ | Case study + equip – Casey", "noemi.sarria@garbi.com", 10)
    assert outcome([first, second], "b") == "interview"
    assert one_application([first, second])


def test_a_scheduling_assistants_pharmacy_and_its_rx_domain_are_one_application() -> None:
    # Paradox books "Hatchway Pharmacy" from its own domain; the district manager's
    # in-store round comes from hatchwayrx.com and names the store by its number.
    first = system_round(
        "Phone Interview - Hatchway Pharmacy - Pharmacy Technician (Certified)",
        "noreply@paradox.ai",
        "Olivia at Hatchway Pharmacy",
        day=3,
    )
    second = event(
        "b",
        "Hatchway Rx #0417 - in-store interview (C. Candidate)",
        "dwight.ruffner@hatchwayrx.com",
        8,
    )
    assert one_application([first, second])
    interviews, _ = detect([first, second], me=ME, tz=ZoneInfo("UTC"), rules=RULES)
    assert "#" not in next(i for i in interviews if i.uid == "b").company


def test_a_hiring_open_house_with_interviews_on_the_spot_is_for_the_person_to_settle() -> None:
    # Eventbrite's ticket for a care home's "Open House & Hiring Event": no slot, no one named.
    fair = replace(
        event(
            "a", "Nursing Open House & Hiring Event - Clermont Meadows", "x@eventbrite.example", 9
        ),
        attendees=(Attendee(ME, "Casey Candidate"),),
        organizer_email="",
        organizer_name="",
        description="Now hiring RNs. On-the-spot interviews available for qualified candidates!",
    )
    assert outcome([fair], "a") == "maybe"
    quiet = replace(fair, description="Tour the community and meet the leadership team.")
    assert outcome([quiet], "a") == "not"
    # ... and one the person's own employer holds, with a colleague on it, is not theirs
    at_work = DetectRules(my_name="Casey Candidate", work_domains=frozenset({"initrode.example"}))
    own = replace(
        fair, attendees=(Attendee(ME, "Casey Candidate"), Attendee("hr@initrode.example", "HR"))
    )
    interviews, skipped = detect([own], me=ME, tz=ZoneInfo("UTC"), rules=at_work)
    assert not interviews and not any(s.maybe for s in skipped)


def test_a_workday_accounts_name_is_the_first_part_of_the_employers_domain() -> None:
    """Workday writes from fks@myworkday.com for "Finkenwerder Kabinensysteme GmbH"; the next
    round comes from fks-kabine.de, titled "FKS SCM Kabine – Zweitgespräch" (our own names)."""
    first = system_round(
        "Interview: Projektleiter Supply Chain (m/w/d) at Finkenwerder Kabinensysteme GmbH",
        "fks@myworkday.com", "Finkenwerder Kabinensysteme GmbH",
        description="Interviewer: Svenja Kröger",
    )  # fmt: skip
    second = event("b", "FKS SCM Kabine – Zweitgespräch vor Ort", "frerk.bruhns@fks-kabine.de", 30,
                   "aylin.tekinalp@fks-kabine.de")  # fmt: skip
    interviews, _ = detect([first, second], me=ME, tz=ZoneInfo("UTC"), rules=RULES)
    assert len(interviews) == 2 and len({i.application for i in interviews}) == 1
    # ... under the name the first round wrote out, not the title's initials and department
    named = shared_names([(i.company, i.role) for i in interviews], "fkskabine")[0]
    assert named.startswith("Finkenwerder Kabinensysteme")
    # (an account of two letters, or another account's name, joins nothing)
    other = replace(first, organizer_email="fk@myworkday.com")
    interviews, _ = detect([other, second], me=ME, tz=ZoneInfo("UTC"), rules=RULES)
    assert len({i.application for i in interviews}) == 2
