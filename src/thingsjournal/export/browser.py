"""Opening a saved page in the user's web browser, to print it or save it as PDF there.

Python's `webbrowser` finds the browser. On WSL or a server there is often none; it then says so
(or raises), and the caller tells the user where the file is instead. Only the local file is
given to the browser, and the page loads nothing else (see `export.PAGE`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def open_page(path: Path) -> bool:
    """Whether a browser took `path`. A browser that starts and then fails cannot be told from
    one that shows the page, so the caller names the file either way."""
    import webbrowser

    try:
        return webbrowser.open(path.absolute().as_uri())
    except (webbrowser.Error, OSError):
        return False
