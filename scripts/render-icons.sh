#!/usr/bin/env bash
# Renders the PNG app icons from the SVG sources with headless Chromium (run after editing the SVGs).
set -euo pipefail
cd "$(dirname "$0")/../static/icons"
chrome=${CHROMIUM_PATH:-/usr/bin/chromium}
render() {
	local html
	html=$(mktemp --suffix=.html)
	printf '<html><body style="margin:0"><img src="file://%s/%s" width="%s" height="%s" style="display:block"></body></html>' \
		"$PWD" "$1" "$2" "$2" >"$html"
	"$chrome" --no-sandbox --headless --disable-gpu --disable-background-networking --disable-component-update \
		--disable-sync --no-first-run --hide-scrollbars --default-background-color=00000000 \
		--window-size="$2,$2" --screenshot="$PWD/$3" "file://$html" 2>/dev/null
	rm -f "$html"
}
render favicon.svg 192 icon-192.png
render favicon.svg 512 icon-512.png
render maskable.svg 512 maskable-512.png
