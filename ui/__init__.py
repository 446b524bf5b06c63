"""Deskmate's Qt presentation layer: tray, windows, pages and item models."""
