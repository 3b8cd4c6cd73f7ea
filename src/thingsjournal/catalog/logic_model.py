"""The Leadership Logic Model: the headings a reflection keeps notes under, in the model's order.

Their labels and guiding questions are content (frameworks/logic-model.toml); the model's
outcomes, enablers and risks are headings there too, but only prompts carry them, so which
headings a reflection's notes go under is named here, once, for the Thing screen and the export."""

TITLE = "Leadership Logic Model"
HEADINGS = ("need", "bring", "do", "engage", "respond")
