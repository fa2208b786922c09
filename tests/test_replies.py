"""Replies: machine mail filtered, replies matched to applications, and classified."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from agent.core.model import Address, MailMessage, ReplyKind
from agent.core.replies import (
    Contacts,
    automated_reason,
    classify,
    is_free_mail,
    match_application,
    out_of_office,
    own_words,
    reply_application,
)

ME = "pat@example.org"
RECEIVED = date(2026, 11, 20)  # a Friday
NEXT_FRIDAY = date(2026, 11, 27)

ACME = Contacts("acme", frozenset({"jane@acme.com"}), frozenset({"acme.com"}))
GLOBEX = Contacts(
    "globex",
    frozenset({"hank@globex.io", "recruiter.globex@gmail.com"}),
    frozenset({"globex.io"}),
)
CONTACTS = (ACME, GLOBEX)
THREADS = {"thread-thanks-acme": "acme", "thread-thanks-globex": "globex"}


def message(
    body: str | None = None,
    *,
    subject: str = "Re: Thank you for the interview",
    sender: str = "jane@acme.com",
    thread: str = "thread-other",
    labels: frozenset[str] = frozenset({"INBOX"}),
    headers: Mapping[str, str] | None = None,
    types: tuple[str, ...] = ("text/plain",),
) -> MailMessage:
    return MailMessage(
        id="m-1",
        thread_id=thread,
        message_id="<m-1@mail.example>",
        sender=Address(sender, "Someone"),
        subject=subject,
        date=datetime(2026, 11, 20, 15, 0, tzinfo=UTC),
        to=(Address(ME, "Pat"),),
        labels=labels,
        headers=dict(headers or {}),
        content_types=types,
        body=body,
    )


def kind(body: str | None, subject: str = "Re: Thank you for the interview") -> ReplyKind:
    return classify(message(body, subject=subject), after=RECEIVED)[0]


# --------------------------------------------------------------------------- automated mail


def test_a_person_writing_is_not_automated() -> None:
    assert automated_reason(message("Thanks Pat, we will be in touch.")) is None
    assert automated_reason(message("x", headers={"auto-submitted": "no"})) is None
    assert automated_reason(message("x", subject="Re: Out of office plans next week")) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"auto-submitted": "auto-replied"},
        {"auto-submitted": "Auto-Generated"},
        {"x-autoreply": "yes"},
        {"x-autorespond": "1"},
        {"precedence": "auto_reply"},
    ],
)
def test_auto_reply_headers(headers: dict[str, str]) -> None:
    reason = automated_reason(message("I am away", headers=headers))
    assert reason is not None and reason.startswith("auto-reply")


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Thank you for the interview",
        "Out of the office until Monday",
        "Automatic reply: Thank you",
        "Auto: Thank you",
        "Autoreply: Thank you",
        "Auto-Reply: hello",
        "Abwesenheitsnotiz: Danke",
        "Réponse automatique : Merci",
        "OOO",
    ],
)
def test_auto_reply_subjects(subject: str) -> None:
    reason = automated_reason(message("I am away", subject=subject))
    assert reason is not None and reason.startswith("auto-reply")


@pytest.mark.parametrize(
    "msg",
    [
        message("gone", sender="MAILER-DAEMON@mail.acme.com"),
        message("gone", sender="postmaster@acme.com"),
        message("gone", types=("multipart/report", "text/plain", "message/delivery-status")),
        message("gone", types=("message/delivery-status",)),
        message("gone", headers={"return-path": "<>"}),
        message("gone", subject="Undeliverable: Thank you"),
        message("gone", subject="Delivery Status Notification (Failure)"),
    ],
)
def test_bounces(msg: MailMessage) -> None:
    reason = automated_reason(msg)
    assert reason is not None and reason.startswith("bounce")


@pytest.mark.parametrize(
    "msg",
    [
        message("", types=("multipart/mixed", "text/plain", "text/calendar")),
        message("", subject="Invitation: Onsite interview @ Thu Nov 26, 2026"),
        message("", subject="Updated invitation: Onsite interview"),
        message("", subject="Accepted: Onsite interview"),
        message("", subject="Declined: Onsite interview"),
        message("", subject="Canceled event: Onsite interview"),
        message("", subject="Cancelled: Onsite interview"),
        message("", sender="calendar-notification@google.com", subject="Reminder"),
        # a scheduling tool confirming the rounds the person booked
        message("", subject="Confirmed: your interviews with Acme on Thursday, November 12"),
        message("", subject="Your interview has been confirmed"),
        message("", subject="Confirmed: Store Director Phone Interview with Lyle on Friday"),
        message("", subject="Interview Confirmed: Pharmacy Analyst at Brindlemere"),
        message("", subject="Ihr Termin ist bestätigt: Erstgespräch Aktuar/in"),
        message("", subject="Your interview at Hollis Creek Market is confirmed"),
    ],
)
def test_calendar_notifications(msg: MailMessage) -> None:
    reason = automated_reason(msg)
    assert reason is not None and reason.startswith("calendar notification")


@pytest.mark.parametrize(
    "headers",
    [
        {"list-id": "<news.acme.com>"},
        {"list-unsubscribe": "<mailto:unsub@acme.com>"},
        {"precedence": "bulk"},
        {"precedence": "List"},
        {"precedence": "junk"},
    ],
)
def test_mailing_lists(headers: dict[str, str]) -> None:
    reason = automated_reason(message("Our monthly news", headers=headers))
    assert reason is not None and reason.startswith("mailing list")


def test_reason_cannot_carry_line_breaks() -> None:
    reason = automated_reason(message("x", headers={"auto-submitted": "auto-replied\r\nX: y"}))
    assert reason is not None and "\n" not in reason and "\r" not in reason


# --------------------------------------------------------------------------- free mail


@pytest.mark.parametrize(
    "domain",
    [
        "gmail.com",
        "GMAIL.COM",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "gmx.at",
        "yahoo.co.uk",
        "hotmail.fr",
        "outlook.co.jp",
        "web.de",
        "gmail.com.",
    ],
)
def test_free_mail_domains(domain: str) -> None:
    assert is_free_mail(domain)


@pytest.mark.parametrize(
    "domain",
    [
        "acme.com",
        "mail.acme.com",
        "gmail.acme.com",
        "outlook.ibm.com",
        "live.acme.co.uk",
        "gmxx.de",
        "notgmail.com",
        "",
        "localhost",
    ],
)
def test_company_domains_are_not_free_mail(domain: str) -> None:
    assert not is_free_mail(domain)


# --------------------------------------------------------------------------- matching


def match(msg: MailMessage, contacts: tuple[Contacts, ...] = CONTACTS) -> str | None:
    return match_application(msg, contacts, THREADS, ME)


def test_interviewers_reply_is_matched() -> None:
    assert match(message("Thanks!", sender="jane@acme.com")) == "acme"
    assert match(message("Thanks!", sender="Jane@ACME.com")) == "acme"
    assert match(message("Thanks!", sender="hank@globex.io")) == "globex"


def test_interviewer_on_free_mail_is_matched_by_address() -> None:
    assert match(message("Hi", sender="recruiter.globex@gmail.com")) == "globex"


def test_thread_match() -> None:
    assert match(message("Hi", sender="someone@elsewhere.net", thread="thread-thanks-globex")) == (
        "globex"
    )


def test_domain_and_subdomain_match() -> None:
    assert match(message("Hi", sender="hr@acme.com")) == "acme"
    assert match(message("Hi", sender="hr@mail.acme.com")) == "acme"
    assert match(message("Hi", sender="HR@Careers.Globex.IO")) == "globex"


@pytest.mark.parametrize(
    "sender", ["hr@notacme.com", "hr@acme.com.evil.io", "hr@acme.co", "someone@gmail.com", "acme"]
)
def test_lookalike_and_unknown_senders_do_not_match(sender: str) -> None:
    assert match(message("Hi", sender=sender)) is None


def test_free_mail_domain_never_matches_by_domain() -> None:
    careless = Contacts("careless", frozenset({"jane.doe@gmail.com"}), frozenset({"gmail.com"}))
    assert match(message("Hi", sender="stranger@gmail.com"), (careless,)) is None
    assert match(message("Hi", sender="jane.doe@gmail.com"), (careless,)) == "careless"


def test_own_mail_is_never_a_reply() -> None:
    assert match(message("Hi", sender=ME, thread="thread-thanks-acme")) is None
    assert match(message("Hi", sender="Pat@Example.org", thread="thread-thanks-acme")) is None
    for label in ("SENT", "DRAFT"):
        msg = message("Hi", sender="jane@acme.com", labels=frozenset({label}))
        assert match(msg) is None


def test_thread_beats_address_beats_domain() -> None:
    # Jane (Acme's interviewer) writes in the Globex thread: the thread decides.
    assert match(message("Hi", sender="jane@acme.com", thread="thread-thanks-globex")) == "globex"
    # Two applications at one domain: the interviewer's own application wins over order.
    first = Contacts("acme-sales", frozenset({"sam@acme.com"}), frozenset({"acme.com"}))
    assert match(message("Hi", sender="jane@acme.com"), (first, ACME)) == "acme"
    # Only the domain matches both: the first in order wins.
    assert match(message("Hi", sender="hr@acme.com"), (first, ACME)) == "acme-sales"
    assert match(message("Hi", sender="hr@acme.com"), (ACME, first)) == "acme"


def test_reply_to_of_a_tracking_system_counts() -> None:
    msg = message(
        "Hi", sender="no-reply@greenhouse-mail.io", headers={"reply-to": "Jane <jane@acme.com>"}
    )
    assert match(msg) == "acme"


def test_newsletter_from_the_company_domain_is_not_a_reply() -> None:
    newsletter = message(
        "Acme monthly: our new office!",
        subject="Acme News, November",
        sender="news@acme.com",
        headers={"list-unsubscribe": "<https://acme.com/unsub>", "precedence": "bulk"},
    )
    assert automated_reason(newsletter) is not None
    assert reply_application(newsletter, CONTACTS, THREADS, ME) is None
    assert reply_application(message("Thanks!"), CONTACTS, THREADS, ME) == "acme"


def test_auto_reply_in_our_thread_is_not_a_reply() -> None:
    away = message("Away", subject="Automatic reply: Thank you", thread="thread-thanks-acme")
    assert reply_application(away, CONTACTS, THREADS, ME) is None


# --------------------------------------------------------------------------- quoted text


GMAIL_QUOTE = """Thanks Pat, it was great to meet you too.

