#!/usr/bin/env bash
# Builds the Linux bundle of the FocalPoint desktop application with PyInstaller:
#   dist/FocalPoint/                                  (run dist/FocalPoint/FocalPoint)
#   dist/FocalPoint-<version>-linux-<arch>.tar.gz     (that directory, packed)
# Usage: packaging/build-linux.sh [extra pyinstaller options, e.g. --clean]
# Needs the project's .venv (created here with the package if missing); installs
# PyInstaller into it when missing (a build tool only, not a runtime dependency).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    source scripts/setup.sh
    setup_venv "."
fi
PY=.venv/bin/python
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "== installing PyInstaller into .venv"
    "$PY" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
fi
"$PY" -c "import PySide6, focalpoint" || {
    echo "the .venv lacks PySide6 or focalpoint: run ./run --version once" >&2
    exit 1
}

VERSION=$("$PY" -c "import focalpoint; print(focalpoint.__version__)")
ARCH=$(uname -m)
TARBALL="dist/FocalPoint-${VERSION}-linux-${ARCH}.tar.gz"

echo "== pyinstaller (FocalPoint ${VERSION}, ${ARCH})"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller \
    "$@" packaging/pyinstaller/focalpoint.spec
build_seconds=$(( $(date +%s) - start ))

echo "== smoke test"
dist/FocalPoint/FocalPoint --version
# An encrypted store with a passphrase key (SQLCipher and Argon2id inside the bundle),
# never the build machine's keyring.
smoke=$(mktemp -d)
FOCALPOINT_PASSPHRASE="bundle smoke test" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
    FOCALPOINT_DATA_DIR="$smoke" dist/FocalPoint/FocalPoint --db "$smoke/smoke.db" demo
FOCALPOINT_PASSPHRASE="bundle smoke test" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
    FOCALPOINT_DATA_DIR="$smoke" dist/FocalPoint/FocalPoint --db "$smoke/smoke.db" \
    activities list --limit 1 >/dev/null
if grep -q "Training" "$smoke/smoke.db"; then
    echo "the bundle wrote a plain store" >&2
    exit 1
fi
rm -rf "$smoke"

echo "== packing ${TARBALL}"
rm -f "$TARBALL"
tar -C dist -czf "$TARBALL" FocalPoint

echo "== done in ${build_seconds} s (PyInstaller)"
echo "bundle:  dist/FocalPoint/ ($(du -sh dist/FocalPoint | cut -f1))"
echo "archive: ${TARBALL} ($(du -sh "$TARBALL" | cut -f1))"
