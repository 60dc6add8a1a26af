# shellcheck shell=bash
# The Debian unstable tree in .chroot/sid that the newest-HA runs use (Python 3.14, which
# the Debian 12 host lacks). Sourced by scripts/test-latest-ha and scripts/smoke-newest-ha:
#
#   source scripts/lib/chroot.sh
#   chroot_setup "$repo" scripts/NAME  # root check, lock, leftovers unmounted, cleanup trap
#   chroot_build                       # debootstrap the tree once (marker = recipe)
#   chroot_host_files                  # host CA bundle, resolv.conf, pip.conf into the tree
#   chroot_mount                       # repository read-only at /src, and /proc
#   chroot_venv /opt/NAME requirements_X.txt   # a venv in the tree, redone when the file changes
#   in_chroot COMMAND...               # run in the tree with a clean environment
#
# Everything mounted under the tree is unmounted on exit, on failure and on Ctrl-C; a run
# that was killed outright leaves its mounts behind and the next run removes them first.
# One run at a time uses the tree: a second one waits for the lock (.chroot/lock).

chroot_suite=sid
chroot_mirror=${HAVEN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# ffmpeg: the suite runs it, and the tree must have everything the suite needs.
# A C/C++ compiler and Python's headers build the test requirements that have no
# Python 3.14 wheels (pocketsphinx, pymicro-vad, pyspeex-noise).
chroot_include=python3.14,python3.14-venv,python3.14-dev,ca-certificates,ffmpeg,gcc,g++,libc6-dev
chroot_recipe="debootstrap --variant=minbase --include=$chroot_include $chroot_suite $chroot_mirror"
chroot_host_ca=/etc/ssl/certs/ca-certificates.crt
chroot_ca=/etc/ssl/certs/haven-host-ca.crt

# Mount points at or below the tree, deepest first (/proc/self/mounts escapes spaces as \040).
chroot_mounts_under_root() {
  awk -v root="$chroot_root" '{
      target = $2
      gsub(/\\040/, " ", target)
      if (target == root || index(target, root "/") == 1) print length(target) "\t" target
    }' /proc/self/mounts | sort -rn | cut -f2-
}

chroot_unmount_all() {
  local target
  while IFS= read -r target; do
    [ -n "$target" ] || continue
    umount "$target" 2>/dev/null || umount -l "$target" || true
  done < <(chroot_mounts_under_root)
}

# Extra cleanup a script wants done (before the unmounts): set chroot_on_exit to a command.
chroot_on_exit=
_chroot_cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$chroot_on_exit" ]; then
    $chroot_on_exit || true
  fi
  chroot_unmount_all
  if [ -n "$(chroot_mounts_under_root)" ]; then
    echo "$chroot_script: could not unmount everything under $chroot_root:" >&2
    chroot_mounts_under_root >&2
    [ "$rc" != 0 ] || rc=1
  fi
  exit "$rc"
}

# chroot_setup REPO SCRIPT_NAME: checks root, takes the lock, installs the cleanup trap
# and removes what a killed run left mounted.
chroot_setup() {
  chroot_repo=$1
  chroot_script=$2
  chroot_root="$chroot_repo/.chroot/$chroot_suite"
  chroot_marker="$chroot_root/.haven-debootstrap-complete"
  if [ "$(id -u)" != 0 ]; then
    echo "$chroot_script needs root (debootstrap, chroot, mount): run it with sudo" >&2
    exit 1
  fi
  mkdir -p "$chroot_repo/.chroot"
  exec {chroot_lock_fd}>"$chroot_repo/.chroot/lock"
  if ! flock -n "$chroot_lock_fd"; then
    echo "Another run uses $chroot_root; waiting for it to finish" >&2
    flock "$chroot_lock_fd"
  fi
  trap _chroot_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  # Never delete or reuse a tree that still has anything mounted in it.
  chroot_unmount_all
  if [ -n "$(chroot_mounts_under_root)" ]; then
    echo "Something is still mounted under $chroot_root; unmount it by hand first:" >&2
    chroot_mounts_under_root >&2
    exit 1
  fi
}

