"""Long regex alternations written so that the regex engine can skip most of them.

Python's engine tries an alternation's branches one by one at every place in a
text, and with the case ignored it cannot skip a place by its first letter. The
readers' vocabularies are alternations of hundreds of weekday and month names
and of phrases in thirty languages, so that scan is most of what reading costs.
Both helpers here return a pattern that matches exactly what the plain
alternation matches, with the same branch winning where several could, while
the engine tries only the branches that can start with the letter in front of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_Tree = dict[str, "_Tree"]


def of_words(words: Iterable[str]) -> str:
    """Literal words, the longest that fits first ("thurs" before "thu"), as a tree of
    their shared beginnings: "thu(?:r(?:s(?:day)?)?)?" for "thursday|thurs|thur|thu"."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    tree: _Tree = {}
    for word in ordered:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    if not _exclusive(tree):
        return "|".join(re.escape(w) for w in ordered)  # (order would matter: keep it flat)
    return _written(tree)


def _written(node: _Tree) -> str:
    """What may follow a node, safe to write after other text."""
    branches = [re.escape(char) + _written(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a shorter word ends here: the longer ones are tried first
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
    return body


def _exclusive(node: _Tree) -> bool:
    """Whether no two branches of a node start with letters that match each other when the
    case is ignored (as "ı" and "i" do): only then is the tree's order longest-first."""
    chars = [char for char in node if char]
    for number, char in enumerate(chars):
        if any(_same_letter(char, other) for other in chars[number + 1 :]):
            return False
    return all(_exclusive(node[char]) for char in chars)


def by_first_letter(alternation: str, flags: int = re.IGNORECASE, most: int = 8) -> str:
    """`alternation` (regex branches joined by "|") as one group per first letter of its
    branches: "(?=[ab])(?:...)|(?=[cd])(?:...)|...", with the letters shared out among
    `most` groups at most (more groups scan faster but write the branches that can start
    with anything, or with letters of several groups, more often). Each group keeps the
    branches' order, and a branch that may start with anything (or nothing) is in every
    group and in the group for the other letters, so the same branch wins as before."""
    if flags & re.VERBOSE or "(?P" in alternation or _captures(alternation):
        # (spaces and "#" are no letters, and a group that captures, named or numbered,
        # cannot be written twice: not read)
        return alternation
    branches = split_branches(alternation)
    starts = [first_letters(branch) for branch in branches]
    letters = sorted({c for found in starts if found is not None for c in found})
    if len(letters) < 2:
        return alternation
    ignore_case = bool(flags & re.IGNORECASE)
    classes = _buckets(_classes(letters, ignore_case), starts, most)
    groups = []
    for letters_of_class in classes:
        members = [
            branch
            for branch, found in zip(branches, starts, strict=True)
            if found is None or not found.isdisjoint(letters_of_class)
        ]
        groups.append(f"(?={_class(letters_of_class)})(?:{'|'.join(members)})")
    anything = [branch for branch, found in zip(branches, starts, strict=True) if found is None]
    if anything:
        groups.append(f"(?!{_class(set(letters))})(?:{'|'.join(anything)})")
    return "|".join(groups)


def _buckets(
    classes: list[set[str]], starts: list[frozenset[str] | None], most: int
) -> list[set[str]]:
    """At most `most` groups of letters, of about as many branches each: a branch that can
    start with letters of several groups, or with any, is written once in each."""

    def size(letters: set[str]) -> int:
        return sum(1 for found in starts if found is not None and not found.isdisjoint(letters))

    buckets: list[set[str]] = []
    loads: list[int] = []
    for letters in sorted(classes, key=lambda c: (-size(c), sorted(c))):
        if len(buckets) < most:
            buckets.append(set(letters))
            loads.append(size(letters))
            continue
        lightest = loads.index(min(loads))
        buckets[lightest] |= letters
        loads[lightest] += size(letters)
    return buckets


def _class(letters: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(letters)) + "]"


def _classes(letters: list[str], ignore_case: bool) -> list[set[str]]:
    """The letters grouped so that no text letter can pass two groups' lookaheads."""
    found: list[set[str]] = []
    for letter in letters:
        joined = [c for c in found if any(_same_letter(letter, o, ignore_case) for o in c)]
        merged = {letter}.union(*joined)
        found = [c for c in found if c not in joined] + [merged]
    return found


@lru_cache(maxsize=4096)  # (the same few pairs of letters come back at every node of a tree)
def _same_letter(one: str, other: str, ignore_case: bool = True) -> bool:
    if one == other:
        return True
    if not ignore_case:
        return False
    if one.isascii() and other.isascii():  # (ASCII letters are equal only to their own case)
        return one.lower() == other.lower()
    return (
        one.upper() == other.upper()
        or one.lower() == other.lower()
        or bool(re.fullmatch(re.escape(one), other, re.IGNORECASE))
        or bool(re.fullmatch(re.escape(other), one, re.IGNORECASE))
    )


# --------------------------------------------------------------------------- reading a pattern


def _captures(pattern: str) -> bool:
    """Whether the pattern has a group that captures: "(" outside classes, without "?"."""
    return any(c == "(" and pattern[i + 1 : i + 2] != "?" for i, c in _syntax(pattern))


def split_branches(pattern: str) -> list[str]:
    """The top-level branches of a pattern: split at each "|" outside groups and classes."""
    found, depth, start = [], 0, 0
    for i, char in _syntax(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    found.append(pattern[start:])
    return found


def _group_end(pattern: str, at: int) -> int:
    """Where the group opened at `at` closes; -1 if it does not."""
    depth = 0
    for i, char in _syntax(pattern, at):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The pattern's characters from `start` with their places, but for escaped ones and
    character classes: what is left are its groups, branches and letters."""
    i = start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
        elif char == "[":
            i = _class_end(pattern, i) + 1
        else:
            yield i, char
            i += 1


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opened at `at` closes."""
    i = at + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":  # a "]" first is a letter of the class
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


_MAYBE_NONE = ("?", "*", "{")


def first_letters(branch: str) -> frozenset[str] | None:
    """The letters a match of `branch` can start with, as written (the case is the
    caller's to ignore); None when it may start with anything, or match nothing at all.
    Whatever this cannot read is None, which is always safe."""
    if not branch:
        return None
    if branch.startswith("\\b"):  # a word boundary takes no letter
        return first_letters(branch[2:])
    char, after = branch[0], branch[1:2]
    if char == "(":
        end = _group_end(branch, 0)
        if end < 0:
            return None
        if branch.startswith(("(?<=", "(?<!", "(?=", "(?!")):  # lookarounds take no letter
            return first_letters(branch[end + 1 :])
        if branch.startswith("(?:"):
            inner = branch[3:end]
        elif branch.startswith("(?"):  # flags, names: not read
            return None
        else:
            inner = branch[1:end]
        found: set[str] = set()
        for part in split_branches(inner):
            letters = first_letters(part)
            if letters is None:
                return None
            found |= letters
        quantifier = branch[end + 1 : end + 2]
        if quantifier == "{":
            return None
        if quantifier in ("?", "*"):  # the group may be left out: what follows may start
            rest = branch[end + 2 :]
            rest = rest[1:] if rest[:1] in ("?", "+") else rest
            following = first_letters(rest)
            return None if following is None else frozenset(found | following)
        return frozenset(found)
    if char == "\\":
        if not after or after.isalnum():  # classes, \u escapes, references: not read
            return None
        return None if branch[2:3] in _MAYBE_NONE else frozenset(after)
    if char in ".^$[?*+{)|":
        return None
    return None if after and after in _MAYBE_NONE else frozenset(char)
