"""Fake executables for the OS boundary (package managers, openers) and helpers to use them."""
