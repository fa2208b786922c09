"""Mailbox over a Maildir++ tree, as mail sync tools (mbsync, offlineimap) keep it.

Layout: the inbox is the Maildir root (new/ and cur/), drafts live in
`<root>/.Drafts`, sent mail in `<root>/.Sent`. The person's mail client owns
flags and the new/ -> cur/ move; this adapter only reads the inbox and Sent,
and only writes and removes files in Drafts that it wrote itself.

Cursor: the set of messages already reported, as 6-byte digests of
"<LABEL>/<maildir key>", sorted and base64-encoded in a small JSON object. It
holds only messages still present, so it grows with the mailbox (about 8
bytes a message), not with time; an idle cycle lists directories and opens
nothing. Local reads are cheap, so `touched_threads` is None: every open
draft is checked each cycle.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import mailbox
import os
import re
from collections.abc import Collection, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent import mime
from agent.core.model import Address, Draft, DraftRef, MailChanges, MailMessage
from agent.errors import BackendError, FolderUnavailable

log = logging.getLogger(__name__)

INBOX = "INBOX"
SENT = "SENT"
LOOK_BACK = timedelta(days=30)
# A sent copy may carry a Date a little before the draft's own clock reading.
CLOCK_SKEW = timedelta(minutes=5)
_DIGEST_BYTES = 6
_CURSOR_VERSION = 1


class LocalMailbox:
    def __init__(
        self,
        maildir: Path,
        *,
        me: Address,
        drafts_folder: str = ".Drafts",
        sent_folder: str = ".Sent",
    ) -> None:
        self.root = Path(maildir)
        self._me = me
        self._drafts_path = self.root / drafts_folder
        try:
            self._folders = {
                INBOX: _open_maildir(self.root, is_folder=False),
                SENT: _open_maildir(self.root / sent_folder, is_folder=True),
            }
            # Opened without creating it: a Drafts folder that is missing is not an
            # empty one (see draft_text). It is made when the first draft is written.
            self._opened_drafts: mailbox.Maildir | None = None
        except OSError as error:
            raise BackendError(f"cannot open the Maildir at {self.root}: {error}") from error
        self._folder_paths = {INBOX: self.root, SENT: self.root / sent_folder}

    def me(self) -> Address:
        return self._me

    # ----------------------------------------------------------------------- reading

    def changes(
        self, cursor: str | None, now: datetime, *, senders: Collection[str] = ()
    ) -> MailChanges:
        """Inbox and Sent messages not in the cursor (first run: the last 30 days).

        `senders` is not needed: local files are cheap to read, so all are read.
        """
        seen = _read_cursor(cursor)
        first_run = cursor is None or seen is None
        seen = seen or set()
        present: set[bytes] = set()
        messages: list[MailMessage] = []
        for label, md in self._folders.items():
            paths = _paths(self._folder_paths[label]) if first_run else {}
            for key in _keys(md, label):
                message_id = f"{label}/{key}"
                digest = _digest(message_id)
                if digest in seen:
                    present.add(digest)
                    continue
                raw = _read(md, key, label)
                if raw is None:
                    continue  # gone or unreadable: not marked, so tried again next cycle
                present.add(digest)
                message = mime.parse(raw, id=message_id, labels=frozenset({label}), with_body=False)
                if first_run and _when(message, paths.get(key)) < now - LOOK_BACK:
                    continue
                messages.append(message)
        return MailChanges(messages=tuple(messages), cursor=_write_cursor(present))

    def with_body(self, message: MailMessage) -> MailMessage:
        label, _, key = message.id.partition("/")
        md = self._folders.get(label)
        raw = _read(md, key, label) if md is not None else None
        if raw is None:
            log.warning("message %s is no longer in the Maildir; read without its body", message.id)
            return message
        return mime.parse(raw, id=message.id, labels=message.labels, thread_id=message.thread_id)

    # ----------------------------------------------------------------------- drafts

    def create_draft(self, draft: Draft) -> DraftRef:
        # Maildir files use "\n" line ends; the generator in `add` keeps the bytes.
        raw = mime.to_bytes(draft).replace(b"\r\n", b"\n")
        stored = mailbox.MaildirMessage(raw)
        stored.set_subdir("cur")
        stored.set_flags("D")
        try:
            if not self._drafts_path.is_dir():
                self._opened_drafts = _open_maildir(self._drafts_path, is_folder=True)
            key = self._drafts.add(stored)
        except OSError as error:
            raise BackendError(f"cannot write a draft into {self._drafts_path}: {error}") from error
        return self._ref(key, mime.parse(raw, id=key, with_body=False))

    def update_draft(self, ref: DraftRef, draft: Draft) -> DraftRef:
        """Write the new version first, then remove the old: never zero drafts."""
        new_ref = self.create_draft(draft)
        for key, _ in self._drafts_with(ref.message_id):
            if key != new_ref.draft_id:
                self._drafts.discard(key)
        if ref.draft_id != new_ref.draft_id:
            self._drafts.discard(ref.draft_id)
        return new_ref

    @property
    def _drafts(self) -> mailbox.Maildir:
        if self._opened_drafts is None:
            try:
                self._opened_drafts = mailbox.Maildir(self._drafts_path, factory=None, create=False)
            except (OSError, mailbox.NoSuchMailboxError) as error:
                raise FolderUnavailable(f"cannot open {self._drafts_path}: {error}") from error
        return self._opened_drafts

    def find_draft(self, message_id: str) -> DraftRef | None:
        if not self._drafts_path.exists():
            return None  # nothing written here yet
        self._check_drafts_folder()
        for key, message in self._drafts_with(message_id):
            return self._ref(key, message)
        return None

    def find_draft_like(self, to: str, subject: str) -> DraftRef | None:
        """A draft to `to` with `subject`: ours, re-saved by a client under a new Message-ID."""
        if not self._drafts_path.exists():
            return None
        wanted = " ".join(subject.split()).casefold()
        for key in _keys(self._drafts, "Drafts"):
            raw = _read(self._drafts, key, "Drafts")
            if raw is None:
                continue
            message = mime.parse(raw, id=key, labels=frozenset({"DRAFT"}), with_body=False)
            same = " ".join(message.subject.split()).casefold() == wanted
            if same and any(a.email.lower() == to.lower() for a in message.to):
                return self._ref(key, message)
        return None

    def _check_drafts_folder(self) -> None:
        """Raise unless the Drafts folder is there and can be listed and read."""
        for sub in ("", "cur", "new"):
            folder = self._drafts_path / sub
            if not folder.is_dir() or not os.access(folder, os.R_OK | os.X_OK):
                raise FolderUnavailable(
                    f"the Drafts folder {self._drafts_path} is missing or unreadable "
                    f"(local.drafts_folder); no draft was marked as sent or deleted. "
                    "Restore it or fix local.drafts_folder."
                )

    def _ref(self, key: str, message: MailMessage) -> DraftRef:
        """A draft's reference, its link the file a person can open."""
        path = _paths(self._drafts_path).get(key)
        return DraftRef(
            draft_id=key,
            message_id=message.message_id,
            thread_id=message.thread_id,
            link=path.resolve().as_uri() if path else "",
        )

    def draft_text(self, ref: DraftRef) -> str | None:
        """The draft's text, found by key, or by Message-ID if a client rewrote the file.

        None only when sure the draft is gone: the folder is there and readable
        and every file in it was read. Otherwise BackendError: cannot tell.
        """
        self._check_drafts_folder()
        try:
            raw: bytes | None = self._drafts.get_bytes(ref.draft_id)
        except KeyError:
            raw = None
        except OSError as error:
            raise BackendError(
                f"cannot read the draft {ref.draft_id} in {self._drafts_path}: {error}"
            ) from error
        if raw is not None and _message_id_of(raw) == ref.message_id:
            return mime.text_of(raw)
        unreadable: list[str] = []
        for key, _ in self._drafts_with(ref.message_id, unreadable=unreadable):
            raw = _read(self._drafts, key, "Drafts")
            if raw is not None:
                return mime.text_of(raw)
        if unreadable:
            raise BackendError(
                f"cannot tell whether a draft is still in {self._drafts_path}: "
                f"{len(unreadable)} file(s) there cannot be read ({', '.join(unreadable[:3])})"
            )
        return None

    def was_sent(self, ref: DraftRef) -> datetime | None:
        """When Sent holds the draft: same Message-ID, or a later message in its thread.

        A client may give the sent copy a new Message-ID; a reply keeps its
        References, so it shares the draft's thread. The thread's earlier
        messages (the thank-you a check-in replies to) are excluded by time:
        only a message sent after the draft was written counts.
        """
        written = _key_time(ref.draft_id)
        md = self._folders[SENT]
        paths = _paths(self._folder_paths[SENT])
        for key in _keys(md, SENT):
            raw = _read(md, key, SENT)
            if raw is None:
                continue
            sent = mime.parse(raw, id=f"{SENT}/{key}", with_body=False)
            when = _when(sent, paths.get(key))
            if sent.message_id == ref.message_id:
                return when
            in_thread = sent.thread_id == ref.thread_id and sent.message_id != ref.thread_id
            if in_thread and (written is None or when >= written - CLOCK_SKEW):
                return when
        return None

    def delete_draft(self, ref: DraftRef) -> None:
        if not self._drafts_path.exists():
            return
        if _read(self._drafts, ref.draft_id, "Drafts") is not None:
            self._drafts.discard(ref.draft_id)
            return
        for key, _ in self._drafts_with(ref.message_id):
            self._drafts.discard(key)

    def _drafts_with(
        self, message_id: str, *, unreadable: list[str] | None = None
    ) -> Iterator[tuple[str, MailMessage]]:
        if not self._drafts_path.exists():
            return
        for key in _keys(self._drafts, "Drafts"):
            raw = _read(self._drafts, key, "Drafts")
            if raw is None:
                if unreadable is not None and key in self._drafts:
                    unreadable.append(key)
                continue
            message = mime.parse(raw, id=key, labels=frozenset({"DRAFT"}), with_body=False)
            if message.message_id == message_id:
                yield key, message


