"""The export screen: what to export (an entry, this CPL year as a portfolio or as the verifier's
summary, everything) and how (Markdown, HTML, Word, the plain statement), a preview, saving to a file readable by the user alone, copying the
plain statement where the terminal allows it, and opening the HTML page in a browser to print it
or save it as PDF. The HTML's preview is the page formatted, not its tags.

The export is made by the same functions as `thingsjournal export`, on a worker thread, so a
portfolio of a thousand entries never holds up the keyboard.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, Select, Static, TextArea
from textual.worker import Worker, WorkerState

from thingsjournal.errors import UserError
from thingsjournal.export.render import Period, choose_entries, export_chunks, render, render_page, render_summary
from thingsjournal.files.outputs import followed
from thingsjournal.journal.store import JournalError
from thingsjournal.paths import shown_path
from thingsjournal.progress.cpl import coverage, year_of
from thingsjournal.text.plural import counted
from thingsjournal.tui.clipboard import copy_text
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.journal_app import journal_app
from thingsjournal.tui.widgets.formatted_preview import FormattedPreview
from thingsjournal.tui.widgets.privacy_panel import FindingsList
from thingsjournal.tui.widgets.shown_input import ShownInput
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import ComposeResult

    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.privacy.findings import Finding
    from thingsjournal.progress.cpl import Coverage, DeclarationYear
    from thingsjournal.session import Session
    from thingsjournal.tui.widgets.row_list import RowList

HOW = [
    ("Markdown: a badge application, a blog or ePortfolio post", "markdown"),
    ("HTML: a page to print, or save as PDF, from a browser", "html"),
    ("Word (.docx): for an employer who asks for Word", "docx"),
    ("Plain statement: to paste into a form", "text"),
]
EXTENSIONS = {"markdown": "md", "html": "html", "docx": "docx", "text": "txt"}
FILE_NAMES = {"entries": "entries", "year": "cpl-portfolio", "year-summary": "cpl-summary", "all": "portfolio"}


class ExportScreen(Screen[None]):
    DEFAULT_CSS = """
    ExportScreen #export-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ExportScreen .choice { height: 1; padding: 0 1; margin-top: 1; }
    ExportScreen .choice Static { width: 6; text-style: bold; }
    ExportScreen .choice Select { width: 1fr; }
    ExportScreen #file-row { height: 1; padding: 0 1; margin-top: 1; }
    ExportScreen #file-row Static { width: 6; text-style: bold; }
    ExportScreen #file { width: 1fr; }
    ExportScreen #actions { height: 1; padding: 0 1 0 7; }
    ExportScreen #actions Button { margin-right: 2; }
    ExportScreen #open { display: none; }
    ExportScreen.-html #open { display: block; }
    ExportScreen #export-state { height: auto; max-height: 4; padding: 0 1; color: $text-muted; }
    ExportScreen #preview { height: 1fr; margin: 0 1; }
    ExportScreen #formatted { height: 1fr; margin: 0 1; display: none; }
    ExportScreen.-html #preview { display: none; }
    ExportScreen.-html #formatted { display: block; }
    ExportScreen #findings { height: auto; max-height: 5; margin: 0 1; display: none; }
    ExportScreen #findings.-found { display: block; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="export.back", tooltip="Go back; nothing is written"),
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="export.save",
            tooltip="Write the export to the file named",
            priority=True,
        ),
        Binding("ctrl+t", "copy", "Copy", id="export.copy", tooltip="Copy the plain statement, to paste elsewhere"),
        Binding(
            "ctrl+o",
            "open_in_browser",
            "Open in browser",
            id="export.open",
            tooltip="Save the HTML page to the file named and open it in your browser, to print it or save it as PDF",
        ),
    ]

    def __init__(self, session: Session, entry_ids: tuple[str, ...] = (), what: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.entry_ids = entry_ids
        self.what = what  # the choice to start with, where not the first
        self.text = ""  # what the preview shows
        self.data = b""  # what a file gets
        self.is_page = False  # whether `text` is the HTML page (the choice may have changed since)
        self.count = 0
        self.suggested = ""  # the file name offered; once the user types another, it stays theirs
        self.stale = False  # whether the preview may be out of date when this screen is back

    def compose(self) -> ComposeResult:
        yield Static("Export", id="export-title")
        with Horizontal(classes="choice"):
            yield Static("What")
            choices = self._what_choices()
            start = self.what if self.what in [value for _, value in choices] else choices[0][1]
            yield Select(choices, value=start, allow_blank=False, id="what", compact=True)
        with Horizontal(classes="choice"):
            yield Static("How")
            yield Select([(Text(label), value) for label, value in HOW], allow_blank=False, id="how", compact=True)
        with Horizontal(id="file-row"):
            yield Static("File")
            yield ShownInput(id="file", compact=True, select_on_focus=False)
        with Horizontal(id="actions"):
            yield Button("Save", id="save", compact=True, variant="primary", action="screen.save")
            yield Button("Copy statement", id="copy", compact=True, action="screen.copy")
            yield Button("Open in browser", id="open", compact=True, action="screen.open_in_browser")
        yield Static(id="export-state")
        yield FindingsList(id="findings")
        yield TextArea("", id="preview", read_only=True, soft_wrap=True, show_line_numbers=False)
        yield FormattedPreview(id="formatted")
        yield SteadyFooter(compact=True)

    def _what_choices(self) -> list[tuple[Text, str]]:
        year = self._year().shown()
        choices = []
        if self.entry_ids:
            titles = [
                self.session.view.title_of(self.session.journal.resolve(entry_id, self.session.listing))
                for entry_id in self.entry_ids
            ]
            label = titles[0] if len(titles) == 1 else f"{len(titles)} entries"
            choices.append((Text(f"This entry: {label}" if len(titles) == 1 else label), "entries"))
        choices.append((Text(f"This CPL year, as a portfolio: {year}"), "year"))
        choices.append((Text("This CPL year's one-page summary, for the person who verifies it"), "year-summary"))
        choices.append((Text("Everything in the journal, as a portfolio"), "all"))
        return choices

    def _year(self) -> DeclarationYear:
        return year_of(self.session.current_date(), self.session.registration_date)

    def on_mount(self) -> None:
        self._suggest_file()
        self.refresh_preview()

    # Choices

    def _chosen(self) -> tuple[str, str]:
        return str(self.query_one("#what", Select).value), str(self.query_one("#how", Select).value)

    def _file_name(self) -> str:
        from thingsjournal.journal.backup import backup_folder

        what, how = self._chosen()
        if what == "entries" and len(self.entry_ids) == 1:
            entry = self.session.journal.resolve(self.entry_ids[0], self.session.listing)
            name = f"thing-{entry.thing:02d}" if entry.thing is not None else "learning-record"
        else:
            name = FILE_NAMES[what]
        today = self.session.current_date().isoformat()
        return shown_path(backup_folder() / f"thingsjournal-{name}-{today}.{EXTENSIONS[how]}")

    def _suggest_file(self) -> None:
        """Offer a file name, shown from its end: a long folder hides, the name stays in view."""
        field = self.query_one("#file", Input)
        if field.value == self.suggested:
            self.suggested = field.value = self._file_name()
            field.cursor_position = len(field.value)
            self.call_after_refresh(lambda: field.scroll_to(x=field.max_scroll_x, animate=False))

    @on(Select.Changed)
    def choice_changed(self) -> None:
        self._suggest_file()
        self.refresh_preview()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+O is for the HTML page: it shows in the footer while the page is shown."""
        return action != "open_in_browser" or self.is_page

    # Preview

    def refresh_preview(self) -> None:
        self._show_state("Making the export…")
        what, how = self._chosen()
        self._make(what, how)

    @work(thread=True, exclusive=True, description="Making the export")
    def _make(self, what: str, how: str) -> None:
        from thingsjournal.privacy.remembered import check_entries

        try:
            summaries = self._summaries(what)
            if what == "year-summary":
                shown_as = self._summary_text("markdown")
                text = self._summary_text("html") if how == "html" else shown_as
            elif how == "html":  # previewed as the Markdown it is made from, formatted
                text, shown_as = render_page(
                    self.session.view, summaries, self._period(what), what != "entries", self.session.settings
                )
            else:
                text = shown_as = self._export_text(what, how, summaries)
            data = self._word(what, summaries) if how == "docx" else text.encode("utf-8")
            findings = check_entries(
                self.session.view, self.session.settings, summaries, self.session.people, self.session.machine_secret
            )
        except (UserError, JournalError, OSError) as problem:
            self.app.call_from_thread(self._made, how, "", "", b"", 0, [], str(problem))
            return
        self.app.call_from_thread(self._made, how, text, shown_as, data, len(summaries), findings, None)

    def _word(self, what: str, summaries: list[EntrySummary]) -> bytes:
        """The Word document (previewed as the Markdown it is made from), made here, off the
        keyboard's thread."""
        if what == "year-summary":
            return render_summary(self.session.view, self._coverage(), "docx", self.session.settings)
        return b"".join(
            export_chunks(
                self.session.view, summaries, "docx", self._period(what), what != "entries", self.session.settings
            )
        )

    def _export_text(self, what: str, how: str, summaries: list[EntrySummary]) -> str:
        """The export of `summaries` (any thread); a Word document is previewed, and made on
        saving, from its Markdown."""
        if what == "year-summary":
            return self._summary_text("markdown" if how == "docx" else how)
        return render(
            self.session.view,
            summaries,
            "markdown" if how == "docx" else how,
            self._period(what),
            portfolio=what != "entries",
            settings=self.session.settings,
        )

    def _coverage(self) -> Coverage:
        return coverage(self.session.view, self._year(), self.session.register_part)

    def _summary_text(self, how: str) -> str:
        return render_summary(self.session.view, self._coverage(), how, self.session.settings).decode("utf-8")

    def _period(self, what: str) -> Period:
        year = self._year()
        return Period(year.start, year.last) if what.startswith("year") else Period()

    def _summaries(self, what: str) -> list[EntrySummary]:
        if what == "entries":
            return choose_entries(self.session.view, [], list(self.entry_ids), False, Period())
        if what == "year-summary":
            return [evidence.entry for evidence in self._coverage().entries]
        return choose_entries(self.session.view, [], [], True, self._period(what))

    def _made(
        self,
        how: str,
        text: str,
        shown_as: str,
        data: bytes,
        count: int,
        findings: list[Finding],
        problem: str | None,
    ) -> None:
        """Show what was made: the text itself, or for HTML, the page formatted."""
        html = how == "html" and not problem
        self.text, self.data, self.is_page, self.count = text, data, html, count
        self.set_class(html, "-html")
        self.refresh_bindings()
        self.query_one("#preview", TextArea).load_text("" if html else text)
        self.query_one("#formatted", FormattedPreview).show(shown_as if html else "")
        listed = self.query_one("#findings", FindingsList)
        listed.show(findings)
        listed.set_class(bool(findings), "-found")
        if problem:
            self._show_state(f"✗ {problem}")
        elif findings:
            from thingsjournal.privacy.findings import tally

            self._show_state(
                f"! {tally(findings)}: Enter on one goes to it, f marks it fine, p adds a name to the people you work with."
            )
        else:
            self._show_state(
                f"Preview: {counted(count, 'entry', 'entries')}, {counted(len(shown_as.split()), 'word')}; nothing found that could identify anyone."
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A preview that failed (the app has told the user why) never leaves "Making…" up."""
        if event.state is WorkerState.ERROR:
            self.text, self.data, self.is_page, self.count = "", b"", False, 0
            self.set_class(False, "-html")
            self.refresh_bindings()
            self.query_one("#preview", TextArea).load_text("")
            self.query_one("#formatted", FormattedPreview).show("")
            self._show_state(
                "✗ The export could not be made: this is a bug, and the message above says where its details are."
            )

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        """A finding: open its entry at the words, to change them there."""
        listed = message.row_list
        if isinstance(listed, FindingsList) and listed.findings:
            finding = listed.findings[message.index]
            if finding.entry is None:  # the export checks entries: every finding has one
                return
            journal_app(self.app).open_entry(finding.entry)
            self.app.call_after_refresh(self._go_to, finding)

    def _go_to(self, finding: Finding) -> None:
        """In the entry just opened, the words found (nowhere, if it could not be opened)."""
        from thingsjournal.tui.screens.autosaving import EditingScreen

        screen = self.app.screen
        if isinstance(screen, EditingScreen):
            screen.go_to(finding)

    @on(FindingsList.MarkFine)
    @on(FindingsList.AddPerson)
    def remember_finding(self, message: FindingsList.MarkFine | FindingsList.AddPerson) -> None:
        """`f` or `p` on a finding: keep it, and make the export again, which checks it again."""
        from thingsjournal.tui.screens.remember_finding import remember

        try:
            notice = remember(self.session, message)
        except (OSError, ValueError) as problem:
            self._show_state(f"✗ Could not remember that: {problem}")
            return
        self.notify(notice, markup=False)
        self.refresh_preview()

    def on_screen_suspend(self) -> None:
        """Another screen on top may change an entry or settings; a question asked here (replace
        the file?) changes nothing, and what was saved stays said."""
        self.stale = not isinstance(self.app.screen, ConfirmScreen)

    def on_screen_resume(self) -> None:
        if self.stale:
            self.refresh_preview()

    def _show_state(self, text: str) -> None:
        """A line of news; a long one (a path) wraps, and a path too long for a line folds."""
        self.query_one("#export-state", Static).update(Text(text))

    # Saving and copying

    def action_save(self) -> None:
        self._save_then(lambda _: None)

    def action_open_in_browser(self) -> None:
        """Save the page where the user can find it again, then open it: the browser prints it
        or saves it as PDF."""
        self._save_then(self._open)

    def _save_then(self, then: Callable[[Path], None]) -> None:
        """Save to the file named, asking before replacing one; then `then(the file)`."""
        if not self.data:
            self._show_state("✗ Nothing to save yet.")
            return
        target = Path(self.query_one("#file", Input).value.strip()).expanduser().absolute()

        def write() -> None:
            if self._write(target):
                then(target)

        if followed(target).is_file():
            self.app.push_screen(
                ConfirmScreen(f"{target} exists. Replace it with this export?", "Replace"),
                lambda yes: write() if yes else None,
            )
            return
        write()

    def _write(self, target: Path) -> bool:
        """As `export -o` writes (see `outputs`): a link is followed, a device written through.
        Whether it was saved; the state line says either way, with the whole path."""
        from thingsjournal.files.outputs import writing
        from thingsjournal.journal.backup import documents_folder

        folder = followed(target).parent
        if not folder.is_dir():
            self._show_state(f"✗ The folder {folder} does not exist: choose another file name.")
            return False
        try:
            with writing(target, "export") as handle:
                handle.write(self.data)
        except UserError as problem:
            self._show_state(f"✗ Not saved: {problem}")
            return False
        elsewhere = documents_folder() is None and folder == Path.home()
        note = " (in your home folder: you have no Documents folder)" if elsewhere else ""
        self._show_state(f"✓ Saved to {target}{note}, readable by you alone")
        self.notify(f"Saved to {target}", title="Exported", markup=False)
        return True

    def _open(self, page: Path) -> None:
        """Open the saved page in a browser. One that runs in the terminal (w3m, lynx) gets the
        terminal while the app is suspended; where none opens, the user is told where the file is."""
        from textual.app import SuspendNotSupported

        from thingsjournal.export.browser import open_page

        try:
            with self.app.suspend():
                opened = open_page(page)
        except SuspendNotSupported:  # no terminal to hand over (Textual's tests, the web)
            opened = open_page(page)
        if opened:
            self._show_state(f"✓ Opened {page} in your browser: print it, or save it as PDF, from there.")
            return
        message = (
            f"No browser could be opened; the page is saved at {page}: open it from your file manager "
            "to print or save as PDF."
        )
        self._show_state(f"! {message}")
        self.notify(message, title="Not opened", severity="warning", markup=False, timeout=30)

    def action_copy(self) -> None:
        """Copy with the terminal's clipboard code (OSC 52): many terminals ignore it, so say so."""
        what, _ = self._chosen()
        try:
            statement = self._export_text(what, "text", self._summaries(what))
        except (UserError, JournalError, OSError) as problem:
            self._show_state(f"✗ {problem}")
            return
        copy_text(self.app, statement, "the statement", "choose 'Plain statement' and save it to a file (Ctrl+S)")
