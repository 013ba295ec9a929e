#!/usr/bin/env bash
# What the tests need beside npm's packages, installed when missing (`npm test` runs this first):
#   python3-jsonschema  the README's Python example and the conformance suite (python-jsonschema)
#   python3-rfc3987     its `uri` format (a package it only recommends, so not installed with it here)
#   python3-venv        the virtual environments `npm run test:portability` makes for pip's
#                       python-jsonschema and jsonschema-rs (scripts/portability/setups/python.ts)
#   libjson-validator-perl  Perl's JSON::Validator, one more engine `npm run test:portability` runs
#   python3-openpyxl    reads the XLSX workbook back, cell by cell
#   LibreOffice Calc    opens the Excel CSV files and the workbook (headless, no GUI)
#   Chromium            opens the dataset page (driven by playwright-core; never a browser download)
# On Debian or Ubuntu it installs them with apt-get (as root, or with sudo); elsewhere it says
# exactly what to install and stops.
set -euo pipefail

missing=()
# One Python process for the four modules (Debian's Python has the venv module without
# python3-venv, but not ensurepip, which venv needs): it prints the Debian package of each missing.
# A Python that fails to answer counts as missing them all.
python_packages='python3-jsonschema python3-openpyxl python3-rfc3987 python3-venv'
python_missing=$(/usr/bin/python3 - 2>/dev/null <<'PY'
import importlib.util
packages = {'jsonschema': 'python3-jsonschema', 'openpyxl': 'python3-openpyxl', 'rfc3987': 'python3-rfc3987', 'ensurepip': 'python3-venv'}
print(' '.join(package for module, package in packages.items() if importlib.util.find_spec(module) is None))
PY
) || python_missing=$python_packages
# shellcheck disable=SC2206
missing+=($python_missing)
perl -MJSON::Validator -e 1 2>/dev/null || missing+=(libjson-validator-perl)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  cat >&2 <<EOF
The tests need these programs, which are not installed: ${missing[*]}
Install them with your system's package manager:
  - Python 3 at /usr/bin/python3 with the modules jsonschema, rfc3987 and openpyxl, and venv
  - Perl's JSON::Validator
  - LibreOffice Calc (the soffice command)
  - Chromium at /usr/bin/chromium
On Debian or Ubuntu: apt-get install --no-install-recommends python3-jsonschema python3-rfc3987 python3-openpyxl python3-venv libjson-validator-perl libreoffice-calc-nogui chromium fonts-liberation
EOF
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "The tests need: ${missing[*]}. Run as root: apt-get install --no-install-recommends ${missing[*]} fonts-liberation" >&2
    exit 1
  fi
fi
echo "Installing what the tests need (Debian): ${missing[*]}"
started=$SECONDS
"${sudo[@]}" apt-get update -qq
# Without recommends (GPU drivers, udev, LibreOffice's extras), but with Chromium's font.
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
echo "Installed in $((SECONDS - started)) s"
