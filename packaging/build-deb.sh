#!/usr/bin/env bash
# Build the Debian 12 package of the kiosk: packaging/build-deb.sh [OUT_DIR]   (default: dist)
#
# 1. a wheelhouse: the project's wheel (with the compiled translations) and every dependency's, at
#    the versions of the development environment (.venv, where the tests ran); pyscard compiled
#    here against Debian's python3 (cp311); face_recognition without its dlib sdist requirement,
#    as the Makefile installs it;
# 2. the application's virtual environment, made from the wheelhouse alone (--no-index: proof that
#    it is complete) on Debian's /usr/bin/python3, staged as /opt/myna-kiosk/venv and compiled
#    to bytecode with the installed paths;
# 3. the session files (packaging/root/), the maintainer scripts (packaging/debian/), a control
#    file whose Depends is installer/runtime-packages.txt; dpkg-deb builds OUT_DIR/*.deb.
# The target machine downloads nothing: the .deb holds the whole environment (packaging/README.md).
#
# Environment: DEB_VERSION (default <project version>-1), DEB_MAINTAINER, DEB_COMPRESSION
# (zstd, xz, gzip or none; default zstd), PYTHON (default /usr/bin/python3: the target's).
set -euo pipefail
umask 022

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
out=$(mkdir -p "${1:-$top/dist}" && cd "${1:-$top/dist}" && pwd)
work=$top/build/package
python=${PYTHON:-/usr/bin/python3}
dev_python=$top/.venv/bin/python
prefix=/opt/myna-kiosk
venv=$prefix/venv
stage=$work/root
compression=${DEB_COMPRESSION:-zstd}
maintainer=${DEB_MAINTAINER:-Myna Kiosk team <myna-kiosk@example.org>}

