#!/usr/bin/env python
"""Django's command-line utility for factcheck."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    from django.core.management import execute_from_command_line

    from factcheck.embedded import EmbeddedUnavailable

    try:
        execute_from_command_line(sys.argv)
    except EmbeddedUnavailable as exc:
        # One clear line instead of a traceback: what is missing and what to do instead.
        sys.exit(f"factcheck: {exc}")


if __name__ == "__main__":
    main()
