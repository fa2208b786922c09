"""One cycle: read what changed, plan, apply. The only place core meets I/O.

Order matters for crash safety: the calendar cursor is stored with the events
it covers, the mail cursor only after the replies it covers are recorded, and
every side effect is marked pending before and written after, so a cycle cut
short at any line is completed, not repeated, by the next one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from jinja2 import Environment

from agent import evidence
from agent.core import actions, identity
from agent.core import detect as detection
from agent.core import plan as planning
from agent.core import replies as reply_rules
from agent.core.date_words import month_first
from agent.core.model import (
    DetectRules,
    DraftRecord,
    DraftRef,
    DraftState,
    Interview,
    Locale,
    MailChanges,
    MailMessage,
    Person,
    Policy,
    ReminderRef,
    Reply,
    ReplyKind,
    Skipped,
)
from agent.core.names import without_middle_names
from agent.core.people import is_mine, is_tool_address, is_unaddressed
from agent.core.senders import (
    JOB_BOARD_DOMAINS,
    RELAY_DOMAINS,
    SCREENING_DOMAINS,
    TRACKING_DOMAINS,
    shared_domain,
)
from agent.errors import BackendError, BadInput, FolderUnavailable, FollowupError
from agent.ledger import Ledger
from agent.ports import CalendarSource, Mailbox, ReminderCalendar
from agent.store import Store

log = logging.getLogger(__name__)


@dataclass
class Backends:
    calendar: CalendarSource
    mailbox: Mailbox
    reminders: ReminderCalendar
    ledger: Ledger | None = None  # drafts ever written (agent/ledger.py), beside the config


@dataclass(frozen=True)
class Settings:
    person: Person
    tz: ZoneInfo
    policy: Policy
    rules: DetectRules

    @property
    def locale(self) -> Locale:
        """Dates as the person reads them: their country's order and public holidays."""
        return Locale(
            month_first(self.policy.country, self.tz.key),
            self.policy.public_holidays,
            self.policy.weekend,
        )


@dataclass
class Report:
    """What a cycle did, for the log, `run --once` and the demo."""

    done: list[str] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    plan: planning.Plan | None = None


DRAFT_ACTIONS = (actions.CreateDraft, actions.UpdateDraft, actions.RemoveDraft)


class NotAReply(Exception):
    """From an employer's address, but automated: an auto-reply, bounce, invite or list."""


# A hook for tests: called with a label after each side effect, before its record.
AfterEffect = Callable[[str], None]


def _noop(_: str) -> None:
    return None


def run_cycle(
    store: Store,
    backends: Backends,
    settings: Settings,
    env: Environment,
    now: datetime,
    *,
    after_effect: AfterEffect = _noop,
    dry_run: bool = False,
) -> Report:
    """One cycle; with `dry_run`, everything is read and the actions only reported.

    A dry run is meant to be given a copy of the store (`Store.snapshot`): it
    still records what it read, so its plan is exactly the real cycle's.
    """
    report = Report()
    sync_calendar(store, backends.calendar, now)
    interviews, report.skipped = interviews_of(store, settings)
    senders = senders_of(interviews, settings)
    # (and the mail of those named without an address, by the name they sign with, which
    # may leave out a middle name)
    contacts = contacts_of(interviews, settings)
    unaddressed = {n for c in contacts for n in c.unaddressed}
    names = {n for c in contacts for n in c.names} | unaddressed
    names |= {short for n in unaddressed if (short := without_middle_names(n))}
    mail = backends.mailbox.changes(store.meta("cursor.mail"), now, senders=senders, names=names)
    refresh_drafts(store, backends.mailbox, mail, now, report, backends.ledger)
    record_replies(
        store, backends.mailbox, interviews, contacts, mail.messages, settings, now, report
    )
    # Only now is everything the new cursor covers safely recorded.
    store.set_meta("cursor.mail", mail.cursor)
    first_cycle = store.meta("cycle.completed") is None
    report.plan = current_plan(store, interviews, settings, env, now, report.skipped)
    if dry_run:
        report.done += [f"would {describe(a)}" for a in report.plan.actions]
        return report
    apply(report.plan.actions, store, backends, now, report, after_effect, first_cycle)
    if any(isinstance(a, DRAFT_ACTIONS) for a in report.plan.actions):
        # Reminders that depend on a draft written or removed just now (a link,
        # a nudge no longer due): in this cycle, not the next.
        report.plan = current_plan(store, interviews, settings, env, now, report.skipped)
        apply(report.plan.actions, store, backends, now, report, after_effect, first_cycle)
    store.set_meta("cycle.completed", now.isoformat())
    return report


