"""Entries and portfolios as Markdown, plain text and HTML, and opening a saved page in the browser."""
