"""The planner: what should exist now, for each application, under purpose keys.

A pure function of (interviews, replies, what was done, now, settings). It
works declaratively: it says which drafts and reminders ought to exist at this
moment, and `actions.reconcile` turns the difference with the store's records
into actions. Re-running it with nothing new gives nothing to do, which is
what makes a cycle safe to repeat.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

from jinja2 import Environment

from agent.core import compose, settle
from agent.core.actions import (
    Action,
    Wanted,
    fingerprint,
    message_id_for,
    reconcile,
    text_fingerprint,
)
from agent.core.addresses import SETTLED_STATES, addressed, employer_learned, known_addresses
from agent.core.clock import hours_after, next_working_slot, waking_moment
from agent.core.domains import domain_label
from agent.core.employer import shared_names
from agent.core.model import (
    Address,
    Done,
    Draft,
    DraftRecord,
    DraftState,
    Interview,
    Interviewer,
    Method,
    Person,
    Policy,
    Reminder,
    Reply,
    ReplyKind,
    Skipped,
    ThreadRef,
)
from agent.core.names import COURTESY_TITLES
from agent.core.people import is_unaddressed
from agent.core.roles import in_passing, shortens
from agent.core.schedule import Step, cadence
from agent.core.spelled import compact

# Replies the person has to act on get a reminder of their own.
NEEDS_ACTION = frozenset({ReplyKind.OFFER, ReplyKind.NEXT_ROUND, ReplyKind.OTHER})


# --------------------------------------------------------------------------- status


@dataclass(frozen=True)
class ThankYouStatus:
    interview_uid: str
    interviewer: Interviewer
    key: str
    # waiting | to draft | drafted | edited | sent | deleted | removed | missed | call | closed
    state: str
    due: datetime
    needs_personal_touch: bool = False


@dataclass(frozen=True)
class ApplicationStatus:
    application: str
    company: str
    role: str
    interviews: tuple[Interview, ...]
    thank_yous: tuple[ThankYouStatus, ...]
    stage: str
    next_step: Step | None
    replies: tuple[Reply, ...]
    problems: tuple[str, ...]
    check_ins: tuple[CheckInStatus, ...] = ()
    # reply message id -> how many drafts its reading removed (and a correction restores)
    removed_by_reply: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckInStatus:
    """A check-in whose time has come (or whose draft is being prepared)."""

    number: int
    at: datetime
    state: str  # as for thank-yous: to draft | drafted | edited | sent | deleted | removed


@dataclass(frozen=True)
class Plan:
    actions: tuple[Action, ...]
    applications: tuple[ApplicationStatus, ...]
    to_settle: tuple[Skipped, ...] = ()  # events that may be interviews: the person decides


@dataclass(frozen=True)
class Situation:
    interviews: Sequence[Interview]
    replies: Sequence[Reply]
    done: Done
    now: datetime
    tz: ZoneInfo
    person: Person
    policy: Policy = field(default_factory=Policy)
    questions: Sequence[Skipped] = ()  # maybes from detection (agent.core.settle)


# --------------------------------------------------------------------------- keys


def thank_you_key(interview: Interview, interviewer: Interviewer) -> str:
    return f"thanks/{interview.uid}/{interviewer.email}"


def call_key(interview: Interview, interviewer: Interviewer) -> str:
    return f"call/{interview.uid}/{interviewer.email}"


def nudge_key(interview: Interview, interviewer: Interviewer) -> str:
    return f"nudge/{interview.uid}/{interviewer.email}"


def check_in_key(application: str, base: Interview, number: int) -> str:
    return f"checkin/{application}/{base.uid}/{number}"


def move_on_key(application: str, base: Interview) -> str:
    return f"moveon/{application}/{base.uid}"


def reply_key(reply: Reply) -> str:
    return f"reply/{reply.message_id}"


@dataclass(frozen=True)
class KeyParts:
    """What a purpose key says; the one reader of the formats written above."""

    kind: str  # thanks | call | nudge | checkin | moveon | reply
    interview_uid: str = ""
    email: str = ""
    application: str = ""
    number: int = 0


def parse_key(key: str) -> KeyParts:
    kind, _, rest = key.partition("/")
    if kind in ("thanks", "call", "nudge"):  # kind/<uid>/<email>; a uid may hold "/"
        uid, _, email = rest.rpartition("/")
        return KeyParts(kind, interview_uid=uid, email=email)
    if kind in ("checkin", "moveon"):  # kind/<application>/<uid>[/<number>]
        application, _, tail = rest.partition("/")
        uid, number = tail, 0
        if kind == "checkin":
            uid, _, last = tail.rpartition("/")
            number = int(last) if last.isdigit() else 0
        return KeyParts(kind, interview_uid=uid, application=application, number=number)
    return KeyParts(kind)


def describe_key(key: str) -> str:
    """A purpose key in words, for the person reading a cycle's report."""
    parts = parse_key(key)
    return {
        "thanks": f"the thank-you to {parts.email}",
        "call": f"the reminder to call {parts.email}",
        "nudge": f"the reminder to send the thank-you to {parts.email}",
        "checkin": f"check-in {parts.number} for {parts.application}",
        "moveon": f"the move-on reminder for {parts.application}",
        "reply": "the reminder about a reply",
        "settle": f"the question whether {key.partition('/')[2]} is an interview",
    }.get(parts.kind, key)


