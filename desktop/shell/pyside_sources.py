"""PySide6's import check, without the source text it keeps all day.

Once shiboken6 is loaded, every Python module imported after it is checked for whether it uses
PySide6 (the ``__feature__`` switches, snake_case and true_property, apply only there): the
check reads the module's whole source through ``inspect.getsource``, and ``linecache`` keeps
that text for the life of the process. In the tray that is the source of some 300 modules,
about 7 MiB of resident memory that nothing reads again.

:func:`read_sources_without_keeping` gives the check the same answer (does the source name
PySide6?) from the file itself, without caching it. A PySide6 without the check is left alone.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)
_CHECK = "_mod_uses_pyside"  # shibokensupport.feature's check, PySide6 6.x


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file names PySide6; False without a source file (as the
    original says for an extension module or a frozen one)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def read_sources_without_keeping() -> bool:
    """Replace the check in the loaded PySide6; whether there was one to replace."""
    import PySide6  # noqa: F401  # loads shiboken6, which installs the check

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        log.info("PySide6 has no import check to replace")
        return False
    setattr(feature, _CHECK, uses_pyside)
    return True
