"""Pure text rules: word counts, dates, Markdown escaping, reflow, control characters (stdlib only)."""
