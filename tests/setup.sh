#!/usr/bin/env bash
# What the tests need beyond the .NET SDK and Node.js, from Debian's packages:
#   chromium       the playground's browser tests (Microsoft.Playwright drives /usr/bin/chromium)
#   python3-numpy  running the generated NumPy code
#   python3-torch  running the generated PyTorch code (and the PyTorch peer benchmark)
#   libopenblas0   MathNet's native BLAS provider, used when present (managed code otherwise)
# Installs only what is missing; needs root (apt-get), as CI and the development machines have.
set -euo pipefail
packages="chromium python3-numpy python3-torch libopenblas0"
missing=$(for p in $packages; do dpkg -s "$p" > /dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing > /dev/null
fi
