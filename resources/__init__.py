"""Bundled data: the first tray icon, demo catalogue and trust root, translations, JSON schemas."""
