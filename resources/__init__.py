"""Bundled data: icons, demo catalogue and trust root, translations, JSON schemas."""
