"""The app's own theme: high contrast, for low vision and bright rooms. Textual's built-in themes
are offered too; every state also has a word or a symbol, so no theme carries meaning alone."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#333333",
    success="#00FF00",
    warning="#FFAA00",
    error="#FF5555",
    dark=True,
    variables={
        "text-muted": "#FFFFFF",
        "text-disabled": "#BBBBBB",  # placeholders: still over 9:1 on black
        "border": "#FFFFFF",
        "border-blurred": "#BBBBBB",
        "footer-key-foreground": "#FFFF00",
        "block-cursor-background": "#FFFF00",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
        "input-selection-background": "#FFFF00 50%",
        "scrollbar": "#FFFFFF",
    },
)
