"""Status mail from applicant-tracking systems is a reply, even when sent as bulk mail.

JazzHR (app.jazz.co, applytojob.com) and Zoho Recruit (zohorecruitmail.<region>) send
candidate status updates with List-Unsubscribe and "Precedence: bulk", and Zoho adds
"This is a system generated mail, please do not reply" (vendors' candidate-notification
help pages). Our own messages in those shapes; the same systems' job alerts stay bulk.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.core.model import Address, MailMessage
from agent.core.replies import Contacts, automated_reason, reply_application

ME = "pat@example.org"
ACME = Contacts("acme", frozenset({"jane@acme.com"}), frozenset({"acme.com"}))
BULK = {"list-unsubscribe": "<https://ats.example/unsubscribe>", "precedence": "bulk"}


def message(sender: str, subject: str, body: str) -> MailMessage:
    return MailMessage(
        id="m-1",
        thread_id="t-1",
        message_id="<m-1@mail.example>",
        sender=Address(sender, "Acme"),
        subject=subject,
        date=datetime(2026, 11, 20, 15, 0, tzinfo=UTC),
        to=(Address(ME, "Pat"),),
        labels=frozenset({"INBOX"}),
        headers=dict(BULK),
        content_types=("text/plain",),
        body=body,
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "notifications@app.jazz.co",
            "Update on your application - Data Analyst",
            "Hi Pat, thank you for your interest. We have decided to move forward with other"
            " candidates.",
        ),
        (
            "no-reply@applytojob.com",
            "Your application for Data Analyst",
            "Unfortunately we will not be moving forward with your application.",
        ),
        (
            "notification@zohorecruitmail.eu",
            "Shortlisted for Technical Round - Data Analyst",
            "Dear Pat, you have been shortlisted for the technical round. Please pick a time"
            " slot. This is a system generated mail, please do not reply.",
        ),
    ],
)
def test_tracking_system_status_mail_is_a_reply(sender: str, subject: str, body: str) -> None:
    msg = message(sender, subject, body)
    assert automated_reason(msg) is None
    assert reply_application(msg, (ACME,), {}, ME) == "acme"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("careers@zohorecruitmail.in", "7 new jobs matching your profile", "Apply now: ..."),
        ("jobs@app.jazz.co", "Job alert: Analyst roles", "New interview-ready roles near you."),
        ("news@acme.com", "Your application tips for 2027", "Our newsletter."),
    ],
)
def test_job_alerts_and_newsletters_stay_bulk(sender: str, subject: str, body: str) -> None:
    assert automated_reason(message(sender, subject, body)) is not None
