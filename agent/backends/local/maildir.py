"""Mailbox over the Maildirs a mail sync tool (mbsync, offlineimap) keeps.

Layout: the inbox is `maildir`, Sent and Drafts are the folders given
(relative to it, or absolute: `layout.discover` finds them for mbsync's,
offlineimap's and Maildir++ layouts). Nothing is created: a missing folder is
an error, so drafts never go where no mail client looks. The person's mail client owns
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
import contextlib
import hashlib
import json
import logging
import mailbox
import os
import re
import time
from collections.abc import Collection, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from socket import gethostname
from urllib.parse import quote

from agent import mime
from agent.backends.local import files
from agent.core.model import Address, Draft, DraftRef, MailChanges, MailMessage
from agent.errors import BackendError

log = logging.getLogger(__name__)

INBOX = "INBOX"
SENT = "SENT"
LOOK_BACK = timedelta(days=30)
# A sent copy may carry a Date a little before the draft's own clock reading.
CLOCK_SKEW = timedelta(minutes=5)
_DIGEST_BYTES = 6
# A reply's headers and text are in its first kilobytes; a 70 MB attachment is not read.
MAX_MESSAGE_BYTES = 4 << 20
# mailbox.Maildir's temp names: "<time>.M<usec>P<pid>Q<count>.<host>".
_OUR_TMP = re.compile(r"\d+\.M\d+P(?P<pid>\d+)Q\d+\.(?P<host>.+)")
_TMP_HOST = re.compile(r"[/:]")
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
        try:
            self._folders = {
                INBOX: _open_maildir(self.root),
                SENT: _open_maildir(self.root / sent_folder),
            }
            self._drafts = _open_maildir(self.root / drafts_folder)
        except (OSError, mailbox.NoSuchMailboxError) as error:
            raise BackendError(f"cannot open the Maildir at {self.root}: {error}") from error
        self._folder_paths = {INBOX: self.root, SENT: self.root / sent_folder}
        self._drafts_path = self.root / drafts_folder

    def me(self) -> Address:
        return self._me

    def clean_stale_temp(self) -> list[Path]:
        """Draft files a killed run left in Drafts/tmp; called at the start of a cycle.

        Only names our writer (Python's mailbox) gives, from this host, whose
        process is gone or which are over an hour old: a mail client's or a
        sync tool's own temp files are never touched.
        """
        tmp = self._drafts_path / "tmp"
        host = _TMP_HOST.sub(lambda m: {"/": r"\057", ":": r"\072"}[m.group(0)], gethostname())
        removed: list[Path] = []
        try:
            entries = list(os.scandir(tmp))
        except OSError:
            return removed
        now = time.time()
        for entry in entries:
            found = _OUR_TMP.fullmatch(entry.name)
            if found is None or found.group("host") != host:
                continue
            with contextlib.suppress(OSError):
                mtime = entry.stat(follow_symlinks=False).st_mtime
                if files.stale(int(found.group("pid")), mtime, now):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
        if removed:
            log.info("removed %d unfinished draft file(s) in %s", len(removed), tmp)
        return removed

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
        # Draft and Seen, as a client keeps its own drafts: not listed as unread mail.
        # (Maildir info "2,DS": flags in ASCII order, https://cr.yp.to/proto/maildir.html)
        stored.set_subdir("cur")
        stored.set_flags("DS")
        try:
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

    def find_draft(self, message_id: str) -> DraftRef | None:
        for key, message in self._drafts_with(message_id):
            return self._ref(key, message)
        return None

    def _ref(self, key: str, message: MailMessage) -> DraftRef:
        """A draft's reference; its link names the Message-ID, not the file.

        A client renames the file whenever a flag changes, so a file:// link
        goes stale at the first read; the Message-ID stays (RFC 2392 `mid:`).
        """
        return DraftRef(
            draft_id=key,
            message_id=message.message_id,
            thread_id=message.thread_id,
            link=mid_url(message.message_id),
        )

    def draft_text(self, ref: DraftRef) -> str | None:
        """The draft's text, found by key, or by Message-ID if a client rewrote the file."""
        raw = _read(self._drafts, ref.draft_id, "Drafts")
        if raw is not None and _message_id_of(raw) == ref.message_id:
            return mime.text_of(raw)
        for key, _ in self._drafts_with(ref.message_id):
            raw = _read(self._drafts, key, "Drafts")
            if raw is not None:
                return mime.text_of(raw)
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
        if _read(self._drafts, ref.draft_id, "Drafts") is not None:
            self._drafts.discard(ref.draft_id)
            return
        for key, _ in self._drafts_with(ref.message_id):
            self._drafts.discard(key)

    def _drafts_with(self, message_id: str) -> Iterator[tuple[str, MailMessage]]:
        for key in _keys(self._drafts, "Drafts"):
            raw = _read(self._drafts, key, "Drafts")
            if raw is None:
                continue
            message = mime.parse(raw, id=key, labels=frozenset({"DRAFT"}), with_body=False)
            if message.message_id == message_id:
                yield key, message


# --------------------------------------------------------------------------- helpers


def mid_url(message_id: str) -> str:
    """The RFC 2392 URL of a message: `mid:` and the Message-ID without brackets."""
    bare = message_id.strip().strip("<>")
    return f"mid:{quote(bare, safe='@!$&()*+,;=-._~')}" if bare else ""


def _open_maildir(path: Path) -> mailbox.Maildir:
    """An existing Maildir; NoSuchMailboxError when it is not there (never created)."""
    if not path.is_dir():
        raise mailbox.NoSuchMailboxError(f"{path} does not exist")
    return mailbox.Maildir(path, factory=None, create=False)


def _keys(md: mailbox.Maildir, label: str) -> list[str]:
    try:
        return sorted(md.keys())
    except OSError as error:
        raise BackendError(f"cannot list the {label} folder: {error}") from error


def _read(md: mailbox.Maildir, key: str, label: str) -> bytes | None:
    """The message's bytes, at most MAX_MESSAGE_BYTES; None when gone or not a file.

    Opened non-blocking and checked to be a regular file first: a FIFO in a
    mail folder must not hang the cycle. A message over the limit is read up
    to it (headers and text come first; attachments are not needed), noted.
    """
    try:
        path = Path(md._path) / md._lookup(key)  # the file, whatever flags it carries now
    except KeyError:
        return None
    try:
        read = files.read_bounded(path, MAX_MESSAGE_BYTES)
    except FileNotFoundError:
        return None
    except files.NotRegular:
        files.note(path, f"{label} entry is not a regular file (a FIFO or device); skipped")
        return None
    except OSError as error:
        log.warning("%s message %s skipped: cannot read it (%s)", label, key, error)
        return None
    if read.truncated:
        files.note(
            path,
            f"{label} message of {read.size >> 20} MB; only its first "
            f"{MAX_MESSAGE_BYTES >> 20} MB were read (headers and text, not the attachments)",
        )
    return read.data


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
