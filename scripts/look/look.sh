#!/usr/bin/env bash
# Renders a period's reports the way their readers see them, as pictures to look at:
#   scripts/look/look.sh [REPORT_DIR] [OUT_DIR]
#   (defaults: reports/demo/2026-W47 and .build/look)
# The workbook goes through LibreOffice (headless) to PDF and one PNG per page (xlsx-N.png), as an
# executive opening the attachment would see it; report.html goes through headless Chromium at
# 1280 and 390 pixels wide (html-1280.png, html-390.png), printed to PDF (html-print-N.png) and
# with every style removed (html-unstyled-1280.png, by scripts/look/unstyled.py);
# report.eml's HTML body, taken out by Python's own MIME parser, goes through Chromium at 700 and
# 390 pixels as sent (email-700.png, email-390.png) and with every style removed, as a reader who
# blocks styles sees it (email-unstyled-700.png).
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
  python3 scripts/look/unstyled.py "$report/report.html" "$out/html-unstyled.html"
  "${shoot[@]}" --window-size=1280,2400 --screenshot="$out/html-unstyled-1280.png" \
    "file://$(realpath "$out/html-unstyled.html")" 2>/dev/null
fi
if [ -f "$report/report.eml" ]; then
  python3 scripts/email/check_eml.py "$report/report.eml" --html "$out/email.html" >/dev/null
  python3 scripts/look/unstyled.py "$out/email.html" "$out/email-unstyled.html"
  shoot=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars)
  for width in 700 390; do
    "${shoot[@]}" --window-size=$width,2400 --screenshot="$out/email-$width.png" \
      "file://$(realpath "$out/email.html")" 2>/dev/null
  done
  "${shoot[@]}" --window-size=700,2400 --screenshot="$out/email-unstyled-700.png" \
    "file://$(realpath "$out/email-unstyled.html")" 2>/dev/null
fi
ls "$out"/*.png
