#!/usr/bin/env bash
# The main job on the embedded default (SQLite): ingest pages into onrecord.db and show the ledger.
#   bash scripts/demo.sh                      # the demo pages in samples/
#   bash scripts/demo.sh PAGE|DIR|FEED|URL …  # your own pages, feeds, WARCs or URLs
# Creates or refreshes .venv first. ONRECORD_DB picks another database file.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh" all
DB="${ONRECORD_DB:-onrecord.db}"
if [ "$#" -eq 0 ]; then set -- samples; fi
status=0
.venv/bin/onrecord ingest --db "$DB" "$@" || status=$?
echo >&2
echo "== articles in $DB" >&2
.venv/bin/onrecord articles --db "$DB"
echo >&2
echo "== statements" >&2
.venv/bin/onrecord statements --db "$DB"
echo >&2
echo "== commitments" >&2
.venv/bin/onrecord commitments --db "$DB"
echo >&2
echo "== people" >&2
.venv/bin/onrecord people --db "$DB"
exit "$status"
