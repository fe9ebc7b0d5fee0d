# Sourced by scripts/demo.sh and scripts/test.sh: create or refresh .venv in the repo root and
# install onrecord into it with the given extras. Quiet unless something fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1; then PY="$cand"; break; fi
  done
fi
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "onrecord needs Python 3.11 or newer; $PY is $("$PY" --version 2>&1). Set PYTHON=/path/to/python3.11." >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv with $("$PY" --version 2>&1)" >&2
  "$PY" -m venv .venv
fi
EXTRAS="${1:-all}"
LOG="$ROOT/.venv/install.log"
echo "installing onrecord[$EXTRAS] into .venv (log: .venv/install.log)" >&2
if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e ".[$EXTRAS]"; } >"$LOG" 2>&1; then
  grep -v '^WARNING: Location' "$LOG" | tail -n 30 >&2
  echo "install failed: see .venv/install.log" >&2
  exit 1
fi
