"""Entry script of the PyInstaller bundle: the same as the ``focalpoint`` command.

A separate script rather than ``focalpoint/__main__.py``: PyInstaller puts the entry
script's directory on the module search path, and from inside the package that would make
``focalpoint/*.py`` importable as top-level modules (``domain``, ``storage``, ...).
"""

import sys

from focalpoint.cli import main

if __name__ == "__main__":
    sys.exit(main())
