"""Gmail: replies in, drafts out, and never a message sent.

Reading uses Gmail's history: the first cycle looks back a bounded time with a
search, every later one asks `history.list` what happened since the stored
history id, so an idle cycle is one request whatever the mailbox size.
Messages are read as metadata (headers and labels); a body is fetched only
when a reply must be classified.

Writing is drafts only. This module calls drafts.create/update/delete and
nothing that sends.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from agent import mime
from agent.backends.google.serialize import (
    METADATA_HEADERS,
    body_text,
    decode_base64url,
    encode_base64url,
    header_value,
    internal_date,
    message_date,
    message_from_json,
)
from agent.backends.google.service import ApiError, GoogleService, Json
from agent.core.model import Address, Draft, DraftRef, MailChanges, MailMessage
from agent.core.senders import JOB_BOARD_DOMAINS, TRACKING_DOMAINS
from agent.errors import BackendError, BadInput
from agent.ports import LOOK_BACK

log = logging.getLogger(__name__)

USER = "me"
LOOKBACK_QUERY = f"newer_than:{LOOK_BACK.days}d -in:drafts"
# After a stale history id: search from the last good cycle, at most this far back.
RESCAN_DEFAULT = timedelta(days=7)
RESCAN_LIMIT = timedelta(days=30)
HISTORY_TYPES = ("messageAdded", "messageDeleted", "labelAdded")
WANTED_LABELS = frozenset({"INBOX", "SENT"})
PAGE_SIZE = 500
SCAN_PER_SENDER = 100
SCAN_PER_NAME = 25
# What may follow `from:` in a search: an address or a domain, nothing that could
# change the query's meaning.
SENDER_TERM = re.compile(r"[A-Za-z0-9._%+-]+(@[A-Za-z0-9.-]+)?|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def draft_link(gmail_message_id: str) -> str:
    return f"https://mail.google.com/mail/#drafts?compose={gmail_message_id}"


class GoogleMailbox:
    """Mailbox over Gmail v1."""

    def __init__(self, service: GoogleService, *, me_email: str | None = None) -> None:
        self._service = service
        self._users = service.gmail.users()
        self._me = Address(me_email.strip().lower()) if me_email else None

    def me(self) -> Address:
        if self._me is None:
            profile = self._profile()
            self._me = Address(str(profile.get("emailAddress") or "").lower())
        return self._me

    def _profile(self) -> Json:
        profile = self._service.execute(self._users.getProfile(userId=USER))
        if self._me is None and profile.get("emailAddress"):
            self._me = Address(str(profile["emailAddress"]).lower())
        return profile

    # ------------------------------------------------------------------ reading

    def changes(
        self,
        cursor: str | None,
        now: datetime,
        *,
        senders: Collection[str] = (),
        names: Collection[str] = (),
    ) -> MailChanges:
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        state = _read_cursor(cursor)
        if state is None:
            return self._scan(LOOKBACK_QUERY, now, senders, names)
        history_id, last_cycle = state
        try:
            return self._history(history_id, now)
        except ApiError as error:
            if error.status != 404:
                raise
        since = last_cycle or now - RESCAN_DEFAULT
        since = max(since, now - RESCAN_LIMIT)
        log.warning(
            "Gmail no longer has history from %s; searching mail since %s instead",
            history_id,
            since.isoformat(),
        )
        return self._scan(f"after:{int(since.timestamp())} -in:drafts", now, senders, names)

    def _scan(
        self, query: str, now: datetime, senders: Collection[str], names: Collection[str] = ()
    ) -> MailChanges:
        """A search bounded by sender and count; which drafts' threads moved is unknown.

        One `messages.list` per sender (address or domain), newest first and at
        most SCAN_PER_SENDER each, so the cost follows the number of people
        interviewed with, not the size of the mailbox; and one per employer's name,
        as a phrase, at most SCAN_PER_NAME (a name is in newsletters too).
        """
        history_id = str(self._profile().get("historyId") or "")
        ids: dict[str, None] = {}
        terms = sorted({s.lower() for s in senders if SENDER_TERM.fullmatch(s)})
        # Tracking systems and job boards write for many employers: one query asks for all.
        many = TRACKING_DOMAINS | JOB_BOARD_DOMAINS
        systems = [t for t in terms if t in many]
        froms = [f"from:{t}" for t in terms if t not in many]
        for group in _within(systems, SYSTEMS_QUERY_CHARS):
            froms.append("from:(" + " OR ".join(group) + ")")
        phrases = sorted({f'"{n}"' for n in map(_phrase, names) if n})
        searches = [(f, SCAN_PER_SENDER) for f in froms] + [(p, SCAN_PER_NAME) for p in phrases]
        for sender, most in searches:
            request = self._users.messages().list(
                userId=USER, q=f"{query} {sender}", maxResults=most
            )
            for ref in self._service.execute(request).get("messages") or ():
                if isinstance(ref, dict) and ref.get("id"):
                    ids[str(ref["id"])] = None
        return MailChanges(
            messages=tuple(self._metadata(list(ids))),
            cursor=_write_cursor(history_id, now),
            touched_threads=None,
        )

    def _history(self, history_id: str, now: datetime) -> MailChanges:
        def page(token: str | None) -> Any:
            return self._users.history().list(
                userId=USER,
                startHistoryId=history_id,
                historyTypes=list(HISTORY_TYPES),
                maxResults=PAGE_SIZE,
                pageToken=token,
            )

        latest = history_id
        threads: set[str] = set()
        added: dict[str, None] = {}  # insertion-ordered set of message ids to read
        deleted: set[str] = set()
        for response in self._service.pages(page):
            latest = str(response.get("historyId") or latest)
            for record in response.get("history") or ():
                if isinstance(record, dict):
                    _read_record(record, threads, added, deleted)
        wanted = [message_id for message_id in added if message_id not in deleted]
        return MailChanges(
            messages=tuple(self._metadata(wanted)),
            cursor=_write_cursor(latest, now),
            touched_threads=frozenset(threads),
        )

    def _metadata(self, ids: Iterable[str]) -> list[MailMessage]:
        found: list[MailMessage] = []
        for message_id in ids:
            request = self._users.messages().get(
                userId=USER,
                id=message_id,
                format="metadata",
                metadataHeaders=list(METADATA_HEADERS),
            )
            try:
                item = self._service.execute(request)
            except ApiError as error:
                if error.status != 404:
                    raise
                continue  # deleted since it was listed
            try:
                message = message_from_json(item)
            except BadInput as error:
                log.warning("skipped an unreadable Gmail message %s: %s", message_id, error)
                continue
            if message.labels & WANTED_LABELS and "DRAFT" not in message.labels:
                found.append(message)
        return found

    def with_body(self, message: MailMessage) -> MailMessage:
        request = self._users.messages().get(userId=USER, id=message.id, format="full")
        try:
            item = self._service.execute(request)
        except ApiError as error:
            if error.status != 404:
                raise
            log.info("message %s was deleted before its body was read", message.id)
            return replace(message, body="")
        return replace(message, body=body_text(item))

    # ------------------------------------------------------------------ drafts

    def create_draft(self, draft: Draft) -> DraftRef:
        message: Json = {"raw": encode_base64url(mime.to_bytes(draft))}
        if draft.thread is not None and draft.thread.thread_id:
            message["threadId"] = draft.thread.thread_id
        request = self._users.drafts().create(userId=USER, body={"message": message})
        created = self._service.execute(
            request, recover=lambda: self._find_draft_item(draft.message_id)
        )
        return _ref(created, draft.message_id)

    def update_draft(self, ref: DraftRef, draft: Draft) -> DraftRef:
        message: Json = {"raw": encode_base64url(mime.to_bytes(draft))}
        if ref.thread_id:
            message["threadId"] = ref.thread_id
        request = self._users.drafts().update(
            userId=USER, id=ref.draft_id, body={"id": ref.draft_id, "message": message}
        )
        updated = self._service.execute(request)
        new_ref = _ref(updated, draft.message_id)
        return new_ref if new_ref.thread_id else replace(new_ref, thread_id=ref.thread_id)

    def find_draft(self, message_id: str) -> DraftRef | None:
        item = self._find_draft_item(message_id)
        return _ref(item, message_id) if item is not None else None

    def _find_draft_item(self, message_id: str) -> Json | None:
        bare = mime.header_safe(message_id).strip().strip("<>")
        if not bare:
            return None

        def page(token: str | None) -> Any:
            return self._users.drafts().list(
                userId=USER, q=f"rfc822msgid:{bare}", maxResults=PAGE_SIZE, pageToken=token
            )

        for response in self._service.pages(page):
            for item in response.get("drafts") or ():
                if isinstance(item, dict) and item.get("id"):
                    inner = item.get("message") if isinstance(item.get("message"), dict) else {}
                    if inner.get("threadId"):
                        return item
                    return self._service.execute(
                        self._users.drafts().get(userId=USER, id=item["id"], format="minimal")
                    )
        return None

    def draft_text(self, ref: DraftRef) -> str | None:
        request = self._users.drafts().get(userId=USER, id=ref.draft_id, format="raw")
        try:
            item = self._service.execute(request)
        except ApiError as error:
            if error.status == 404:
                return None
            raise
        message = item.get("message") if isinstance(item.get("message"), dict) else {}
        if "DRAFT" not in (message.get("labelIds") or ["DRAFT"]):
            return None  # no longer a draft, whatever the id still finds
        return mime.text_of(decode_base64url(str(message.get("raw") or "")))

    def was_sent(self, ref: DraftRef, since: datetime | None = None) -> datetime | None:
        """When the draft went out, if it did, judged from its thread.

        The sent copy is found by the draft's Message-ID. A mail client may give
        the sent copy a new Message-ID, so another sent message in the thread
        counts too when it is newer than the draft: dated at or after `since`
        (when the draft was written) if the caller knows it, else with a Gmail
        message id above the draft's own (Gmail ids grow with time; the draft's
        is in `ref.link`). An older sent message in the same thread, such as
        the thank-you a check-in replies to, never counts.
        """
        if not ref.thread_id:  # only a Message-ID (a lost state store): search Sent for it
            return self._sent_by_message_id(ref.message_id)
        request = self._users.threads().get(
            userId=USER,
            id=ref.thread_id,
            format="metadata",
            metadataHeaders=["Message-ID", "Date"],
        )
        try:
            thread = self._service.execute(request)
        except ApiError as error:
            if error.status == 404:
                return None
            raise
        ours = _bare(ref.message_id)
        draft_number = _gmail_number(ref.link.rpartition("compose=")[2])
        later: list[datetime] = []
        for item in thread.get("messages") or ():
            if not isinstance(item, dict):
                continue
            labels = set(item.get("labelIds") or ())
            same = bool(ours) and _bare(header_value(item, "Message-ID")) == ours
            if "DRAFT" in labels:
                if same:
                    return None  # still a draft
                continue
            if "SENT" not in labels:
                continue
            # Gmail's own receipt time: the Date header may still be the draft's.
            moment = internal_date(item) or message_date(item)
            if same:
                return moment or datetime.now(UTC)
            if since is not None:
                newer = moment is not None and moment >= since
            else:
                number = _gmail_number(str(item.get("id") or ""))
                newer = draft_number is not None and number is not None and number > draft_number
            if newer and moment is not None:
                later.append(moment)
        return min(later) if later else None

    def _sent_by_message_id(self, message_id: str) -> datetime | None:
        query = f"rfc822msgid:{_bare(message_id)} in:sent"
        found = self._service.execute(self._users.messages().list(userId=USER, q=query))
        for ref in found.get("messages") or ():
            if isinstance(ref, dict) and ref.get("id"):
                (message,) = self._metadata([str(ref["id"])]) or (None,)
                if message is not None:
                    return message.date or datetime.now(UTC)
        return None

    def delete_draft(self, ref: DraftRef) -> None:
        request = self._users.drafts().delete(userId=USER, id=ref.draft_id)
        try:
            self._service.execute(request)
        except ApiError as error:
            if error.status != 404:
                raise
            log.info("draft %s was already gone", ref.draft_id)


def _gmail_number(gmail_id: str) -> int | None:
    try:
        return int(gmail_id, 16) if gmail_id else None
    except ValueError:
        return None


def _read_record(
    record: Json, threads: set[str], added: dict[str, None], deleted: set[str]
) -> None:
    """Collect one history record: threads that moved, messages to read, messages gone."""
    for ref in record.get("messages") or ():
        if isinstance(ref, dict) and ref.get("threadId"):
            threads.add(str(ref["threadId"]))
    for kind in ("messagesAdded", "labelsAdded", "labelsRemoved", "messagesDeleted"):
        for entry in record.get(kind) or ():
            message = entry.get("message") if isinstance(entry, dict) else None
            if not isinstance(message, dict) or not message.get("id"):
                continue
            message_id = str(message["id"])
            if message.get("threadId"):
                threads.add(str(message["threadId"]))
            labels = {str(label) for label in message.get("labelIds") or ()}
            if kind == "messagesDeleted":
                deleted.add(message_id)
            elif kind == "messagesAdded":
                if labels & WANTED_LABELS and "DRAFT" not in labels:
                    added[message_id] = None
            elif kind == "labelsAdded":
                newly = {str(label) for label in entry.get("labelIds") or ()}
                if newly & WANTED_LABELS and "DRAFT" not in labels:
                    added[message_id] = None


def _ref(item: Json, message_id: str) -> DraftRef:
    draft_id = str(item.get("id") or "")
    message = item.get("message") if isinstance(item.get("message"), dict) else {}
    if not draft_id:
        raise BackendError("Gmail answered a draft request without the draft's id.")
    gmail_id = str(message.get("id") or "")
    return DraftRef(
        draft_id=draft_id,
        message_id=message_id,
        thread_id=str(message.get("threadId") or ""),
        link=draft_link(gmail_id) if gmail_id else "",
    )


def _bare(message_id: str) -> str:
    return message_id.strip().strip("<>").lower()


def _write_cursor(history_id: str, now: datetime) -> str:
    return json.dumps({"historyId": history_id, "at": int(now.timestamp())}, sort_keys=True)


def _read_cursor(cursor: str | None) -> tuple[str, datetime | None] | None:
    """(history id, time of the last good cycle); unreadable means "look back again"."""
    if not cursor:
        return None
    try:
        data = json.loads(cursor)
        history_id = str(data["historyId"])
    except (ValueError, TypeError, KeyError):
        log.warning("unreadable mail cursor; looking back again")
        return None
    if not history_id.isdigit():
        return None
    at = data.get("at")
    last_cycle = datetime.fromtimestamp(at, UTC) if isinstance(at, int | float) else None
    return history_id, last_cycle


# A search's text rides in the URL: past about 2,000 characters the client library turns
# the GET into a POST with an override header. Tracking systems are asked for in groups
# that keep each query well short of that.
SYSTEMS_QUERY_CHARS = 1200


def _within(terms: list[str], budget: int) -> list[list[str]]:
    groups: list[list[str]] = []
    size = 0
    for term in terms:
        if groups and size + len(term) + 4 <= budget:
            groups[-1].append(term)
            size += len(term) + 4
        else:
            groups.append([term])
            size = len(term)
    return groups


def _phrase(name: str) -> str:
    """An employer's name as a search phrase: words only, nothing that could end the quote
    or change the query; "" for a name too short to search for."""
    words = re.sub(r"[^\w&.' -]+", " ", name).split()
    phrase = " ".join(words)
    return phrase if len(re.sub(r"\W", "", phrase)) >= 4 and len(phrase) <= 80 else ""
