"""Gmail v1 state and behaviour for the Google fake: one mailbox.

Messages are raw RFC 822 bytes plus labels, a thread and an internal date; the
JSON Gmail returns (payload, snippet, headers) is derived from the bytes on
demand, so a mailbox of 100,000 messages costs little until it is read. Every
change appends a history record with the next history id, which is what
`history.list` pages through.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from typing import Any

from .common import ApiError, Json, Params, flag, one, page_size
from .gmail_mime import (
    StoredMessage,
    bulk_raw,
    compile_query,
    compose_raw,
    needed_rfc822_id,
    render_message,
    rewrite_body,
    unb64url,
    with_header,
)

_PARSER = BytesParser(policy=policy.default)
_HISTORY_TYPES = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}


@dataclass(frozen=True, slots=True)
class DraftView:
    id: str
    message: StoredMessage


@dataclass(slots=True)
class HistoryRecord:
    id: int
    kind: str  # messagesAdded / messagesDeleted / labelsAdded / labelsRemoved
    message_id: str
    thread_id: str
    label_ids: list[str]
    changed: list[str] | None = None

    def to_json(self) -> Json:
        ref = {"id": self.message_id, "threadId": self.thread_id}
        entry: Json = {"message": {**ref, "labelIds": list(self.label_ids)}}
        if self.changed is not None:
            entry["labelIds"] = list(self.changed)
        return {"id": str(self.id), "messages": [ref], self.kind: [entry]}


class GmailState:
    """One account's mailbox; callers hold `lock` (the server does, helpers do)."""

    def __init__(self, owner_email: str, lock: Any, clock: Callable[[], datetime]) -> None:
        self.owner_email = owner_email
        self.lock = lock
        self.clock = clock
        self.history_floor = 0  # a startHistoryId below this answers 404, as a stale one does
        self._history_id = 1000
        self._counter = 0
        self._messages: dict[str, StoredMessage] = {}
        self._threads: dict[str, list[str]] = {}
        self._by_rfc822: dict[str, list[str]] = {}
        self._drafts: dict[str, str] = {}
        self._history: list[HistoryRecord] = []
        self._history_ids: list[int] = []
        self._chronological: list[StoredMessage] | None = None

    # ---- test-side helpers: what the person and their correspondents do ----

    @property
    def history_id(self) -> int:
        return self._history_id

    def deliver(
        self,
        message: bytes | tuple,
        *,
        thread_id: str | None = None,
        in_reply_to_message_id: str | None = None,
        received_at: datetime | None = None,
        labels: Iterable[str] = ("INBOX", "UNREAD"),
    ) -> str:
        """Receive mail; threads by In-Reply-To/References like Gmail. Returns the message id."""
        with self.lock:
            parent = self._messages[in_reply_to_message_id] if in_reply_to_message_id else None
            if isinstance(message, tuple):
                from_, to, subject, body, *rest = message
                headers = dict(rest[0]) if rest else {}
                if parent is not None:
                    refs = f"{parent.email.get('References', '')} <{parent.rfc822_id}>".strip()
                    headers.setdefault("In-Reply-To", f"<{parent.rfc822_id}>")
                    headers.setdefault("References", refs)
                raw = compose_raw(from_, to, subject, body, date=received_at, headers=headers)
            else:
                raw = message
            if thread_id is None and parent is not None:
                thread_id = parent.thread_id
            if thread_id is None:
                thread_id = self._thread_from_references(raw)
            if thread_id is not None and thread_id not in self._threads:
                raise KeyError(f"unknown thread {thread_id}")
            stored = self._store(raw, list(labels), thread_id, received_at)
            return stored.id

    def user_edits_draft(self, draft_id: str, new_text: str) -> str:
        """Rewrite the body as Gmail's editor does: new message id, same draft and thread."""
        with self.lock:
            old = self._messages[self._drafts[draft_id]]
            return self._replace_draft(draft_id, rewrite_body(old.raw, new_text), old.thread_id).id

    def user_sends_draft(self, draft_id: str) -> str:
        """The person presses Send: the draft goes, a SENT copy appears in its thread."""
        with self.lock:
            draft_message = self._messages[self._drafts.pop(draft_id)]
            self._remove(draft_message)
            raw = with_header(draft_message.raw, "Date", format_datetime(self.clock().astimezone()))
            return self._store(raw, ["SENT"], draft_message.thread_id, None).id

    def user_deletes_draft(self, draft_id: str) -> None:
        with self.lock:
            self._remove(self._messages[self._drafts.pop(draft_id)])

    def modify_labels(
        self, message_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> None:
        with self.lock:
            stored = self._messages[message_id]
            added = [label for label in add if label not in stored.label_ids]
            removed = [label for label in remove if label in stored.label_ids]
            stored.label_ids = [label for label in stored.label_ids if label not in removed] + added
            if added:
                self._record("labelsAdded", stored, added)
            if removed:
                self._record("labelsRemoved", stored, removed)

    def delete_message(self, message_id: str) -> None:
        with self.lock:
            self._remove(self._messages[message_id])

    def drafts(self) -> list[DraftView]:
        with self.lock:
            return [DraftView(d, self._messages[m].snapshot()) for d, m in self._drafts.items()]

    def messages(self, label: str | None = None) -> list[StoredMessage]:
        """Messages oldest first, optionally only those carrying `label`."""
        with self.lock:
            return [
                m.snapshot() for m in self._chronology() if label is None or label in m.label_ids
            ]

    def add_many(self, n: int, *, record_history: bool = False, label: str = "INBOX") -> None:
        """Fill the mailbox with n ordinary old messages, fast.

        Without `record_history` the mail counts as already there: history before
        this point is treated as expired, so an older startHistoryId answers 404.
        """
        with self.lock:
            first_ms = int(self.clock().timestamp() * 1000) - n * 60_000 - 86_400_000
            history_id = self._history_id + (0 if record_history else 1)
            for i in range(n):
                self._counter += 1
                message_id = f"{0x18C0000000000000 + self._counter:016x}"
                internal = first_ms + i * 60_000
                rfc_id, raw = bulk_raw(self._counter, self.owner_email, internal)
                stored = StoredMessage(
                    message_id,
                    message_id,
                    raw,
                    [label],
                    internal,
                    history_id,
                    self._counter,
                    rfc_id,
                )
                self._messages[message_id] = stored
                self._threads[message_id] = [message_id]
                self._by_rfc822[rfc_id] = [message_id]
                if record_history:
                    self._record("messagesAdded", stored)
            self._chronological = None
            if not record_history:
                self._history_id = history_id
                self.expire_history_before(history_id)

    def expire_history_before(self, history_id: int) -> None:
        """Forget records below `history_id`; older start ids then answer 404 like Gmail."""
        with self.lock:
            self.history_floor = max(self.history_floor, history_id)
            cut = bisect.bisect_left(self._history_ids, history_id)
            del self._history[:cut], self._history_ids[:cut]

    # ---- API ---------------------------------------------------------------

    def check_user(self, user_id: str) -> None:
        if user_id not in ("me", self.owner_email):
            raise ApiError(403, f"Delegation denied for {self.owner_email}", "forbidden")

    def api_profile(self) -> Json:
        return {
            "emailAddress": self.owner_email,
            "messagesTotal": len(self._messages),
            "threadsTotal": sum(1 for ids in self._threads.values() if ids),
            "historyId": str(self._history_id),
        }

    def api_history(self, params: Params) -> Json:
        raw_start = one(params, "startHistoryId")
        if raw_start is None or not raw_start.isdigit():
            raise ApiError(400, "Invalid startHistoryId", "invalidArgument")
        start = int(raw_start)
        if start < self.history_floor:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        token = one(params, "pageToken")
        if token is not None:
            if not token.isdigit():
                raise ApiError(400, "Invalid pageToken", "invalidArgument")
            start = max(start, int(token))
        kinds = {_HISTORY_TYPES.get(t, t) for t in params.get("historyTypes", [])}
        label = one(params, "labelId")
        size = page_size(params, 100, 500)
        found: list[HistoryRecord] = []
        for record in self._history[bisect.bisect_right(self._history_ids, start) :]:
            if kinds and record.kind not in kinds:
                continue
            if label and label not in record.label_ids and label not in (record.changed or []):
                continue
            found.append(record)
            if len(found) > size:
                break
        body: Json = {"historyId": str(self._history_id)}
        if found:
            body["history"] = [r.to_json() for r in found[:size]]
        if len(found) > size:
            body["nextPageToken"] = str(found[size - 1].id)
        return body

    def api_list_messages(
        self, params: Params, candidates: Iterable[StoredMessage] | None = None
    ) -> Json:
        query = one(params, "q") or ""
        matches = compile_query(query, self.clock())
        include_spam_trash = flag(params, "includeSpamTrash") or re.search(
            r"\bin:(spam|trash|anywhere)\b", query
        )
        labels = params.get("labelIds", [])
        wanted_id = needed_rfc822_id(query)
        if candidates is None:
            if wanted_id is not None:
                pool = [self._messages[i] for i in self._by_rfc822.get(wanted_id, [])]
                candidates = sorted(pool, key=lambda m: m.sort_key)
            else:
                candidates = self._chronology()
        chosen = [
            m
            for m in reversed(list(candidates))
            if (include_spam_trash or not ({"SPAM", "TRASH"} & set(m.label_ids)))
            and all(label in m.label_ids for label in labels)
            and matches(m)
        ]
        size = page_size(params, 100, 500)
        token = one(params, "pageToken")
        if token is not None:
            cursor = (
                tuple(int(part) for part in token.split("-"))
                if re.fullmatch(r"\d+-\d+", token)
                else None
            )
            if cursor is None:
                raise ApiError(400, "Invalid pageToken", "invalidArgument")
            chosen = [m for m in chosen if m.sort_key < cursor]
        body: Json = {"resultSizeEstimate": len(chosen)}
        if chosen:
            body["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in chosen[:size]]
        if len(chosen) > size:
            last = chosen[size - 1]
            body["nextPageToken"] = f"{last.internal_date}-{last.order}"
        return body

    def api_get_message(self, message_id: str, params: Params) -> Json:
        return render_message(self._message(message_id), params)

    def api_get_thread(self, thread_id: str, params: Params) -> Json:
        ids = self._threads.get(thread_id)
        if not ids:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        members = sorted((self._messages[i] for i in ids), key=lambda m: m.sort_key)
        return {
            "id": thread_id,
            "historyId": str(max(m.history_id for m in members)),
            "messages": [render_message(m, params) for m in members],
        }

    def api_create_draft(self, body: Json) -> Json:
        raw, thread_id = self._draft_input(body)
        self._counter += 1
        draft_id = f"r{5_872_140_000_000_000_000 + self._counter}"
        stored = self._store(raw, ["DRAFT"], thread_id, None)
        self._drafts[draft_id] = stored.id
        return self._draft_json(draft_id, {"format": ["minimal"]})

    def api_list_drafts(self, params: Params) -> Json:
        draft_of = {m: d for d, m in self._drafts.items()}
        pool = sorted((self._messages[m] for m in draft_of), key=lambda m: m.sort_key)
        listed = self.api_list_messages(params, candidates=pool)
        body: Json = {"resultSizeEstimate": listed["resultSizeEstimate"]}
        if "messages" in listed:
            body["drafts"] = [
                {"id": draft_of[ref["id"]], "message": ref} for ref in listed["messages"]
            ]
        if "nextPageToken" in listed:
            body["nextPageToken"] = listed["nextPageToken"]
        return body

    def api_get_draft(self, draft_id: str, params: Params) -> Json:
        self._draft_message_id(draft_id)
        return self._draft_json(draft_id, params)

    def api_update_draft(self, draft_id: str, body: Json) -> Json:
        old = self._messages[self._draft_message_id(draft_id)]
        raw, thread_id = self._draft_input(body)
        self._replace_draft(draft_id, raw, thread_id or old.thread_id)
        return self._draft_json(draft_id, {"format": ["minimal"]})

    def api_delete_draft(self, draft_id: str) -> None:
        message_id = self._draft_message_id(draft_id)
        del self._drafts[draft_id]
        self._remove(self._messages[message_id])

    # ---- internals ---------------------------------------------------------

    def _message(self, message_id: str) -> StoredMessage:
        stored = self._messages.get(message_id)
        if stored is None:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return stored

    def _draft_message_id(self, draft_id: str) -> str:
        if draft_id not in self._drafts:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return self._drafts[draft_id]

    def _draft_input(self, body: Json) -> tuple[bytes, str | None]:
        message = body.get("message") if isinstance(body, dict) else None
        if not isinstance(message, dict) or not message.get("raw"):
            raise ApiError(400, "Invalid draft: message.raw is required", "invalidArgument")
        raw = unb64url(str(message["raw"]))
        raw = with_header(raw, "Message-ID", make_msgid(domain="mail.gmail.com"))
        thread_id = message.get("threadId")
        return raw, thread_id if thread_id in self._threads and self._threads[thread_id] else None

    def _draft_json(self, draft_id: str, params: Params) -> Json:
        return {
            "id": draft_id,
            "message": render_message(self._messages[self._drafts[draft_id]], params),
        }

    def _replace_draft(self, draft_id: str, raw: bytes, thread_id: str) -> StoredMessage:
        self._remove(self._messages[self._drafts[draft_id]])
        stored = self._store(raw, ["DRAFT"], thread_id, None)
        self._drafts[draft_id] = stored.id
        return stored

    def _thread_from_references(self, raw: bytes) -> str | None:
        head = _PARSER.parsebytes(raw, headersonly=True)
        mentioned = re.findall(
            r"<([^<>\s]+)>", f"{head.get('In-Reply-To', '')} {head.get('References', '')}"
        )
        for rfc_id in reversed(mentioned):
            for message_id in self._by_rfc822.get(rfc_id.lower(), []):
                return self._messages[message_id].thread_id
        return None

    def _store(
        self, raw: bytes, labels: list[str], thread_id: str | None, when: datetime | None
    ) -> StoredMessage:
        self._counter += 1
        message_id = f"{0x18C0000000000000 + self._counter:016x}"
        head = _PARSER.parsebytes(raw, headersonly=True)
        rfc_id = str(head.get("Message-ID", "")).strip().strip("<>").lower()
        internal = int((when or self.clock()).timestamp() * 1000)
        thread_id = thread_id or message_id
        stored = StoredMessage(
            message_id, thread_id, raw, labels, internal, 0, self._counter, rfc_id
        )
        self._messages[message_id] = stored
        self._threads.setdefault(thread_id, []).append(message_id)
        if rfc_id:
            self._by_rfc822.setdefault(rfc_id, []).append(message_id)
        self._chronological = None
        self._record("messagesAdded", stored)
        return stored

    def _remove(self, stored: StoredMessage) -> None:
        del self._messages[stored.id]
        self._threads[stored.thread_id].remove(stored.id)
        if stored.rfc822_id:
            self._by_rfc822[stored.rfc822_id].remove(stored.id)
        self._chronological = None
        self._record("messagesDeleted", stored)

    def _record(self, kind: str, stored: StoredMessage, changed: list[str] | None = None) -> None:
        self._history_id += 1
        stored.history_id = self._history_id
        record = HistoryRecord(
            self._history_id, kind, stored.id, stored.thread_id, list(stored.label_ids), changed
        )
        self._history.append(record)
        self._history_ids.append(self._history_id)

    def _chronology(self) -> list[StoredMessage]:
        if self._chronological is None:
            self._chronological = sorted(self._messages.values(), key=lambda m: m.sort_key)
        return self._chronological
