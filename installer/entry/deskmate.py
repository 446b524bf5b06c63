"""Frozen entry point of ``deskmate`` (PyInstaller runs this as __main__)."""

import sys

from desktop.cli import main

sys.exit(main())
