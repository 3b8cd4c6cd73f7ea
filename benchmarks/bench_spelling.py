"""The spelling check (issue 24), against one key to frame in the editor, timed in the same run.

- A 400-word statement checked warm, privacy and spelling together, as on each autosave pause:
  one line is changed before each check, so that line alone is looked up again.
- Key to frame while the dictionary loads: a new app process opens a Thing (which starts loading
  the dictionary on a worker, then checks every word of its 100,000-word statement) and keys are
  typed into the statement at once, against the same keys in a bare TextArea with the same text.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import bench_tui
from corpus import text_of_words
from harness import HERE, Result, isolated_env, our_command
from terminal import Terminal

LOADING_KEYS = 12  # typed while the dictionary loads (it takes most of a second)


def run(runs: int) -> list[Result]:
    env = isolated_env()
    home = Path(env["HOME"])
    typing = bench_tui._typing(env, home, runs)
    warm = _warm_check(runs)
    ours, bare = _typing_while_loading(env, home, runs)
    return [
        Result(
            "privacy and spelling, a 400-word statement (warm), one line changed",
            "in process, as on each autosave pause; baseline from the same run",
            warm,
            typing.ours_ms,
            "one key to frame in the editor (100,000-word statement)",
            0.5,
        ),
        Result(
            "key to frame while the dictionary loads",
            f"pty, the first {LOADING_KEYS} keys typed in a Thing's 100,000-word statement as it opens, "
            "median over new processes (the typing target's text and baseline)",
            ours,
            bare,
            "a bare TextArea with the same text",
            1.1,
        ),
    ]


def _warm_check(runs: int) -> float:
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
    for run in range(max(runs, 9) * 5):
        lines[run % len(lines)] += f" practice{run}"  # a changed line, never seen before
        text = "\n".join(lines)
        if run == 0:
            check_text(text, known, name_spans(privacy_check(text, vocabulary)).get(None, []))  # the other lines
            continue
        start = time.perf_counter()
        check_text(text, known, name_spans(privacy_check(text, vocabulary)).get(None, []))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _typing_while_loading(env: dict[str, str], home: Path, runs: int) -> tuple[float, float]:
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    text = text_of_words(100_000)  # as the typing target's: its first check looks up every word too
    journal = home / "loading"
    JournalStore(journal).save(Reflection(programme="sssc-23-things-elc", thing=1, statement=text))
    source = home / "loading.txt"
    source.write_text(text, encoding="utf-8")
    ours_times: list[float] = []
    bare_times: list[float] = []
    typed = "é".encode()
    for _ in range(max(3, runs // 2)):
        ours = Terminal([str(our_command()), "--journal", str(journal), "open", "1"], env)
        bare = Terminal([sys.executable, str(HERE / "bare_textarea.py"), str(source)], env)
        try:
            bare.wait_for(text[:20].encode())
            bare.drain(1.0)
            ours.wait_for(b"Why is everyday")  # the workspace is drawn: the dictionary starts loading
            ours.key_to_frame(b"\x1b[6;5~", b"words")  # ctrl+pagedown: the Statement tab, in its editor
            for _ in range(LOADING_KEYS):
                ours_times.append(ours.key_to_frame(typed, typed))
                bare_times.append(bare.key_to_frame(typed, typed))
        finally:
            ours.close()
            bare.close()
    return statistics.median(ours_times), statistics.median(bare_times)
