#!/usr/bin/env bash
# Installs what DiveLab needs from the system when apt is usable (root or passwordless sudo);
# otherwise says what to install and carries on.
#   ensure_system.sh data   Fashion-MNIST (Debian package dataset-fashion-mnist)
#   ensure_system.sh gui    the X11/xcb libraries Qt needs for a real window on Linux
set -u
what="${1:-data}"

apt_cmd() {
  if [ "$(id -u)" = 0 ]; then echo "apt-get"; return 0; fi
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then echo "sudo apt-get"; return 0; fi
  return 1
}

apt_install() {
  local apt; apt=$(apt_cmd) || return 1
  command -v apt-get >/dev/null 2>&1 || return 1
  # A fresh machine has no package lists yet.
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ]; then
    DEBIAN_FRONTEND=noninteractive $apt update -qq >/dev/null 2>&1 || true
  fi
  DEBIAN_FRONTEND=noninteractive $apt install -y -qq "$@" >/dev/null 2>&1 && return 0
  DEBIAN_FRONTEND=noninteractive $apt update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $apt install -y -qq "$@" >/dev/null 2>&1
}

case "$what" in
  data)
    for d in "${D2L_DATA:-/nonexistent}" data /usr/share/datasets/fashion-mnist; do
      if [ -e "$d/train-images-idx3-ubyte.gz" ] || [ -e "$d/train-images-idx3-ubyte" ] \
         || [ -e "$d/FashionMNIST/raw/train-images-idx3-ubyte" ]; then exit 0; fi
    done
    echo "Fashion-MNIST not found; installing Debian's dataset-fashion-mnist…"
    if apt_install dataset-fashion-mnist; then
      echo "Fashion-MNIST installed in /usr/share/datasets/fashion-mnist"
    else
      echo "Could not install it automatically. Install the package 'dataset-fashion-mnist'"
      echo "(sudo apt-get install dataset-fashion-mnist), or put the four .gz files in ./data"
      echo "or in a folder named by D2L_DATA. The other tabs work without it."
    fi
    ;;
  gui)
    [ "$(uname -s)" = Linux ] || exit 0
    libs="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0 \
libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libegl1 libgl1 libfontconfig1"
    missing=""
    for p in $libs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
    [ -z "$missing" ] && exit 0
    command -v dpkg >/dev/null 2>&1 || exit 0
    echo "Installing Qt's window-system libraries:$missing"
    apt_install $missing || echo "Could not install:$missing — if the window fails to open, install them."
    ;;
esac
exit 0
