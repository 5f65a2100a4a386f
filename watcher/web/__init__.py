"""The board: a local page showing every interview by stage, with the user's actions (``watcher board``)."""