def sync_calendar(store: Store, calendar: CalendarSource, now: datetime) -> None:
    changes = calendar.changes(store.meta("cursor.calendar"), now)
    store.apply_calendar(changes)


def senders_of(interviews: list[Interview], settings: Settings) -> set[str]:
    """Addresses and mail domains whose mail may be a reply: everyone interviewed with,
    and the applicant-tracking systems that write for employers and the services that relay
    text messages (both matched by the company they name), when there is any interview."""
    contacts = contacts_of(interviews, settings)
    people = {term for c in contacts for term in (*c.emails, *c.domains)}
    # Someone interviewed with writes from NHS mail: their recruitment team does too, from
    # another address there, naming the trust (matched by the company it names).
    people |= {shared_domain(email) for c in contacts for email in c.emails} - {""}
    # A job portal's no-reply address sent the invite: its status mail comes from there too,
    # naming the employer (it writes for every department it recruits for).
    people |= {
        i.organizer_email for i in interviews if reply_rules.takes_no_answer(i.organizer_email)
    }
    # An interview a tracking system booked may give no person to hear from at all: its
    # rejection still comes, from the system, naming the company. A recruiter's text
    # relayed as mail names it too, and so does a background-screening company, and a job
    # board that passes on the employer's message ("Message from the employer: ... we will
    # not be proceeding with your application" from Bayt.com).
    systems = TRACKING_DOMAINS | RELAY_DOMAINS | SCREENING_DOMAINS | JOB_BOARD_DOMAINS
    return people | systems if contacts else people


def refresh_drafts(
    store: Store,
    mailbox: Mailbox,
    mail: MailChanges,
    now: datetime,
    report: Report,
    ledger: Ledger | None = None,
) -> None:
    """Learn which of our drafts the person sent, edited or deleted since last time."""
    messages, touched = mail.messages, mail.touched_threads
    sent_threads = {m.thread_id: m for m in messages if "SENT" in m.labels}
    sent_ids = {m.message_id: m for m in messages if "SENT" in m.labels}
    for record in store.done().drafts.values():
        if record.ref is None or record.state not in (DraftState.PRESENT, DraftState.EDITED):
            continue
        ref = record.ref
        if touched is not None and ref.thread_id not in touched and ref.message_id not in sent_ids:
            continue
        try:
            seen = _refresh_one(store, mailbox, record, sent_threads, sent_ids, now, ledger)
        except FolderUnavailable:
            raise  # the whole folder: nothing about any draft is known; stop, record nothing
        except BackendError as exc:  # this draft only: nothing is recorded, tried again
            report.done.append(f"could not check {planning.describe_key(record.key)}: {exc}")
            continue
        if seen:
            report.done.append(seen)


