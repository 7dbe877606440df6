"""Location of the data files bundled with FocalPoint.

One constant, so that every module finds ``resources/`` the same way and a packager
(PyInstaller, Nuitka) has a single place to adjust if the layout ever changes.
"""

from pathlib import Path

#: ``resources/`` sits at the repository root, next to the ``focalpoint`` package.
RESOURCES_DIR: Path = Path(__file__).resolve().parent.parent / "resources"
