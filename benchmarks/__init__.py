"""Deskmate's performance harness: every figure is measured beside a baseline in the same run."""
