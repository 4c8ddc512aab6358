#!/usr/bin/env bash
# Times pdftotext's text extraction of the six real programmes against a full `thorbecke scan` of the same
# files (extraction, indexing, all 456 verdicts, JSON and HTML output, fresh database), and reports the ratio
# and the scan's peak memory. Usage: benchmarks/scan-vs-pdftotext.sh [corpus-folder] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/tk2025}"
runs="${2:-3}"

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The installed form of Thorbecke: a ReadyToRun (precompiled) publish, as the README's install line makes it.
dotnet publish src/Thorbecke.Cli -c Release -r linux-x64 --self-contained false -o artifacts/thorbecke -v quiet -nologo >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pdfs=("$corpus"/*.pdf)

best() { sort -n | head -1; }
seconds() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true; cat "$work/time"; }

pdftotext_times=(); scan_times=(); scan_mem=()
for i in $(seq 1 "$runs"); do
  read -r t _ < <(seconds bash -c 'for f in "$@"; do pdftotext "$f" "'"$work"'/out.txt"; done' _ "${pdfs[@]}")
  pdftotext_times+=("$t")
  rm -f "$work"/bench.db*
  read -r t kb < <(seconds dotnet artifacts/thorbecke/thorbecke.dll scan --db "$work/bench.db" --out "$work/r.json" --report "$work/r.html" "$corpus")
  scan_times+=("$t"); scan_mem+=("$kb")
done

p=$(printf '%s\n' "${pdftotext_times[@]}" | best)
s=$(printf '%s\n' "${scan_times[@]}" | best)
m=$(printf '%s\n' "${scan_mem[@]}" | sort -n | tail -1)
pages=$(for f in "${pdfs[@]}"; do pdfinfo "$f" | awk '/^Pages/{print $2}'; done | paste -sd+ | bc)
echo "files: ${#pdfs[@]} PDFs, $pages pages; best of $runs runs; $(nproc) cores"
echo "pdftotext (sequential):   ${p} s   (runs: ${pdftotext_times[*]})"
echo "thorbecke scan (fresh db): ${s} s   (runs: ${scan_times[*]})"
echo "ratio scan / pdftotext:    $(echo "scale=2; $s / $p" | bc)"
echo "peak memory of scan:       $((m / 1024)) MiB"