# --------------------------------------------------------------------------- helpers


def _open_maildir(path: Path, *, is_folder: bool) -> mailbox.Maildir:
    md = mailbox.Maildir(path, factory=None, create=True)
    marker = path / "maildirfolder"  # Maildir++: marks a subfolder for IMAP servers
    if is_folder and not marker.exists():
        marker.touch()
    return md


def _keys(md: mailbox.Maildir, label: str) -> list[str]:
    try:
        return sorted(md.keys())
    except OSError as error:
        raise BackendError(f"cannot list the {label} folder: {error}") from error


def _read(md: mailbox.Maildir, key: str, label: str) -> bytes | None:
    try:
        return md.get_bytes(key)
    except KeyError:
        return None
    except OSError as error:
        log.warning("%s message %s skipped: cannot read it (%s)", label, key, error)
        return None


def _paths(folder: Path) -> dict[str, Path]:
    """Maildir key -> current file, whatever flags a client appended to the name."""
    found: dict[str, Path] = {}
    for sub in ("new", "cur"):
        try:
            entries = list(os.scandir(folder / sub))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith("."):
                found[entry.name.split(":", 1)[0]] = Path(entry.path)
    return found


def _message_id_of(raw: bytes) -> str:
    return mime.parse(raw, id="", with_body=False).message_id


