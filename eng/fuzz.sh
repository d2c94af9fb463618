#!/usr/bin/env bash
# Fuzzes ThiDua.Rules' dossier reader and the checks of what it reads with AFL++ and SharpFuzz (fuzz/README.md).
# Not part of CI.
#
#   eng/fuzz.sh [MINUTES]          build, instrument, fuzz for MINUTES (default 10), then replay every crash
#   eng/fuzz.sh replay PATH...     run the (already built) harness on inputs outside AFL, printing each stack trace
#   eng/fuzz.sh minimize FILE      shrink one crashing input with afl-tmin (writes FILE.min)
#
# Installs what is missing: AFL++ from the distribution's packages (Debian/Ubuntu apt-get, needs root) and the
# SharpFuzz.CommandLine dotnet tool (from the machine's configured NuGet source).
# Everything it writes goes under fuzz/out/ (ignored by git): bin/ (instrumented build), seeds/, findings/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${FUZZ_OUT:-$root/fuzz/out}"
bin="$out/bin"
harness="$bin/ThiDua.Rules.Fuzz.dll"
sharpfuzz_version="2.3.0"
export PATH="$PATH:$HOME/.dotnet/tools"

# Settings afl-fuzz needs for a .NET target: the binary it starts is `dotnet`, which carries no AFL marker; the
# .NET runtime reserves far more virtual memory than AFL's default limit; and containers rarely let us change
# the core dump pattern or CPU governor.
export AFL_SKIP_BIN_CHECK=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_SKIP_CPUFREQ=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
afl_timeout_ms="${FUZZ_TIMEOUT_MS:-10000}"

ensure_tools() {
  if ! command -v afl-fuzz >/dev/null 2>&1; then
    echo "== installing AFL++ (apt-get install afl++)"
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "afl-fuzz is missing: install AFL++ (Debian/Ubuntu: apt-get install afl++) and rerun" >&2
      exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++
  fi
  if ! command -v sharpfuzz >/dev/null 2>&1; then
    echo "== installing the sharpfuzz tool (SharpFuzz.CommandLine $sharpfuzz_version)"
    dotnet tool install --global SharpFuzz.CommandLine --version "$sharpfuzz_version"
  fi
}

build() {
  echo "== building the harness into $bin"
  rm -rf "$bin"
  dotnet publish "$root/fuzz/ThiDua.Rules.Fuzz/ThiDua.Rules.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
  for dll in ThiDua.Rules.dll ThiDua.Rules.Abstractions.dll; do
    echo "== instrumenting $dll"
    sharpfuzz "$bin/$dll"
  done
}

seeds() {
  # The seed corpus is the repository's own sample dossiers, copied at run time rather than kept twice.
  rm -rf "$out/seeds"
  mkdir -p "$out/seeds"
  cp "$root"/samples/data/*.json "$root"/tests/ThiDua.Rules.Tests/TestData/dossiers/*.json "$out/seeds/"
  # A dictionary of the format's field names and enum values (every quoted word of the seeds), JSON tokens and
  # edge values, so mutations produce well-formed dossiers more often.
  {
    grep -ohE '"[A-Za-z_]+"' "$out"/seeds/*.json | sort -u | sed -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/"/'
    for token in '{' '}' '[' ']' ':' ',' 'null' 'true' 'false' '-' '"' '0' '-1' '13' '1944' '1945' '1946' '2100' '2101' \
                 '9999' '2147483647' '-2147483648' '1e400' '0.5' '2021-2022' '2021-02-29' '2020-02-29' '0001-01-01' '9999-12-31'; do
      printf '"%s"\n' "$(printf '%s' "$token" | sed 's/"/\\"/g')"
    done
  } > "$out/dossier.dict"
}

report() {
  local stats="$out/findings/default/fuzzer_stats"
  echo
  if [ -f "$stats" ]; then
    echo "== AFL statistics ($stats)"
    grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|paths_total|corpus_found|paths_found|bitmap_cvg|saved_crashes|unique_crashes|saved_hangs|unique_hangs|stability) ' "$stats" || true
  fi
  local crashes="$out/findings/default/crashes"
  local count=0
  if [ -d "$crashes" ]; then
    count=$(find "$crashes" -type f ! -name README.txt | wc -l)
  fi
  echo "== $count crashing input(s) in $crashes"
  if [ "$count" -gt 0 ]; then
    echo "== replaying them outside AFL (exception and stack of each, then the distinct crashes):"
    dotnet "$harness" replay "$crashes" || true
  fi
  echo "== hangs (inputs over ${afl_timeout_ms} ms): $out/findings/default/hangs"
}

case "${1:-}" in
  replay)
    shift
    [ -f "$harness" ] || { ensure_tools; build; }
    exec dotnet "$harness" replay "$@"
    ;;
  minimize)
    [ $# -eq 2 ] || { echo "usage: eng/fuzz.sh minimize FILE" >&2; exit 2; }
    ensure_tools
    [ -f "$harness" ] || build
    afl-tmin -i "$2" -o "$2.min" -t "$afl_timeout_ms" -m none -- dotnet "$harness"
    echo "== minimized: $2.min"
    ;;
  ""|[0-9]*)
    minutes="${1:-10}"
    ensure_tools
    build
    seeds
    rm -rf "$out/findings"
    echo "== fuzzing for $minutes minute(s); findings in $out/findings"
    # No @@: SharpFuzz reads each input from standard input.
    [ -t 1 ] || export AFL_NO_UI=1   # plain status lines when the output is not a terminal
    afl-fuzz -i "$out/seeds" -o "$out/findings" -x "$out/dossier.dict" -t "$afl_timeout_ms" -m none \
      -V "$((minutes * 60))" -- dotnet "$harness" || echo "afl-fuzz exited with $?"
    report
    ;;
  *)
    sed -n '2,11p' "$0" >&2
    exit 2
    ;;
esac
