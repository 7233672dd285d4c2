#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and removes declared symbols that no longer exist (RS0017). Review the diff before committing:
# every line is a promise to the package's users.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/IntimacyKit}
unshipped="$project/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project" -p:TreatWarningsAsErrors=false -nologo -clp:NoSummary >"$log" 2>&1 || true
grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u >>"$unshipped" || true
{ grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" || true; } | sort -u |
  while IFS= read -r gone; do grep -vxF -- "$gone" "$unshipped" >"$unshipped.tmp" || true; mv "$unshipped.tmp" "$unshipped"; done
{ echo '#nullable enable'; grep -v '^#nullable enable$' "$unshipped" | sort -u; } >"$unshipped.tmp" && mv "$unshipped.tmp" "$unshipped"
rm -f "$log"
echo "$(grep -vc '^#' "$unshipped") symbols in $unshipped"