# --------------------------------------------------------------------------- planning


def _own_role(own: str, shared: str) -> str:
    """A round keeps the role its invite named unless that only cuts short the shared one."""
    return own if own and not (shortens(own, shared) or in_passing(own, shared)) else shared


def plan(s: Situation, env: Environment) -> Plan:
    wanted = Wanted()
    statuses = []
    by_app = groupby(
        sorted(s.interviews, key=lambda i: (i.application, i.start)), key=lambda i: i.application
    )
    for application, group in by_app:
        rounds = tuple(_as_keyed_before(i, s.done) for i in group)
        keys = {application, *(k for i in rounds for k in i.former_applications)}
        known = known_addresses(rounds, (r for r in s.replies if r.application in keys))
        unread = rounds
        rounds = tuple(addressed(i, known, _settled_placeholders(i.uid, s.done)) for i in rounds)
        label = next((domain_label(i.employer_domain) for i in rounds if i.employer_domain), "")
        company, role = shared_names(((i.company, i.role) for i in rounds), compact(label))
        company = company or employer_learned(unread, rounds)
        rounds = tuple(replace(i, company=company, role=_own_role(i.role, role)) for i in rounds)
        statuses.append(_application(application, rounds, s, env, wanted))
    _replaced_placeholders(s, wanted)
    statuses.sort(key=lambda a: max(i.end for i in a.interviews), reverse=True)
    to_settle = settle.ask(s.questions, s.done, s.now, s.tz, s.policy, wanted)
    return Plan(tuple(reconcile(wanted, s.done, s.now)), tuple(statuses), to_settle)


def _settled_placeholders(uid: str, done: Done) -> frozenset[str]:
    """The placeholder addresses of `uid` whose thank-you the person already dealt with."""
    return frozenset(
        parts.email
        for key, record in done.drafts.items()
        if record.state in SETTLED_STATES
        and (parts := parse_key(key)).kind == "thanks"
        and parts.interview_uid == uid
        and is_unaddressed(parts.email)
    )


_TITLES_LEFT_OUT = frozenset({"di", "fh", "mmag", "dr", "dra", "prof", "professor", "profa"})


def _as_keyed_before(interview: Interview, done: Done) -> Interview:
    """An interviewer known only by name, under the placeholder address an earlier version
    gave them when shown names kept a courtesy title ("mrs.joanna.ferreira@...") or a
    quoted nickname ("duane.buck.hetrick@..."): what was drafted or reminded under that key
    is not done twice. The given name and the surname decide; and letters with accents,
    which earlier versions left out of the address ("johan.kerblom@" for Johan Åkerblom)."""
    earlier = {
        parts.email
        for key in (*done.drafts, *done.reminders)
        if (parts := parse_key(key)).interview_uid == interview.uid
        and parts.kind in ("thanks", "call", "nudge")
        and is_unaddressed(parts.email)
    }
    if not earlier:
        return interview

    def untitled(email: str) -> tuple[str, str]:
        words = email.partition("@")[0].split(".")
        while len(words) > 2 and words[0] in COURTESY_TITLES | _TITLES_LEFT_OUT:
            words.pop(0)  # and the titles shown names later left out ("DI (FH)", "Dr")
        return words[0], words[-1]

    people = []
    for person in interview.interviewers:
        if is_unaddressed(person.email) and person.email not in earlier:
            unaccented = re.sub(r"[^a-z0-9]+", ".", person.name.casefold()).strip(".")
            same = sorted(
                e
                for e in earlier
                if untitled(e) == untitled(person.email) or e.partition("@")[0] == unaccented
            )
            person = replace(person, email=same[0]) if same else person
        people.append(person)
    return replace(interview, interviewers=tuple(people))


