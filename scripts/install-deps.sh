#!/usr/bin/env bash
# Installs every Debian (bookworm) package DtR Workbench needs to build, test and run.
# Idempotent: packages already present are left alone; safe to run repeatedly.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  # Qt 6 Widgets, Qt Test, translations tooling
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # plotting (Qt SVG: plots saved as SVG)
  libqcustomplot-dev qt6-svg-dev
  # LibTorch (CPU) and a fast BLAS for it at run time (Debian's libtorch otherwise
  # uses the reference BLAS, measured 24x slower on a 1024^3 matmul)
  libtorch-dev libopenblas0-openmp
  # the link-time BLAS (libblas.so) for batched small GEMMs in core (run time: the same
  # libblas.so.3 LibTorch uses)
  libblas-dev
  # project file, JSON, CLI parsing, Unicode regex and Unicode normalization for tokenizers
  libsqlite3-dev sqlite3 nlohmann-json3-dev libcli11-dev libpcre2-dev libutf8proc-dev
  # content hash of model folders (XXH3, header-only use)
  libxxhash-dev
  # the check of the PyTorch code bundled with exports (CTest export_torch)
  python3-torch
  # offscreen / screenshot testing of the GUI (scripts/screenshots.sh: xwd from
  # x11-apps, converted to PNG by imagemagick)
  xvfb xauth x11-apps imagemagick
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
