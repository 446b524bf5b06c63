"""Subcommands of ``deskmate-admin``, one module each; each exposes ``register``."""
