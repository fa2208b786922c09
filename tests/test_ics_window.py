"""The pre-parse cut of events surely outside the window: generous, never wrong."""

from __future__ import annotations

from datetime import UTC, datetime

from agent.backends.local.ics_window import batches, events_near, without_events

START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 6, 1, tzinfo=UTC)


def calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:{n}\r\n{e}END:VEVENT\r\n" for n, e in enumerate(events))
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
    return (head + body + "END:VCALENDAR\r\n").encode()


def kept(*events: str) -> list[str]:
    text = events_near(calendar(*events), START, END).decode()
    return [line[4:] for line in text.splitlines() if line.startswith("UID:")]


def test_far_before_and_far_after_are_cut() -> None:
    assert kept("DTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\n") == []
    assert kept("DTSTART;TZID=Europe/Berlin:20270101T100000\r\n") == []


def test_near_the_edges_and_inside_are_kept() -> None:
    assert kept(
        "DTSTART:20260227T230000Z\r\nDTEND:20260228T010000Z\r\n",  # within the margin
        "DTSTART;VALUE=DATE:20260401\r\n",
        "DTSTART:20260602T100000Z\r\n",
        "DTSTART:20250101T100000Z\r\nDTEND:20260315T100000Z\r\n",  # long, ends inside
    ) == ["0", "1", "2", "3"]


def test_recurring_undated_and_unreadable_events_are_left_to_the_parser() -> None:
    assert kept(
        "DTSTART:20200101T100000Z\r\nRRULE:FREQ=WEEKLY\r\n",
        "DTSTART:20200101T100000Z\r\nRECURRENCE-ID:20200108T100000Z\r\n",
        "DTSTART:20200101T100000Z\r\nDURATION:P9999D\r\n",
        "SUMMARY:no start\r\n",
        "DTSTART:next tuesday-ish\r\n",
    ) == ["0", "1", "2", "3", "4"]


def test_alarm_lines_do_not_count_as_the_events_dates() -> None:
    alarm = "BEGIN:VALARM\r\nTRIGGER;VALUE=DATE-TIME:20260401T090000Z\r\nEND:VALARM\r\n"
    assert kept("DTSTART:20250101T100000Z\r\n" + alarm) == []


def test_without_events_keeps_the_calendar_properties() -> None:
    text = without_events(calendar("DTSTART:20260401T100000Z\r\n")).decode()
    assert "X-WR-TIMEZONE:Europe/Berlin" in text and "VEVENT" not in text


def test_an_unterminated_event_is_left_whole() -> None:
    data = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20200101T100000Z\r\n"
    assert events_near(data, START, END) == data


def test_batches_keep_the_calendar_lines_and_each_series_together() -> None:
    series = "DTSTART:20260401T100000Z\r\nRRULE:FREQ=DAILY\r\n"
    moved = "DTSTART:20260403T120000Z\r\nRECURRENCE-ID:20260403T100000Z\r\n"
    events = [f"UID:s\r\n{series}", f"UID:x\r\n{series}", f"UID:s\r\n{moved}"]
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    data = f"BEGIN:VCALENDAR\r\nX-WR-CALNAME:Work\r\n{body}END:VCALENDAR\r\n".encode()
    first, second = batches(data, 1)
    assert first.startswith(b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:Work\r\n")
    assert first.endswith(b"END:VCALENDAR\r\n") and second.endswith(b"END:VCALENDAR\r\n")
    assert first.count(b"UID:s") == 2 and b"UID:x" in second
    assert batches(data, 5) == [data]
