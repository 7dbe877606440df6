"""``python -m focalpoint`` is the same as the ``focalpoint`` command."""

import sys

from focalpoint.cli import main

sys.exit(main())
