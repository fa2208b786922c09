"""Mail from applicant-tracking systems, matched to its application by the company it names.

Sender shapes (from the vendors' candidate-notification documentation and real
headers as people post them): Greenhouse "Acme Talent Team via Greenhouse"
<no-reply@greenhouse.io> with the recruiter in Reply-To; Workday tenants
acme@myworkday.com; Lever "Acme" <no-reply@hire.lever.co>; Ashby
<no-reply@ashbyhq.com>, SmartRecruiters, iCIMS with the company only in the
subject or signature.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.core.model import MailMessage
from agent.core.replies import (
    Contacts,
    customer_notice,
    from_tracking_system,
    match_application,
    names_its_company,
    takes_no_answer,
)
from tests.builders import inbox_message

ME = "casey@example.org"
ACME = Contacts("acme", frozenset({"jane@acme.com"}), frozenset({"acme.com"}), frozenset({"Acme"}))
ACME_ROBOTICS = Contacts(
    "acme-robotics",
    frozenset({"raj@acmerobotics.io"}),
    frozenset({"acmerobotics.io"}),
    frozenset({"Acme Robotics, Inc."}),
)
GLOBEX = Contacts(
    "globex", frozenset({"hank@globex.io"}), frozenset({"globex.io"}), frozenset({"Globex"})
)
CONTACTS = (GLOBEX, ACME, ACME_ROBOTICS)


def mail(
    sender: str,
    name: str = "",
    *,
    subject: str = "Update on your application",
    body: str | None = None,
    reply_to: str = "",
) -> MailMessage:
    return inbox_message(sender, subject, body, name=name,
                         received=datetime(2026, 11, 17, 15, tzinfo=UTC),
                         headers={"reply-to": reply_to} if reply_to else {})  # fmt: skip


def match(msg: MailMessage) -> str | None:
    return match_application(msg, CONTACTS, {}, ME)


@pytest.mark.parametrize(
    ("msg", "expected"),
    [
        (mail("no-reply@greenhouse.io", "Acme Talent Team via Greenhouse"), "acme"),
        (mail("no-reply@us.greenhouse-mail.io", "Acme Robotics Recruiting"), "acme-robotics"),
        (mail("acme@myworkday.com", "Workday"), "acme"),
        (mail("acmerobotics@myworkday.com"), "acme-robotics"),
        (mail("no-reply@hire.lever.co", "Globex"), "globex"),
        (mail("notifications@smartrecruiters.com", subject="Your application to Globex"), "globex"),
        (
            mail("no-reply@ashbyhq.com", body="Thank you for your interest.\n\nThe Globex Team"),
            "globex",
        ),
        (
            mail(
                "no-reply@icims.com",
                subject="Your application",
                body="Dear Casey,\n\nWe have decided to move forward with other candidates.\n\n"
                "Best regards,\nTalent Acquisition, Acme Robotics",
            ),
            "acme-robotics",
        ),
        # The recruiter in Reply-To at the company's domain.
        (mail("no-reply@greenhouse.io", "Greenhouse", reply_to="Jane <jane@acme.com>"), "acme"),
        (mail("no-reply@greenhouse.io", "Greenhouse", reply_to="Acme Recruiting <r@x.io>"), "acme"),
        # school, university and European systems that send under the employer's name
        (mail("do-not-reply@acme.peopleadmin.com", "Acme Community College"), "acme"),
        (mail("notifications@k12jobspot.com", "Globex School District"), "globex"),
        (mail("noreply@applitrack.com", "Globex Public Schools"), "globex"),
        (mail("noreply@inrecruiting.com", "Acme Robotics S.p.A."), "acme-robotics"),
        (mail("noreply@otys.nl", "Globex B.V."), "globex"),
    ],
)
def test_tracking_system_mail_is_matched_by_the_company_it_names(
    msg: MailMessage, expected: str
) -> None:
    assert from_tracking_system(msg)
    assert match(msg) == expected


def test_the_longest_company_name_wins() -> None:
    msg = mail("no-reply@greenhouse.io", subject="Your application to Acme Robotics")
    assert match(msg) == "acme-robotics"


@pytest.mark.parametrize(
    "msg",
    [
        mail("no-reply@greenhouse.io", "Initech via Greenhouse", subject="Your application"),
        mail("no-reply@greenhouse.io", "Greenhouse", body="Thanks for applying to Initech."),
        # "acme" inside another word is not Acme.
        mail("no-reply@lever.co", subject="Your Acmex application"),
    ],
)
def test_tracking_system_mail_for_another_employer_matches_nothing(msg: MailMessage) -> None:
    assert match(msg) is None


def test_a_company_name_from_an_unknown_sender_is_not_enough() -> None:
    # Anyone can write "Acme" in a subject: names count only from tracking systems.
    assert match(mail("someone@elsewhere.example", "Acme Recruiting")) is None
    assert not from_tracking_system(mail("someone@elsewhere.example"))


def test_a_name_matches_whatever_its_spacing() -> None:
    glued = Contacts(
        "bluebird", frozenset(), frozenset({"bluebirdhealth.com"}), frozenset({"Bluebirdhealth"})
    )
    msg = mail("no-reply@greenhouse.io", subject="Your application to Bluebird Health")
    assert match_application(msg, (GLOBEX, glued), {}, ME) == "bluebird"
    assert match_application(mail("bluebirdhealth@myworkday.com"), (glued,), {}, ME) == "bluebird"


def test_a_generic_sender_name_is_no_tenant() -> None:
    # "mailer@" is the system's own sender, not a tenant named like the company "Mail Corp".
    mail_corp = Contacts("mail", frozenset(), frozenset(), frozenset({"Mail Corp"}))
    msg = mail("mailer@greenhouse.io", subject="Your application")
    assert match_application(msg, (mail_corp,), {}, ME) is None


def test_whoever_arranged_several_interviews_is_matched_by_the_company_named() -> None:
    """An agency consultant organised interviews at two clients: the subject says which."""
    agent_ = "maddie@coastlinetalent.example"
    banksia = Contacts(
        "banksia",
        frozenset({"greg@banksia.example", agent_}),
        frozenset(),
        frozenset({"Banksia Water"}),
    )
    thameside = Contacts(
        "thameside",
        frozenset({"priya@thameside.example", agent_}),
        frozenset(),
        frozenset({"Thameside Housing"}),
    )
    about_banksia = mail(agent_, "Maddie Clarke", subject="Banksia Water – feedback")
    assert match_application(about_banksia, [thameside, banksia], {}, ME) == "banksia"
    unnamed = mail(agent_, "Maddie Clarke", subject="Quick update")
    assert match_application(unnamed, [thameside, banksia], {}, ME) == "thameside"


def test_a_tracking_systems_subdomain_names_the_employer() -> None:
    """Recruitee writes from <company>.recruitee.com; a region is no employer."""
    assert match(mail("jo.visser@globex.recruitee.com", "Jo Visser")) == "globex"
    assert match(mail("no-reply@us.greenhouse-mail.io", "Notifications")) is None


def test_an_employers_message_relayed_by_indeed_is_matched_by_its_name() -> None:
    assert (
        match(mail("ana-x7@indeedemail.com", "Globex", subject="Message from Globex")) == "globex"
    )


def test_a_job_portals_no_reply_status_mail_is_matched_by_the_body_it_names() -> None:
    # a public service's portal writes from one no-reply address for every department
    portal = "do-not-reply@jobs-portal.example"
    result = mail(
        portal,
        "Public Service Jobs",
        subject="Screening results - 26-ACM-EA-0101",
        body="Organization: Acme Robotics, Inc.\n\nWe regret to inform you that you have not "
        "been screened in.",
    )
    assert match(result) == "acme-robotics"
    assert names_its_company(result)
    # a no-reply newsletter is no status mail, and a person's own address is no portal
    assert not names_its_company(mail(portal, subject="Our December newsletter", body=""))
    assert not takes_no_answer("jane@acme.com") and takes_no_answer(portal)


def test_a_company_registered_with_two_legal_forms_or_a_regional_arm_is_matched() -> None:
    """ "Pte. Ltd." goes whole; a regional arm's company is named by its house's name."""
    lantern = Contacts(
        "lantern", frozenset(), frozenset(), frozenset({"Lantern Analytics Pte. Ltd."})
    )
    maison = Contacts(
        "maison", frozenset(), frozenset(), frozenset({"Maison Ardelle Asia Pacific Pte. Ltd."})
    )
    contacts = (lantern, maison)
    ashby = mail("no-reply@ashbyhq.com", "Lantern Analytics")
    assert match_application(ashby, contacts, {}, ME) == "lantern"
    smart = mail("noreply@smartrecruiters.com", "Maison Ardelle")
    assert match_application(smart, contacts, {}, ME) == "maison"


def test_rexx_job_portal_mail_is_a_tracking_systems() -> None:
    from agent.core.senders import is_tracking_system

    assert is_tracking_system("rexx-recruitment.com")
    msg = mail("noreply@rexx-recruitment.com", "Acme Robotics GmbH – Personalabteilung")
    assert match(msg) == "acme-robotics"


def test_a_system_sender_names_the_employer_without_its_trade_word() -> None:
    shop = Contacts("harrow", frozenset(), frozenset(), frozenset({"Harrow & Lane Apparel Ltd"}))
    msg = mail(
        "no-reply@tribepad.com", "Harrow & Lane Careers", subject="Update on your application"
    )
    assert match_application(msg, (GLOBEX, shop), {}, ME) == "harrow"


# Google Voice relays each text message from <their number>.<your number>.<token>@
# txt.voice.google.com, the text in the body above its own footer.
VOICE = "16145550192.16145550161.Pr4nXe8kLs@txt.voice.google.com"
VOICE_FOOTER = (
    "\n\nTo respond to this text message, reply to this email or visit Google Voice.\n\n"
    "YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>"
)


def test_a_relayed_text_message_is_matched_by_the_company_it_names_in_passing() -> None:
    texted = mail(
        VOICE,
        "(614) 555-0192",
        subject="New text message from (614) 555-0192",
        body="Hi Casey it's Luz from Globex - background came back clear!" + VOICE_FOOTER,
    )
    assert names_its_company(texted)
    assert match(texted) == "globex"
    # the first word of "Acme Robotics, Inc." alone is "Acme", which two applications share
    short = mail(VOICE, body="Hi it's Raj from Acme, see you Monday" + VOICE_FOOTER)
    assert match(short) == "acme"  # the whole name of one of them
    # a text naming no company answers nothing
    assert match(mail(VOICE, body="Running 5 min late!" + VOICE_FOOTER)) is None


def test_the_relay_is_among_the_senders_a_cycle_reads() -> None:
    from agent.core.senders import is_relay

    assert is_relay("txt.voice.google.com") and not is_relay("google.com")


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        ("rx-notify@globex.io", "Your prescription is ready for pickup",
         "1 prescription is ready for pickup at Globex Pharmacy #0233. Reply STOP to "
         "unsubscribe from refill reminders.", True),
        ("orders@globex.io", "Your order has shipped", "Your order #88231 has shipped.", True),
        # the same address about the application is the application's
        ("notifications@globex.io", "Your application", "Your order of steps: your "
         "application is complete; your order #1 is to book an interview.", False),
        # a person's address, however it is worded
        ("hank@globex.io", "Pickup", "Your prescription is ready for pickup.", False),
        # nothing said of buying: no conclusion from what is missing
        ("no-reply@globex.io", "Portal update", "Please log in to see a new document.", False),
    ],
)  # fmt: skip
def test_a_notice_to_the_person_as_a_customer(
    sender: str, subject: str, body: str, expected: bool
) -> None:
    assert customer_notice(mail(sender, subject=subject, body=body)) is expected
