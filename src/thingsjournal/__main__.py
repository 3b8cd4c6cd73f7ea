"""`python -m thingsjournal`: the same as the `thingsjournal` command."""

from thingsjournal.cli import main

raise SystemExit(main())
