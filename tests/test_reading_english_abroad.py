"""Invites and mail as employers in Singapore, Seattle and London write them.

Shapes (our own wording, after what these senders really use): Chinese names written
surname first ("Goh Zhi Xiang"); an agenda in "2.00pm - 2.15pm" slots; a Lever invite
signed "Talent @ <Company>"; Careers@Gov's "Manager (Data Analytics), PDO"; Amazon-style
"Job ID: 2871144 | Sr. Product Manager - Technical, ..."; Calendly's "Recruiter Phone
Screen (<job>)"; a search committee's note-taker; Zoom's own copy titled company - job -
you & them; NHS Jobs' invitation; a recruiter passing on the client's timing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, Notes, ReplyKind
from agent.core.names import display_name, greeting_of
from agent.core.people import interviewers_of
from agent.core.replies import classify
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 6, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def read(ev: CalendarEvent) -> tuple[str, str]:
    got = to_interview(ev, ME, ZoneInfo("Asia/Singapore"), RULES, "")
    return got.company, got.role


def names(ev: CalendarEvent) -> list[str]:
    return [p.name for p in interviewers_of(ev, ME, Notes(), RULES)]


def kind(body: str, subject: str = "Update") -> tuple[ReplyKind, date | None]:
    msg = inbox_message("hr@acme.example", subject, body,
                        received=datetime(2026, 12, 11, 9, tzinfo=UTC))  # fmt: skip
    got, when = classify(msg, after=date(2026, 12, 11), month_first=False)
    return got, when.value if when is not None else None


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "email", "shown", "greeted"),
    [
        ("Goh Zhi Xiang", "zhixiang.goh@jomgo.example", "Goh Zhi Xiang", "Zhi Xiang"),
        ("Ooi Beng Huat", "benghuat.ooi@aldermann.example", "Ooi Beng Huat", "Beng Huat"),
        ("Tan Wei Ming", "tan.weiming@acme.example", "Tan Wei Ming", "Wei Ming"),
        # a name in the western order stays so
        ("Wei Jie Tan", "weijie.tan@acme.example", "Wei Jie Tan", "Wei Jie"),
    ],
)
def test_chinese_names_as_singapore_writes_them(
    name: str, email: str, shown: str, greeted: str
) -> None:
    assert display_name(name, email) == shown
    assert greeting_of(shown, email) == greeted


def test_an_agenda_in_dotted_hours_names_the_panel_not_the_host() -> None:
    people = [
        Attendee("aditya@jomgo.example", "Aditya Krishnan"),
        Attendee("nabilah@jomgo.example", "Nabilah Yusof"),
        Attendee("zhixiang.goh@jomgo.example", "Goh Zhi Xiang"),
    ]
    agenda = (
        "Agenda:\n2.00pm - 2.15pm: Arrival + intro\n"
        "2.15pm - 3.15pm: Case discussion with Aditya & Nabilah\n"
        "3.30pm - 4.15pm: Chat with Zhi Xiang (Strategy & Planning)\n"
        "4.15pm - 4.30pm: Wrap-up, I'll walk you out\nShermaine"
    )
    ev = event("JomGo - Ops Strat case + panel (Casey)", *people,
               Attendee("shermaine@jomgo.example", "Shermaine Lim"),
               organizer="shermaine@jomgo.example", description=agenda)  # fmt: skip
    assert sorted(names(ev)) == ["Aditya Krishnan", "Goh Zhi Xiang", "Nabilah Yusof"]


def test_who_only_schedules_or_takes_notes_does_not_interview() -> None:
    text = (
        "You'll meet Nicholas (Group PM) and Ee Ling (Engineering Manager).\n\nAmanda\n"
        "Talent @ Rambutan\nScheduled with Lever"
    )
    ev = event("Casey Candidate <> Rambutan | Product Manager - 1st Interview",
               Attendee("nicholas@rambutan.example", "Nicholas Wong"),
               Attendee("eeling@rambutan.example", "Chua Ee Ling"),
               organizer="amanda.seah@rambutan.example", organizer_name="Amanda Seah",
               description=text)  # fmt: skip
    assert sorted(names(ev)) == ["Chua Ee Ling", "Nicholas Wong"]
    text = (
        "This confirms your interview with the committee:\nDeborah Hargrove (chair)\n"
        "Ruben Castellanos, Director\nKevin Bui from Human Resources will also be on the call "
        "to take notes; he won't be asking questions."
    )
    ev = event("Search Committee Interview", Attendee("ruben@pbu.example", "Castellanos, Ruben"),
               Attendee("kevin@pbu.example", "Bui, Kevin"), organizer="deborah@pbu.example",
               organizer_name="Hargrove, Deborah L.", description=text)  # fmt: skip
    assert "Kevin Bui" not in names(ev)


@pytest.mark.parametrize(
    "line",
    [
        "- Mr Aaron Teo, Head, Investor Relations & Capital Markets",
        "Interviewer: Ifeanyi Okonjo, Principal Product Manager - Technical, NWS Stream Processing",
    ],
)
def test_a_team_after_a_title_is_no_one(line: str) -> None:
    ev = event("Panel Interview", organizer="hr@acme.example", description=f"Panel:\n{line}")
    assert len(names(ev)) == 1


# --------------------------------------------------------------------------- what it is


def test_zooms_copy_titled_company_job_and_you_and_them() -> None:
    text = "Imogen Thackeray is inviting you to a scheduled Zoom meeting."
    ev = invite("Chalkhill - Data Governance Lead - Casey Candidate & Imogen", start=START,
                description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Cowlitz Genomics Open House + Hiring Mixer",
         "we'll have on-the-spot conversations with team leads throughout the night."),
        ("Hexley Tamsworth Business Services Open Evening",
         "Several teams are hiring in 2027 and hiring managers will be around on the night."),
        ("Operations Careers Open Evening - Portbury Bay Logistics",
         "- Bring a CV: if there's a good fit, we may invite you to an interview on the night\n"
         "Order #9912847730 | 1 x General Admission (Free) | Casey Candidate"),
    ],
)  # fmt: skip
def test_an_evening_with_hiring_managers_on_hand_is_asked_about(title: str, text: str) -> None:
    assert judge(invite(title, start=START, description=text), ME, RULES).outcome is Outcome.MAYBE


def test_a_friend_talking_of_hiring_or_a_req_is_asked_about() -> None:
    friend = Attendee("jordan.bexley@gmail.com", "Jordan Bexley")
    for text in [
        "fyi my team is probably opening a senior TPM req sometime in Q1. nothing posted yet.",
        "we've been talking about hiring a data product owner but there's no job spec.",
    ]:
        ev = event("coffee w/ Casey", friend, organizer="jordan.bexley@gmail.com", description=text)
        assert judge(ev, ME, RULES).outcome is Outcome.MAYBE, text


# --------------------------------------------------------------------------- company and role


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Nimbusfield Technologies, Inc. | Phone Interview | Casey Candidate | Sr. Product "
         "Manager - Technical, Serverless Data Pipelines",
         "Job ID: 2871144 | Sr. Product Manager - Technical, Serverless Data Pipelines",
         "Sr. Product Manager - Technical, Serverless Data Pipelines"),
        ("Casey Candidate and Reese Galloway",
         "Event Name: Fauntleroy Outfitters - Recruiter Phone Screen (Ops Analyst, Omnichannel "
         "Fulfillment)", "Ops Analyst, Omnichannel Fulfillment"),
        ("Interview - Manager (Data Analytics), PDO - Casey Candidate", "",
         "Manager (Data Analytics)"),
    ],
)  # fmt: skip
def test_roles(title: str, description: str, role: str) -> None:
    ev = event(title, organizer="recruiter@employer.example", description=description)
    assert read(ev)[1] == role


# --------------------------------------------------------------------------- mail


def test_nhs_jobs_invitation_is_a_next_round() -> None:
    body = (
        "Royal Docklands Hospitals NHS Trust has invited you to an interview for:\nInformation "
        "Analyst\nSign in to your NHS Jobs account to choose an interview date and time.\n"
        "You need to respond by 12pm on Friday 4 December 2026."
    )
    assert kind(body, "Invitation to interview")[0] is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # the others' day, then "and" the day of the news
        ("They're seeing one more candidate on Monday and will give me feedback by Wednesday "
         "16th at the latest. I'll call you as soon as I hear.", date(2026, 12, 16)),
        # who goes through to the next round is decided: no round of the person's yet
        ("We'll make a decision on who goes through to second interviews by Wednesday 6th "
         "January, and I'll email you either way.", date(2027, 1, 6)),
    ],
)  # fmt: skip
def test_waits_with_their_day(body: str, day: date) -> None:
    assert kind(body) == (ReplyKind.STILL_DECIDING, day)


def test_a_dean_by_name_and_who_joins_the_one_named() -> None:
    from agent.core.people import names_in_description

    said = "Your panel will be Dean Whittaker (Head of MIS) and Rukhsana Begum (Data Manager)."
    assert [n for n, _ in names_in_description(said)[0]] == ["Dean Whittaker", "Rukhsana Begum"]
    said = (
        "Your interview will be with Martin Greenhalgh (Democratic Services Manager), who will "
        "be joined by Lisa Fairclough (Head of Legal & Governance)."
    )
    assert [n for n, _ in names_in_description(said)[0]] == ["Martin Greenhalgh", "Lisa Fairclough"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # papers for an offer not yet accepted, and documents asked of every finalist
        ("To avoid delays in your Employment Pass application should you accept our offer, "
         "kindly upload the following documents by 21 Dec 2026.", ReplyKind.OTHER),
        ("Jorien's team has asked all shortlisted candidates for a few documents - it's standard "
         "for them and not an indication either way. Two referees, please.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_papers_asked_before_a_decision(body: str, expected: ReplyKind) -> None:
    assert kind(body)[0] is expected


def test_a_systems_reminder_to_finish_is_not_a_reply() -> None:
    from agent.core.replies import written_by_machine

    msg = inbox_message(
        "noreply@hirevue.com",
        "Reminder: your Van Houtum Coatings interview is waiting",
        "This is a friendly reminder to complete your on-demand video interview.\nIf you have "
        "already completed your interview, please disregard this message.",
        received=datetime(2026, 11, 25, 9, tzinfo=UTC),
    )
    assert written_by_machine(msg) is not None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kopi w Casey", "our CFO is thinking of hiring a Head of Finance Ops next year, nothing "
         "posted yet."),
        ("Coffee Jess & Casey", "it looks like there'll be a Performance & Insight Lead post in "
         "the new year. It hasn't been signed off yet."),
    ],
)  # fmt: skip
def test_a_friends_coffee_about_a_post(title: str, text: str) -> None:
    friend = Attendee("natalie.chia@gmail.com", "Natalie Chia")
    ev = event(title, friend, organizer="natalie.chia@gmail.com", description=text)
    assert judge(ev, ME, RULES).outcome is Outcome.MAYBE


# --------------------------------------------------------------------------- Boston, Dubai, Atlanta


def test_an_itinerary_with_each_slots_time_on_its_own_line() -> None:
    from agent.core.people import names_in_description

    text = (
        "Your itinerary is below.\n\n9:00 AM - 9:45 AM EST\nRenata Solberg, PhD - VP, Program & "
        "Portfolio Management\n\n9:45 AM - 10:30 AM EST\nKwame Asante-Boateng - Director, "
        "Clinical Operations\n\n10:30 AM - 10:45 AM EST\nBreak"
    )
    assert [n for n, _ in names_in_description(text)[0]] == [
        "Renata Solberg",
        "Kwame Asante-Boateng",
    ]


def test_the_writers_own_slot_and_a_slot_shared_with_a_plus() -> None:
    plan = (
        "Casey - agenda for Friday:\n\n9:30   me (quick intro + walk of the Bldg 2 floor)\n"
        "10:00  Adaeze Nwachukwu, Director, Ops Finance - monthly S&OP deck\n11:15  wrap up w/ me"
    )
    adaeze = Attendee("adaeze@sst.example", "Nwachukwu, Adaeze")
    ev = event("Casey Candidate - onsite @ SST Bedford", adaeze, organizer="bart@sst.example",
               organizer_name="Szymanski, Bartholomew", description=plan)  # fmt: skip
    assert sorted(names(ev)) == ["Adaeze Nwachukwu", "Bartholomew Szymanski"]
    from agent.core.people import names_in_description

    slot = "Here's the plan:\n\n1:00 - 1:45  Fitz Amoako + Rosalind Ketchum (Sr. Manager)"
    assert [n for n, _ in names_in_description(slot)[0]] == ["Fitz Amoako", "Rosalind Ketchum"]


@pytest.mark.parametrize(
    ("title", "description", "organizer", "company"),
    [
        # a state's shared domain, the agency by the directory's tag spelled out in the letter
        ("Interview - Program Coordinator III (Grants)",
         "Efua Boateng\nDeputy Director\nMassachusetts Department of Community Water Resilience",
         "efua.boateng@mass.gov", "Department of Community Water Resilience"),
        # a round-2 title's team after the employer's short name
        ("Search Committee Interview - Business Analyst II (Req 0017522)",
         "Philippa Goodroe is inviting you to a scheduled Zoom meeting.",
         "pgoodroe@ansleystate.edu", "Ansley State"),
    ],
)  # fmt: skip
def test_public_employers(title: str, description: str, organizer: str, company: str) -> None:
    peter = Attendee("peter.kowalski@mass.gov", "Kowalski, Peter (DCWR)")
    ev = event(title, *([peter] if "mass.gov" in organizer else []), organizer=organizer,
               organizer_name="Boateng, Efua (DCWR)" if "mass.gov" in organizer else "",
               description=description)  # fmt: skip
    assert read(ev)[0] == company


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I'd like to set up about an hour with me and two colleagues. Would Thursday 12/10 at "
         "2:00 work?", ReplyKind.NEXT_ROUND),
        ("I'd love to have you out to Waltham for an onsite to meet Sigrid and Tomás.",
         ReplyKind.NEXT_ROUND),
        ("The search committee has requested that you provide three professional references. "
         "References will not be contacted without further notice to you.", ReplyKind.OTHER),
        ("Thank you for accepting the conditional offer! As the next step, please complete the "
         "CORI form. You can either come to our office or we can set up a time on Teams.",
         ReplyKind.OTHER),
        ("Thank you for returning the signed offer letter. To start your employment visa "
         "process, kindly share your passport copy.", ReplyKind.OTHER),
        ("We're still interviewing, and our CEO wants to be part of the final conversations, "
         "which realistically won't happen until after the new year.", ReplyKind.STILL_DECIDING),
        ("Dear Finalists, the committee completes its final interviews on December 17 and we "
         "expect to contact every finalist by Friday, January 8.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_boston_dubai_and_atlanta_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body)[0] is expected


def test_a_relayed_decision_from_linkedin_is_read() -> None:
    from agent.core.replies import automated_reason

    msg = inbox_message(
        "jobs-noreply@linkedin.com",
        "Your application to Strategy & Operations Manager at Liwan Mobility",
        "Unfortunately, we will not be moving forward with your application.",
        received=datetime(2026, 12, 11, 9, tzinfo=UTC),
        name="Liwan Mobility",
        headers={"list-unsubscribe": "<https://www.linkedin.com/unsubscribe>"},
    )
    assert automated_reason(msg) is None


def test_a_booking_page_named_for_a_job_and_zooms_copy_with_a_company() -> None:
    omar = Attendee("omar@qahwa.example", "Omar Khoury")
    text = "Event Name: Qahwa Analytics - Intro call: Analytics Lead (Commercial)\n"
    ev = event("Casey Candidate and Omar Khoury", omar, organizer="omar@qahwa.example",
               description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    host = "Mehdi Aït Lahcen is inviting you to a scheduled Zoom meeting."
    zoom = invite("Casey Candidate <> Velomaat - Senior PM Subscriptions (Mehdi Aït Lahcen, "
                  "Tamara Groeneveld)", start=START, description=host)  # fmt: skip
    assert judge(zoom, ME, RULES).outcome is Outcome.INTERVIEW
    assert names(zoom) == ["Mehdi Aït Lahcen", "Tamara Groeneveld"]


# --------------------------------------------------------------------------- Philadelphia, Scotland


def test_a_universitys_own_zoom_account_when_the_title_names_a_unit() -> None:
    text = (
        "Janine Kowalczyk is inviting you to a scheduled Zoom meeting.\n\nTopic: Search Committee "
        "Interview\nDescription: Candidate: Casey Candidate. Committee: Prof. Annelise Wachowski "
        "(chair), Associate Dean; Dr. Reginald Osei, Director of Clinical Placements\n\n"
        "Join Zoom Meeting\nhttps://sedgeley.zoom.us/j/96240517733"
    )
    ev = invite("Search Committee Interview - Director of Finance & Administration, School of "
                "Nursing", start=START, description=text)  # fmt: skip
    assert read(ev)[0] == "Sedgeley"
    assert names(ev) == ["Annelise Wachowski", "Reginald Osei"]


def test_a_job_the_description_writes_whole_past_a_comma() -> None:
    text = (
        "Thanks for making time to speak with our team about the Manager, Audience Analytics role."
    )
    ev = event("Interview: Casey Candidate for Manager, Audience Analytics - Bleecker & Vane Media",
               organizer="keiko@bleeckervane.example", description=text)  # fmt: skip
    assert read(ev)[1] == "Manager, Audience Analytics"


def test_a_document_check_after_an_offer_is_no_interview() -> None:
    hannah = Attendee("hannah.reid@glencorse.example", "Hannah Reid")
    check = event("Pre-employment ID and document check - Casey Candidate", hannah,
                  organizer="hannah.reid@glencorse.example",
                  description="It's just a document check, not another interview.")  # fmt: skip
    assert judge(check, ME, RULES).outcome is Outcome.NOT
    # ... but an interview that also checks documents on the day is one
    said = "Please bring your passport: we'll also do a document check on the day."
    panel = event("Interview - Finance Officer (Capital) - Glencorse Council", hannah,
                  organizer="hannah.reid@glencorse.example", description=said)  # fmt: skip
    assert judge(panel, ME, RULES).outcome is Outcome.INTERVIEW