def _replaced_placeholders(s: Situation, wanted: Wanted) -> None:
    """An untouched thank-you to a placeholder address goes once the real address is known."""
    uids = {i.uid for i in s.interviews}
    for key in s.done.drafts:
        parts = parse_key(key)
        placeholder = parts.kind == "thanks" and is_unaddressed(parts.email)
        if placeholder and key not in wanted.drafts and parts.interview_uid in uids:
            wanted.stale.setdefault(key, "the address is now known")


def _application(
    application: str,
    rounds: tuple[Interview, ...],
    s: Situation,
    env: Environment,
    wanted: Wanted,
) -> ApplicationStatus:
    # (and replies matched to a round while it was read alone, under the key it had then)
    keys = {application, *(k for i in rounds for k in i.former_applications)}
    replies = tuple(
        sorted((r for r in s.replies if r.application in keys), key=lambda r: r.received)
    )
    # A rejection closes the rounds before it; a round after it means they changed their mind.
    rejections = [r for r in replies if r.kind is ReplyKind.REJECTION]
    thank_yous = []
    for interview in rounds:
        closing = next((r for r in rejections if r.received >= interview.start), None)
        for status in _thank_yous(interview, s, env, wanted, closing is not None):
            thank_yous.append(status)
            if closing is not None and status.key in wanted.stale:
                wanted.stale_by[status.key] = closing.message_id
    for reply in replies:
        if reply.kind in NEEDS_ACTION:
            start = next_working_slot(
                max(reply.received, reply.noticed or reply.received),
                s.tz,
                s.policy.morning,
                s.policy.days_off,
                weekend=s.policy.weekend,
            )
            _remind(
                wanted, env, s, reply_key(reply), start, "reply", interview=rounds[-1], reply=reply
            )

    ended = [i for i in rounds if i.end <= s.now]
    upcoming = [i for i in rounds if i.end > s.now]
    next_step: Step | None = None
    check_ins: tuple[CheckInStatus, ...] = ()
    stopper: tuple[Interview, Reply] | None = None  # the round whose cadence a reply stopped
    if upcoming:
        stage = f"interview on {_when(upcoming[0].start)}"
    elif not ended:
        stage = "no interview yet"
    else:
        base = ended[-1]
        plan_ = cadence(base, replies, s.policy, s.tz)
        next_step = next((st for st in plan_.steps if st.at > s.now), None)
        stage = _stage(plan_.stopped_by, next_step, plan_.steps, s.now)
        if plan_.stopped_by is not None:
            stopper = (base, plan_.stopped_by)
        if plan_.stopped_by is None:  # after a reply, no check-in is drafted or scheduled
            _check_ins(application, base, rounds, plan_.steps, s, env, wanted)
        check_ins = _check_in_states(application, base, plan_.steps, s)

    # Check-in drafts that are no longer wanted (a reply came, a new round
    # started, a later check-in took over) go, if the person never touched them.
    for interview in rounds:
        for number in range(1, s.policy.max_check_ins + 1):
            key = check_in_key(application, interview, number)
            if key not in wanted.drafts:
                wanted.stale.setdefault(key, "no longer due")
                if stopper is not None and interview is stopper[0]:
                    wanted.stale_by.setdefault(key, stopper[1].message_id)
    problems = tuple(p for i in rounds for p in i.notes.problems)
    latest = rounds[-1]
    ids = {r.message_id for r in replies}
    removed: dict[str, int] = {}
    for record in s.done.drafts.values():
        if record.state is DraftState.REMOVED and record.removed_by in ids:
            removed[record.removed_by] = removed.get(record.removed_by, 0) + 1
    return ApplicationStatus(
        application,
        latest.company,
        latest.role,
        rounds,
        tuple(thank_yous),
        stage,
        next_step,
        replies,
        problems,
        check_ins,
        removed,
    )


def _check_in_states(
    application: str, base: Interview, steps: tuple[Step, ...], s: Situation
) -> tuple[CheckInStatus, ...]:
    lead = timedelta(hours=s.policy.check_in_draft_lead_hours)
    return tuple(
        CheckInStatus(step.number, step.at, _state_word(record))
        for step in steps
        if step.kind == "check_in" and step.at - lead <= s.now
        for record in [s.done.drafts.get(check_in_key(application, base, step.number))]
        if record is not None
    )


