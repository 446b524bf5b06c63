"""The composition root: ``launch`` shows the tray and starts the app, ``graph`` builds and
wires every service and window. The only place in ``desktop/`` that imports ``ui/``."""
