"""A statement written as sections: a line that starts with `## ` is a heading, and the lines
after it, up to the next heading, are its section.

The app writes the Thing's criteria as such headings (`thingsjournal compose`, "Start from my
answers"); a person may type one too. Headings are the programme's words, not the user's, so
they count no words towards the Thing's minimum. A statement with no heading is one section with
no heading, as every statement written before headings were recognised.
"""

from __future__ import annotations

from dataclasses import dataclass

from thingsjournal.text.wordcount import count_words

MARK = "## "


@dataclass(frozen=True)
class Section:
    heading: str | None  # None for the text before the first heading
    body: str  # without the blank lines around it


def heading_of(line: str) -> str | None:
    """The heading a line holds, or None when it is not a heading line."""
    if not line.startswith(MARK):
        return None
    return line[len(MARK) :].strip() or None


def heading_line(heading: str) -> str:
    return MARK + " ".join(heading.split())


def line_words(line: str) -> int:
    """The words a line counts towards the minimum: none for a heading."""
    return 0 if heading_of(line) is not None else count_words(line)


def statement_words(text: str) -> int:
    """The words of a statement, its headings left out."""
    if MARK not in text:
        return count_words(text)
    return sum(line_words(line) for line in text.split("\n"))


def plain_statement(text: str) -> str:
    """The statement for pasting into a form: each heading a line of its own words, without
    the `## ` that marks it."""
    if MARK not in text:
        return text
    return "\n".join(heading if (heading := heading_of(line)) is not None else line for line in text.split("\n"))


def sections(text: str) -> list[Section]:
    """The statement's sections in order; the text before the first heading only if it has any."""
    found: list[Section] = []
    heading: str | None = None
    lines: list[str] = []

    def close() -> None:
        body = "\n".join(lines).strip("\n")
        if heading is not None or body.strip():
            found.append(Section(heading, body))

    for line in text.split("\n"):
        named = heading_of(line)
        if named is None:
            lines.append(line)
            continue
        close()
        heading, lines = named, []
    close()
    return found


def heading_key(heading: str) -> str:
    """What two headings share when they name the same thing (spacing and case aside), so a
    criterion still finds its section when its heading was retyped."""
    return " ".join(heading.split()).casefold()
