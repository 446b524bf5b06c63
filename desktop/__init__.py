"""Deskmate desktop application: composition root, settings, services and platform shell."""

__version__ = "0.1.0"
APP_NAME = "Deskmate"
APP_ID = "deskmate"
BUNDLE_ID = "org.deskmate.Deskmate"
