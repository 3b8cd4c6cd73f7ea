"""`python -m thingsjournal`: the same as the `thingsjournal` command."""

from thingsjournal.cli.main import main

raise SystemExit(main())
