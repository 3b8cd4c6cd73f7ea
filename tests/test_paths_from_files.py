"""Every path the app touches comes from the journal folder and the entry's own file name: an
index edited to point elsewhere only slows the app down, it never moves a file outside."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_helpers import indexed_store, reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.files.caches import read_marshalled, write_marshalled
from thingsjournal.journal.index import INDEX_KEY, EntrySummary

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("where", ["key", "field"])
def test_delete_moves_the_entrys_own_file_whatever_the_index_says(where: str, tmp_path: Path) -> None:
    """Even an index this computer signed, where a file's row is kept for another file's name
    or its summary names another file, names no path: the entry's own file is what moves."""
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(statement="Mine."))
    store = indexed_store(journal)
    store.listing()  # writes the index
    index = store.app_dir / "index.cache"
    known = read_marshalled(index, INDEX_KEY, store.secret)
    [name] = known["files"]
    [values] = known["summaries"]
    outside = tmp_path / "outside.toml"
    outside.write_text("not the journal's\n", encoding="utf-8")
    if where == "key":  # the file's row kept for another file
        known["files"] = ("../outside.toml",)
    else:  # the summary of the file naming another
        known["summaries"] = (tuple(EntrySummary(*values)._replace(file="../outside.toml")),)
    write_marshalled(index, INDEX_KEY, known, store.secret)
    assert main(["--journal", str(journal), "delete", "--entry", entry.id]) == 0
    assert outside.read_text(encoding="utf-8") == "not the journal's\n"
    assert not (journal / name).exists() and (journal / ".trash" / name).exists()
    assert not (journal / ".trash" / "outside.toml").exists()