def _thank_yous(
    interview: Interview, s: Situation, env: Environment, wanted: Wanted, rejected: bool
) -> list[ThankYouStatus]:
    """P1-P3, P9: one thank-you per interviewer met, drafted once the interview ends."""
    due = hours_after(interview.end, s.policy.thank_you_due_hours)
    late = hours_after(interview.end, s.policy.thank_you_late_hours)
    out = []
    for person in interview.interviewers:
        key = thank_you_key(interview, person)
        record = s.done.drafts.get(key)
        if interview.end > s.now:
            out.append(ThankYouStatus(interview.uid, person, key, "waiting", due))
            continue
        if person.method is Method.PHONE:
            start = next_working_slot(
                hours_after(interview.end, 1), s.tz, s.policy.morning, s.policy.days_off,
                weekend=s.policy.weekend,
            )  # fmt: skip
            if s.now < late or call_key(interview, person) in s.done.reminders:
                _remind(
                    wanted,
                    env,
                    s,
                    call_key(interview, person),
                    start,
                    "call",
                    interview=interview,
                    interviewer=person,
                    due=due,
                )
            out.append(ThankYouStatus(interview.uid, person, key, "call", due))
            continue
        if record is None and rejected:
            wanted.stale[key] = "the employer declined"
            out.append(ThankYouStatus(interview.uid, person, key, "closed", due))
            continue
        if record is None and s.now >= late:
            out.append(ThankYouStatus(interview.uid, person, key, "missed", due))
            continue
        # Only a draft still ours (not yet written, or present as written) can be
        # written or updated; the rest are the person's, so their text is not composed.
        composed = None
        if record is None or record.state in (DraftState.PENDING, DraftState.PRESENT):
            composed = _thank_you_text(env, s.person, interview, person)
        if rejected:
            wanted.stale[key] = "the employer declined"
        elif composed is not None:
            _want_draft(
                wanted,
                key,
                composed,
                person,
                s,
                thread=None,
                printable=person.method is Method.LETTER,
            )
        touch = composed is not None and composed.needs_personal_touch
        out.append(ThankYouStatus(interview.uid, person, key, _state_word(record), due, touch))
        if record is not None and record.state in (DraftState.PRESENT, DraftState.EDITED):
            start, overdue = waking_moment(
                hours_after(interview.end, s.policy.unsent_nudge_hours),
                after=interview.end,
                due=due,
                tz=s.tz,
                day_starts=s.policy.day_starts,
                day_ends=s.policy.day_ends,
                minutes=s.policy.reminder_minutes,
            )
            kind = "letter" if person.method is Method.LETTER else "nudge"
            _remind(
                wanted,
                env,
                s,
                nudge_key(interview, person),
                start,
                kind,
                interview=interview,
                interviewer=person,
                due=due,
                late=overdue,
                draft_link=record.ref.link if record.ref else "",
            )
    return out


def _check_ins(
    application: str,
    base: Interview,
    rounds: tuple[Interview, ...],
    steps: tuple[Step, ...],
    s: Situation,
    env: Environment,
    wanted: Wanted,
) -> None:
    """P4-P7: the most recent step due and the next one to come are on the calendar."""
    past = [st for st in steps if st.at <= s.now]
    future = [st for st in steps if st.at > s.now]
    on_calendar = past[-1:] + future[:1]
    recipient = _check_in_recipient(base, rounds)
    lead = timedelta(hours=s.policy.check_in_draft_lead_hours)
    drafting = [st for st in steps if st.kind == "check_in" and st.at - lead <= s.now][-1:]
    for step in on_calendar:
        if step.kind == "move_on":
            _remind(
                wanted,
                env,
                s,
                move_on_key(application, base),
                step.at,
                "move_on",
                interview=base,
                check_ins_sent=step.number,
            )
            continue
        key = check_in_key(application, base, step.number)
        link = ""
        if recipient.email and recipient.method is not Method.PHONE and step in drafting:
            thread, subject = _thank_you_thread(base, rounds, recipient, s, env)
            composed = compose.check_in(
                env,
                person=s.person,
                interview=base,
                recipient=recipient,
                number=step.number,
                decision=step.decision,
                thank_you_subject=subject,
                threaded=thread is not None,
            )
            _want_draft(
                wanted,
                key,
                composed,
                recipient,
                s,
                thread=thread,
                printable=recipient.method is Method.LETTER,
            )
            record = s.done.drafts.get(key)
            link = record.ref.link if record and record.ref else ""
        _remind(
            wanted,
            env,
            s,
            key,
            step.at,
            "check_in",
            interview=base,
            interviewer=recipient,
            number=step.number,
            decision=step.decision,
            draft_link=link,
        )


