"""Subcommands of the ``deskmate`` CLI, one module each; each exposes ``register``."""
