"""The whole journal as one dated zip that unzips into a working journal folder.

Entries, the trash and editor drafts are kept; the index, the cache of entries and the lock are the
app's scratch and are left out (they are rebuilt from the files).
"""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

from thingsjournal.entry_cache import ENTRIES_FILE
from thingsjournal.errors import UserError
from thingsjournal.journal import APP_DIR
from thingsjournal.safefiles import PRIVATE_FILE

LEFT_OUT = {f"{APP_DIR}/index.json", f"{APP_DIR}/{ENTRIES_FILE}", f"{APP_DIR}/lock"}


def backup_journal(journal: Path, target: Path | None = None, today: date | None = None) -> Path:
    """Write the zip (to `target`, a file or folder, else the current folder) and return its path."""
    if not journal.is_dir():
        raise UserError(f"there is no journal at {journal} to back up")
    name = f"thingsjournal-backup-{(today or date.today()).isoformat()}"
    out = target or Path.cwd()
    if out.is_dir():
        out = _unused(out / f"{name}.zip")
    if not out.parent.is_dir():
        raise UserError(f"-o {out}: the folder {out.parent} does not exist")
    temporary = out.with_name(f".{out.name}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(journal.rglob("*")):
                relative = path.relative_to(journal).as_posix()
                if path.is_file() and relative not in LEFT_OUT and not path.name.endswith(".tmp"):
                    archive.write(path, f"{name}/{relative}")
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(f"could not write the backup {out}: {error.strerror or error}") from error
    return out


def _unused(path: Path) -> Path:
    """`path`, or `name-2.zip`, `name-3.zip` ... if it exists: a backup never replaces another."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def backup_folder() -> Path:
    """Where the app puts a backup made without a path: the user's Documents folder where there
    is one, else their home folder (never the journal's own folder, which it backs up)."""
    import platformdirs

    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()
