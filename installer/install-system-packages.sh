#!/usr/bin/env bash
# Install the Debian packages listed in runtime-packages.txt (what the installed kiosk needs; the
# .deb's Depends) and system-packages.txt (development and tests). Idempotent: does nothing when all are
# present. Needs root (or passwordless sudo) only when something is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(cat "$here/runtime-packages.txt" "$here/system-packages.txt" | grep -Ev '^\s*(#|$)' | sort -u)

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installer: missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  cat >&2 <<MSG
installer: these system packages are missing and this user is not root (and has no passwordless sudo):
  ${missing[*]}
Ask an administrator to run, once:
  sudo apt-get update && sudo apt-get install -y ${missing[*]}
then run make again.
MSG
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
