"""Where `export -o`, `backup -o` and the export screen write: a device or FIFO is written
through, a link is followed and stays a link, a file that is not a backup is not replaced by one
unless asked, `-o -` is standard output, and the temporary file cannot be one someone planted."""

from __future__ import annotations

import os
import stat
import threading
import zipfile
from datetime import date
from typing import TYPE_CHECKING

import pytest
from journal_helpers import reflection, saved

from thingsjournal.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    saved(folder, reflection(statement="Our garden project grew from the children's questions."))
    return folder


def _read_fifo(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as handle:
            into.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


@pytest.mark.parametrize("command", [["export", "1"], ["backup"]])
def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path: Path, journal: Path, command: list[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    assert (
        main(["--journal", str(journal), *command, "-o", str(fifo), *(["--force"] if command == ["backup"] else [])])
        == 0
    )
    reader.join(10)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and (b"garden project" in got[0] or got[0].startswith(b"PK"))


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_written_through_never_replaced(tmp_path: Path, journal: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    assert main(["--journal", str(journal), "export", "1", "-o", str(device)]) == 0
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path, journal: Path) -> None:
    target = tmp_path / "shared" / "statement.md"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "statement.md"
    link.symlink_to(target)
    assert main(["--journal", str(journal), "export", "1", "-o", str(link)]) == 0
    assert link.is_symlink() and "garden project" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_backup_never_replaces_a_file_that_is_not_one_unless_forced(
    tmp_path: Path, journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    assert main(["--journal", str(journal), "backup", "-o", str(notes)]) == 2
    assert "not a thingsjournal backup, so it was left as it is (--force replaces it)" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "my notes"
    assert main(["--journal", str(journal), "backup", "-o", str(notes), "--force"]) == 0
    assert zipfile.is_zipfile(notes)
    assert main(["--journal", str(journal), "backup", "-o", str(notes)]) == 0  # a backup: it may be replaced


def test_a_backup_holds_a_manifest_and_an_old_backup_counts_as_one(tmp_path: Path, journal: Path) -> None:
    from thingsjournal.journal.backup import MANIFEST, is_backup

    out = tmp_path / "b.zip"
    assert main(["--journal", str(journal), "backup", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert any(name.endswith(f"/{MANIFEST}") for name in archive.namelist())
    old = tmp_path / f"thingsjournal-backup-{date.today().isoformat()}.zip"
    with zipfile.ZipFile(old, "w") as archive:  # as earlier versions wrote them: no manifest
        archive.writestr(f"thingsjournal-backup-{date.today().isoformat()}/2026-11-24-thing-01-k3f9x2ab.toml", "x")
    assert is_backup(old)
    assert main(["--journal", str(journal), "backup", "-o", str(old)]) == 0


def test_dash_is_standard_output_and_a_zip_never_goes_to_a_terminal(
    tmp_path: Path, journal: Path, capfdbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--journal", str(journal), "export", "1", "-o", "-"]) == 0
    assert b"garden project" in capfdbinary.readouterr().out
    assert main(["--journal", str(journal), "backup", "-o", "-"]) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"PK") and not (tmp_path / "-").exists()
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["--journal", str(journal), "backup", "-o", "-"]) == 2
    assert b"would print the backup on your terminal" in capfdbinary.readouterr().err


def test_a_planted_temporary_file_or_link_is_never_used(tmp_path: Path, journal: Path, monkeypatch) -> None:
    """In a shared folder someone else can make `.NAME.tmp` first: open to all, or a link to a
    file of the user's. The backup is made in a new file of its own, readable by the user alone."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o1777)
    name = f"thingsjournal-backup-{date.today().isoformat()}.zip"
    planted = shared / f".{name}.tmp"
    planted.write_bytes(b"planted")
    planted.chmod(0o666)
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", encoding="utf-8")
    (shared / f".{name}-2.zip.tmp").symlink_to(precious)
    monkeypatch.chdir(shared)
    assert main(["--journal", str(journal), "backup"]) == 0
    assert main(["--journal", str(journal), "backup"]) == 0
    for made in (shared / name, shared / name.replace(".zip", "-2.zip")):
        assert zipfile.is_zipfile(made) and stat.S_IMODE(made.stat().st_mode) == 0o600
    assert planted.read_bytes() == b"planted" and precious.read_text(encoding="utf-8") == "keep me"


def test_a_backup_leaves_out_linked_files_and_says_so(
    tmp_path: Path, journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "elsewhere.toml"
    secret.write_text("secret = 1\n", encoding="utf-8")
    (journal / "linked.toml").symlink_to(secret)
    out = tmp_path / "b.zip"
    assert main(["--journal", str(journal), "backup", "-o", str(out)]) == 0
    assert "left out 1 linked file, which is not the journal's own: linked.toml" in capsys.readouterr().err
    with zipfile.ZipFile(out) as archive:
        assert not any(name.endswith("linked.toml") for name in archive.namelist())
        assert all(b"secret" not in archive.read(name) for name in archive.namelist())
