"""Ready to declare? The CPL year, when its declaration is due, each core learning element with
the entries that evidence it and the learning expected of everyone, as `thingsjournal cpl` says
them (`progress.cpl`). Each line carries ✓ or ✗ and words: never a colour alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from thingsjournal.progress.cpl import coverage, report, verdict, year_of
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.session import Session

VERIFYING = (
    "When you declare on MySSSC, the SSSC may ask you (a sample are asked) how your learning covered "
    "the elements, for someone in your organisation, usually your supervisor or line manager, to verify. "
    "x exports the one-page summary to give them."
)


class DeclarationScreen(Screen[None]):
    DEFAULT_CSS = """
    DeclarationScreen #declaration-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    DeclarationScreen #declaration-verdict { height: auto; padding: 0 1; margin: 1 0; text-style: bold; }
    DeclarationScreen #declaration-body { height: 1fr; padding: 0 1; }
    DeclarationScreen #declaration-verifying { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="declaration.back"),
        Binding(
            "x",
            "export_summary",
            "Export summary",
            id="declaration.export",
            tooltip="The one-page summary for the person who verifies your learning",
        ),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        yield Static("CPL declaration", id="declaration-title")
        yield Static(id="declaration-verdict")
        with VerticalScroll(id="declaration-body"):
            yield Static(id="declaration-report")
            yield Static(Text(VERIFYING), id="declaration-verifying")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one("#declaration-body").focus()
        self.show()

    def on_screen_resume(self) -> None:
        """Tags added on another screen count as soon as the user is back."""
        self.show()

    def show(self) -> None:
        session = self.session
        today = session.current_date()
        found = coverage(session.view, year_of(today, session.registration_date), session.register_part)
        mark = "✓ " if found.ready else "✗ "
        self.query_one("#declaration-verdict", Static).update(Text(mark + verdict(found)))
        lines = report(found, today)
        text = Text()
        for number, line in enumerate(lines):
            heading = bool(line) and not line.startswith((" ", "✓", "✗"))
            text.append(line + ("\n" if number < len(lines) - 1 else ""), style="bold" if heading else "")
        self.query_one("#declaration-report", Static).update(text)

    def action_export_summary(self) -> None:
        from thingsjournal.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.session, what="year-summary"))
