"""When something goes wrong that is not the user's doing: a one-line message for them, and the
traceback kept in a private log file for a bug report."""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from typing import TYPE_CHECKING

from thingsjournal import __version__

if TYPE_CHECKING:
    from pathlib import Path


def crash_report(error: BaseException) -> str:
    """Log `error` and return the line to show: what happened and where the details are."""
    log = _log(error)
    where = f"; details in {log}" if log else ""
    return f"internal error: {error.__class__.__name__}: {error}{where}"


def _log(error: BaseException) -> Path | None:
    try:
        from thingsjournal.files.safe import PRIVATE_FILE, make_private_dir
        from thingsjournal.paths import locate

        folder = locate().logs
        make_private_dir(folder)  # and its parents: mkdir's own mode would leave them to the umask
        log = folder / "crash.log"
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, PRIVATE_FILE)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')} thingsjournal {__version__}\n")
            handle.write("".join(traceback.format_exception(error)))
        return log
    except OSError:
        return None
