# shellcheck shell=bash
# Sourced by scripts/develop and scripts/crash-test, from the repository root, after
# scripts/setup: adds requirements_develop.txt (the frontend HA 2026.2.3 pins; HA always
# loads its frontend) to .venv, once per version of that file.
install_develop_requirements() {
  local stamp=.venv/.develop-stamp wanted extra=()
  wanted=$(sha256sum requirements_develop.txt | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    return 0
  fi
  if ! .venv/bin/python -c 'import sys; assert sys.version_info >= (3, 13, 2)' 2>/dev/null; then
    extra+=(--ignore-requires-python)
  fi
  .venv/bin/python -m pip install --quiet "${extra[@]}" -r requirements_develop.txt
  echo "$wanted" >"$stamp"
}
