#!/usr/bin/env bash
# The whole test suite: creates or refreshes .venv with every extra the tests need (spaCy and its
# English model, pyarrow, pytest, hypothesis, ruff), lints, then runs pytest (slow tests included).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -m "not slow"`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh" all,test
.venv/bin/ruff check src tests benchmarks
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing, since a test run that tests nothing proves nothing" >&2
  exit 1
fi
exit "$rc"
