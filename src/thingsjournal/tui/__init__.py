"""The Textual app: `app.make_app`, its style sheet, the screens, dialogs and widgets, and the terminal handling that keeps every key and every byte safe."""
