#!/usr/bin/env bash
# Regenerates src/*/PublicAPI.Unshipped.txt from the code, for Microsoft.CodeAnalysis.PublicApiAnalyzers.
#
# Run it after a merge or after adding public API: the analyzers fail the build (RS0016 for public API missing from
# the files, RS0017 for entries whose API is gone) until the files match the code. The script
#   1. drops from the Unshipped files every entry the analyzer reports as gone (RS0017; its code fix removes them),
#   2. adds every public symbol missing from both files (RS0016; its code fix appends it to PublicAPI.Unshipped.txt),
#   3. builds the packages to prove the files now match.
# PublicAPI.Shipped.txt is never touched: move lines there by hand when a version is released.
# Review the diff of the Unshipped files before committing: each new line is a promise to package users.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

projects=(src/ThiDua.Rules.Abstractions src/ThiDua.Rules src/ThiDua.Rules.Testing)
for project in "${projects[@]}"; do
  csproj="$project/$(basename "$project").csproj"
  echo "== $csproj"
  # RS0016/RS0017 are errors in the build, but 'dotnet format' only fixes diagnostics at or above --severity.
  dotnet format analyzers "$csproj" --diagnostics RS0017 RS0016 --severity info --verbosity quiet
  # The code fixes append; keep the files sorted (after the '#nullable enable' header) so merges stay line-wise.
  file="$project/PublicAPI.Unshipped.txt"
  { head -n 1 "$file"; tail -n +2 "$file" | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
done

echo "== check: the packages build against the regenerated files"
for project in "${projects[@]}"; do
  dotnet build "$project" --nologo --verbosity quiet
done
git --no-pager diff --stat -- 'src/*/PublicAPI.Unshipped.txt' || true
