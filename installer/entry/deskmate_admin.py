"""Frozen entry point of ``deskmate-admin`` (PyInstaller runs this as __main__)."""

import sys

from desktop.admin_cli import main

sys.exit(main())
