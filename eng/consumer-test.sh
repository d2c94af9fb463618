#!/usr/bin/env bash
# Consumer test: builds and runs a host OUTSIDE the solution against the PACKED packages, as a user would get them.
#
#   eng/consumer-test.sh [folder-with-nupkgs]      (default: artifacts/packages, where .ci/run packs)
#
# tests/consumer (a netstandard2.0 library, a net8.0 app using it, DI with appsettings.json, logging, the testing
# package) is copied to a fresh temporary folder with the packages, and restored into a fresh, empty package cache
# (NUGET_PACKAGES), so a stale copy of the same version cached by an earlier run can never be used. Packages from
# other publishers come from the machine's configured source. A package that lacks an embedded rule file, a
# dependency or a type the app uses fails the restore, the build or the run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages="$(cd "${1:-$root/artifacts/packages}" && pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

shopt -s nullglob
found=("$packages"/ThiDua.Rules.[0-9]*.nupkg)
[[ ${#found[@]} -eq 1 ]] || { echo "expected exactly one ThiDua.Rules.<version>.nupkg in $packages, found ${#found[@]}" >&2; exit 1; }
version="$(basename "${found[0]}" .nupkg)"; version="${version#ThiDua.Rules.}"
for package in ThiDua.Rules.Abstractions ThiDua.Rules ThiDua.Rules.Testing; do
  [[ -f "$packages/$package.$version.nupkg" ]] || { echo "missing $package.$version.nupkg in $packages" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/thidua-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -r "$root/tests/consumer" "$work/consumer"
rm -rf "$work/consumer"/*/bin "$work/consumer"/*/obj
mkdir -p "$work/consumer/packages"
cp "$packages"/ThiDua.Rules*."$version".nupkg "$work/consumer/packages/"
cp "$root/samples/data/eligible-civil-servant.json" "$work/dossier.json"
export NUGET_PACKAGES="$work/nuget-cache"

# The app targets net8.0, as hosts do. When the machine has no .NET 8 runtime (only a newer one), run it on the
# newest installed runtime instead: the check is then of the packages and the net8.0 build, on that runtime.
if ! dotnet --list-runtimes | grep -q '^Microsoft.NETCore.App 8\.'; then
  echo "(no .NET 8 runtime installed: running the net8.0 app with DOTNET_ROLL_FORWARD=Major on $(dotnet --list-runtimes | grep '^Microsoft.NETCore.App' | tail -n 1 | cut -d' ' -f1-2))"
  export DOTNET_ROLL_FORWARD=Major
fi

cd "$work/consumer"
echo "== consumer: restore ThiDua.Rules $version from the packed files into an empty cache"
dotnet restore ConsumerApp/ConsumerApp.csproj -p:ThiDuaVersion="$version"
for package in thidua.rules.abstractions thidua.rules thidua.rules.testing; do
  [[ -d "$NUGET_PACKAGES/$package/$version" ]] || { echo "$package $version was not restored from the packed files" >&2; exit 1; }
done
echo "== consumer: build (netstandard2.0 library, net8.0 app)"
dotnet build ConsumerApp/ConsumerApp.csproj -c Release --no-restore -p:ThiDuaVersion="$version"
echo "== consumer: run"
dotnet ConsumerApp/bin/Release/net8.0/ConsumerApp.dll "$work/dossier.json"
