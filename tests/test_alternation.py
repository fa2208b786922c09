"""The fast forms of long alternations match exactly what the plain alternations match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from agent import mime
from agent.core import date_counts, date_words, reply_phrases
from agent.core.alternation import by_first_letter, first_letters, of_words, split_branches

CORPUS_MAIL = Path(__file__).parent / "corpus" / "mail"


def spans(pattern: str, text: str, flags: int = re.IGNORECASE) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in re.finditer(pattern, text, flags)]


def flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------- words


def test_words_are_tried_longest_first_as_a_tree() -> None:
    assert of_words(["thursday", "thurs", "thu", "mon"]) == "(?:mon|thu(?:rs(?:day)?)?)"
    text = "Thursday, thurs. and Thu; MON"
    for pattern in (of_words(["thursday", "thurs", "thu", "mon"]), "thursday|thurs|thu|mon"):
        assert [m.group(0) for m in re.finditer(pattern, text, re.I)] == [
            "Thursday",
            "thurs",
            "Thu",
            "MON",
        ]


def test_a_shorter_word_is_taken_when_the_longer_one_does_not_fit_what_follows() -> None:
    words = ["sept", "september", "sep"]
    for text in ("sept. 4", "september 4", "sep 4", "septemb 4"):
        pattern = rf"(?:{of_words(words)})\b\.?\s*\d"
        assert spans(pattern, text) == spans(rf"(?:{flat(words)})\b\.?\s*\d", text)


def test_words_that_match_each_other_with_the_case_ignored_stay_a_flat_list() -> None:
    # Turkish "salı" and a made-up "sali-x": "ı" and "i" are one letter to the regex engine.
    words = ["salı", "salix"]
    assert of_words(words) == flat(words)


@pytest.mark.parametrize(
    "words",
    [
        date_words.WEEKDAYS,
        date_words.PROSE_WEEKDAYS,
        date_words.MONTHS,
        date_words.NUMBERS,
        date_counts.NUMBER_WORDS,
    ],
    ids=["weekdays", "prose weekdays", "months", "numbers", "counts abroad"],
)
def test_the_date_words_match_as_the_plain_alternation_does(words: dict[str, int]) -> None:
    listed = list(words)
    rng = random.Random(7)
    pieces = [*listed, *(w.upper() for w in listed), *(w[:-1] for w in listed), "x", "4", ". "]
    texts = [" ".join(rng.choice(pieces) for _ in range(30)) for _ in range(30)]
    for text in texts:
        assert spans(rf"(?:{of_words(listed)})\b", text) == spans(rf"(?:{flat(listed)})\b", text)


# --------------------------------------------------------------------------- phrases


def test_branches_are_split_outside_groups_and_classes() -> None:
    assert split_branches(r"a(?:b|c)|[|x]d|\|e") == ["a(?:b|c)", "[|x]d", r"\|e"]
    assert split_branches(r"[]|]a|b") == ["[]|]a", "b"]


@pytest.mark.parametrize(
    ("branch", "letters"),
    [
        (r"unfortunately", {"u"}),
        (r"\bwe\s+regret", {"w"}),
        (r"(?:your\s+)?application", {"y", "a"}),
        (r"(?<!not\s)(?:happy|pleased)\s+to", {"h", "p"}),
        (r"(?:an?|the)\s+offer", {"a", "t"}),
        (r"a?b", None),  # may start with "b" too: not read
        (r"\w+n't", None),
        (r"[abc]d", None),
        (r"(?i:x)", None),
        (r"(?:maybe)?", None),  # may match nothing
        (r"\.net", {"."}),
        (r"x+y", {"x"}),
    ],
)
def test_the_letters_a_branch_can_start_with(branch: str, letters: set[str] | None) -> None:
    assert first_letters(branch) == (None if letters is None else frozenset(letters))


def test_the_same_branch_wins_where_several_match_at_one_place() -> None:
    # "\w+ed" may start with anything: it stays in every group, in its place.
    alternation = r"offer(?:ed)?|\w+ed\s+you|off|(?:an\s+)?offer\s+letter"
    texts = ["we offered you the job", "an offer letter", "Offered you", "off we go", "ıi İ"]
    for most in (1, 2, 16):  # letters shared out among that many groups at most
        for text in texts:
            assert spans(by_first_letter(alternation, most=most), text) == spans(alternation, text)


def test_letters_equal_with_the_case_ignored_share_one_group() -> None:
    alternation = r"ıa|ib|İc|x"
    fast = by_first_letter(alternation)
    for text in ["ıa ib İc IA IB ic x", "İA"]:
        assert spans(fast, text) == spans(alternation, text)
        assert spans(fast, text, 0) == spans(alternation, text, 0)


def test_a_verbose_pattern_or_one_that_captures_is_left_as_it_is() -> None:
    assert by_first_letter("a b|c", re.VERBOSE) == "a b|c"
    assert by_first_letter(r"(a)x|b|(?P<c>c)") == r"(a)x|b|(?P<c>c)"
    assert by_first_letter(r"[(]a|b|c") != r"[(]a|b|c"  # (a bracket in a class captures nothing)


def test_the_reply_phrases_match_as_their_plain_alternations_do() -> None:
    mail = sorted(CORPUS_MAIL.glob("*.eml"))[:60]
    texts = [mime.text_of(p.read_bytes()).replace("\u2019", "'") for p in mail]
    assert len(texts) == 60
    made = [p for p in vars(reply_phrases).values() if isinstance(p, reply_phrases.Phrases)]
    assert len(made) > 20
    for phrases in made:
        plain = re.compile(phrases.plain(), phrases._flags)
        grouped = re.compile(phrases.grouped(), phrases._flags)
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_a_long_list_is_grouped_once_it_has_been_searched_often() -> None:
    many = reply_phrases.Phrases("|".join(f"{chr(97 + n % 26)}word{n}" for n in range(30)))
    few = reply_phrases.Phrases("alpha|beta")
    for _ in range(reply_phrases._GROUP_AFTER - 2):
        assert many.search("a hword7 here") and few.search("beta")
    assert many.compiled.pattern == many.plain()
    assert many.compiled.pattern == many.grouped() != many.plain()  # (the last use counted)
    assert few.compiled.pattern == few.plain()
    assert many.search("a dword29 here")[0] == "dword29"


@pytest.mark.parametrize(
    ("module", "source", "compiled", "flags"),
    [
        ("attendance", "_STAYS_AWAY", "STAYS_AWAY", re.IGNORECASE),
        ("verdict", "_JOB_OFFERED_SOURCE", "_JOB_OFFERED", 0),
    ],
)
def test_the_invite_patterns_match_as_their_plain_alternations_do(
    module: str, source: str, compiled: str, flags: int
) -> None:
    import importlib

    read = importlib.import_module(f"agent.core.{module}")
    plain = re.compile(getattr(read, source), flags)
    fast = getattr(read, compiled)
    folder = Path(__file__).parent / "corpus" / "events"
    invites = sorted(folder.glob("*.ics"))[:60]
    texts = [p.read_text(encoding="utf-8", errors="replace")[:20_000] for p in invites]
    texts += [mime.text_of(p.read_bytes()) for p in sorted(CORPUS_MAIL.glob("*.eml"))[:60]]
    assert len(texts) == 120
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
