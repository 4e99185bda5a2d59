"""pytest settings for the pages and scripts under docs/ (their doctests run with the suite)."""

from __future__ import annotations

# The griffe extension has no doctests and needs the docs extra (griffe); the README's test command
# installs only the test extra. tests/test_docs_build.py tests it, when griffe is installed.
collect_ignore = ["hooks/griffe_lkjcalc.py"]