step() { printf '%s package: %s\n' "$(date +%T)" "$*"; }
# Run a command with its output in $work/last.log, shown only when it fails.
quietly() { "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; echo "package: failed: $*" >&2; exit 1; }; }

test -x "$python" || { echo "package: $python is missing (Debian's python3)" >&2; exit 1; }
"$python" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' ||
  { echo "package: $python is not Python 3.11 (Debian 12's)" >&2; exit 1; }
ls "$top"/assets/i18n/*.qm >/dev/null 2>&1 || { echo "package: no compiled translations; run make" >&2; exit 1; }
mkdir -p "$work"

# The build tools: Debian's python3 with a current pip and the project's build backend.
if [ ! -x "$work/tools/bin/pip" ]; then
  step "build tools (Debian python3 venv)"
  "$python" -m venv "$work/tools"
  quietly "$work/tools/bin/pip" install -q --upgrade 'pip>=24' 'setuptools>=68,<81' wheel
fi
pip=("$work/tools/bin/pip" --disable-pip-version-check)

# What was tested is what ships: the development environment's versions constrain the wheelhouse.
step "constraints from $dev_python"
"$dev_python" -m pip freeze --all --exclude-editable 2>/dev/null |
  grep -Ev '^(#|-e |pip==)| @ ' >"$work/constraints.txt" || true

step "wheelhouse"
wheels=$work/wheelhouse
mkdir -p "$wheels"
rm -f "$wheels"/myna_kiosk-*.whl "$wheels"/pyscard-*.whl
rm -rf "$work/src" && mkdir -p "$work/src"
# A clean copy of the tree (pyproject.toml chooses the packages): no build/, no stale *.egg-info.
tar -C "$top" -cf - --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./tests \
    --exclude='./.*_cache' --exclude=./.hypothesis --exclude='./*.egg-info' --exclude=__pycache__ \
    --exclude='*.pyc' . | tar -C "$work/src" -xf -
quietly "${pip[@]}" wheel -q --no-deps --no-build-isolation -w "$wheels" "$work/src"
project_wheel=$(ls "$wheels"/myna_kiosk-*.whl)
"$python" - "$project_wheel" "$top"/assets/i18n/*.ts <<'PY'
import sys, zipfile
from pathlib import Path
names = zipfile.ZipFile(sys.argv[1]).namelist()
missing = [name for ts in sys.argv[2:] if (name := f"assets/i18n/{Path(ts).stem}.qm") not in names]
sys.exit(f"package: the wheel lacks the translations {missing}" if missing else 0)
PY
# pyscard has no Linux wheel on PyPI: compile it here, for Debian's python3, never from a cache.
quietly "${pip[@]}" wheel -q --no-deps --no-cache-dir --no-binary pyscard -c "$work/constraints.txt" \
    -w "$wheels" pyscard
quietly "${pip[@]}" wheel -q --prefer-binary --find-links "$wheels" -c "$work/constraints.txt" \
    -w "$wheels" "$project_wheel"
# face_recognition's metadata asks for the dlib sdist; dlib-bin (a dependency above) provides dlib.
quietly "${pip[@]}" wheel -q --no-deps -c "$work/constraints.txt" -w "$wheels" 'face_recognition==1.3.0'
version=$(basename "$project_wheel" | cut -d- -f2)
deb_version=${DEB_VERSION:-$version-1}
arch=$(dpkg --print-architecture)

step "virtual environment at $venv (offline, from the wheelhouse)"
rm -rf "$stage"
mkdir -p "$stage$prefix"
"$python" -m venv --without-pip "$stage$venv"
offline=(--python "$stage$venv/bin/python" --isolated install -q --no-index --find-links "$wheels"
         --no-compile --no-warn-script-location -c "$work/constraints.txt")
quietly "${pip[@]}" "${offline[@]}" myna-kiosk
quietly "${pip[@]}" "${offline[@]}" --no-deps 'face_recognition==1.3.0'
# Qt WebEngine (a browser engine, 265 MB) is never used by the kiosk: not shipped.
if grep -rqE 'WebEngine|QtWebChannel' "$top"/app "$top"/kiosk "$top"/ui "$top"/drivers "$top"/simulators --include='*.py'; then
  echo "package: the kiosk uses Qt WebEngine now; stop pruning it in packaging/build-deb.sh" >&2; exit 1
fi
pyside=$stage$venv/lib/python3.11/site-packages/PySide6
find "$pyside" -depth -iname '*webengine*' -exec rm -rf {} +
rm -f "$pyside"/Qt/resources/v8_context_snapshot.bin "$pyside"/Qt/resources/icudtl.dat  # WebEngine's too
# Move it to its installed path: scripts' interpreter lines and the venv's own records.
grep -rlF "$stage$venv" "$stage$venv/bin" "$stage$venv/pyvenv.cfg" | while read -r file; do
  sed -i "s|$stage$venv|$venv|g" "$file"
done
if grep -rlF "$stage" "$stage$prefix" >/dev/null; then
  echo "package: the staging path is still named in:" >&2; grep -rlF "$stage" "$stage$prefix" >&2; exit 1
fi
# Bytecode for the installed paths (the kiosk user cannot write /opt; without it every start compiles).
# (PySide6's deployment tool ships Jinja templates named *.py.)
quietly "$stage$venv/bin/python" -m compileall -q -j 0 -s "$stage" -p / -x '/deploy_lib/android/recipes/' \
    "$stage$venv/lib"
# Installed record of the exact versions, for support.
"${pip[@]}" --python "$stage$venv/bin/python" --isolated freeze --all 2>/dev/null >"$stage$prefix/versions.txt"

step "session files and maintainer scripts"
cp -a "$here/root/." "$stage/"
chmod 0755 "$stage/usr/bin/myna-kiosk" "$stage/usr/lib/myna-kiosk/session" "$stage/usr/lib/myna-kiosk/credentials"
gzip -9n "$stage/usr/share/man/man1/myna-kiosk.1"
doc=$stage/usr/share/doc/myna-kiosk
mkdir -p "$doc"
cp "$here/debian/copyright" "$doc/copyright"
cp "$here/README.md" "$doc/README.packaging.md"
built_at=${SOURCE_DATE_EPOCH:-$(git -C "$top" log -1 --format=%ct 2>/dev/null || date +%s)}
sed -e "s|@VERSION@|$deb_version|" -e "s|@MAINTAINER@|$maintainer|" -e "s|@DATE@|$(LC_ALL=C date -R -d "@$built_at")|" \
    "$here/debian/changelog.in" | gzip -9n >"$doc/changelog.Debian.gz"
mkdir -p "$stage/DEBIAN"
for script in postinst prerm postrm; do install -m 0755 "$here/debian/$script" "$stage/DEBIAN/$script"; done
(cd "$stage" && find etc -type f | sed 's|^|/|' | sort) >"$stage/DEBIAN/conffiles"

# The environment is built for Debian 12's Python 3.11: a later python3 could not run it.
depends=$(grep -Ev '^\s*(#|$)' "$top/installer/runtime-packages.txt" |
          sed 's/^python3$/python3 (>= 3.11), python3 (<< 3.12)/' | awk '{printf "%s%s", sep, $0; sep=", "}')
# The installed wheels' binaries need the C library of their newest manylinux tag.
glibc=$(cat "$stage$venv"/lib/python3.11/site-packages/*.dist-info/WHEEL | grep -o 'manylinux_2_[0-9]*' |
        sed 's/manylinux_2_//' | sort -n | tail -1)
depends="$depends, libc6 (>= 2.${glibc:-17})"
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s|@VERSION@|$deb_version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
    -e "s|@DEPENDS@|$depends|" -e "s|@INSTALLED_SIZE@|$installed_size|" \
    "$here/debian/control.in" >"$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  >"$stage/DEBIAN/md5sums"

step "dpkg-deb ($compression)"
rm -f "$out"/myna-kiosk_*.deb
deb=$out/myna-kiosk_${deb_version}_${arch}.deb
dpkg-deb --root-owner-group -Z"$compression" --build "$stage" "$deb" >/dev/null
step "built $deb ($(du -h "$deb" | cut -f1), installed $((installed_size / 1024)) MiB)"
