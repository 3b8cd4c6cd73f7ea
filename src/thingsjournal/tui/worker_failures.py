"""A worker that fails is a bug, but not one worth the user's writing: they are told in one line,
the screen that started it stays usable, and the traceback goes to the crash log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.worker import NoActiveWorker, get_current_worker

from thingsjournal.crashlog import crash_report

if TYPE_CHECKING:
    from textual.app import App
    from textual.worker import WorkerFailed


def report_failed_worker(app: App[Any], failure: WorkerFailed) -> None:
    """Log `failure` and say what failed (the worker's description), where the details are, and
    that the user's text is safe. Called on the app's thread, in the failed worker's context."""
    try:
        what = get_current_worker().description or "A background task"
    except NoActiveWorker:
        what = "A background task"
    app.notify(
        f"{what} failed ({crash_report(failure.error)}). Your writing is safe.",
        title="Something went wrong",
        severity="error",
        markup=False,
        timeout=30,
    )
