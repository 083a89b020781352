#!/usr/bin/env bash
# Sets LeadLoop up on Debian bookworm and then runs it or its tests.
#
#   installer/setup.sh --run-demo   install packages, build, open the desktop app on the demo
#   installer/setup.sh --test       install packages, build, run the whole test suite (ctest), then
#                                   build with AddressSanitizer + UBSan and run the core and CLI
#                                   tests under them (docs/testing.md)
#   installer/setup.sh --build      install packages and build only
#
# Packages come from installer/debian-packages.txt and are installed with apt-get, as root or
# through sudo; when all of them are present this step is quick and silent.
# LEADLOOP_BUILD_DIR chooses the build folder (default: build/ in the checkout), and
# LEADLOOP_ASAN_BUILD_DIR the sanitizer build's (default: build-asan/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LEADLOOP_BUILD_DIR:-$root/build}"
mode="${1:---run-demo}"

case "$mode" in
  --run-demo|--test|--build) ;;
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "setup.sh: unknown option '$mode' (use --run-demo, --test or --build)" >&2; exit 1 ;;
esac

install_packages() {
  local wanted missing=()
  wanted=$(grep -v '^\s*#' "$root/installer/debian-packages.txt" | grep -v '^\s*$')
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup.sh: installing ${#missing[@]} Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

build_project() {
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEADLOOP_WERROR=ON \
    >/dev/null
  cmake --build "$build" --parallel "$(nproc)"
}

# The core and CLI tests again, built by clang with AddressSanitizer and UndefinedBehaviorSanitizer
# (-O1, to build fast; every finding fails its test). The kill-fault suite is left out: it tests
# what a crash leaves on disk, which the sanitizers do not change.
sanitized_tests() {
  local san="${LEADLOOP_ASAN_BUILD_DIR:-$root/build-asan}"
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$san" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g1" -DLEADLOOP_SANITIZE=address,undefined >/dev/null
  cmake --build "$san" --parallel "$(nproc)" --target leadloop_core_tests
  (cd "$san" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -L core -LE faults)
}

install_packages
build_project

case "$mode" in
  --test)
    status=0
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900) || status=1
    sanitized_tests || status=1
    exit $status
    ;;
  --run-demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "setup.sh: no display found; starting LeadLoop under xvfb-run (nothing will be visible)." >&2
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$build/app/leadloop" --demo
    fi
    exec "$build/app/leadloop" --demo
    ;;
esac
