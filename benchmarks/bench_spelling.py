"""The spelling check (issue 24), against key to frame in an editor, timed in the same run.

- A 400-word statement checked warm, privacy and spelling together, as on each autosave pause
  (issue 28: half of one key to frame in our editor, 0.5x): one line is changed before each
  check, so that line alone is looked up again. The A/A series: a second copy of our editor.
- Key to frame while the dictionary loads (issue 24: 1.1x): a new app process opens a Thing
  (which starts loading the dictionary on a worker, then checks every word of its 100,000-word
  statement) and keys are typed into the statement at once, against the same keys in two bare
  TextAreas with the same text (the second for the A/A noise).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import bench_tui
from corpus import text_of_words
from harness import HERE, isolated_env, our_command
from report import Result
from terminal import Terminal

LOADING_KEYS = 12  # typed while the dictionary loads (it takes most of a second)


def run(runs: int) -> list[Result]:
    env = isolated_env()
    home = Path(env["HOME"])
    typing, typing_again = bench_tui.typing(env, home, runs, ("ours", "ours"))
    warm = _warm_check(runs)
    ours, bare, bare_again = _typing_while_loading(env, home, runs)
    return [
        Result(
            "privacy and spelling, 400 words, warm",
            "one key to frame in our editor",
            warm,
            typing,
            0.5,
            typing_again,
            what="in process, one line changed before each check, as on each autosave pause; the baseline: "
            "a letter typed in our editor's 100,000-word statement, in the same run",
        ),
        Result(
            "key to frame while the dictionary loads",
            "a plain TextArea, the same text",
            ours,
            bare,
            1.1,
            bare_again,
            label="issue 24",
            what=f"pty, the first {LOADING_KEYS} keys typed in a Thing's 100,000-word statement as it opens, "
            "in new processes",
        ),
    ]


def _warm_check(runs: int) -> list[float]:
    from thingsjournal.privacy.check import check_text as privacy_check
    from thingsjournal.privacy.check import vocabulary_for
    from thingsjournal.session import Session
    from thingsjournal.spelling.check import KnownWords, check_text, name_spans
    from thingsjournal.spelling.dictionary import dictionary

    session = Session.open(None)
    vocabulary = vocabulary_for(session.index, {}, [])
    known = KnownWords.of(vocabulary, {}, [])
    dictionary()
    lines = text_of_words(400).split("\n")
    times = []
    for run in range(runs * 5):
        lines[run % len(lines)] += f" practice{run}"  # a changed line, never seen before
        text = "\n".join(lines)
        if run == 0:
            check_text(text, known, name_spans(privacy_check(text, vocabulary)).get(None, []))  # the other lines
            continue
        start = time.perf_counter()
        check_text(text, known, name_spans(privacy_check(text, vocabulary)).get(None, []))
        times.append((time.perf_counter() - start) * 1000)
    return times


def _typing_while_loading(env: dict[str, str], home: Path, runs: int) -> list[list[float]]:
    """Key to frame in our editor and two bare TextAreas, all opened anew for every
    `LOADING_KEYS` keys, taken in turns (forward, then backward); no key is left out as a
    warm-up, the first being what this measures."""
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    text = text_of_words(100_000)  # as the typing target's: its first check looks up every word too
    journal = home / "loading"
    JournalStore(journal).save(Reflection(programme="sssc-23-things-elc", thing=1, statement=text))
    source = home / "loading.txt"
    source.write_text(text, encoding="utf-8")
    samples: list[list[float]] = [[], [], []]
    typed = "é".encode()
    for _ in range(max(3, runs // 2)):
        ours = Terminal([str(our_command()), "--journal", str(journal), "open", "1"], env)
        bare = [Terminal([sys.executable, str(HERE / "bare_textarea.py"), str(source)], env) for _ in range(2)]
        try:
            for terminal in bare:
                terminal.wait_for(text[:20].encode())
                terminal.drain(1.0)
            ours.wait_for(b"Why is everyday")  # the workspace is drawn: the dictionary starts loading
            ours.key_to_frame(b"\x1b[6;5~", b"words")  # ctrl+pagedown: the Statement tab, in its editor
            terminals = [ours, *bare]
            for key in range(LOADING_KEYS):
                for index in range(3) if key % 2 == 0 else reversed(range(3)):
                    samples[index].append(terminals[index].key_to_frame(typed, typed))
        finally:
            for terminal in (ours, *bare):
                terminal.close()
    return samples
