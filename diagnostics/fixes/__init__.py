"""Self-fixes: each explains its plan, runs after confirmation, and is recorded."""
