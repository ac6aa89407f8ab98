"""Fair Concierge: the one command line. `python bot.py --help` lists the commands."""

from __future__ import annotations

import sys

from bot.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
