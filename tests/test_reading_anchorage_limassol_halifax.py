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


# ------------------------------------------------------------------ Accra, San Juan, Colombo


def test_a_friends_coffee_titled_with_an_emoji_about_a_post_not_yet_approved() -> None:
    from agent.core.verdict import Outcome, judge

    friend = Attendee("ama.owusu@gmail.com", "Ama Owusu")
    ev = invite_to_casey(
        "☕ Casey & Ama", friend, start=START, organizer=friend.email,
        description="My boss keeps saying we'll need an analyst after the new scheme launches, "
        "but nothing has been approved and there's no advert yet.",
    )  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.MAYBE


def test_roles_with_a_word_that_names_a_round_elsewhere_and_where_the_ad_was_seen() -> None:
    ev = invite_to_casey("Casey Candidate <> Harmattan Solar – Portfolio Risk Analyst interview",
                         start=START)  # fmt: skip
    assert read(ev).role == "Portfolio Risk Analyst"
    note = invite_to_casey(
        "Phone interview – Galle Face Hotels (Revenue Analyst)", start=START,
        description="Role: Revenue Analyst – Group Revenue Management (topjobs ad).",
    )  # fmt: skip
    assert read(note).role == "Revenue Analyst – Group Revenue Management"


def test_closures_with_weekdays_ordinals_years_and_a_reopening_that_will_come() -> None:
    found = find_date(
        "We still have final-stage interviews running until Friday, 18th December 2026, and we "
        "will communicate the outcome within ten (10) working days after the last interview. "
        "Our offices will be closed on Friday, 25th December "
        "(Christmas Day), Monday, 28th December (Boxing Day holiday) and Friday, 1st January "
        "2027 (New Year's Day).",
        after=date(2026, 12, 9), holidays=public_holidays("GH", "", [2026, 2027]),
    )  # fmt: skip
    assert found is not None and found.value == date(2027, 1, 6)
    found = find_date(
        "We expect to communicate the outcome within fifteen (15) working days from today. The "
        "University will be closed for the Christmas break from Thursday, 24th December 2026 and "
        "will reopen on Monday, 4th January 2027.",
        after=date(2026, 12, 8), holidays=public_holidays("GH", "", [2026, 2027]),
    )  # fmt: skip
    assert found is not None and found.value == date(2027, 1, 8)
    found = find_date(
        "We will revert to you within 15 working days. Our offices will be closed on Wednesday, "
        "23rd December for the Poya and from Thursday, 24th December to Friday, 1st January for "
        "the annual shutdown.",
        after=date(2026, 12, 9),
    )  # fmt: skip
    assert found is not None and found.value == date(2027, 1, 11)


def test_spanish_rounds_rejections_and_a_count_from_the_interview() -> None:
    on = date(2026, 12, 8)
    assert classified(
        "Gerardo quiere continuar el proceso contigo con una entrevista de panel por Teams el "
        "martes, 1 de diciembre.", "PR", date(2026, 11, 23), month_first=True,
    )[0] is ReplyKind.NEXT_ROUND  # fmt: skip
    for body in (
        "El cliente revisó a todos los candidatos y decidió no continuar con tu candidatura.",
        "Luego de evaluar a todos los finalistas, el comité decidió ofrecerle la plaza de "
        "Analista a otra persona.",
    ):
        assert classified(body, "PR", on, month_first=True)[0] is ReplyKind.REJECTION
    found = find_date(
        "Le estaremos comunicando la determinación en un término de diez (10) días laborables "
        "contados a partir de la fecha de su entrevista.",
        after=on, interviewed=date(2026, 12, 3),
    )  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 17)


def test_a_spanish_committee_and_a_call_number_that_opens_with_the_bodys_initials() -> None:
    event = invite_to_casey(
        "Entrevista – Convocatoria JP-2026-044 – Economista I", start=START,
        organizer="lrivera@jp.pr.gov", organizer_name="Rivera Ortiz, Lourdes",
        description="Por este medio se le cita a entrevista para el puesto de Economista I "
        "(Convocatoria JP-2026-044) del Programa de Planificación Física de la Junta de "
        "Planificación de Puerto Rico.\n\nLa entrevista estará a cargo del Comité Evaluador, "
        "compuesto por el Dr. Ramón Soto Vélez (Presidente), la Econ. Ivelisse Cruz Díaz y el "
        "Sr. Héctor Ortiz Pagán. La suscribiente no forma parte del Comité.\n\nLourdes Rivera "
        "Ortiz\nJunta de Planificación de Puerto Rico",
    )  # fmt: skip
    got = read(event)
    assert got.company.startswith("Junta de Planificación")
    assert sorted(p.name for p in got.interviewers) == [
        "Héctor Ortiz Pagán", "Ivelisse Cruz Díaz", "Ramón Soto Vélez"]  # fmt: skip


