#!/usr/bin/env bash
# Scans the six real programmes into a fresh database with the CLI, saves one review, and times judging that ask
# again in every other document, as the web app does after a review. Usage: benchmarks/rejudge-one-ask.sh [corpus-folder] [ask] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/tk2025}"
ask="${2:-formatie-01}"
runs="${3:-5}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Thorbecke.Cli -c Release -v quiet -nologo >/dev/null
dotnet src/Thorbecke.Cli/bin/Release/net10.0/thorbecke.dll scan --db "$work/bench.db" "$corpus" >/dev/null
dotnet run -c Release benchmarks/rejudge-one-ask.cs -- "$work/bench.db" "$ask" "$runs"
