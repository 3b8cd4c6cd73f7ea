"""Moving between the tabs of a screen, and the focus with them.

Ctrl+PageDown and Ctrl+PageUp are the app's priority keys, so they switch tabs whatever has the
focus. The focus moves into the tab at once, before the next key is let in (see `key_order`): to
its first field in reading order, scrolled into view, else to its scrolling area, so no key is
typed into a tab that is no longer shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.containers import HorizontalScroll, VerticalScroll
from textual.widgets import Collapsible, ContentSwitcher, TabbedContent, TabPane
from textual.widgets import Tabs as TabRow

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget


class Tabs(TabbedContent):
    """TabbedContent whose tab follows the focus only while the focus is still there.

    When a field in a tab gets the focus, TabbedContent shows that tab, but it hears of it a few
    messages later: after three quick Ctrl+PageDowns, the focus given to the second tab's field
    on the way would pull the user back to it. A late notice is ignored here."""

    def on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        focused = self.screen.focused
        if focused is None or event.tab_pane not in focused.ancestors_with_self:
            event.prevent_default()  # TabbedContent's own handler would show the tab
            event.stop()


def focus_first_field(pane: Widget) -> None:
    """Focus the first field of `pane` in the order Tab visits them (the date at the top of
    Details, not the feedback box at its foot), scrolled into view; with none, its scrolling
    area, else the row of tabs above it (the focus must never stay behind in a hidden tab)."""
    inside = [widget for widget in pane.screen.focus_chain if pane in widget.ancestors]
    fields = [widget for widget in inside if not _only_moves_or_folds(widget)]
    target = next(iter(fields or inside), None)  # a scrolling area only where there is no field
    if target is None:
        tabs = next((node for node in pane.ancestors if isinstance(node, TabbedContent)), None)
        target = tabs.query_one(TabRow) if tabs is not None else None
    if target is not None:
        target.focus(scroll_visible=True)


def focus_opening(screen: Screen[Any], tab: str, first: Widget) -> None:
    """The focus a screen opens with: its first field, or, opened at another `tab` (opened again
    at the tab it showed), that tab's first field once laid out (the fields of a tab not yet
    shown are not in the focus chain before)."""
    if not tab:
        first.focus()
        return
    pane = screen.query_one(TabbedContent).get_pane(tab)
    screen.call_after_refresh(focus_first_field, pane)


def _only_moves_or_folds(widget: Widget) -> bool:
    """A scrolling area, or the title that folds a Collapsible: not a place to type."""
    return isinstance(widget, VerticalScroll | HorizontalScroll) or isinstance(widget.parent, Collapsible)


def tab_shown(event: TabbedContent.TabActivated) -> None:
    """A tab was shown (by a click, or by Ctrl+PageDown, which has moved the focus already):
    bring the focus into it, unless it is there or the tab has been left since (a late message
    must not pull the user back to a tab they have moved on from)."""
    pane = event.pane
    focused = pane.screen.focused
    if event.tabbed_content.active_pane is pane and (focused is None or pane not in focused.ancestors_with_self):
        focus_first_field(pane)


def step_tab(screen: Screen[object], step: int) -> None:
    """Show the next (1) or previous (-1) tab of the screen's tabs, if it has any, with the
    focus in it."""
    tabs = next(iter(screen.query(TabbedContent)), None)
    if tabs is None:
        return
    panes = [
        pane.id for pane in tabs.get_child_by_type(ContentSwitcher).children if isinstance(pane, TabPane) and pane.id
    ]
    if tabs.active in panes:
        tabs.active = panes[(panes.index(tabs.active) + step) % len(panes)]
        focus_first_field(tabs.get_pane(tabs.active))