def _check_in_recipient(base: Interview, rounds: tuple[Interview, ...]) -> Interviewer:
    """One check-in per application, to the organizer if they interviewed, else the first.

    With nobody known (an event with no other attendees), the reminder still
    comes, addressed to the company, and no draft is written.
    """
    for interview in (base, *reversed(rounds)):
        for person in interview.interviewers:
            if person.email == interview.organizer_email:
                return person
        if interview.interviewers:
            return interview.interviewers[0]
    return Interviewer(email="", name=base.company or "the employer", greeting="")


def _thank_you_thread(
    base: Interview,
    rounds: tuple[Interview, ...],
    recipient: Interviewer,
    s: Situation,
    env: Environment,
) -> tuple[ThreadRef | None, str | None]:
    """Reply in the thread of the thank-you the person sent this recipient, if any."""
    for interview in (base, *reversed(rounds)):
        if recipient not in interview.interviewers:
            continue
        record = s.done.drafts.get(thank_you_key(interview, recipient))
        subject = _thank_you_text(env, s.person, interview, recipient).subject
        if record and record.state is DraftState.SENT and record.ref:
            ref = record.ref
            return ThreadRef(ref.thread_id, ref.message_id, (ref.message_id,)), subject
        return None, subject
    return None, None


def _thank_you_text(
    env: Environment, person: Person, interview: Interview, interviewer: Interviewer
) -> compose.Composed:
    if interviewer.method is Method.LETTER:
        return compose.letter(
            env,
            person=person,
            interview=interview,
            interviewer=interviewer,
            written_on=interview.end.date(),
        )
    return compose.thank_you(env, person=person, interview=interview, interviewer=interviewer)


def _want_draft(
    wanted: Wanted,
    key: str,
    composed: compose.Composed,
    to: Interviewer,
    s: Situation,
    *,
    thread: ThreadRef | None,
    printable: bool,
) -> None:
    version = fingerprint(
        composed.subject,
        text_fingerprint(composed.text),
        to.email,
        thread.thread_id if thread else "",
    )
    draft = Draft(
        key=key,
        sender=Address(s.person.email, s.person.name),
        to=(Address(to.email, to.name),),
        subject=composed.subject,
        text=composed.text,
        html=composed.html,
        message_id=message_id_for(key, version, s.person),
        thread=thread,
        printable=printable,
    )
    wanted.drafts[key] = (draft, version)


def _remind(
    wanted: Wanted,
    env: Environment,
    s: Situation,
    key: str,
    start: datetime,
    kind: str,
    **context: object,
) -> None:
    title, description = compose.reminder(env, kind, person=s.person, **context)
    wanted.reminders[key] = Reminder(
        key, title, description, start.astimezone(s.tz), s.policy.reminder_minutes
    )


# --------------------------------------------------------------------------- words


def _state_word(record: DraftRecord | None) -> str:
    if record is None or record.state is DraftState.PENDING:
        return "to draft"
    return {
        DraftState.PRESENT: "drafted",
        DraftState.EDITED: "edited",
        DraftState.SENT: "sent",
        DraftState.DELETED: "deleted",
        DraftState.REMOVED: "removed",
    }[record.state]


def _stage(stop: Reply | None, nxt: Step | None, steps: tuple[Step, ...], now: datetime) -> str:
    if stop is not None:
        return {
            ReplyKind.OFFER: "offer received",
            ReplyKind.REJECTION: "closed: the employer declined",
            ReplyKind.NEXT_ROUND: "next round: reply to schedule it",
            ReplyKind.OTHER: "paused: read their reply",
        }[stop.kind]
    if nxt is None:
        return "done: time to move on" if steps else "waiting"
    if nxt.kind == "move_on":
        return f"no reply after {nxt.number} check-ins; move on {_when(nxt.at)}"
    return f"waiting; check-in {nxt.number} on {_when(nxt.at)}"


def _when(moment: datetime) -> str:
    return moment.strftime("%a %d %b %H:%M")
