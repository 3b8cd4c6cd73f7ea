"""The whole journal as one dated zip that unzips into a working journal folder.

Entries, the trash and editor drafts are kept; the index, the caches of entries and of privacy
findings and the lock are the app's scratch and are left out (they are rebuilt from the files),
and so is any symbolic link: a backup holds the journal's own files, never one from elsewhere a
link points to. A manifest (`.thingsjournal/backup.json`) marks the zip as a backup, so a later
backup may replace it; any other file is replaced only when asked (`--force`). The zip is
written as `outputs` writes.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from thingsjournal import __version__
from thingsjournal.errors import UserError
from thingsjournal.files.outputs import STDOUT, followed, writing
from thingsjournal.journal.entry_cache import ENTRIES_FILE, FINDINGS_FILE
from thingsjournal.journal.index import EARLIER_INDEX, INDEX_FILE
from thingsjournal.journal.store import APP_DIR
from thingsjournal.text.plural import counted

LEFT_OUT = {f"{APP_DIR}/{name}" for name in (INDEX_FILE, EARLIER_INDEX, ENTRIES_FILE, FINDINGS_FILE, "lock")}
MANIFEST = f"{APP_DIR}/backup.json"
_NAME = re.compile(r"^thingsjournal-backup-\d{4}-\d{2}-\d{2}(-\d+)?\.zip$")
_TOP = re.compile(r"^thingsjournal-backup-\d{4}-\d{2}-\d{2}/")


@dataclass
class Backup:
    """Where the backup went, and the linked files it left out."""

    where: str
    links_left_out: list[str] = field(default_factory=list)


def backup_journal(
    journal: Path, target: str | Path | None = None, today: date | None = None, force: bool = False
) -> Backup:
    """Write the zip (to `target`: a file, a folder, `-`, else the current folder)."""
    if not journal.is_dir():
        raise UserError(f"there is no journal at {journal} to back up")
    name = f"thingsjournal-backup-{(today or date.today()).isoformat()}"
    out = Path.cwd() if target is None else target
    if str(out) != STDOUT:
        out = Path(out)
        if out.is_dir():
            out = _unused(out / f"{name}.zip")
        elif followed(out).is_file() and not force and not is_backup(followed(out)):
            raise UserError(
                f"-o {out}: that file is not a thingsjournal backup, so it was left as it is (--force replaces it)"
            )
    files, links = _contents(journal)
    with writing(out, "backup", binary=True) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, f"{name}/{path.relative_to(journal).as_posix()}")
        manifest = {"made_by": "thingsjournal", "version": __version__, "made": datetime.now().astimezone().isoformat()}
        archive.writestr(f"{name}/{MANIFEST}", json.dumps(manifest, indent=2) + "\n")
    return Backup("standard output" if str(out) == STDOUT else str(out), links)


def links_note(links: list[str]) -> str:
    """What to tell the user of the linked files a backup left out."""
    which = "which is" if len(links) == 1 else "which are"
    return f"left out {counted(len(links), 'linked file')}, {which} not the journal's own: {', '.join(links)}"


def is_backup(path: Path) -> bool:
    """A zip with a backup's manifest, or one named and laid out as a backup always has been."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False
    if any(name.endswith(f"/{MANIFEST}") for name in names):
        return True
    return bool(_NAME.match(path.name)) and bool(names) and all(_TOP.match(name) for name in names)


def _contents(journal: Path) -> tuple[list[Path], list[str]]:
    """The journal's own files to keep, and the links left out (by their place in the journal)."""
    files, links = [], []
    for folder, dirs, names in os.walk(journal):  # never into a linked folder
        for name in [*dirs, *names]:
            path = Path(folder, name)
            relative = path.relative_to(journal).as_posix()
            if path.is_symlink():
                links.append(relative)
            elif path.is_file() and relative not in LEFT_OUT and not name.endswith(".tmp"):
                files.append(path)
    return sorted(files), sorted(links)


def _unused(path: Path) -> Path:
    """`path`, or `name-2.zip`, `name-3.zip` ... if it exists: a backup never replaces another."""
    candidate, number = path, 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def backup_folder() -> Path:
    """Where the app puts a backup or an export made without a path: the user's Documents folder
    where there is one, else their home folder (never the journal's own folder)."""
    return documents_folder() or Path.home()


def documents_folder() -> Path | None:
    """The user's Documents folder, or None where there is none (a new WSL or server account)."""
    import platformdirs

    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else None
