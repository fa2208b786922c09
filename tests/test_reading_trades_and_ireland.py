"""Invites and mail as Midwest corporate employers, Irish employers and public service, and
frontline and trade hiring in the Mountain West write them.

Shapes (our own wording, after what these senders really use): Oracle Recruiting Cloud's
"Organization:" field with a department; a staffing firm's "Client Interview" and its
recruiter's offer ("they want to bring you on"); publicjobs.ie competitions ("Candidate
ID", "Competition: <post> - <body>"); a site visit with a panel; Workday's group
sessions "facilitated by Inflight Recruiters ..."; iCIMS's "In Person Interview"; a JATC's
apprenticeship office and its intake year; a Zoom panel under a utility's initials;
screening and reference services that write in the employer's name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, MailMessage, Notes, ReplyKind
from agent.core.people import interviewers_of, names_in_description
from agent.core.replies import Contacts, about_an_application, classify, match_application
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 15, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def read(ev: CalendarEvent) -> tuple[str, str]:
    got = to_interview(ev, ME, ZoneInfo("UTC"), RULES, "")
    return got.company, got.role


def names(ev: CalendarEvent) -> list[str]:
    return [p.name for p in interviewers_of(ev, ME, Notes(), RULES)]


def mail(body: str, subject: str = "Re: Thank you", sender: str = "hr@acme.example") -> MailMessage:
    return inbox_message(sender, subject, body, received=datetime(2026, 12, 14, 9, tzinfo=UTC))


def kind(body: str, subject: str = "Re: Thank you") -> ReplyKind:
    return classify(mail(body, subject), after=date(2026, 12, 14), month_first=True)[0]


# --------------------------------------------------------------------------- what it is


def test_a_candidate_number_in_the_title_is_the_persons_own() -> None:
    text = (
        "Competition: Higher Executive Officer (Compliance) - Irish Payments Oversight Authority"
        "\nThe interview board will be:\n- Aidan Kerrigan (Chair)"
    )
    ev = event("26IPOA-HEO04 - Preliminary Interview - Candidate ID 1184273",
               organizer="interviews@publicjobs.ie", organizer_name="publicjobs Interviews",
               description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    # the portal sends it; the competition's field names the post, then the body hiring
    assert read(ev) == (
        "Irish Payments Oversight Authority",
        "Higher Executive Officer (Compliance)",
    )


def test_a_site_visit_with_a_panel_is_a_round() -> None:
    plan = "Plan for the morning:\n10:15 - 11:15  Panel interview - myself and Tomasz"
    ev = event("Ringaskiddy site visit + panel - C. Candidate",
               Attendee("tomasz@leevalley.example", "Wisniewski, Tomasz"),
               organizer="siobhan@leevalley.example", description=plan)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW


@pytest.mark.parametrize(
    "title",
    [
        "Interview: Ramp Agent - DEN (Part-Time) at Sagebrush Air Express",
        "Interview: Flight Attendant - Denver (DEN) Base at Meridian Peaks Airlines, Inc.",
    ],
)
def test_a_frontline_job_in_the_title_is_no_other_candidate(title: str) -> None:
    ev = event(title, organizer="sagebrush@talent.icims.com", organizer_name="Talent Acquisition")
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW


def test_in_person_is_how_not_who() -> None:
    text = (
        "You are confirmed for an In Person Interview for Ramp Agent - DEN (Part-Time).\n"
        'You\'ll interview with Ramp Supervisor Teodoro "Teddy" Lucero.'
    )
    ev = event("In Person Interview - Ramp Agent - DEN (Part-Time) - Sagebrush Air Express",
               organizer="sagebrushair@talent.icims.com", description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    assert names(ev) == ["Teodoro Lucero"]


# --------------------------------------------------------------------------- company and role


@pytest.mark.parametrize(
    ("title", "description", "company", "role"),
    [
        # a team in brackets is whose group the round is with, not the job
        ("Onsite - Casey Candidate (Controller's group)", "", "Ogilvie", ""),
        # the organisation field's department after a dash, the title naming the employer
        ("Interview - Senior Financial Analyst - Kilbourn Health System",
         "Job: Senior Financial Analyst\nOrganization: Kilbourn Health System - Corporate Finance",
         "Kilbourn Health System", "Senior Financial Analyst"),
        # an agency's "Client Interview": whom the round is with
        ("Client Interview - Bensenville Freight Systems - Sr. Accountant (Contract-to-Hire)",
         "", "Bensenville Freight Systems", "Sr. Accountant"),
        # which intake an apprenticeship is
        ("Oral Interview - Inside Wireman Apprenticeship, 2027 Class - Platte Valley JATC", "",
         "Platte Valley JATC", "Inside Wireman Apprenticeship"),
    ],
)  # fmt: skip
def test_company_and_role(title: str, description: str, company: str, role: str) -> None:
    person = Attendee("pat@ogilvie.example", "Pat Hrabal")
    ev = event(title, person, organizer="pat@ogilvie.example", description=description)
    assert read(ev) == (company, role)


def test_a_zoom_copys_initials_the_panel_header_writes_out() -> None:
    # nobody on the invite, no domain: the title's initials, written out in the header
    text = (
        "Maribel Escalante is inviting you to a scheduled Zoom meeting.\n"
        "Panel for Casey Candidate - Lineworker Apprentice (Sawtooth Mesa Electric Association):\n"
        "Clint Harjo, Line Superintendent\nWendy Stoltzfus, Operations Manager\n"
        "Maribel will open the meeting and admit you from the waiting room, then drop off."
    )
    ev = invite("SMEA Lineworker Apprentice Interview - Casey Candidate", start=START,
                description=text)  # fmt: skip
    assert read(ev) == ("Sawtooth Mesa Electric Association", "Lineworker Apprentice")
    assert names(ev) == ["Clint Harjo", "Wendy Stoltzfus"]
    # ... but not a job's initials: "Pharmacist (CPS)" is a Clinical Pharmacy Specialist
    said = "Your interview for Pharmacist (Clinical Pharmacy Specialist)."
    ev = invite("Panel Interview - Pharmacist (CPS)", start=START, description=said)
    assert read(ev)[0] != "Clinical Pharmacy Specialist"


# --------------------------------------------------------------------------- who interviews


def test_recruiters_who_facilitate_a_group_session_are_named_after_their_post() -> None:
    text = (
        "Your session will be facilitated by Inflight Recruiters Shayla Nakai and Devon Achterberg."
    )
    assert [n for n, _ in names_in_description(text)[0]] == ["Shayla Nakai", "Devon Achterberg"]


def test_a_shared_office_and_someone_only_kept_informed_do_not_interview() -> None:
    office = Attendee("apprenticeship@pvjatc.example", "PVJATC Apprenticeship Office")
    baca = Attendee("lbaca@pvjatc.example", "Lorenzo Baca")
    ev = event("PVJATC Oral Interview", office, baca, organizer="apprenticeship@pvjatc.example",
               organizer_name="PVJATC Apprenticeship Office")  # fmt: skip
    assert names(ev) == ["Lorenzo Baca"]
    mai = Attendee("mthao@smi.example", "Thao, Mai")
    kendra = Attendee("kvollrath@smi.example", "Vollrath, Kendra", role="opt-participant")
    text = (
        "Casey - Mai and I will do this one together. Kendra's on the invite just so it's on "
        "her calendar."
    )
    ev = event("SMI final interview", mai, kendra, organizer="paul@smi.example",
               organizer_name="Gunderson, Paul", description=text)  # fmt: skip
    assert sorted(names(ev)) == ["Mai Thao", "Paul Gunderson"]


def test_an_optional_attendee_met_only_at_the_door_does_not_interview() -> None:
    plan = (
        "Plan for the morning:\n"
        "10:00 - 10:15  Sign in at security, visitor induction (Deirdre will have your pass)\n"
        "10:15 - 11:15  Panel interview - myself and Tomasz\n"
        "11:15 - 11:45  Walk of the suite with Eoin from QC. He's not part of the panel."
    )
    tomasz = Attendee("tomasz@leevalley.example", "Wisniewski, Tomasz")
    eoin = Attendee("eoin@leevalley.example", "Barry, Eoin", role="opt-participant")
    deirdre = Attendee("deirdre@leevalley.example", "Hurley, Deirdre", role="opt-participant")
    ev = event("Site visit + panel", tomasz, eoin, deirdre, organizer="siobhan@leevalley.example",
               organizer_name="Cremin, Siobhan", description=plan)  # fmt: skip
    assert sorted(names(ev)) == ["Siobhan Cremin", "Tomasz Wisniewski"]


def test_the_writer_and_one_named_are_the_panel_not_who_only_arranges() -> None:
    daniel = Attendee("daniel@agbs.example", "Daniel Chong Kah Hoe")
    thanusha = Attendee("thanusha@agbs.example", "Thanusha Kanagaratnam", role="opt-participant")
    text = (
        "Daniel (our GBS CFO) and I will meet you - we'd like to go deeper into the close.\n"
        "Thanusha will arrange the flight reimbursement separately."
    )
    round_two = partial(event, "AGBS KL - R2", daniel, thanusha, organizer="grace@agbs.example",
                        organizer_name="Grace Lee Mei Fong")  # fmt: skip
    assert sorted(names(round_two(description=text))) == ["Daniel Chong Kah Hoe",
                                                          "Grace Lee Mei Fong"]  # fmt: skip
    # ... but one who is said to join is on it
    joins = text.replace("will arrange the flight reimbursement", "will join us for the case")
    assert "Thanusha Kanagaratnam" in names(round_two(description=joins))


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an agency recruiter passing on the client's wishes
        ("Before they make it official they want you to have a quick 30 min call with their "
         "CFO, Monique.", ReplyKind.NEXT_ROUND),
        ("Trudy just called - they want to bring you on! Here's what they're offering: $51/hr.",
         ReplyKind.OFFER),
        ("I'd like to invite you out to Raheen for an interview with myself and Joe Twomey.",
         ReplyKind.NEXT_ROUND),
        ("We are excited to let you know you have been selected to move forward to a "
         "Face-to-Face (F2F) interview for the Flight Attendant position!", ReplyKind.NEXT_ROUND),
        ("Congratulations. You achieved a qualifying score on the aptitude test. You are now "
         "scheduled for an ORAL INTERVIEW with the committee.", ReplyKind.NEXT_ROUND),
        ("Clint and Wendy would like to move you on to the next step: a pole-climbing "
         "evaluation.", ReplyKind.NEXT_ROUND),
        # what comes after an offer, whatever words of one it repeats
        ("Ogilvie Financial Corporation has requested a background screening as part of your "
         "offer of employment.", ReplyKind.OTHER),
        ("Welcome to Hapenny! To get you ready: 2. Sign your employment contract in Personio.",
         ReplyKind.OTHER),
        ("Harbourfront Dominion Bank has asked Northstar Backcheck to conduct a pre-employment "
         "background screening. Your results will be shared only with the bank.", ReplyKind.OTHER),
        # an application sent back for what it lacks, however it thanks
        ("Thank you for applying for Fleet Mechanic II. We noticed that the following required "
         "items are missing: your ASE certifications.", ReplyKind.OTHER),
        # a receipt that says what some posts need before any interview
        ("We have received your application. Some positions require pre-employment testing "
         "before an interview is scheduled.", ReplyKind.RECEIPT),
        # sets 101 to 103
        ("We're aiming to issue outcomes through Civil Service Jobs by Friday 18th December.",
         ReplyKind.STILL_DECIDING),
        ("Just to keep you updated, we have one final interview on Friday, after which the panel "
         "will meet to make a decision.", ReplyKind.STILL_DECIDING),
        ("We've had to move one interview into the new year, so we won't be making a decision "
         "until we've seen them.", ReplyKind.STILL_DECIDING),
        ("Following your conditional offer of employment, please complete these tasks in Trac.",
         ReplyKind.OTHER),
        ("Congratulations on your conditional offer. Please add your referee details in the "
         "onboarding portal.", ReplyKind.OTHER),
        ("While preparing for your second stage interview we noticed your references section is "
         "incomplete. Please update your referee details.", ReplyKind.OTHER),
        ("Please note that your interview for the role of Data Scientist II has been "
         "rescheduled. The calendar invite will be shared by our scheduling team.",
         ReplyKind.OTHER),
        ("Thank you for confirming your availability for the case interview on Friday. Please "
         "complete the form; this is a standard step for all candidates and does not indicate a "
         "decision.", ReplyKind.OTHER),
        ("We have been engaged by Vistaraj to conduct your pre-employment background "
         "verification. Upload your previous offer letters.", ReplyKind.OTHER),
        ("Cafés de la Huasteca te invita a continuar en su proceso de selección. El siguiente "
         "paso es responder la batería de evaluaciones.", ReplyKind.NEXT_ROUND),
        # (a conditional check is no request: the wait still counts)
        ("No decisions have been made yet. If you are successful, you will be asked to complete "
         "pre-employment checks.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_reply_wording(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected


def test_the_others_final_interviews_are_no_round_and_no_decision_day() -> None:
    body = (
        "I'm afraid I'm not in a position to give any indication of the outcome at this stage. "
        "The board is continuing with final interviews for the rest of this week. Realistically "
        "I wouldn't expect anything to issue until the new year."
    )
    found, when = classify(mail(body), after=date(2026, 12, 14), month_first=False)
    assert (found, when) == (ReplyKind.STILL_DECIDING, None)


def test_mail_in_the_employers_name_is_about_the_application() -> None:
    screening = mail(
        "Ogilvie Financial Corporation has requested a background screening.",
        subject="Action Required: Complete your background check for Ogilvie Financial",
        sender="noreply@veritrack.example",
    )
    update = mail(
        "The recruiter has asked you to update your job application.",
        subject="Action Required: Update your job application",
        sender="x@y.example",
    )
    assert about_an_application(screening) and about_an_application(update)


def test_mail_is_matched_by_a_domain_that_is_the_companys_name() -> None:
    thomond = Contacts("thomond", frozenset(), frozenset(), frozenset({"Thomond Diagnostics"}))
    kilbourn = Contacts("kilbourn", frozenset(), frozenset(), frozenset({"Kilbourn Health System"}))
    personal = mail("Hi Casey, I'd like to invite you out.", sender="sinead@thomonddiagnostics.ie")
    assert match_application(personal, (kilbourn, thomond), {}, ME) == "thomond"
    # a hospital system's tracking mail signs without "System"
    status = inbox_message("no-reply@kilbournhealth.fa.us2.oraclecloud.com", "Action Required",
                           "Update your job application.", name="Kilbourn Health Recruitment",
                           received=datetime(2026, 12, 1, tzinfo=UTC))  # fmt: skip
    assert match_application(status, (thomond, kilbourn), {}, ME) == "kilbourn"


def test_a_meeting_services_notice_and_a_boards_notice_are_no_replies() -> None:
    from agent.core.replies import automated_reason, board_notice

    recording = mail(
        "Your cloud recording is now available.",
        subject="Cloud Recording - Acme - Panel Interview is now available",
        sender="no-reply@zoom.us",
    )
    assert automated_reason(recording) == "meeting notification: sent by no-reply@zoom.us"
    viewed = mail("Your application was viewed by Acme.", sender="jobs-noreply@linkedin.com")
    assert board_notice(viewed, ReplyKind.OTHER)
    # ... but what a board passes on of the employer's own decision still counts
    assert not board_notice(viewed, ReplyKind.REJECTION)


# --------------------------------------------------------------------------- sets 101 to 103


def test_indian_british_and_spanish_invites() -> None:
    # a title abbreviation after the name, a product in a slot's prose
    zenvarta = (
        "Rough plan for the day:\n"
        "11:30 - 12:30  Working with engineering - Gauri Kelkar, EM Billing\n"
        "13:15 - 14:00  Design critique - Mihir Shah, Design Lead"
    )
    assert [n for n, _ in names_in_description(zenvarta)[0]] == ["Gauri Kelkar", "Mihir Shah"]
    hallmoor = (
        "10:00 - 10:45  data exercise: pull out findings. Excel and Power BI Desktop\n"
        "11:00 - 12:00  you talk Steph and me through what you found"
    )
    assert names_in_description(hallmoor)[0] == []
    # a Spanish header with its gender ending, the title after the name
    cerro = "Entrevistador(a): Daniela Garza Treviño, Atracción de Talento (dgarza@cerro.example)"
    assert names_in_description(cerro)[0] == [("Daniela Garza Treviño", "dgarza@cerro.example")]
    # "Entrevista para <the job>"; a team before the employer's initials
    daniela = Attendee("dgarza@cerro.example", "Daniela Garza")
    ev = event("Entrevista para Analista Sr. de Planeación de Demanda (S&OP) - Req. 4471",
               daniela, organizer="x@cerro.example")  # fmt: skip
    assert read(ev)[1] == "Analista Sr. de Planeación de Demanda"
    paulina = Attendee("pochoa@bz.example", "Paulina Ochoa")
    ev = event("Entrevista panel - Planeación Financiera BZ", paulina, organizer="b@bz.example")
    assert read(ev)[0] == "BZ"
    # a Zoom account with an ampersand; "Founders' round" is a stage
    kessington = "Kessington & Rao Advisory is inviting you to a scheduled Zoom meeting."
    ev = invite("Case interview - Consultant, FS Risk - Casey Candidate", start=START,
                description=kessington)  # fmt: skip
    assert read(ev)[0] == "Kessington & Rao Advisory"
    divya = Attendee("divya@haat.example", "Divya Raman")
    ev = event("Founders' round - Head of Data | Haat x Casey", divya,
               organizer="karan@haat.example")  # fmt: skip
    assert read(ev)[1] == "Head of Data"


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("The final decision is expected by 23-Dec-2026.", date(2026, 12, 23)),
        ("Está previsto que la resolución provisional se publique el lunes 11 de enero.",
         date(2027, 1, 11)),
    ],
)  # fmt: skip
def test_decision_days_in_indian_and_spanish_forms(body: str, day: date) -> None:
    found, when = classify(mail(body), after=date(2026, 12, 14), month_first=False)
    assert found is ReplyKind.STILL_DECIDING and when is not None and when.value == day


def test_a_portal_that_names_only_the_job_is_matched_by_it() -> None:
    skills = Contacts("dsri", frozenset(), frozenset(), frozenset({"Department for Skills"}),
                      frozenset({"Policy Adviser - North West Skills Partnerships"}))  # fmt: skip
    grants = Contacts("hga", frozenset(), frozenset(), frozenset({"Heritage Grants Agency"}),
                      frozenset({"Grants Data Analyst"}))  # fmt: skip
    invitation = mail(
        "Vacancy reference: 398214\nJob title: Policy Adviser - North West Skills Partnerships\n"
        "Congratulations, your application has been successful at the sift stage.",
        subject="Invitation to interview - 398214 - Policy Adviser - North West Skills "
        "Partnerships",
        sender="noreply@civilservicejobs.service.gov.uk",
    )
    assert match_application(invitation, (grants, skills), {}, ME) == "dsri"