On Tue, Nov 17, 2026 at 3:04 PM Pat Lee <
pat@example.org> wrote:

> Thank you for the interview! I'm excited about the next round,
> and I have another offer, so an offer letter soon would help.
"""
OUTLOOK_QUOTE = """Thanks Pat!

________________________________
From: Pat Lee <pat@example.org>
Sent: Tuesday, November 17, 2026 3:04 PM
Subject: Thank you

I'm excited about the next round and the offer letter.
"""


def test_own_words_drop_the_quoted_message() -> None:
    assert own_words(GMAIL_QUOTE).strip() == "Thanks Pat, it was great to meet you too."
    assert own_words(OUTLOOK_QUOTE).strip() == "Thanks Pat!"
    assert own_words("Yes.\r\n> quoted\r\nAlso this.").split("\n") == ["Yes.", "Also this."]


def test_a_line_starting_with_on_is_not_a_quote_header() -> None:
    body = "On second thought, we will decide by Friday.\n\nOn Tue, Pat <p@x.org> wrote:\n> hi"
    assert own_words(body).strip() == "On second thought, we will decide by Friday."


def test_quoted_thank_you_does_not_flip_the_class() -> None:
    assert kind(GMAIL_QUOTE) is ReplyKind.ACKNOWLEDGEMENT
    assert kind(OUTLOOK_QUOTE) is ReplyKind.OTHER


# --------------------------------------------------------------------------- classification


@pytest.mark.parametrize(
    "body",
    [
        "We are pleased to offer you the position of Backend Engineer!",
        "I'm happy to extend an offer for the role. The offer letter is attached.",
        "Please find attached your offer letter.",
        "Unfortunately the offer letter is delayed by a day.",
        "We would like to offer you the job, starting January 5.",
        "We'd love to make you an offer. What is your availability for a call?",
        "Welcome to the team!",
    ],
)
def test_offers(body: str) -> None:
    assert kind(body) is ReplyKind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately, we have decided to move forward with other candidates.",
        "Unfortunately we are not able to make you an offer at this time.",
        "We will not be extending an offer.",
        "We cannot offer you the position.",
        "We won't be moving forward with your application.",
        "We are not moving forward with your candidacy.",
        "The position has been filled.",
        "We will not be proceeding with your application.",
        "We regret to inform you that the role went to someone else.",
        "I'm sorry, we've decided to extend an offer to another candidate.",
        "We have selected another candidate whose experience fits more closely.",
        "We won't be inviting you to the next round.",
        "We wish you the best of luck in your job search.",
        "Unfortunately, after careful consideration, we will go with someone else.",
        "You were not selected for this role.",
    ],
)
def test_rejections(body: str) -> None:
    assert kind(body) is ReplyKind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "We'd like to invite you to the next round!",
        "Next steps: please share your availability for a technical interview.",
        "Could we schedule a follow-up interview next week?",
        "What is your availability next Tuesday?",
        "We'd like to invite you to an onsite at our office.",
        "We'd like to offer you a second interview.",
        "We're pleased to offer you an interview with the hiring manager.",
        "Unfortunately we need to reschedule; could you send your availability?",
        "We haven't scheduled the next round yet, but you are in it.",
        "No worries, we'd like to schedule your onsite interview.",
    ],
)
def test_next_rounds(body: str) -> None:
    assert kind(body) is ReplyKind.NEXT_ROUND


def test_a_booked_interview_moved_is_news_to_read_never_a_rejection() -> None:
    assert kind("Unfortunately we need to reschedule the interview.") is ReplyKind.OTHER


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We are still reviewing candidates and should know by next Friday.", NEXT_FRIDAY),
        ("We expect to make a decision by November 24.", date(2026, 11, 24)),
        (
            "Unfortunately the hiring manager is out; we expect to decide by Dec 1.",
            date(2026, 12, 1),
        ),
        (
            "We haven't made a decision yet; we'll get back to you within two weeks.",
            date(2026, 12, 4),
        ),
        ("Thanks for your note! We will have an answer for you by Nov 24.", date(2026, 11, 24)),
        ("We're still deciding and will let you know early next week.", date(2026, 11, 24)),
    ],
)
def test_still_deciding_with_a_new_date(body: str, expected: date) -> None:
    found, mention = classify(message(body), after=RECEIVED)
    assert found is ReplyKind.STILL_DECIDING
    assert mention is not None and mention.value == expected


@pytest.mark.parametrize(
    "body",
    [
        "We haven't made a decision yet.",
        "We are still interviewing. We'll be in touch.",
        "Unfortunately our decision is delayed.",
        "We need a bit more time, thank you for your patience.",
        "We can't make an offer yet; we are still reviewing.",
    ],
)
def test_still_deciding_without_a_date(body: str) -> None:
    assert classify(message(body), after=RECEIVED) == (ReplyKind.STILL_DECIDING, None)


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately, I'm out of the office.",
        "We offer a great benefits package, by the way.",
        "",
        "{{ 7*7 }} {% for x in y %}",
        "Don't worry about the offer letter details; talk soon.",
        "No need to reschedule, see you then.",
    ],
)
def test_other(body: str) -> None:
    assert kind(body) is ReplyKind.OTHER


def test_subject_is_read_unless_it_is_ours() -> None:
    assert kind(None, "Offer letter - Backend Engineer") is ReplyKind.OFFER
    assert kind(None, "Your application: next steps and availability") is ReplyKind.NEXT_ROUND
    assert kind(None, "Re: Thank you - next round excitement") is ReplyKind.OTHER
    assert kind(None, "RE: AW: offer letter question") is ReplyKind.OTHER
    assert kind(None, "") is ReplyKind.OTHER


def test_rejection_beats_offer_words_and_offer_beats_scheduling() -> None:
    assert kind("We regret to inform you. The offer letter was sent to another person.") is (
        ReplyKind.REJECTION
    )
    assert kind("Pleased to offer you the role! Send your availability to sign.") is (
        ReplyKind.OFFER
    )


def test_date_is_relative_to_the_day_the_reply_came() -> None:
    body = "We are still deciding and will know by Thursday."
    said_tuesday = classify(message(body), after=date(2026, 11, 17))[1]
    said_friday = classify(message(body), after=RECEIVED)[1]
    assert said_tuesday is not None and said_tuesday.value == date(2026, 11, 19)
    assert said_friday is not None and said_friday.value == date(2026, 11, 26)


def test_impossible_date_in_a_reply_is_reported() -> None:
    found, mention = classify(message("We expect to decide by February 30."), after=RECEIVED)
    assert found is ReplyKind.STILL_DECIDING
    assert mention is not None and mention.value is None and mention.error


def test_huge_body_is_bounded() -> None:
    body = "Thanks. " * 100_000 + "We are pleased to offer you the role."
    assert kind(body) is ReplyKind.OTHER


def test_a_plant_visit_is_a_next_round_and_a_check_asked_of_every_finalist_is_not() -> None:
    visit = (
        "Good talking with you last Monday. I'd like you to come see the plant and meet "
        "Yesenia – Wednesday 12/9, 8 to 11 am. It's not the last step: if it goes well, "
        "Dakota will set up a call with our COO after."
    )
    assert kind(visit) is ReplyKind.NEXT_ROUND
    check = (
        "Since the role comes with a company vehicle, we ask every finalist to complete a "
        "motor vehicle record authorization before the plant visit. This doesn't mean a "
        "decision has been made; it's a standard step for everyone still in the process."
    )
    assert kind(check) is ReplyKind.OTHER


def test_a_founders_gentle_no_and_an_agencys_consent_request() -> None:
    no = (
        "Thanks a lot for the chat yesterday. I've thought about it a good bit and I don't "
        "think we're going to move forward. Honestly that's not a knock on you at all."
    )
    assert kind(no) is ReplyKind.REJECTION
    consent = (
        "Great to chat earlier. Before I send your CV to Brightwater Insurance for the Data "
        "Analyst role, I need your written consent to represent you for this role only. "
        'Could you reply with "I confirm" and attach an updated CV, ideally by close of '
        "play tomorrow?"
    )
    found, mention = classify(message(consent), after=RECEIVED)
    assert (found, mention) == (ReplyKind.OTHER, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rejection that names who was chosen by what they have done
        ("We're going to go with a field engineer who's already been through a hospital job "
         "with us, mostly because the owner wants continuity into the next phase.",
         ReplyKind.REJECTION),
        # "the next phase" of a project is no round; "selected for an interview" said of you is
        ("Congratulations. Based on your application, you have been selected for an oral board "
         "interview on Thursday, December 10.", ReplyKind.NEXT_ROUND),
        ("Thank you for applying. Only candidates selected for an interview will be contacted.",
         ReplyKind.RECEIPT),
        ("Your application for Principal Platform Engineer (reference 932-WHIS-2611) has been "
         "submitted to Wealdmoor Health. The employer will review all applications after the "
         "closing date, 29 November 2026.", ReplyKind.RECEIPT),
        ("Please complete the attached forms and return them by Tuesday, December 8. This "
         "request is part of the standard process and is not an indication of a hiring "
         "decision.", ReplyKind.OTHER),
        ("Please send the attestation back by Monday 12/7. These go to every finalist and aren't "
         "an indication of a hiring decision.", ReplyKind.OTHER),
        ("Queremos invitarte a la planta en Gurabo para la última ronda: el jueves 3 de "
         "diciembre a las 9:00 a.m.", ReplyKind.NEXT_ROUND),
        ("As I said on the phone, we'd love you to join Auchenvorie as Operations Planning "
         "Manager. No rush, but if you could let me know by Wednesday that'd be grand.",
         ReplyKind.OFFER),
        ("I'm at a trade show until the 24th and we want to make the call together once I'm "
         "back, so it'll be a little longer than I'd hoped. You're very much still in it.",
         ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_more_replies_in_the_words_employers_use(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected


def test_an_out_of_office_whose_subject_quotes_the_next_round() -> None:
    away = message(
        "Dzień dobry,\n\nprzebywam na urlopie do 7 grudnia włącznie.\n\nHello,\n\nI am on leave "
        "until 7 December inclusive. For urgent recruitment matters please contact "
        "rekrutacja@acme.com.",
        subject="Nieobecność / Out of office: Re: II etap rekrutacji",
    )
    assert out_of_office(away) is not None


@pytest.mark.parametrize(
    "body",
    [
        "Hi, I'm away at a client's site and will be back on Thursday. I'll respond to your "
        "message then.\n\nChiamaka",
        "안녕하세요, 염수진입니다. 12월 15일(화) 하루 외부 미팅으로 메일 확인이 늦어집니다. 16일에 "
        "순차적으로 회신드리겠습니다.\n(자동 응답 메일입니다)",
    ],
)
def test_an_out_of_office_without_its_headers(body: str) -> None:
    assert out_of_office(message(body, subject="Re: they want to meet you!")) is not None


def test_eploy_is_a_tracking_system_read_by_the_company_it_names() -> None:
    stannergate = Contacts(
        "stannergate", frozenset(), frozenset(), frozenset({"Stannergate Logistics"})
    )
    msg = message(
        "Thank you for your application. You have been shortlisted and we would like to invite "
        "you to interview.",
        subject="Interview invitation - Operations Manager (Warehousing)",
        sender="noreply@stannergate.eploy.net",
    )
    sender = Address(msg.sender.email, "Stannergate Logistics Recruitment")
    msg = MailMessage(**{**msg.__dict__, "sender": sender})
    assert match_application(msg, (ACME, stannergate), {}, ME) == "stannergate"


@pytest.mark.parametrize(
    "msg",
    [
        # Google Calendar writes the organiser in From and itself in Sender
        message(
            "Bijgewerkte uitnodiging\n\nDeze afspraak is gewijzigd: tijd",
            subject="Interview Growth Marketing Manager",
            sender="sanne@poldergroen.example",
            headers={"sender": "Google Agenda <calendar-notification@google.com>"},
        ),
        # ... and its subject in the person's language, the time after " @ "
        message("", subject="Bijgewerkte uitnodiging: Interview @ do 17 dec 2026 16:00 - 16:45"),
        message("", subject="Einladung: Erstgespräch @ Mo. 14. Dez. 2026 10:00 - 11:00 (MEZ)"),
        message("", subject="Invitación: Entrevista @ vie 18 dic 2026 9:00 - 10:00 (CET)"),
    ],
)
def test_calendar_notices_sent_for_the_organiser_and_abroad(msg: MailMessage) -> None:
    reason = automated_reason(msg)
    assert reason is not None and reason.startswith("calendar notification")


def test_a_letter_titled_uitnodiging_is_still_a_letter() -> None:
    # Without Google's " @ " time, "Uitnodiging: tweede gesprek" is the employer writing.
    assert (
        automated_reason(message("Hoi Casey, ...", subject="Uitnodiging: tweede gesprek")) is None
    )


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "company"),
    [
        # a service not known here, writing from its own box in the employer's name
        ("notifications@viault.example", "Bellamy Northcote LLP", "Update on your application",
         "After careful review, we have decided not to proceed.\n\nBellamy Northcote LLP\n\n"
         "Sent via Viault", "Bellamy Northcote LLP"),
        # job boards relaying an employer's answer, in Czech, Indonesian, Romanian and Korean
        ("noreply@jobs.example", "Sázava Energy a.s. přes Jobs.cz",
         "Odpověď na Vaši reakci: DevOps inženýr", "Bohužel jsme se rozhodli pokračovat s "
         "jinými uchazeči.", "Sázava Energy a.s."),
        ("noreply@glints.example", "Glints", "Update lamaranmu", "Terima kasih sudah melamar "
         "posisi Business Operations Manager di PT Tanah Air Agritech melalui Glints.",
         "PT Tanah Air Agritech"),
        ("noreply@ejobs.example", "eJobs", "Actualizare status aplicare", "Din păcate, "
         "aplicarea ta pentru jobul QA Lead la Olt Retail Technology SRL nu a fost selectată.",
         "Olt Retail Technology SRL"),
        ("no-reply@wanted.example", "원티드",
         "[원티드] 지원하신 포지션의 전형 결과가 업데이트되었습니다",
         "청솔모빌리티 [서비스 기획자] 포지션의 서류 검토 결과, "
         "이번 채용에서는 함께하기 어렵다는 결과를 전달받았습니다.", "청솔모빌리티"),
    ],
)  # fmt: skip
def test_status_mail_a_system_sends_in_the_employers_name(
    sender: str, name: str, subject: str, body: str, company: str
) -> None:
    msg = replace(message(body, subject=subject, sender=sender), sender=Address(sender, name))
    employer = Contacts("it", frozenset(), frozenset(), frozenset({company}))
    assert match_application(msg, [ACME, employer], {}, ME) == "it"
    # (not a job alert from the same box)
    alert = replace(msg, subject="New jobs for you", body="12 new jobs matching your search")
    assert match_application(alert, [ACME, employer], {}, ME) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a start-up recruiter: loved the call, and now the founders
        (
            "Great news – Dana loved the conversation and wants you to meet our founders for the "
            "final round! Marcus and Elena have Wednesday 12/16 open at 4:30pm ET.",
            ReplyKind.NEXT_ROUND,
        ),
        # a US state's NEOGOV notice
        (
            "Your name has been referred from the eligible list. The department would like to "
            "schedule you for an oral interview on Monday, December 14, 2026 at 9:00 a.m. "
            "Please note that referral does not guarantee selection.",
            ReplyKind.NEXT_ROUND,
        ),
        # a founder's rejection in her own words
        (
            "I wanted to write you myself. We ended up offering the support operations role to "
            "someone based in Eastern time, since so much of the job overlaps with Boston hours.",
            ReplyKind.REJECTION,
        ),
        # Reed relays the employer's decision
        (
            "Weston Shore Distribution Ltd has reviewed your application for Logistics Data "
            "Analyst and has decided not to take it further this time. We received a very high "
            "number of applications and have decided to progress candidates whose experience "
            "more closely matches our requirements.",
            ReplyKind.REJECTION,
        ),
        # an agency: the client's last interviews are other candidates', not a round of ours
        (
            "They haven't made a decision yet: they're seeing their last two candidates w/c 14th "
            "December, with the final interview on Wednesday 16th December, and they've "
            "promised me an answer within 10 working days of that final interview.",
            ReplyKind.STILL_DECIDING,
        ),
        # an assessment vendor's results: the next stage only named as what questions are about
        (
            "Thank you for completing the assessments for Tarpon Ledger Bank. Your personal "
            "feedback report is now available. Your results have been shared with Tarpon Ledger "
            "Bank. Please note that SHL does not make hiring decisions; any questions about your "
            "application or the next stage should be directed to Tarpon Ledger Bank.",
            ReplyKind.OTHER,
        ),
        # references the panel only may check, while it decides
        (
            "The panel still has one more candidate to interview next week, after which it will "
            "meet to make a recommendation. We expect to be in touch with all candidates by the "
            "end of the week after next. In the meantime, we may contact your referees.",
            ReplyKind.STILL_DECIDING,
        ),
        # an Australian public service's outcome through PageUp
        (
            "The selection panel has now completed its assessment. Unfortunately, you have not "
            "been assessed as suitable for the role at this time, and you will not be placed in "
            "the merit pool for this selection process.",
            ReplyKind.REJECTION,
        ),
        # ... and its wait, which names the merit pool of others
        (
            "The selection panel is still finalising its assessment of all candidates. "
            "Candidates assessed as suitable but not offered the position may be placed in a "
            "merit pool for up to 18 months.",
            ReplyKind.STILL_DECIDING,
        ),
    ],
)
def test_what_recruiters_boards_and_platforms_write_in_english(
    body: str, expected: ReplyKind
) -> None:
    assert kind(body) is expected


def test_the_others_final_interviews_and_a_count_from_them_are_a_wait() -> None:
    body = (
        "Craig and Anahera were positive, but they haven't made a decision yet - they're seeing "
        "two more people, and their final interviews wrap up on Friday 18 December. Craig has "
        "committed to a decision within 10 working days of the final interview."
    )
    assert kind(body) is ReplyKind.STILL_DECIDING