# Build the tree unless its marker holds exactly this recipe (about 1 minute, 630 MB).
chroot_build() {
  if [ -f "$chroot_marker" ] && [ "$(cat "$chroot_marker")" = "$chroot_recipe" ]; then
    return 0
  fi
  if ! command -v debootstrap >/dev/null 2>&1; then
    echo "debootstrap is not installed: installing it" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap </dev/null >/dev/null
  fi
  if [ -e "$chroot_root" ]; then
    echo "Removing the incomplete or outdated tree in $chroot_root"
    rm -rf --one-file-system "$chroot_root"
  fi
  mkdir -p "$(dirname "$chroot_root")"
  echo "Building $chroot_root: $chroot_recipe"
  local start=$SECONDS
  debootstrap --variant=minbase --include="$chroot_include" "$chroot_suite" "$chroot_root" \
    "$chroot_mirror" >"$chroot_repo/.chroot/debootstrap.log" 2>&1 || {
    echo "debootstrap failed; the end of .chroot/debootstrap.log:" >&2
    tail -n 30 "$chroot_repo/.chroot/debootstrap.log" >&2
    exit 1
  }
  # debootstrap may leave its own /proc or /sys mounts behind on some hosts.
  chroot_unmount_all
  echo "$chroot_recipe" >"$chroot_marker"
  echo "debootstrap took $((SECONDS - start)) s"
}

# The host's CA bundle (it may trust a proxy's CA that Debian's bundle does not) and
# resolver configuration, refreshed on every run. rm first: never write through a symlink.
chroot_host_files() {
  rm -f "$chroot_root$chroot_ca" "$chroot_root/etc/resolv.conf"
  cp "$chroot_host_ca" "$chroot_root$chroot_ca"
  cp /etc/resolv.conf "$chroot_root/etc/resolv.conf"
  if [ -f /etc/pip.conf ]; then
    rm -f "$chroot_root/etc/pip.conf"
    cp /etc/pip.conf "$chroot_root/etc/pip.conf"
  fi
}

# The repository read-only at /src, and /proc.
chroot_mount() {
  mkdir -p "$chroot_root/src" "$chroot_root/proc"
  mount --bind "$chroot_repo" "$chroot_root/src"
  mount -o remount,bind,ro "$chroot_root/src"
  mount -t proc proc "$chroot_root/proc"
}

# A clean environment inside the chroot: the host's PATH, venvs and wheel caches mean
# nothing there. Bytecode is not written, so the read-only /src stays untouched.
# pip (PIP_CERT) and uv, which HA uses to install requirements at run time
# (SSL_CERT_FILE), trust the host's CA bundle.
in_chroot() {
  local env=(
    PATH=/usr/local/bin:/usr/bin:/bin
    HOME=/root
    LANG=C.UTF-8
    TERM="${TERM:-dumb}"
    PIP_CERT="$chroot_ca"
    SSL_CERT_FILE="$chroot_ca"
    PIP_DISABLE_PIP_VERSION_CHECK=1
    PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT:-60}"
    PYTHONDONTWRITEBYTECODE=1
  )
  local name
  for name in CI PIP_INDEX_URL PIP_EXTRA_INDEX_URL; do
    if [ -n "${!name:-}" ]; then
      env+=("$name=${!name}")
    fi
  done
  chroot "$chroot_root" /usr/bin/env -i "${env[@]}" "$@"
}

# chroot_venv VENV REQUIREMENTS: python3.14 venv at VENV inside the tree with
# `pip install -r /src/REQUIREMENTS`, redone only when that file changes.
chroot_venv() {
  local venv=$1 requirements=$2 wanted stamp start
  wanted=$(sha256sum <"$chroot_repo/$requirements" | cut -d' ' -f1)
  stamp="$chroot_root$venv/.requirements-stamp"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    return 0
  fi
  echo "Installing $requirements into $venv (Python 3.14, inside the chroot)"
  start=$SECONDS
  rm -rf "${chroot_root:?}$venv"
  in_chroot python3.14 -m venv "$venv"
  in_chroot "$venv/bin/python" -m pip install --quiet -r "/src/$requirements"
  echo "$wanted" >"$stamp"
  echo "pip install took $((SECONDS - start)) s"
}
