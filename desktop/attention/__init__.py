"""The attention gate: when Deskmate may interrupt the person, and why it waits."""
