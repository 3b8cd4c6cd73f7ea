"""Full screens: Home, a Thing's workspace, the journal, export, settings, self-assessment and ratings, help and About."""
