#!/usr/bin/env bash
# Renders a period's reports the way their readers see them, as pictures to look at:
#   scripts/look/look.sh [REPORT_DIR] [OUT_DIR]
#   (defaults: reports/demo/2026-W47 and .build/look)
# The workbook goes through LibreOffice (headless) to PDF and one PNG per page (xlsx-N.png), as an
# executive opening the attachment would see it; report.html goes through headless Chromium at
# 1280 and 390 pixels wide (html-1280.png, html-390.png) and printed to PDF (html-print-N.png).
# Installs LibreOffice Calc, Chromium and poppler-utils from Debian when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
report=${1:-reports/demo/2026-W47}
out=${2:-.build/look}
mkdir -p "$out"

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for workbook in "$report"/*.xlsx; do
  [ -f "$workbook" ] || continue
  soffice --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null 2>&1
  pdftoppm -r 110 -png "$out/$(basename "${workbook%.xlsx}").pdf" "$out/xlsx"
done

if [ -f "$report/report.html" ]; then
  page="file://$(realpath "$report/report.html")"
  shoot=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars)
  "${shoot[@]}" --window-size=1280,2400 --screenshot="$out/html-1280.png" "$page" 2>/dev/null
  "${shoot[@]}" --window-size=390,3200 --screenshot="$out/html-390.png" "$page" 2>/dev/null
  "${shoot[@]}" --no-pdf-header-footer --print-to-pdf="$out/html-print.pdf" "$page" 2>/dev/null
  pdftoppm -r 80 -png "$out/html-print.pdf" "$out/html-print"
fi
ls "$out"/*.png
