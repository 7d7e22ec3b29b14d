#!/usr/bin/env bash
# CI: build the standalone executable (make dist) and run its self-test offscreen, offline.
# Prints the build time and bundle size; fails if the bundle lacks a piece the app needs.
#   bash tools/ci_build.sh                 build, check, self-test
#   bash tools/ci_build.sh --skip-build    check and self-test the existing dist/divelab
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
if [ "${1:-}" = "--skip-build" ]; then
  echo "ci_build: checking the existing dist/divelab (no build)"
else
  make dist
fi
build_s=$(( $(date +%s) - start ))
bundle=dist/divelab
exe="$bundle/divelab"
[ -x "$exe" ] || { echo "ci_build: $exe was not built" >&2; exit 1; }
echo "ci_build: make dist took ${build_s} s; bundle size $(du -sh "$bundle" | cut -f1)"

# Pieces a frozen build tends to lose; the self-test checks them at run time as well.
internal="$bundle/_internal"
for f in torchvision/_C_stable.so torchvision/image_stable.so resources/fonts/wqy-microhei.ttc \
         resources/icons/divelab.png PySide6/Qt/plugins/platforms/libqoffscreen.so \
         PySide6/Qt/plugins/platforms/libqxcb.so; do
  [ -e "$internal/$f" ] || { echo "ci_build: missing from the bundle: $f" >&2; exit 1; }
done
ls "$internal"/resources/data/fashion-mnist/*-idx*-ubyte* >/dev/null 2>&1 \
  || echo "ci_build: WARNING: no Fashion-MNIST in the bundle (none found at build time)"

# Qt's window plugin must find every library in the bundle or in a base X11 system
# (libxcb, libX11, GL), never in optional packages such as libxcb-icccm4.
if [ "$(uname -s)" = Linux ]; then
  for lib in $(.venv/bin/python -c "import sys; sys.path.insert(0, 'packaging')
import build_support; print(' '.join(build_support.XCB_LIBS))"); do
    [ -e "$internal/$lib" ] || { echo "ci_build: $lib is not in the bundle" >&2; exit 1; }
  done
fi
if command -v ldd >/dev/null 2>&1; then
  unresolved=$(LD_LIBRARY_PATH="$internal" ldd "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
               | grep "not found" || true)
  if [ -n "$unresolved" ]; then
    echo "ci_build: the xcb platform plugin lacks libraries:" >&2; echo "$unresolved" >&2; exit 1
  fi
fi

# Self-test of the frozen app: offscreen, in a fresh data folder, with no network at all
# when this machine allows a private network namespace.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
offline=()
if command -v unshare >/dev/null 2>&1 && unshare -rn true 2>/dev/null; then
  offline=(unshare -rn)
  echo "ci_build: running the self-test without network"
fi
t0=$(date +%s)
DIVELAB_HOME="$home" QT_QPA_PLATFORM=offscreen timeout 900 "${offline[@]}" "$exe" --self-test
echo "ci_build: frozen self-test passed in $(( $(date +%s) - t0 )) s"
