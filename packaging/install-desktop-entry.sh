#!/usr/bin/env bash
# Add DiveLab to the Linux desktop menu for the current user (or all users with --system).
# Run from the unpacked folder: ./install-desktop-entry.sh   (next to the divelab executable)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exe="$here/divelab"
[ -x "$exe" ] || { echo "divelab executable not found in $here" >&2; exit 1; }
if [ "${1:-}" = "--system" ]; then
  apps=/usr/share/applications; icons=/usr/share/icons/hicolor/256x256/apps
else
  data="${XDG_DATA_HOME:-$HOME/.local/share}"
  apps="$data/applications"; icons="$data/icons/hicolor/256x256/apps"
fi
mkdir -p "$apps" "$icons"
cp "$here/_internal/resources/icons/divelab.png" "$icons/divelab.png"
sed -e "s|^Exec=.*|Exec=\"$exe\"|" -e "s|^Icon=.*|Icon=$icons/divelab.png|" \
  "$here/divelab.desktop" > "$apps/divelab.desktop"
chmod 644 "$apps/divelab.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "installed $apps/divelab.desktop"