def _when(message: MailMessage, path: Path | None) -> datetime:
    """The Date header, else the file's time (delivery), else the epoch."""
    if message.date is not None:
        return message.date
    try:
        if path is not None:
            return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        pass
    return datetime.fromtimestamp(0, UTC)


def _key_time(key: str) -> datetime | None:
    """When a draft was written: mailbox.Maildir keys start with the Unix time."""
    found = re.match(r"(\d{9,11})\.", key)
    return datetime.fromtimestamp(int(found.group(1)), UTC) if found else None


def _digest(message_id: str) -> bytes:
    return hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).digest()[:_DIGEST_BYTES]


def _read_cursor(cursor: str | None) -> set[bytes] | None:
    if cursor is None:
        return None
    try:
        data = json.loads(cursor)
        blob = base64.b64decode(data["seen"], validate=True)
        if data.get("v") != _CURSOR_VERSION or len(blob) % _DIGEST_BYTES:
            raise ValueError("unexpected cursor shape")
    except (ValueError, KeyError, TypeError) as error:
        log.warning("mail cursor unreadable (%s); starting over with a 30-day look-back", error)
        return None
    return {blob[i : i + _DIGEST_BYTES] for i in range(0, len(blob), _DIGEST_BYTES)}


def _write_cursor(seen: set[bytes]) -> str:
    blob = b"".join(sorted(seen))
    return json.dumps(
        {"v": _CURSOR_VERSION, "seen": base64.b64encode(blob).decode("ascii")},
        separators=(",", ":"),
    )
