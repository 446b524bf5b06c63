"""The composition root: ``launch`` shows the tray and starts the app, ``graph`` builds and
wires every service and window. The only place in ``desktop/`` that imports ``ui/``."""

from desktop.shell.pyside_sources import read_sources_without_keeping

# before any module of the app is imported under PySide6's import check
read_sources_without_keeping()
