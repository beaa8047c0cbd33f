"""Entry point: `shopkeeper` starts the GUI; `shopkeeper COMMAND …` runs a batch job."""

from __future__ import annotations

import sys

from shopkeeper.cli import main

if __name__ == "__main__":
    sys.exit(main())
