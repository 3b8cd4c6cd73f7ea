"""The journal: entry models, the store and its recovery, the listing and caches, search and filters, backups, emergency copies."""