def _refresh_one(
    store: Store,
    mailbox: Mailbox,
    record: DraftRecord,
    sent_threads: dict[str, MailMessage],
    sent_ids: dict[str, MailMessage],
    now: datetime,
    ledger: Ledger | None = None,
) -> str:
    """The draft's new state, recorded; returns a line for the report ("" if unchanged)."""
    assert record.ref is not None
    text = mailbox.draft_text(record.ref)
    if text is None and ledger is not None:
        found = evidence.found_again(store, mailbox, ledger, record, sent_ids, now)
        if isinstance(found, str):
            return found
        record, text = found
    assert record.ref is not None
    if text is None:
        sent = sent_ids.get(record.ref.message_id) or sent_threads.get(record.ref.thread_id)
        when = (sent.date if sent and sent.date else None) or mailbox.was_sent(record.ref)
        if when is not None:
            store.draft_state(record.key, DraftState.SENT, when)
            return f"you sent {planning.describe_key(record.key)}"
        store.draft_state(record.key, DraftState.DELETED, now)
        return f"you deleted {planning.describe_key(record.key)}; it will not be recreated"
    if record.state is DraftState.PRESENT:
        written, pending = store.draft_hashes(record.key)
        if actions.text_fingerprint(text) not in (written, pending):
            store.draft_state(record.key, DraftState.EDITED, now)
            what = planning.describe_key(record.key)
            return f"you edited {what}; it is yours now and stays as it is"
    return ""


def interviews_of(store: Store, settings: Settings) -> tuple[list[Interview], list[Skipped]]:
    """The interviews, each under the UID it was first known by (a re-sent invite with a
    new UID is the same interview: agent/core/identity.py)."""
    from agent.candidates import events_to_detect

    decisions = store.decisions()
    me = settings.person.email
    events = events_to_detect(store, settings.rules, me=me, decided=decisions.keys())
    notes = store.notes()

    def detect(notes_by_uid: dict[str, str]) -> tuple[list[Interview], list[Skipped]]:
        return detection.detect(
            events,
            me=me,
            tz=settings.tz,
            rules=settings.rules,
            notes_by_uid=notes_by_uid,
            decisions=decisions,
            locale=settings.locale,
        )

    interviews, skipped = detect(notes)
    known = store.identities()
    resolved = identity.resolve(interviews, known)
    carried = {new: notes[old] for new, old in resolved.aliases.items() if old in notes}
    if carried:  # notes written for the interview under its first UID
        interviews, skipped = detect({**notes, **carried})
        resolved = identity.resolve(interviews, known)
    if resolved.new:
        store.remember_identities(resolved.new)
    return resolved.interviews, skipped


def record_replies(
    store: Store,
    mailbox: Mailbox,
    interviews: list[Interview],
    contacts: list[reply_rules.Contacts],
    messages: tuple[MailMessage, ...],
    settings: Settings,
    now: datetime,
    report: Report,
) -> None:
    """Each message from the people and employers in `contacts` (`contacts_of` the
    interviews, read once per cycle) recorded as a reply to its application."""
    threads = threads_of(store, interviews)
    ours = {r.ref.message_id for r in store.done().drafts.values() if r.ref is not None}
    for message in messages:
        if "INBOX" in message.labels and message.message_id in ours:
            continue  # our own draft (a client that files drafts in the inbox): never a reply
        try:
            reply = to_reply(message, mailbox, contacts, threads, settings, now)
        except NotAReply as exc:
            report.done.append(str(exc))
            continue
        except FollowupError:
            raise  # the mailbox or the store, not this message
        except Exception as exc:  # one message never stops the cycle; the cursor moves on
            evidence.unreadable(
                store, report.done, f"message {message.id}", message.subject, exc, now
            )
            continue
        if reply is not None and store.add_reply(reply):
            report.replies.append(reply)
            report.done.append(f"reply from {reply.sender.email}: {reply.kind.value}")