def test_a_client_partner_a_units_initials_and_a_subsidiary_on_its_groups_domain() -> None:
    lead = Attendee("ruth.price@harrowgate.co.uk", "Ruth Price")
    partner = invite_to_casey(
        "Harrowgate UK | Client delivery interview – Casey Candidate", lead, start=START,
        organizer=lead.email, organizer_name=lead.name,
        description="Tom Reyes, our Client Partner for North American accounts, and I will be "
        "your interviewers.\n\nRuth Price\nHead of Delivery | Harrowgate UK",
    )  # fmt: skip
    assert read(partner).company == "Harrowgate UK"
    md = Attendee("nimal.perera@seneviratne.lk", "Nimal Perera")
    tea = invite_to_casey(
        "Interview – Commercial Analyst – Kotmale Estates PLC", md, start=START,
        organizer="dilani.silva@seneviratne.lk", organizer_name="Dilani Silva",
        description="Thank you for your application for the position of Commercial Analyst at "
        "Kotmale Estates PLC. The panel will comprise Mr. Nimal Perera and myself.\n\nDilani "
        "Silva\nKotmale Estates PLC | A Seneviratne Group company",
    )  # fmt: skip
    assert read(tea).company.startswith("Kotmale Estates")


def test_a_declined_attendee_named_as_staying_away_leaves_the_writer_in() -> None:
    writer = Attendee("kumari.perera@lakmal.lk", "Kumari Perera", response="accepted")
    other = Attendee("ruwan.silva@lakmal.lk", "Ruwan Silva", response="accepted")
    hrbp = Attendee("nisha.raj@lakmal.lk", "Nisha Raj", response="declined")
    event = invite_to_casey(
        "Lakmal | Interview – Fraud Analyst (Casey Candidate)", writer, other, hrbp, start=START,
        organizer=writer.email, organizer_name=writer.name,
        description="The interview will be with me and Ruwan Silva, our Senior Manager.\n\n"
        "Nisha Raj (HRBP) is added for information only and won't be joining.",
    )  # fmt: skip
    assert sorted(p.name for p in read(event).interviewers) == ["Kumari Perera", "Ruwan Silva"]
    text = "Ms. Amaya Silva calls me. She said Mr. Dinesh de Mel will also be on the line."
    # (as a sentence writes a name, its title with it: the invite's reader drops it)
    assert [n for n, _ in names_in_description(text)[0]] == ["Amaya Silva", "Mr. Dinesh de Mel"]


def test_waits_rounds_and_questions_in_sri_lankan_english() -> None:
    on = date(2026, 12, 9)
    assert classified(
        "A final decision has not yet been taken – we are completing the last of the panel "
        "interviews. We expect to revert to all shortlisted candidates within 10 working days.",
        "LK", on,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 24))  # fmt: skip
    assert classified(
        "Management is yet to take a final decision on the position, so I'm unable to give you "
        "a definite timeline at this point.", "LK", on,
    )[0] is ReplyKind.STILL_DECIDING  # fmt: skip
    assert classified(
        "With reference to your application for the above post, I am pleased to inform you that "
        "you have been called for an interview before the Selection Committee.", "LK", on,
    )[0] is ReplyKind.NEXT_ROUND  # fmt: skip
    assert classified(
        "Before your interview on the 16th, the client has asked me to check a few things with "
        "you. This isn't an offer and they haven't decided anything yet.\n\n1. What is your "
        "expected salary?\n\nKindly revert by Friday, 11th December.", "LK", on,
    )[0] is ReplyKind.OTHER  # fmt: skip


def test_a_job_board_that_relays_an_employers_decision_in_its_region() -> None:
    from agent.core.senders import is_job_board

    assert is_job_board("jobberman.com") and is_job_board("topjobs.lk")


def test_a_day_that_only_says_silence_means_no_is_no_decision_date() -> None:
    on = date(2026, 11, 23)
    kind, when = classified(
        "Hemos recibido correctamente su candidatura. Si en un plazo de 15 días no recibe "
        "noticias nuestras, entienda que su candidatura no ha sido seleccionada.", "ES", on,
    )  # fmt: skip
    assert when is None and kind is not ReplyKind.REJECTION
    # ... while a condition about something else keeps the day it gives
    kind, when = classified(
        "If all goes well, we will make a decision by Friday, December 18.", "US", on,
        month_first=True,
    )  # fmt: skip
    assert (kind, when) == (ReplyKind.STILL_DECIDING, date(2026, 12, 18))
