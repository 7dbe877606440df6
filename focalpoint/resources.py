"""Location of the data files bundled with FocalPoint.

One constant, so that every module finds ``resources/`` the same way and a packager
(PyInstaller, Nuitka) has a single place to adjust if the layout ever changes.
"""

import sys
from pathlib import Path


def _resources_dir() -> Path:
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        # A PyInstaller bundle: packaging/pyinstaller/focalpoint.spec copies resources/
        # into the bundle's data directory, which PyInstaller names in sys._MEIPASS.
        return Path(sys._MEIPASS) / "resources"
    # ``resources/`` sits at the repository root, next to the ``focalpoint`` package.
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES_DIR: Path = _resources_dir()


def _docs_dir() -> Path:
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        # focalpoint.spec copies docs/user-guide.md and its screenshots into the bundle.
        return Path(sys._MEIPASS) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


#: The user guide (``user-guide.md``) and the screenshots it shows.
DOCS_DIR: Path = _docs_dir()
USER_GUIDE: Path = DOCS_DIR / "user-guide.md"
