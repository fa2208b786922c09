"""Mail folders found in the layouts sync tools write by default, never created.

Where each layout comes from:
- Maildir++: the inbox is the root, folders are dot-named Maildirs inside it
  (Courier's README.maildirquota; Dovecot's default Maildir layout).
- mbsync (isync), mbsync(1) "MaildirStore": `Path` is the account folder and
  `Inbox` is set beside the rest (the usual `Inbox ~/Mail/acct/INBOX`); with
  SubFolders unset or `Verbatim` every mailbox is a Maildir under `Path` named
  as on the server (`Sent`, `Drafts`, `[Gmail]/Sent Mail`); `SubFolders
  Maildir++` makes `Path` the inbox with `.Sent`, `.[Gmail].Sent Mail` inside;
  `SubFolders Legacy` writes `[Gmail]/.Sent Mail`.
- offlineimap, offlineimap.conf (OfflineIMAP/offlineimap) `[Repository ...]`
  type Maildir: one Maildir per folder under `localfolders`, nested names
  joined by `sep`, default ".": `INBOX`, `Sent`, `[Gmail].Sent Mail`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.backends.local.layout import discover
from agent.errors import ConfigError, MissingInput
from tests.builders import maildir_account

LAYOUTS = {
    "maildir++": ("", ".Sent", ".Drafts"),
    "mbsync default": ("INBOX", "Sent", "Drafts"),
    "mbsync gmail verbatim": ("INBOX", "[Gmail]/Sent Mail", "[Gmail]/Drafts"),
    "mbsync maildir++ gmail": ("", ".[Gmail].Sent Mail", ".[Gmail].Drafts"),
    "mbsync legacy gmail": ("INBOX", "[Gmail]/.Sent Mail", "[Gmail]/.Drafts"),
    "offlineimap default": ("INBOX", "Sent", "Drafts"),
    "offlineimap gmail": ("INBOX", "[Gmail].Sent Mail", "[Gmail].Drafts"),
    "lower-case names": ("inbox", "sent", "drafts"),
}


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_the_account_folder_is_enough(tmp_path: Path, name: str) -> None:
    inbox, sent, drafts = LAYOUTS[name]
    account = maildir_account(tmp_path / "acct", LAYOUTS[name])
    before = tree(account)

    found = discover(account)

    assert (found.inbox, found.sent, found.drafts) == (
        account / inbox if inbox else account,
        account / sent,
        account / drafts,
    )
    assert tree(account) == before  # nothing created


@pytest.mark.parametrize("name", [n for n in sorted(LAYOUTS) if LAYOUTS[n][0]])
def test_the_inbox_itself_is_enough(tmp_path: Path, name: str) -> None:
    """mbsync's `Inbox` path is what people paste into local.maildir."""
    inbox, sent, drafts = LAYOUTS[name]
    account = maildir_account(tmp_path / "acct", LAYOUTS[name])

    found = discover(account / inbox)

    assert (found.inbox, found.sent, found.drafts) == (
        account / inbox,
        account / sent,
        account / drafts,
    )
    assert found.root == account


def test_keys_override_discovery_relative_to_local_maildir(tmp_path: Path) -> None:
    account = maildir_account(tmp_path / "acct", ("INBOX", "Sent", "Drafts", "Work Drafts"))

    found = discover(account / "INBOX", drafts_folder="../Work Drafts", sent_folder="../Sent")

    assert found.drafts == account / "Work Drafts"
    assert found.sent == account / "Sent"


def test_an_inbox_key_names_an_unusual_inbox(tmp_path: Path) -> None:
    account = maildir_account(tmp_path / "acct", ("Posteingang", "Sent", "Drafts"))
    assert discover(account, inbox_folder="Posteingang").inbox == account / "Posteingang"


@pytest.mark.parametrize(
    ("folders", "key"),
    [
        (("INBOX", "Sent"), "local.drafts_folder"),
        (("INBOX", "Drafts"), "local.sent_folder"),
        (("", ".Drafts"), "local.sent_folder"),
        (("Archive",), "local.maildir"),
    ],
)
def test_a_missing_folder_names_its_key_and_nothing_is_created(
    tmp_path: Path, folders: tuple[str, ...], key: str
) -> None:
    account = maildir_account(tmp_path / "acct", folders)
    before = tree(account)

    # Exit 2 either way; a folder that is absent may come back (a daemon retries).
    with pytest.raises((ConfigError, MissingInput), match=key.replace(".", r"\.")) as caught:
        discover(account)

    assert caught.value.exit_code == 2
    assert tree(account) == before
    assert str(account) in caught.value.message


def test_a_configured_folder_that_is_not_a_maildir_names_its_key(tmp_path: Path) -> None:
    account = maildir_account(tmp_path / "acct", ("INBOX", "Sent", "Drafts"))
    with pytest.raises(ConfigError, match=r"local\.drafts_folder"):
        discover(account, drafts_folder="Brouillons")
    with pytest.raises(ConfigError, match=r"local\.inbox_folder"):
        discover(account, inbox_folder="Nope")


def test_a_missing_account_folder_names_local_maildir(tmp_path: Path) -> None:
    with pytest.raises(MissingInput, match=r"local\.maildir"):
        discover(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()


def test_drafts_without_tmp_cannot_be_written_safely(tmp_path: Path) -> None:
    account = maildir_account(tmp_path / "acct", ("INBOX", "Sent", "Drafts"))
    (account / "Drafts" / "tmp").rmdir()
    with pytest.raises(ConfigError, match=r"local\.drafts_folder.*tmp"):
        discover(account)


def test_an_inbox_beside_drafts_wins_over_dot_folders_an_older_version_made_in_it(
    tmp_path: Path,
) -> None:
    """The mbsync bug: with maildir = acct/INBOX, drafts went to INBOX/.Drafts."""
    account = maildir_account(tmp_path / "acct", ("INBOX", "Sent", "Drafts"))
    maildir_account(account / "INBOX", (".Sent", ".Drafts"))

    found = discover(account / "INBOX")

    assert (found.sent, found.drafts) == (account / "Sent", account / "Drafts")