def to_reply(
    message: MailMessage,
    mailbox: Mailbox,
    contacts: list[reply_rules.Contacts],
    threads: dict[str, str],
    settings: Settings,
    now: datetime,
) -> Reply | None:
    if "INBOX" not in message.labels:
        return None
    me, own = settings.person.email, settings.rules.work_domains
    application = reply_rules.match_application(message, contacts, threads, me, own)
    if (
        application is None
        and message.body is None
        and reply_rules.names_its_employer(message, contacts)
    ):
        message = mailbox.with_body(message)  # the company may be named only in the text
        application = reply_rules.match_application(message, contacts, threads, me, own)
    if application is None:
        return None
    # Applicant-tracking systems put List-Unsubscribe on a recruiter's real mail:
    # from an interviewer's own address, or in our thread, only machine mail is dropped.
    personal = message.thread_id in threads or any(
        message.sender.email in c.emails for c in contacts
    )
    reason = reply_rules.machine_reason(message, personal=personal)
    full = message if message.body is not None or reason else mailbox.with_body(message)
    reason = reason or reply_rules.written_by_machine(full)
    if reason:
        raise NotAReply(f"not a reply ({reason}): {message.subject!r}")
    received = (message.date or now).astimezone(settings.tz)
    began = [s for c in contacts if c.application == application for s in c.rounds]
    interviewed = max((s for s in began if s <= received), default=None)
    locale = settings.locale
    kind, new_date = reply_rules.classify(
        full,
        after=received.date(),
        month_first=locale.month_first,
        holidays=locale.holidays,
        weekend=locale.weekend,
        zone=settings.tz,
        interviewed=interviewed.astimezone(settings.tz).date() if interviewed else None,
    )
    if (
        not personal
        and (
            reply_rules.job_alert(message)
            or (kind is ReplyKind.OTHER and reply_rules.automated_reason(message))
        )
        and not reply_rules.about_an_application(full)
    ):
        # Bulk mail from a tracking system that says nothing of the application: a job alert
        # (whatever its list of openings seems to say: "Closing date: 08/01/2027", "Interim
        # Offer Available").
        raise NotAReply(
            f"not a reply (bulk mail saying nothing of the application): {message.subject!r}"
        )
    if kind is ReplyKind.OTHER and not personal and reply_rules.customer_notice(full):
        raise NotAReply(f"not a reply (a notice to a customer): {message.subject!r}")
    if reply_rules.board_notice(message, kind):
        raise NotAReply(f"not a reply (a job board's notice): {message.subject!r}")
    return Reply(
        message_id=(message.message_id or message.id).strip("<> "),
        thread_id=message.thread_id,
        application=application,
        sender=message.sender,
        subject=message.subject,
        received=received,
        kind=kind,
        new_date=new_date,
        noticed=now,
    )


def contacts_of(interviews: list[Interview], settings: Settings) -> list[reply_rules.Contacts]:
    me, rules = settings.person.email, settings.rules
    by_app: dict[str, tuple[set[str], set[str], set[str], set[str], set[str]]] = {}
    rounds: dict[str, list[datetime]] = {}
    for interview in sorted(interviews, key=lambda i: i.end, reverse=True):
        emails, domains, names, roles, unaddressed = by_app.setdefault(
            interview.application, (set(), set(), set(), set(), set())
        )
        rounds.setdefault(interview.application, []).append(interview.start)
        names.update(n for n in (interview.company, interview.notes.company) if n)
        roles.update(r for r in (interview.role,) if r)
        # A tracking system's invite with nobody's address on it: the employer's domain it
        # gives to write to (not when people are known: an agency's domain serves many clients)
        if interview.employer_domain and all(
            is_unaddressed(p.email) for p in interview.interviewers
        ):
            domains.add(interview.employer_domain)
        arranger = interview.organizer_email
        if arranger and not is_tool_address(arranger) and not is_mine(arranger, me, rules):
            emails.add(arranger)  # not its domain: an agency's serves many clients
        for person in interview.interviewers:
            if is_unaddressed(person.email):
                # a name without an address: their mail is known by that name alone
                unaddressed.add(person.name)
                continue
            emails.add(person.email)
            domain = person.email.rpartition("@")[2]
            if not reply_rules.is_free_mail(domain):
                domains.add(domain)
    return [
        reply_rules.Contacts(
            app,
            frozenset(e),
            frozenset(d),
            frozenset(n),
            frozenset(r),
            frozenset(u),
            tuple(sorted(rounds[app])),
        )
        for app, (e, d, n, r, u) in by_app.items()
    ]


