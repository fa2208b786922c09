"""Invites and mail as employers in Anchorage, Limassol and Halifax write them.

Shapes (our own wording, after what these senders use): a US state's shared domain with its
directory tagging each name with the agency ("(DFG)") while the personnel office sends the
invite ("(DOA)"), a signature's "Dept.", a position control number; an oil-field employer's
questions for everyone in the final round; an agency passing on that the client's final
interviews "wrap up Friday 12/18"; a Cypriot public body's board interview in Greek, its
domain its initials in Latin letters, its call's number ("Προκήρυξη 3/2026"); "within the
next fifteen working days"; a Toronto bank's closures, each day with its "on"; Indeed's
status mail from an address of its own; a province's "reference checks to complete".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.core.attendance import writer_joins
from agent.core.dates import find_date
from agent.core.days_off import public_holidays
from agent.core.detect import to_interview
from agent.core.model import Attendee, DateMention, ReplyKind
from agent.core.people import names_in_description
from agent.core.replies import names_its_company
from agent.core.reply_classify import classify
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 19, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


def classified(
    body: str, country: str, on: date, *, month_first: bool = False, subdivision: str = ""
) -> tuple[ReplyKind, date | None]:
    msg = inbox_message("hr@employer.example", "Update", body,
                        received=datetime(on.year, on.month, on.day, 15, tzinfo=UTC))  # fmt: skip
    kind, mention = classify(
        msg, after=on, month_first=month_first,
        holidays=public_holidays(country, subdivision, [on.year, on.year + 1]),
    )  # fmt: skip
    return kind, mention.value if isinstance(mention, DateMention) else None


# --------------------------------------------------------------------------- people


def test_the_writer_who_conducts_the_interview_with_a_colleague_joins() -> None:
    assert writer_joins("The interview will be conducted by myself and Ms Nora Pike, our CFO.")
    assert not writer_joins("I will introduce myself and then leave you with the panel.")


def test_what_they_will_do_after_a_dash_names_no_one() -> None:
    text = "It'll be me and Ilya again – we'll show you how treasury and FinOps work together."
    assert [n for n, _ in names_in_description(text)[0]] == ["Ilya"]


def test_a_post_and_its_function_after_a_name_are_not_a_second_person() -> None:
    text = "Your panel will be Dana Ruiz, Senior Manager, Model Validation, and me."
    assert [n for n, _ in names_in_description(text)[0]] == ["Dana Ruiz"]


# --------------------------------------------------------------------------- company and role


def test_a_state_agency_named_by_its_interviewers_tag_not_the_personnel_office() -> None:
    hr = Attendee("pat.hr@alaska.gov", "Pike, Pat (DOA)")
    chair = Attendee("ray.lund@alaska.gov", "Lund, Ray (DNR)")
    member = Attendee("ana.soto@alaska.gov", "Soto, Ana (DNR)")
    event = invite_to_casey(
        "Panel Interview: Hydrologist II, PCN 08-1173 – Casey Candidate", hr, chair, member,
        start=START, organizer=hr.email, organizer_name=hr.name,
        description="Thank you for applying to the Hydrologist II (PCN 08-1173) recruitment "
        "with the State of Alaska, Department of Natural Resources, Division of Dams. "
        "The hiring panel:\n- Ray Lund, Hydrologist IV\n- Ana Soto, Engineer III",
    )  # fmt: skip
    got = read(event)
    assert (got.company, got.role) == ("Department of Natural Resources", "Hydrologist II")


def test_the_agency_a_signature_abbreviates_after_the_states_name() -> None:
    chair = Attendee("ray.lund@alaska.gov", "Lund, Ray (DNR)")
    event = invite_to_casey(
        "ADNR – second interview (Casey Candidate)", start=START, organizer=chair.email,
        organizer_name=chair.name,
        description="Casey,\n\nIt will be me and our regional engineer.\n\nRay\n\nRay Lund\n"
        "Hydrologist IV | Division of Dams\nAlaska Dept. of Natural Resources\n(555) 010-2000",
    )  # fmt: skip
    assert read(event).company == "Alaska Dept. of Natural Resources"


def test_a_greek_boards_interview_its_call_number_and_its_members() -> None:
    event = invite_to_casey(
        "Προσωπική συνέντευξη – Λειτουργός Διοικητικών Υπηρεσιών (Προκήρυξη 7/2026)",
        start=START, organizer="e.pavlou@aly.org.cy", organizer_name="Παύλου Ελένη",
        description="Αγαπητή κυρία Candidate,\n\nη προσωπική σας συνέντευξη θα πραγματοποιηθεί "
        "ενώπιον του Διοικητικού Συμβουλίου.\n\nΤη συνέντευξη θα διεξαγάγουν τα μέλη του "
        "Συμβουλίου:\n- Πρόεδρος: Δρ Νίκος Ιωάννου\n- Μέλος: κα Άννα Γεωργίου\n\nΗ υπογράφουσα "
        "εκτελεί χρέη Γραμματέα και δεν συμμετέχει στην αξιολόγηση.\n\nΜε εκτίμηση,\nΕλένη "
        "Παύλου\nΑρχή Λιμένων Υδάτων\nΛεμεσός",
    )  # fmt: skip
    got = read(event)
    assert got.company == "Αρχή Λιμένων Υδάτων"
    assert got.role == "Λειτουργός Διοικητικών Υπηρεσιών"
    assert sorted(p.name for p in got.interviewers) == ["Άννα Γεωργίου", "Νίκος Ιωάννου"]


def test_where_the_job_sits_after_a_dash_is_no_part_of_it() -> None:
    event = invite_to_casey(
        "Phone interview – Kenai Salmon Co", start=START,
        description="Role: Plant Accountant - based in Homer, travel to Dillingham in summer.",
    )  # fmt: skip
    assert read(event).role == "Plant Accountant"


# --------------------------------------------------------------------------- mail


def test_questions_asked_of_everyone_in_the_final_round_are_no_new_round() -> None:
    body = (
        "A few questions I need answered for everyone coming in for final interviews - this "
        "isn't a decision either way:\n\n1. Do you hold a valid safety card?\n2. Can you work "
        "a 2 weeks on / 2 weeks off rotation?\n\nCould you reply by Monday, 12/14?"
    )
    assert classified(body, "US", date(2026, 12, 9), month_first=True)[0] is ReplyKind.OTHER


def test_the_clients_final_interviews_that_wrap_up_are_theirs_and_the_count_starts_there() -> None:
    body = (
        "They liked you a lot, but they haven't made a decision yet - they have two more "
        "candidates coming in next week, and their final interviews wrap up Friday 12/18. "
        "They'll make a decision within 10 business days of the last interview."
    )
    got = classified(body, "US", date(2026, 12, 10), month_first=True)
    assert got == (ReplyKind.STILL_DECIDING, date(2027, 1, 5))


def test_reference_checks_still_to_complete_are_the_employers_and_mid_january_is_the_day() -> None:
    body = (
        "No decision has been made yet. We still have reference checks to complete, and we "
        "expect to notify all candidates by mid-January 2027."
    )
    got = classified(body, "CA", date(2026, 12, 9), month_first=True, subdivision="NS")
    assert got == (ReplyKind.STILL_DECIDING, date(2027, 1, 15))


def test_a_count_in_words_past_fifteen_and_the_last_of_the_interviews_this_week() -> None:
    holidays = public_holidays("CY", "", [2026, 2027])
    found = find_date(
        "We expect to revert to all candidates within the next fifteen working days.",
        after=date(2026, 12, 9), holidays=holidays,
    )  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 31)
    found = find_date(
        "No decision yet – we are finishing the last of our interviews this week. We expect to "
        "be in touch within 10 working days of your interview.",
        after=date(2026, 12, 10), interviewed=date(2026, 12, 8),
    )  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 22)


def test_closures_each_with_its_on_and_a_holidays_name_in_brackets() -> None:
    found = find_date(
        "Marcus is finishing final interviews with the other candidates, and the last one is "
        "this Friday, December 11. He expects to decide within 10 business days of the final "
        "interviews. Our offices are closed on Friday, December 25, on Monday, December 28 "
        "(Boxing Day, observed) and on Friday, January 1.",
        after=date(2026, 12, 8), month_first=True,
    )  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 29)


def test_a_job_boards_status_mail_from_its_own_address_names_the_employer() -> None:
    msg = inbox_message(
        "indeedapply@indeed.com", "An update on your application to Harbourview Credit Union",
        "Harbourview Credit Union has updated your application. We will not be moving forward.",
        received=datetime(2026, 12, 2, 19, tzinfo=UTC), name="Indeed",
    )  # fmt: skip
    assert names_its_company(msg)


def test_the_persons_own_note_of_who_calls_or_whom_to_ask_for() -> None:
    text = "Julia Brennan (Senior Talent Advisor) calling re Data Analyst. Have notes ready."
    assert [n for n, _ in names_in_description(text)[0]] == ["Julia Brennan"]
    text = (
        "Ask for Fiona Tregenza (Head of Commercial) at reception - also meeting Dev Malhotra "
        "(Pricing Manager). Bring passport."
    )
    assert [n for n, _ in names_in_description(text)[0]] == ["Fiona Tregenza", "Dev Malhotra"]


def test_a_job_named_in_a_note_or_a_small_employers_letter() -> None:
    note = invite_to_casey(
        "Phone screen – Tanana Federal", start=START,
        description="Brooke Simms (recruiter, Tanana Federal) calls my cell. Supply Chain "
        "Specialist - Fairbanks, IPS elements. Ask: telework?",
    )  # fmt: skip
    assert read(note).role == "Supply Chain Specialist"
    owner = Attendee("walt.pruitt@gmail.com", "Walt Pruitt")
    letter = invite_to_casey(
        "Phone call w/ Casey Candidate re: plant finance job", owner, start=START,
        organizer=owner.email,
        description="I'll call your cell at 8. The job is the Plant Finance Manager spot I "
        "posted on Indeed.\n\nWalt Pruitt\nPresident",
    )  # fmt: skip
    got = read(letter)
    assert got.role == "Plant Finance Manager" and got.company != "plant finance job"
