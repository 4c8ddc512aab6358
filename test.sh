#!/usr/bin/env bash
# Runs every test of Thorbecke on a fresh machine that has only the .NET SDK:
# installs the Debian packages the tests use, restores NuGet packages and runs the whole solution's tests.
set -euo pipefail
cd "$(dirname "$0")"

# pdftotext (poppler-utils) is the independent reference for verbatim quotes and the benchmark baseline.
# Debian's Chromium runs the web app's browser tests (Playwright with ExecutablePath, no browser download).
# Debian's PostgreSQL server programs run the store tests on PostgreSQL (a throwaway cluster per test run).
needed=()
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
[ -x /usr/bin/chromium ] || needed+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || needed+=(postgresql)
if [ ${#needed[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" >/dev/null
fi

if [ ! -d ../shared/corpus/tk2025 ]; then
  echo "test.sh: ../shared (the real corpus and labels) is missing next to this repository" >&2
  exit 1
fi

dotnet restore Thorbecke.sln
dotnet build Thorbecke.sln --no-restore -c Release
dotnet format Thorbecke.sln --verify-no-changes --no-restore
dotnet test Thorbecke.sln --no-build -c Release --logger "console;verbosity=normal" "$@"