def threads_of(store: Store, interviews: list[Interview]) -> dict[str, str]:
    """Thread id -> application, for every thread the agent drafted in."""
    app_of_uid = {i.uid: i.application for i in interviews}
    out: dict[str, str] = {}
    for record in store.done().drafts.values():
        if record.ref is None or not record.ref.thread_id:
            continue
        parts = planning.parse_key(record.key)
        application = parts.application or app_of_uid.get(parts.interview_uid, "")
        if application:
            out[record.ref.thread_id] = application
    return out


def current_plan(
    store: Store,
    interviews: list[Interview],
    settings: Settings,
    env: Environment,
    now: datetime,
    skipped: Sequence[Skipped] | None = None,
) -> planning.Plan:
    """The plan now; `skipped` gives the events that may be interviews, to ask about.

    Without it they are read again: a plan that forgot them would withdraw
    their questions from the calendar.
    """
    if skipped is None:
        skipped = interviews_of(store, settings)[1]
    situation = planning.Situation(
        interviews=interviews,
        replies=store.replies(),
        done=store.done(),
        now=now.astimezone(settings.tz),
        tz=settings.tz,
        person=settings.person,
        policy=settings.policy,
        questions=[s for s in skipped if s.maybe],
    )
    return planning.plan(situation, env)


def apply(
    due: tuple[actions.Action, ...],
    store: Store,
    backends: Backends,
    now: datetime,
    report: Report,
    after_effect: AfterEffect,
    first_cycle: bool = False,
) -> None:
    """Carry out the actions, each recorded pending before and done after.

    On the first cycle of a state store (a new install, or a lost store) a
    draft about to be written is first looked for among sent mail too, so a
    thank-you the person already sent is not drafted again.
    """
    for action in due:
        try:
            _apply_one(action, store, backends, now, report, after_effect, first_cycle)
        except BadInput as exc:  # one draft that cannot be written (a hostile address)
            key = getattr(getattr(action, "draft", None), "key", "") or type(action).__name__
            evidence.unreadable(store, report.done, f"draft {key}", "", exc, now)


