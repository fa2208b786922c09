"""Invites and mail as California's public employers, Swiss employers and Israeli
companies write them.

Shapes (our own wording, after what these senders really use): California state
Outlook directories' "Last, First@DEPT" display names and civil-service panels with a
timekeeper; NEOGOV invites under "County of X" while the county writes from
xcounty.gov; Zoom's "<Account> is inviting you to a scheduled Zoom meeting" for a
college's account; EDJOIN and CalCareers status mail; Swiss German ("Entscheid",
"Zweitgespräch", "Bewerberkonto") and Personio's contract paperwork in French and
English; Hebrew rejections, offers and coordinators who will not attend.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.employer import shared_names
from agent.core.model import (
    Attendee,
    CalendarEvent,
    MailMessage,
    Notes,
    ReplyKind,
)
from agent.core.names import display_name, split_name_list
from agent.core.people import interviewers_of, names_in_description
from agent.core.replies import about_an_application, classify, customer_notice
from agent.core.senders import is_tracking_system
from agent.core.spelled import matches_label
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 15, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def emails(ev: CalendarEvent) -> list[str]:
    return sorted(p.email for p in interviewers_of(ev, ME, Notes(), RULES))


def company(ev: CalendarEvent) -> str:
    return to_interview(ev, ME, ZoneInfo("UTC"), RULES, "").company


def mail(body: str, subject: str = "Re: Thank you", sender: str = "hr@acme.example") -> MailMessage:
    return inbox_message(sender, subject, body, received=datetime(2026, 12, 14, 9, tzinfo=UTC))


def kind(body: str, subject: str = "Re: Thank you") -> ReplyKind:
    return classify(mail(body, subject), after=date(2026, 12, 14), month_first=False)[0]


# --------------------------------------------------------------------------- one application


@pytest.mark.parametrize(
    ("rounds", "label", "expected"),
    [
        # a round in the hiring system's shape names the employer; shorthand adds a site,
        # a department, or a unit's initials
        ([("Birsfeld Pharma", "Regulatory Affairs Manager"), ("Birsfeld Basel", "")], "birsfeld",
         "Birsfeld Pharma"),
        ([("Brennholt Semiconductor", "Validation Engineer"), ("BSI Haifa DC", "")], "brennholt",
         "Brennholt Semiconductor"),
        ([("DVRT", "Transit Planner II"), ("DVRT Service Planning", "")], "dvrt", "DVRT"),
        ([("County of Cosumnes", "Administrative Services Officer II"), ("DHA", "")],
         "cosumnescounty", "County of Cosumnes"),
        # ... but words of the domain's own are more of the name, and initials the domain
        # spells are the employer's
        ([("Sharavathi Information", "Technical Lead"), ("Sharavathi InfoServices", "")],
         "sharavathiinfo", "Sharavathi InfoServices"),
        ([("Associé de recherche clinique II", "Clinical Research Associate II"), ("BPCR", "")],
         "bpcr", "BPCR"),
    ],
)  # fmt: skip
def test_a_role_less_rounds_shorthand_does_not_rename_the_employer(
    rounds: list[tuple[str, str]], label: str, expected: str
) -> None:
    assert shared_names(rounds, label)[0] == expected


def test_a_county_named_of_writes_from_its_turned_domain() -> None:
    assert matches_label("County of Cosumnes", "cosumnescounty")
    assert matches_label("City of Laguna Oaks", "cityoflagunaoaks")
    assert not matches_label("County of Cosumnes", "cosumneswater")


# --------------------------------------------------------------------------- who and which


def test_a_state_directorys_department_tag_is_no_part_of_a_name() -> None:
    assert display_name("Ojukwu, Nkechi@ODE", "nkechi.ojukwu@digitalequity.ca.gov") == (
        "Nkechi Ojukwu"
    )
    assert display_name("Jane Doe", "jane@acme.example") == "Jane Doe"


def test_a_semicolon_list_keeps_each_persons_title_and_its_last_person() -> None:
    text = (
        "Harlan Voskuijlen, Staff Services Manager I, Grants Management; Deepa Raghunathan, "
        "Program Policy; and Trinh Nakamura-Ellis, AGPA, Grants Management"
    )
    assert [n for n, _, _ in split_name_list(text)] == [
        "Harlan Voskuijlen",
        "Deepa Raghunathan",
        "Trinh Nakamura-Ellis",
    ]
    committee = (
        "Screening committee: Dr. Angelica Ruvalcaba, Dean of Student Equity; Marcus "
        "Tiedemann, Counselor/Coordinator, EOPS; Lupe Santangelo, Classified Senate "
        "representative."
    )
    assert [n for n, _ in names_in_description(committee)[0]] == [
        "Dr. Angelica Ruvalcaba",
        "Marcus Tiedemann",
        "Lupe Santangelo",
    ]


def test_the_writer_and_who_they_name_are_the_panel() -> None:
    harlan = Attendee("harlan@drba.example", "Voskuijlen, Harlan")
    lorena = Attendee("lorena@drba.example", "Cabacungan, Lorena", role="opt-participant")
    text = "This will be an informal conversation with me and Harlan - about 30 minutes."
    ev = event("2nd Interview", harlan, lorena, organizer="mireille@drba.example",
               organizer_name="Okonkwo-Tate, Mireille", description=text)  # fmt: skip
    assert emails(ev) == ["harlan@drba.example", "mireille@drba.example"]


def test_german_and_hebrew_say_who_takes_part_and_who_does_not() -> None:
    reto = Attendee("reto@lorzentor.example", "Reto Hürlimann")
    marco = Attendee("marco@lorzentor.example", "Marco Zgraggen", role="opt-participant")
    text = "Reto Hürlimann (CCO/MLRO) und ich gehen mit dir deine Risikobewertung durch."
    ev = event("Debrief", reto, marco, organizer="nadja@lorzentor.example",
               organizer_name="Nadja Iten", description=text)  # fmt: skip
    assert emails(ev) == ["nadja@lorzentor.example", "reto@lorzentor.example"]
    ronen = Attendee("ronen@ofek.example", "רונן אזולאי")
    hebrew = (
        "את הראיון יקיים רונן אזולאי. אני אפתח את הפגישה ואעביר לרונן, אבל לא אהיה בראיון עצמו."
    )
    ev = event("ראיון", ronen, organizer="sigal@ofek.example", organizer_name="סיגל בן שמעול",
               description=hebrew)  # fmt: skip
    assert emails(ev) == ["ronen@ofek.example"]
    listed = names_in_description("Gesprächsteilnehmende:\nNadja Iten, Head of Compliance")[0]
    assert [n for n, _ in listed] == ["Nadja Iten"]


# --------------------------------------------------------------------------- what it is


def test_a_pair_of_first_names_about_a_job_and_a_case_study_debrief_are_interviews() -> None:
    ruth = Attendee("ruth@tzuf.example", "Ruth Anidjar")
    pair = event("Casey / Ruth - FP&A Manager", ruth, organizer=ruth.email)
    assert judge(pair, ME, RULES).outcome is Outcome.INTERVIEW
    nadja = Attendee("nadja@lorzentor.example", "Nadja Iten")
    debrief = event("Lorzentor | Case Study Debrief – Casey", nadja, organizer=nadja.email)
    assert judge(debrief, ME, RULES).outcome is Outcome.INTERVIEW
    # a debrief of interviewers is still theirs
    colleague = Attendee("lee@initrode.com", "Lee Colleague")
    theirs = event("Candidate debrief", colleague, organizer=colleague.email)
    assert judge(theirs, ME, RULES).outcome is Outcome.NOT


def test_the_employer_from_a_public_bodys_name_a_zoom_account_and_a_hebrew_signature() -> None:
    nkechi = Attendee("nkechi@digitalequity.ca.gov", "Ojukwu, Nkechi@ODE")
    signed = "Nkechi Ojukwu\nStaff Services Manager II\nCalifornia Office of Digital Equity"
    ev = event("SSM I Interview - JC-501776", nkechi, organizer=nkechi.email, description=signed)
    assert company(ev) == "Office of Digital Equity"
    zoom = "Putah Creek College is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview"
    assert company(event("Program Specialist Interview - Casey Candidate", description=zoom)) == (
        "Putah Creek College"
    )
    boaz = Attendee("boaz@shoham-es.co.il", "פרידמן בועז")
    hebrew = 'בברכה,\nבועז פרידמן\nשוהם מערכות אלקטרוניות בע"מ'
    ev = event("ראיון עבודה - מהנדס/ת תוכנה - Casey Candidate", boaz, organizer=boaz.email,
               description=hebrew)  # fmt: skip
    assert company(ev) == 'שוהם מערכות אלקטרוניות בע"מ'
    dha = Attendee("lindo@cosumnescounty.gov", "Lind, Odalys")
    assert company(event("DHA Hiring Interview - Casey Candidate", dha, organizer=dha.email)) == (
        "DHA"
    )


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the employer's own round with whoever is left, and its decision day
        ("Wir führen diese Woche noch ein letztes Zweitgespräch. Den Entscheid werden wir bis "
         "spätestens Freitag, 18.12., treffen.", ReplyKind.STILL_DECIDING),
        # ... but one with the person is theirs
        ("Gerne laden wir Sie zu einem Zweitgespräch mit Ihnen ein.", ReplyKind.NEXT_ROUND),
        # papers for a contract already offered
        ("To prepare your employment contract, please upload the documents listed above to "
         "your candidate space.", ReplyKind.OTHER),
        ("We are pleased to send you the employment contract for the Analyst role.",
         ReplyKind.OFFER),
        # the booked round moved
        ("Your QAP interview, originally scheduled for Wednesday, December 16, has been "
         "RESCHEDULED to Thursday, December 17, 2026 at 1:30 p.m.", ReplyKind.OTHER),
        ("Sorry for the change - we moved your interview from Wednesday 16.12 to Thursday "
         "17.12 at 13:00. If Thursday doesn't work, I'll send you a link to pick a time.",
         ReplyKind.OTHER),
        ("Merci, deine Case Study ist angekommen. Leider müssen wir den Debrief verschieben. "
         "Neu: Donnerstag, 17.12., 14:00.", ReplyKind.OTHER),
        # a schedule is a noun too; rounds set only later
        ("With the holiday schedule the panel interviews won't be set until after the "
         "holidays. Nothing has been decided yet.", ReplyKind.STILL_DECIDING),
        # Hebrew
        ("לאחר בחינה מעמיקה של כלל המועמדים, הוחלט שלא להמשיך איתך בתהליך לתפקיד זה.",
         ReplyKind.REJECTION),
        ("לאחר שבחנו את מועמדותך, החלטנו שלא להתקדם בשלב זה.", ReplyKind.REJECTION),
        ("אנו שמחים להציע לך את משרת מהנדס/ת תוכנה.", ReplyKind.OFFER),
    ],
)  # fmt: skip
def test_swiss_public_and_hebrew_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected


def test_a_ticket_bought_from_the_employer_is_a_customers_notice() -> None:
    ticket = mail(
        "Guten Tag Casey Candidate\n\nVielen Dank für Ihren Einkauf. Ihr Billett finden Sie "
        "im Anhang.",
        subject="Ihre Quittung – Sparbillett Zürich HB → Genève",
        sender="tickets@mittellandbahnen.example",
    )
    assert customer_notice(ticket)
    portal = mail(
        "In Ihrem Bewerberkonto steht ein neues Dokument für Sie bereit.",
        subject="Neues Dokument in Ihrem Bewerberkonto",
        sender="noreply@refline.ch",
    )
    assert not customer_notice(portal) and about_an_application(portal)


def test_californias_and_swiss_job_systems_write_for_employers() -> None:
    for domain in ("edjoin.org", "calcareers.ca.gov", "acme.refline.ch", "hibob.com"):
        assert is_tracking_system(domain)


def test_a_civil_service_panel_its_raters_and_its_timekeeper() -> None:
    raters = [
        Attendee("sbrar@lagunaoaks.example", "Brar, Sunita"),
        Attendee("hlindqvist@lagunaoaks.example", "Lindqvist, Heather"),
    ]
    text = (
        "Raters:\n  Sunita Brar, Budget Manager, City of Laguna Oaks\n  Heather Lindqvist, "
        "Assistant to the City Manager, City of Laguna Oaks\n\nI will be monitoring the "
        "interview as timekeeper only and will not be rating."
    )
    ev = event("Panel Interview - Management Analyst I/II", *raters,
               organizer="wcho@lagunaoaks.example", organizer_name="Cho, Wendell",
               description=text)  # fmt: skip
    assert emails(ev) == ["hlindqvist@lagunaoaks.example", "sbrar@lagunaoaks.example"]
    inline = (
        "The QAP interview is weighted 100% of your score. Your panel: Dolores Fitzhugh-Amaral, "
        "Research Data Supervisor I (Chair); Kai Nakashima, Research Data Specialist II; and "
        "Harriet Obi, Research Data Supervisor II."
    )
    ev = event("QAP Interview", organizer="exams@cdeh.example", description=inline)
    assert [p.name for p in interviewers_of(ev, ME, Notes(), RULES)] == [
        "Dolores Fitzhugh-Amaral",
        "Kai Nakashima",
        "Harriet Obi",
    ]


def test_a_french_panel_with_its_writer_and_a_first_name_address() -> None:
    text = (
        "Le panel sera composé de Moussa Kanté, Responsable MEAL, et de moi-même.\n\n"
        "Aurélie Vuilleumier, Ressources humaines, CIEP"
    )
    ev = event("Entretien – Chargé·e de données", organizer="avuilleumier@ciep.example",
               organizer_name="Aurélie Vuilleumier", description=text)  # fmt: skip
    assert "avuilleumier@ciep.example" in emails(ev)
    sven = Attendee("sven@flonay.example", "sven@flonay.example")
    plan = "13:30 lab session with Sven (robotics lead)\n14:15 product case with me"
    ev = event("flonay <> Casey – onsite", sven, organizer="jeremie@flonay.example",
               organizer_name="Jérémie Favre", description=plan)  # fmt: skip
    names = {p.email: p.name for p in interviewers_of(ev, ME, Notes(), RULES)}
    assert names["sven@flonay.example"] == "Sven"


def test_an_agencys_client_its_people_and_a_post_in_guillemets() -> None:
    text = (
        "Wie telefonisch besprochen hier der Termin bei meinem Kunden – Bank Neumünster AG.\n\n"
        "Gesprächspartner beim Kunden:\nBeat Zollinger, Head Credit Risk\nSandra Lüthi, HR "
        "Business Partner\n\nIch bin selbst nicht dabei."
    )
    ev = event("Vorstellungsgespräch Bank Neumünster AG – Casey Candidate (via Sihlquai Partners)",
               organizer="yannick@sihlquai.example", organizer_name="Yannick Brunner",
               description=text)  # fmt: skip
    found = to_interview(ev, ME, ZoneInfo("UTC"), RULES, "")
    assert found.company == "Bank Neumünster"
    assert [p.name for p in found.interviewers] == ["Beat Zollinger", "Sandra Lüthi"]
    post = (
        "Wir danken Ihnen für Ihr Interesse an der Stelle «Wissenschaftliche Mitarbeiterin 80 %»."
    )
    urs = Attendee("urs.baumann@bfms.admin.ch", "Baumann Urs BFMS")
    ev = event("Vorstellungsgespräch WiMi – Frau C. Candidate", urs,
               organizer="martina.gerber@bfms.admin.ch", description=post)  # fmt: skip
    found = to_interview(ev, ME, ZoneInfo("UTC"), RULES, "")
    assert found.role == "Wissenschaftliche Mitarbeiterin"  # (its workload is no part of its name)
    # a federal office at admin.ch is its own employer, not one with every other office
    assert found.application == "bfms"


def test_the_writer_and_one_more_are_the_panel_and_an_optional_one_only_watches() -> None:
    priya = Attendee("phalvorsen@dvrt.example", "Halvorsen, Priya")
    shauna = Attendee("spike@dvrt.example", "Pike, Shauna", role="opt-participant")
    text = (
        "Priya Halvorsen (Senior Planner) and I will be the panel. First 30 min is questions."
        "\n\nShauna is on the invite as optional so she can see the time."
    )
    ev = event("DVRT Service Planning - Interview w/ Casey Candidate", priya, shauna,
               organizer="tamezcua@dvrt.example", organizer_name="Amezcua, Teodoro",
               description=text)  # fmt: skip
    assert emails(ev) == ["phalvorsen@dvrt.example", "tamezcua@dvrt.example"]
    # a coordinator who says they are not on the panel stays out, whatever slot is theirs
    mei = Attendee("meilin@quill.example", "Mei-Lin Vasquez-Cho")
    itinerary = (
        "11:00 - 11:45  Coding — Mei-Lin Vasquez-Cho (Senior Software Engineer)\n"
        "13:45 - 14:00  Wrap-up with me\n\nI'll pop into the Zoom at the start and the end, "
        "but I'm not part of the interview panel.\n\nBettina Szabó-Kerr\nRecruiting Coordinator"
    )
    ev = event("Virtual Onsite", mei, organizer="bettina@quill.example",
               organizer_name="Bettina Szabó-Kerr", description=itinerary)  # fmt: skip
    assert emails(ev) == ["meilin@quill.example"]


# --------------------------------------------------------------------------- new grads, Canada, NSW


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tamsin's feedback was strong and we'd like to bring you to our New York office for a "
         "final-round onsite. Would Friday 12/11 work?", ReplyKind.NEXT_ROUND),
        ("Your interview feedback was positive, and you're moving on to team matching.",
         ReplyKind.NEXT_ROUND),
        ("We've decided to extend the offer for this role to another candidate.",
         ReplyKind.REJECTION),
        ("While you were assessed as suitable for the role, you were not identified as the "
         "preferred candidate on this occasion.", ReplyKind.REJECTION),
        ("Your interview has been rescheduled. Please see the updated details below.",
         ReplyKind.OTHER),
        ("Obinna has to be in Toronto, so we need to move your onsite from Wednesday, December "
         "16 to Thursday, December 17.", ReplyKind.OTHER),
        ("As part of finalizing your offer, we'd like to complete your reference checks.",
         ReplyKind.OTHER),
        ("Still waiting on Imran's feedback - he's been heads-down on a launch this week. No "
         "decision yet on who moves to the next round.", ReplyKind.STILL_DECIDING),
        ("We still need to complete reference checks and get sign-off. We expect to confirm "
         "the outcome with all candidates by Friday 15 January.", ReplyKind.STILL_DECIDING),
        ("The panel hasn't finalised its recommendation yet, and we won't be in a position to "
         "confirm anything until the new year.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_new_grad_canadian_and_australian_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected


def test_a_decision_day_beats_an_earlier_sentences_week() -> None:
    body = (
        "We've wrapped up first interviews and are finalizing the shortlist with our VP this "
        "week. Our target for communicating decisions is 2026-12-21."
    )
    found = classify(mail(body), after=date(2026, 12, 14), month_first=True)[1]
    assert found is not None and found.value == date(2026, 12, 21)


def test_screening_and_reference_vendors_write_for_the_employer_and_decide_nothing() -> None:
    checkr = mail(
        "Tallowtree Labs, Inc. has requested a background check as part of your job application.",
        subject="Tallowtree Labs, Inc. has requested a background check",
        sender="no-reply@checkr.com",
    )
    assert classify(checkr, after=date(2026, 12, 14))[0] is ReplyKind.OTHER
    xref = mail("Please provide details for 2 referees.", sender="no-reply@xref.com")
    assert classify(xref, after=date(2026, 12, 14))[0] is ReplyKind.OTHER
    for domain in ("shl.com", "elmotalent.com.au", "livehire.com", "jobadder.com"):
        assert is_tracking_system(domain)


def test_a_state_portal_names_which_of_its_bodies_and_the_state_is_no_employer() -> None:
    from agent.core.replies import Contacts, match_application

    water = Contacts(
        "drwc", frozenset(), frozenset({"drwc.nsw.gov.au", "orp.nsw.gov.au"}),
        frozenset({"Department of Regional Water and Catchments"}),
    )  # fmt: skip
    housing = Contacts(
        "housing", frozenset(), frozenset(), frozenset({"Office of Regional Housing"})
    )
    labels = water.keys()  # (the names and labels compared, not a mapping)
    assert "nsw" not in labels and "orp" in labels
    outcome = mail(
        "The assessment panel has now completed its assessment.",
        subject="Outcome of your application: Senior Project Officer - Office of Regional Housing",
        sender="noreply@jobs.nsw.gov.au",
    )
    assert match_application(outcome, (water, housing), {}, ME) == "housing"


def test_a_zoom_copy_its_host_the_other_named_and_its_accounts_employer() -> None:
    zoom = (
        "Shauna Whitebear is inviting you to a scheduled Zoom meeting.\n\nTopic: Commodity Risk "
        "Analyst - Interview with Shauna Whitebear and Devinder Gill\n\nJoin Zoom Meeting\n"
        "https://bowfortenergy.zoom.us/j/86204417395"
    )
    found = to_interview(
        event(
            "Commodity Risk Analyst - Interview with Shauna Whitebear and Devinder Gill",
            description=zoom,
        ),  # fmt: skip
        ME,
        ZoneInfo("UTC"),
        RULES,
        "",
    )
    assert [p.name for p in found.interviewers] == ["Shauna Whitebear", "Devinder Gill"]
    assert found.company == "Bowfort Energy"
    # Zoom's own regional host names nobody's employer
    regional = zoom.replace("bowfortenergy.zoom.us", "us02web.zoom.us")
    assert company(event("Interview with Shauna Whitebear and Devinder Gill",
                         description=regional)) == ""  # fmt: skip


def test_roles_from_new_grad_canadian_and_nsw_invites() -> None:
    def role(title: str, description: str = "") -> str:
        ev = event(title, JANE_AT_ACME, organizer=JANE_AT_ACME.email, description=description)
        return to_interview(ev, ME, ZoneInfo("UTC"), RULES, "").role

    assert role("Capability-based interview - Senior Policy Officer, Clerk Grade 9/10 - Acme") == (
        "Senior Policy Officer, Clerk Grade 9/10"
    )
    assert role("Phone Screen: Software Engineer I (2026-4417) - Acme",
                "Job: 2026-4417 Software Engineer I") == "Software Engineer I"  # fmt: skip
    assert role("On-Campus Interview: Acme", "Job: Technology Development Program, Full-Time "
                "2027") == "Technology Development Program"  # fmt: skip
    assert role("Virtual Onsite: Casey Candidate - Acme", "Your virtual onsite with Acme for "
                "Software Engineer, Autonomy Platform (New Grad) is confirmed.") == (
        "Software Engineer, Autonomy Platform (New Grad)"
    )  # fmt: skip
    assert role("Interview / Entrevue - 26-PAF-114027 - EC-05", "This confirms your interview "
                "for selection process 26-PAF-114027, Senior Financial Policy Analyst (EC-05), "
                "Fiscal Policy Branch.") == "Senior Financial Policy Analyst"  # fmt: skip


JANE_AT_ACME = Attendee("jane@acme.example", "Jane Doe")
