# Shared by ./run and ./test: installs what is missing, nothing else. Sourced, not run.

RUNTIME_APT="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1"
# postgresql: the server the Secretariat tests start for themselves (initdb, pg_ctl;
# unaccent ships in it on Debian 12, no -contrib needed); chromium and chromium-driver:
# the staff pages' browser tests (selenium).
TEST_APT="$RUNTIME_APT poppler-utils xvfb xauth postgresql chromium chromium-driver"

setup_system_packages() {
    local wanted missing=()
    if [ "$1" = test ]; then wanted=$TEST_APT; else wanted=$RUNTIME_APT; fi
    command -v dpkg-query >/dev/null || return 0
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing system packages: ${missing[*]} (install them with apt-get as root)" >&2
        return 1
    fi
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_venv() {
    local target=$1 stamp=".venv/.installed-$(echo "$1" | tr -c 'a-z' '_')"
    if [ ! -x .venv/bin/python ]; then
        if ! python3 -m venv .venv 2>/dev/null; then
            rm -rf .venv
            if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
                echo "Installing python3-venv"
                apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
                    apt-get install -y -qq python3-venv >/dev/null
                python3 -m venv .venv
            else
                echo "python3 -m venv failed: install python3-venv" >&2
                return 1
            fi
        fi
    fi
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
        echo "Installing FocalPoint ($target) into .venv (log: .venv/pip.log)"
        # Exact versions from constraints.txt, also for the build backend (setuptools).
        export PIP_CONSTRAINT="$PWD/constraints.txt"
        if ! { .venv/bin/python -m pip install --disable-pip-version-check pip &&
               .venv/bin/python -m pip install --disable-pip-version-check -e "$target"; } \
               > .venv/pip.log 2>&1; then
            tail -n 30 .venv/pip.log >&2
            echo "pip install failed; the whole log is in .venv/pip.log" >&2
            return 1
        fi
        touch "$stamp"
    fi
}
