"""Store queries an idle cycle makes are answered from indexes, without temporary B-trees."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agent.store import SCHEMA, SCHEMA_VERSION, Store


def plan(store: Store, query: str) -> str:
    rows = store.db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()
    return " | ".join(str(row["detail"]) for row in rows)


def test_events_in_order_use_the_index() -> None:
    store = Store.open(":memory:")
    detail = plan(store, "SELECT data FROM events ORDER BY start, uid")
    assert "TEMP B-TREE" not in detail.upper()
    assert "events_by_start" in detail


def test_an_old_store_gets_the_index(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for statement in SCHEMA.split(";"):
        if statement.strip():
            old.execute(statement)
    old.execute("INSERT INTO meta VALUES('schema_version', '1')")
    old.execute("INSERT INTO events VALUES('u', 'c', '2026-01-01', '{}')")
    old.close()

    store = Store.open(path)
    assert store.meta("schema_version") == str(SCHEMA_VERSION)
    assert "events_by_start" in plan(store, "SELECT data FROM events ORDER BY start, uid")
    assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    store.close()


def test_an_unchanged_cursor_is_not_written_again(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.sqlite3")
    store.set_meta("cursor.mail", "x" * 1000)
    before = store.db.total_changes
    store.set_meta("cursor.mail", "x" * 1000)
    assert store.db.total_changes == before
    store.set_meta("cursor.mail", "y")
    assert store.meta("cursor.mail") == "y"
    store.close()


def test_candidate_events_in_order_use_an_index() -> None:
    store = Store.open(":memory:")
    detail = plan(store, "SELECT data FROM events WHERE candidate=1 ORDER BY start, uid")
    assert "TEMP B-TREE" not in detail.upper() and "events_candidates" in detail
