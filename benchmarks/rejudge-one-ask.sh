#!/usr/bin/env bash
# Scans the six real programmes into a fresh database with the CLI, saves one review, and times judging that ask
# again in every other document, as the web app does after a review.
# Usage: benchmarks/rejudge-one-ask.sh [corpus-folder] [ask] [runs] [documents]
# With documents (e.g. 20), the folder's PDFs are copied until there are that many, each with a comment after its end
# so it is a document of its own (same text, new content hash).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/tk2025}"
ask="${2:-formatie-01}"
runs="${3:-5}"
documents="${4:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "$documents" ]; then
  mkdir "$work/corpus"
  pdfs=("$corpus"/*.pdf)
  for i in $(seq 0 $((documents - 1))); do
    source_pdf="${pdfs[$((i % ${#pdfs[@]}))]}"
    copy="$work/corpus/$(basename "$source_pdf" .pdf)-$i.pdf"
    cp "$source_pdf" "$copy"
    printf '\n%% kopie %s\n' "$i" >> "$copy"
  done
  corpus="$work/corpus"
fi

dotnet build src/Thorbecke.Cli -c Release -v quiet -nologo >/dev/null
dotnet src/Thorbecke.Cli/bin/Release/net10.0/thorbecke.dll scan --db "$work/bench.db" "$corpus" >/dev/null
dotnet run -c Release benchmarks/rejudge-one-ask.cs -- "$work/bench.db" "$ask" "$runs"
