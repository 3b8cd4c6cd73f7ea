"""Every path the app touches comes from the journal folder and the entry's own file name: an
index edited to point elsewhere only slows the app down, it never moves a file outside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_helpers import reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.files.json_cache import read_cache, write_cache
from thingsjournal.journal.index import INDEX_FORMAT
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from pathlib import Path


def test_delete_moves_the_entrys_own_file_whatever_the_index_says(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(statement="Mine."))
    JournalStore(journal).listing()  # writes the index
    index = journal / ".thingsjournal" / "index.json"
    known = read_cache(index, INDEX_FORMAT)
    [name] = known
    outside = tmp_path / "outside.toml"
    outside.write_text("not the journal's\n", encoding="utf-8")
    known["../outside.toml"] = known.pop(name)  # a row under another file's name: it names no path
    write_cache(index, INDEX_FORMAT, known)
    assert main(["--journal", str(journal), "delete", "--entry", entry.id]) == 0
    assert outside.read_text(encoding="utf-8") == "not the journal's\n"
    assert not (journal / name).exists() and (journal / ".trash" / name).exists()
    assert not (journal / ".trash" / "outside.toml").exists()
