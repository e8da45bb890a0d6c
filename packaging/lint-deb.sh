#!/usr/bin/env bash
# lintian on the kiosk's .deb: packaging/lint-deb.sh [--quick] DEB
#
# Full: lintian on the whole package (about 4 minutes: it unpacks and inspects 1.2 GB of the
# environment's wheels, whose findings packaging/root/usr/share/lintian/overrides/myna-kiosk
# overrides with reasons). --quick: lintian on the same package without /opt/myna-kiosk/venv/lib
# (seconds): everything written for Debian — control, maintainer scripts, conffiles, units, docs,
# man page — is still checked. Exit status 1 when lintian reports an error or a warning.
set -euo pipefail
quick=no
if [ "${1:-}" = --quick ]; then quick=yes; shift; fi
deb=$(realpath "${1:?usage: lint-deb.sh [--quick] DEB}")
command -v lintian >/dev/null || { echo "lint-deb: lintian is not installed (make system)" >&2; exit 2; }

if [ "$quick" = yes ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir "$work/tree"
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/tree" --exclude='./opt/myna-kiosk/venv/lib'
  dpkg-deb --control "$deb" "$work/tree/DEBIAN"
  grep -v ' opt/myna-kiosk/venv/lib/' "$work/tree/DEBIAN/md5sums" >"$work/md5sums"
  mv "$work/md5sums" "$work/tree/DEBIAN/md5sums"
  dpkg-deb --root-owner-group -Zxz --build "$work/tree" "$work/$(basename "$deb")" >/dev/null
  deb=$work/$(basename "$deb")
fi
# zstd is what dpkg in Debian 12 installs fastest; only the Debian archive requires gz or xz.
report=$(lintian --tag-display-limit 0 --suppress-tags malformed-deb-archive "$deb" 2>&1 |
         grep -v "running with root privileges is not recommended" || true)
[ -n "$report" ] && echo "$report"
if echo "$report" | grep -qE '^(E|W): '; then exit 1; fi
echo "lint-deb: lintian reports no errors and no warnings ($([ "$quick" = yes ] && echo quick || echo full))"
