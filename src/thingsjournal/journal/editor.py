"""Writing a field in the user's own editor ($VISUAL, else $EDITOR, else nano or vi).

The text goes into a private draft file inside the journal (else where emergency copies go); if
the editor fails, the draft stays where it is and its path is given, so nothing typed is lost. The TUI runs the same function
while the app is suspended.
"""

from __future__ import annotations

import os
import secrets
import shlex
import shutil
import subprocess
from typing import TYPE_CHECKING

from thingsjournal.errors import UserError
from thingsjournal.files.safe import atomic_write, make_private_dir
from thingsjournal.journal.entries import normalise_text

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

FALLBACKS = ("nano", "vi")


class EditorFailed(UserError):
    """The editor could not run or failed; `draft` holds the text."""

    def __init__(self, message: str, draft: Path) -> None:
        super().__init__(f"{message}; your text is kept in {draft}")
        self.draft = draft


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """The editor to run, as a command line; a UserError if there is none."""
    environ = os.environ if environ is None else environ
    for variable in ("VISUAL", "EDITOR"):
        value = environ.get(variable, "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError as error:
                raise UserError(f"${variable} ({value!r}) cannot be read as a command: {error}") from error
    for name in FALLBACKS:
        if shutil.which(name):
            return [name]
    raise UserError("no editor found: set $EDITOR, for example EDITOR=nano")


def write_draft(drafts: Path, label: str, text: str) -> Path:
    """Put `text` in a new private draft file named after what it holds: in `drafts` (the
    journal's), else where emergency copies go (a read-only journal, a full disk); a UserError
    naming each place tried if none will take it."""
    from thingsjournal.paths import emergency_folders

    tried = []
    for folder in [drafts, *(place / "drafts" for place in emergency_folders())]:
        draft = folder / f"{label}-{secrets.token_hex(3)}.md"
        try:
            make_private_dir(folder)
            atomic_write(draft, (text + "\n" if text else "").encode("utf-8"))
        except OSError as error:
            tried.append(f"{folder} ({error.strerror or error})")
            continue
        return draft
    raise UserError(f"nowhere to keep a draft for the editor: {'; '.join(tried)}; nothing was changed")


def run_editor(draft: Path, command: list[str]) -> str:
    """Open `draft` in the editor and return what it holds afterwards, normalised."""
    try:
        result = subprocess.run([*command, str(draft)])
    except OSError as error:
        raise EditorFailed(
            f"the editor '{command[0]}' could not be started ({error.strerror or error})", draft
        ) from error
    if result.returncode != 0:
        raise EditorFailed(f"the editor '{command[0]}' failed (exit code {result.returncode})", draft)
    try:
        return normalise_text(draft.read_text(encoding="utf-8-sig"))  # Notepad starts a file with a BOM
    except FileNotFoundError:
        raise UserError(
            f"the editor '{command[0]}' removed the file it was given instead of saving it: nothing was changed"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise EditorFailed(f"the edited text could not be read ({error})", draft) from error
