"""Runs Debian's wapiti 3.0.4 with one fix: its --exclude patterns crash on Python 3.11.

wapiti 3.0.4 compiles each --exclude wildcard as `pattern + r'\\Z(?ms)'`; Python 3.11 refuses
global flags that are not at the start of a pattern (re.error), so any --exclude aborts the scan.
This wrapper puts the flags first and then runs wapiti's own entry point, arguments unchanged.
"""
import re
import sys

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402  (after the fix above)

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
