#!/usr/bin/env python3
"""Writes an HTML file as a reader who blocks styles sees it: without style sheets, style
attributes or bgcolor. Standard library only.

Usage: unstyled.py IN.html OUT.html
"""

import re
import sys


def unstyled(html):
    html = re.sub(r"<style[^>]*>.*?</style>", "", html, flags=re.DOTALL | re.IGNORECASE)
    return re.sub(r'\s(?:style|bgcolor)="[^"]*"', "", html, flags=re.IGNORECASE)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    with open(sys.argv[1], encoding="utf-8") as handle:
        html = handle.read()
    with open(sys.argv[2], "w", encoding="utf-8") as handle:
        handle.write(unstyled(html))


if __name__ == "__main__":
    main()