def _apply_one(
    action: actions.Action,
    store: Store,
    backends: Backends,
    now: datetime,
    report: Report,
    after_effect: AfterEffect,
    first_cycle: bool,
) -> None:
    mailbox, reminders = backends.mailbox, backends.reminders
    match action:
        case actions.CreateDraft(draft, version):
            text_hash = actions.text_fingerprint(draft.text)
            # No record, or a pending one: a write may already have happened
            # (a crash before its record, or a lost store). Look before writing.
            ref = mailbox.find_draft(draft.message_id)
            store.draft_pending(draft.key, version, text_hash, draft.message_id)
            if ref is None and first_cycle:
                sent = mailbox.was_sent(DraftRef("", draft.message_id, ""))
                if sent is not None:
                    store.draft_state(draft.key, DraftState.SENT, sent, "found in Sent")
                    report.done.append(f"already sent: {planning.describe_key(draft.key)}")
                    return
                if evidence.deleted_before(
                    backends.mailbox, backends.ledger, draft.key, draft.message_id
                ):
                    store.draft_state(draft.key, DraftState.DELETED, now, "gone before")
                    what = planning.describe_key(draft.key)
                    report.done.append(f"you deleted {what} before; it will not be recreated")
                    return
            adopted = ref is not None
            if adopted:  # what is there now counts as ours: found, not an edit by the person
                found_text = mailbox.draft_text(ref)
                text_hash = actions.text_fingerprint(found_text) if found_text else text_hash
            if ref is None:
                ref = mailbox.create_draft(draft)
                after_effect(f"draft {draft.key}")
            store.draft_written(draft.key, version, text_hash, ref, now)
            if backends.ledger is not None:
                to = draft.to[0].email if draft.to else ""
                backends.ledger.add(draft.key, draft.message_id, now, to=to, subject=draft.subject)
            verb = "found the draft already written:" if adopted else "drafted"
            report.done.append(f"{verb} {draft.subject!r} to {_to(draft)}")
        case actions.UpdateDraft(draft, version, ref):
            text_hash = actions.text_fingerprint(draft.text)
            store.draft_pending(draft.key, version, text_hash, draft.message_id)
            new_ref = mailbox.update_draft(ref, draft)
            after_effect(f"update {draft.key}")
            store.draft_written(draft.key, version, text_hash, new_ref, now)
            report.done.append(f"updated draft {draft.subject!r} to {_to(draft)}")
        case actions.RemoveDraft(key, ref, why, reply):
            mailbox.delete_draft(ref)
            after_effect(f"remove {key}")
            store.draft_state(key, DraftState.REMOVED, now, why, removed_by=reply)
            report.done.append(
                f"removed the untouched draft of {planning.describe_key(key)} ({why})"
            )
        case actions.PutReminder(reminder, version, replaces):
            store.reminder_pending(reminder.key, version, reminder.start)
            if replaces is not None and not replaces.pending and replaces.event_id:
                found: list[ReminderRef] = [
                    ReminderRef(replaces.key, replaces.event_id, replaces.version)
                ]
            else:  # maybe written before a crash, or before the store was lost
                found = reminders.find(reminder.key)
            keep = next((f for f in found if f.version == version), None)
            # The new time first, then the old removed (by version): a calendar
            # that keeps one UID per reminder rewrites it in place, SEQUENCE bumped.
            if keep is None:
                keep = reminders.insert(reminder, version)
                after_effect(f"reminder {reminder.key}")
            for ref in found:
                if ref.version != version:
                    reminders.delete(ref)
            store.reminder_written(keep, reminder.start, now)
            verb = "reminder"
            if replaces is not None:  # the same time with new text is not a move
                verb = "updated" if replaces.start == reminder.start else "moved"
            report.done.append(f"{verb}: {reminder.title} at {_when(reminder.start)}")
        case actions.DeleteReminder(record, why):
            if record.event_id and not record.pending:
                reminders.delete(ReminderRef(record.key, record.event_id, record.version))
            else:
                for ref in reminders.find(record.key):
                    reminders.delete(ref)
            after_effect(f"delete reminder {record.key}")
            store.reminder_deleted(record.key, now)
            report.done.append(f"removed {planning.describe_key(record.key)} ({why})")


def describe(action: actions.Action) -> str:
    """An action in words, for a dry run."""
    match action:
        case actions.CreateDraft(draft, _):
            return f"draft {draft.subject!r} to {_to(draft)}"
        case actions.UpdateDraft(draft, _, _):
            return f"update the draft {draft.subject!r}"
        case actions.RemoveDraft(key, _, why, _):
            return f"remove the untouched draft of {planning.describe_key(key)} ({why})"
        case actions.PutReminder(reminder, _, replaces):
            verb = "move the reminder" if replaces else "add the reminder"
            return f"{verb} {reminder.title!r} at {_when(reminder.start)}"
        case actions.DeleteReminder(record, why):
            return f"delete {planning.describe_key(record.key)} ({why})"
    return repr(action)


def correct(store: Store, message_id: str, kind: str) -> bool:
    """Correct a reply's reading and restore what the old reading removed."""
    from agent import corrections

    return corrections.correct(store, message_id, ReplyKind(kind), datetime.now(UTC)) is not None


def _to(draft: object) -> str:
    to = getattr(draft, "to", ())
    return ", ".join(a.email for a in to) or "(no recipient: a letter to print)"


def _when(moment: datetime) -> str:
    return moment.strftime("%a %d %b %Y %H:%M %Z")
