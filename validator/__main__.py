"""``python -m validator`` runs the provcheck command line."""

import sys

from validator.cli import main

sys.exit(main())
